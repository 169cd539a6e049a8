#include "CatchCompat.h"
#include "PdfText.h"
#include "SchoolFixture.h"
#include "TempDir.h"
#include "demo/DemoSchool.h"
#include "reports/ActionPlanReport.h"
#include "reports/AuditRecordReport.h"
#include "reports/ReportWriter.h"
#include "reports/SummaryGridReport.h"
#include "reports/VisitReport.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/SummaryGridRepository.h"
#include "storage/VisitRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>

using namespace equimark;
using namespace equimark::test;

namespace {

const QDate DemoToday(2026, 11, 23);
const QLocale British(QLocale::English, QLocale::UnitedKingdom);

struct Demo {
    Demo()
        : path(dir.file(QStringLiteral("demo.equimark"))) {
        if (!DemoSchool::build(path, DemoToday))
            throw std::runtime_error("demo");
        auto opened = SchoolFile::open(path);
        if (!opened)
            throw std::runtime_error("open");
        file = std::move(*opened);
    }
    TempDir dir;
    QString path;
    std::unique_ptr<SchoolFile> file;
};

// Writes the report and reads it back as a person opening the PDF would see it.
QString writeAndRead(Report& report, const TempDir& dir, const QString& name,
                     int* pages = nullptr) {
    const QString pdf = dir.file(name);
    auto written = ReportWriter::writePdf(report, pdf, British);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    REQUIRE(pdfPageCount(pdf) == *written);
    if (pages)
        *pages = *written;
    return pdfText(pdf);
}

// Table cells wrap: compare text with its line breaks and runs of spaces made single spaces.
bool containsText(const QString& haystack, const QString& needle) {
    return haystack.simplified().contains(needle.simplified());
}

qint64 addAction(SchoolFile& file, const QString& title, const QStringList& strands,
                 ActionStatus status, const QString& element = {}, const QDate& due = {}) {
    Action action;
    action.title = title;
    action.strandIds = strands;
    action.elementId = element;
    action.status = status;
    action.owner = QStringLiteral("Sam Jones");
    action.startOn = QDate(2026, 9, 1);
    action.dueOn = due.isValid() ? due : QDate(2027, 3, 31);
    auto id = ActionRepository(file).add(action);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    return *id;
}

int occurrences(const QString& text, const QString& part) {
    return int(text.count(part));
}

} // namespace

TEST_CASE("the action plan PDF lists every action of the demo school", "[reports][content]") {
    Demo demo;
    ActionPlanReport::Options options;
    options.today = DemoToday;
    auto report = ActionPlanReport::build(*demo.file, options);
    REQUIRE(report.ok());
    CHECK(report->landscape);
    const QString text = writeAndRead(*report, demo.dir, QStringLiteral("plan.pdf"));
    CHECK(text.contains(QStringLiteral("Millbrook Vale Primary School")));
    CHECK(text.contains(QStringLiteral("Equality action plan")));
    CHECK(text.contains(QStringLiteral("Race")));
    auto actions = ActionRepository(*demo.file).all();
    REQUIRE(actions->size() > 5);
    for (const auto& action : *actions) {
        INFO(action.title.toStdString());
        CHECK(containsText(text, action.title));
    }
    // The demo has overdue actions; they say so in words.
    REQUIRE(*ActionRepository(*demo.file).overdueCount(DemoToday) > 0);
    CHECK(text.contains(QStringLiteral("Overdue by")));
}

TEST_CASE("a 500-action plan breaks across many pages and keeps every action",
          "[reports][content]") {
    SchoolFixture fixture;
    fixture.file->setUnpublished(true);
    ActionRepository repository(*fixture.file);
    const QStringList strands{QStringLiteral("race"), QStringLiteral("gender"),
                              QStringLiteral("disability")};
    for (int i = 1; i <= 500; ++i) {
        Action action;
        action.title =
            QStringLiteral("Plan item %1 for the staff team").arg(i, 3, 10, QLatin1Char('0'));
        action.strandIds = {strands.at(i % 3)};
        action.elementId = QStringLiteral("curriculum");
        action.owner = QStringLiteral("Deputy head");
        action.successCriteria = QStringLiteral("Every class shows it by the summer term.");
        action.dueOn = QDate(2027, 1, 1).addDays(i);
        REQUIRE(repository.add(action).ok());
    }
    fixture.file->setUnpublished(false);
    ActionPlanReport::Options options;
    options.today = QDate(2026, 11, 23);
    auto report = ActionPlanReport::build(*fixture.file, options);
    REQUIRE(report.ok());
    int pages = 0;
    const QString text = writeAndRead(*report, fixture.dir, QStringLiteral("big.pdf"), &pages);
    CHECK(pages > 10);
    for (int i = 1; i <= 500; ++i)
        CHECK(text.contains(QStringLiteral("Plan item %1").arg(i, 3, 10, QLatin1Char('0'))));
    // The header row is repeated on every page the table runs onto.
    CHECK(occurrences(text, QStringLiteral("Success criteria")) >= pages);
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_CASE("action plan filters by strand, element and status include exactly the right actions",
          "[reports][content]") {
    SchoolFixture fixture;
    auto& file = *fixture.file;
    addAction(file, QStringLiteral("Alpha race assemblies"), {QStringLiteral("race")},
              ActionStatus::InProgress, QStringLiteral("curriculum"));
    addAction(file, QStringLiteral("Bravo gender audit of library"), {QStringLiteral("gender")},
              ActionStatus::Complete, QStringLiteral("environment"));
    addAction(file, QStringLiteral("Charlie shared training"),
              {QStringLiteral("race"), QStringLiteral("gender")}, ActionStatus::NotStarted,
              QStringLiteral("curriculum"));
    auto titlesIn = [&file](const ActionPlanReport::Options& options) {
        auto report = ActionPlanReport::build(file, options);
        REQUIRE(report.ok());
        const QString text = report->plainText();
        QStringList found;
        for (const char* title : {"Alpha race assemblies", "Bravo gender audit of library",
                                  "Charlie shared training"}) {
            if (text.contains(QLatin1String(title)))
                found << QLatin1String(title).left(5);
        }
        return found.join(QLatin1Char(' '));
    };
    ActionPlanReport::Options options;
    CHECK(titlesIn(options) == u"Alpha Bravo Charl");
    options.strandId = QStringLiteral("race");
    CHECK(titlesIn(options) == u"Alpha Charl");
    options = {};
    options.status = ActionStatus::Complete;
    CHECK(titlesIn(options) == u"Bravo");
    options = {};
    options.elementId = QStringLiteral("curriculum");
    CHECK(titlesIn(options) == u"Alpha Charl");
    options.status = ActionStatus::NotStarted;
    CHECK(titlesIn(options) == u"Charl");

    options = {};
    options.status = ActionStatus::Dropped;
    auto none = ActionPlanReport::build(file, options);
    REQUIRE(none.ok());
    CHECK(none->plainText().contains(QStringLiteral("No actions match")));
}

TEST_CASE("an action serving two strands is listed under each strand, once by element",
          "[reports][content]") {
    SchoolFixture fixture;
    addAction(*fixture.file, QStringLiteral("Shared training day"),
              {QStringLiteral("race"), QStringLiteral("disability")}, ActionStatus::InProgress,
              QStringLiteral("staffing"));
    ActionPlanReport::Options options;
    auto byStrand = ActionPlanReport::build(*fixture.file, options);
    REQUIRE(byStrand.ok());
    const QString strandText = byStrand->plainText();
    CHECK(occurrences(strandText, QStringLiteral("Shared training day")) == 2);
    CHECK(strandText.contains(QStringLiteral("Race \u2013 1 action")));
    CHECK(strandText.contains(QStringLiteral("Disability \u2013 1 action")));

    options.groupBy = ActionPlanReport::Options::Element;
    auto byElement = ActionPlanReport::build(*fixture.file, options);
    REQUIRE(byElement.ok());
    const QString elementText = byElement->plainText();
    CHECK(occurrences(elementText, QStringLiteral("Shared training day")) == 1);
    CHECK(
        elementText.contains(QStringLiteral("Staffing, recruitment and professional development")));
    CHECK(elementText.contains(QStringLiteral("Race, Disability")));
}

TEST_CASE("an overdue action is marked overdue in words, a complete one never",
          "[reports][content]") {
    SchoolFixture fixture;
    addAction(*fixture.file, QStringLiteral("Late one"), {QStringLiteral("race")},
              ActionStatus::InProgress, {}, QDate(2026, 11, 13));
    addAction(*fixture.file, QStringLiteral("Done one"), {QStringLiteral("gender")},
              ActionStatus::Complete, {}, QDate(2026, 10, 1));
    ActionPlanReport::Options options;
    options.today = QDate(2026, 11, 23);
    auto report = ActionPlanReport::build(*fixture.file, options);
    REQUIRE(report.ok());
    const QString text = report->plainText();
    CHECK(occurrences(text, QStringLiteral("Overdue by 10 days")) == 1);
    CHECK_FALSE(text.contains(QStringLiteral("Overdue by 53 days")));
}

TEST_CASE("an action plan for an unknown strand or element is refused", "[reports][content]") {
    SchoolFixture fixture;
    ActionPlanReport::Options options;
    options.strandId = QStringLiteral("astrology");
    auto strand = ActionPlanReport::build(*fixture.file, options);
    REQUIRE_FALSE(strand.ok());
    CHECK(strand.error().code == Error::Code::Invalid);
    CHECK(strand.error().message.contains(QStringLiteral("astrology")));
    options = {};
    options.elementId = QStringLiteral("canteen");
    auto element = ActionPlanReport::build(*fixture.file, options);
    REQUIRE_FALSE(element.ok());
    CHECK(element.error().code == Error::Code::Invalid);
}

TEST_CASE("HTML typed into an action prints literally and loads nothing", "[reports][content]") {
    SchoolFixture fixture;
    const QString typed = QStringLiteral("<img src=\"file:///etc/passwd\"> <b>bold</b>");
    addAction(*fixture.file, typed, {QStringLiteral("race")}, ActionStatus::NotStarted);
    auto report = ActionPlanReport::build(*fixture.file, {});
    REQUIRE(report.ok());
    CHECK(report->plainText().contains(typed));
    CHECK_FALSE(report->document->toHtml().contains(QStringLiteral("<img")));
    const QString text = writeAndRead(*report, fixture.dir, QStringLiteral("html.pdf"));
    CHECK(text.contains(QStringLiteral("<img src=\"file:///etc/")));
    CHECK(text.contains(QStringLiteral("<b>bold</b>")));
}

TEST_CASE("long notes and names in other scripts are printed whole", "[reports][content]") {
    SchoolFixture fixture;
    QString longNote;
    for (int i = 0; longNote.size() < 1000; ++i)
        longNote += QStringLiteral("Sentence %1 of the success criteria. ").arg(i);
    Action action;
    action.title = QStringLiteral("Welcome pack for new families");
    action.strandIds = {QStringLiteral("race")};
    action.owner = QStringLiteral("Zoë Łukasiewicz");
    action.successCriteria = longNote;
    action.sipPriority = QStringLiteral("Ελένη");
    action.impact = QStringLiteral("محمد");
    auto id = ActionRepository(*fixture.file).add(action);
    REQUIRE(id.ok());
    auto report = ActionPlanReport::build(*fixture.file, {});
    REQUIRE(report.ok());
    const QString text = writeAndRead(*report, fixture.dir, QStringLiteral("long.pdf"));
    CHECK(containsText(text, QStringLiteral("Zoë Łukasiewicz")));
    CHECK(text.contains(QStringLiteral("Ελένη")));
    // Arabic is shaped right to left: pdftotext gives it back a letter a line, wrapped in
    // direction marks (folded to plain letters by pdfText).
    QString letters = text;
    letters.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}\\s]")));
    const QString arabic = QStringLiteral("محمد");
    QString reversed = arabic;
    std::reverse(reversed.begin(), reversed.end());
    CHECK((letters.contains(arabic) || letters.contains(reversed)));
    // The whole note, every sentence of it, even where the cell runs onto the next page.
    CHECK(report->plainText().contains(longNote));
    for (const auto& sentence : longNote.split(QStringLiteral(". "), Qt::SkipEmptyParts))
        CHECK(containsText(text, sentence.trimmed()));
}

TEST_CASE("the summary grid shows each agreed rating beside last year's, with the change",
          "[reports][content]") {
    SchoolFixture fixture;
    auto& file = *fixture.file;
    AuditRepository audits(file);
    auto last = audits.startAudit(AcademicYear(2025), AuditRepository::CarryForward::Nothing);
    REQUIRE(last.ok());
    auto now = audits.startAudit(AcademicYear(2026), AuditRepository::CarryForward::Nothing);
    REQUIRE(now.ok());
    SummaryGridRepository grid(file);
    const QString leadership = QStringLiteral("leadership");
    REQUIRE(grid.setCell(last->id, leadership, QStringLiteral("race"), Rating::Amber, {}).ok());
    REQUIRE(grid.setCell(now->id, leadership, QStringLiteral("race"), Rating::Green, {}).ok());
    REQUIRE(grid.setCell(last->id, leadership, QStringLiteral("gender"), Rating::Green, {}).ok());
    REQUIRE(grid.setCell(now->id, leadership, QStringLiteral("gender"), Rating::Red, {}).ok());
    // Nothing agreed for curriculum/race this year, but its statements are all judged green.
    const Framework& mark = equalityMark();
    for (const auto* statement :
         mark.statementsFor(QStringLiteral("curriculum"), QStringLiteral("race")))
        REQUIRE(audits.setJudgement(now->id, statement->id, Rating::Green, {}).ok());

    auto report = SummaryGridReport::build(file, {});
    REQUIRE(report.ok());
    CHECK(report->landscape);
    const QString text = report->plainText();
    CHECK(text.contains(QStringLiteral("Equality summary grid 2026-27")));
    CHECK(text.contains(QStringLiteral("Green\n2025-26: Amber\nImproved")));
    CHECK(text.contains(QStringLiteral("Red\n2025-26: Green\nDeclined")));
    CHECK(text.contains(QStringLiteral("Not agreed\nSuggested: Green\n2025-26: not agreed")));
    CHECK(text.contains(QStringLiteral("Cells agreed")));
    CHECK(text.contains(QStringLiteral("2 of 60")));
    // The key explains the colours in words.
    for (const auto& level : mark.ratingScale)
        CHECK(text.contains(level.meaning));

    SummaryGridReport::Options lastYear;
    lastYear.year = AcademicYear(2025);
    auto earlier = SummaryGridReport::build(file, lastYear);
    REQUIRE(earlier.ok());
    CHECK(earlier->plainText().contains(QStringLiteral("No earlier audit")));
}

TEST_CASE("the summary grid PDF of the demo school shows last year's ratings",
          "[reports][content]") {
    Demo demo;
    auto report = SummaryGridReport::build(*demo.file, {});
    REQUIRE(report.ok());
    const QString text = writeAndRead(*report, demo.dir, QStringLiteral("grid.pdf"));
    CHECK(text.contains(QStringLiteral("Equality summary grid 2026-27")));
    CHECK(text.contains(QStringLiteral("2025-26: Green")));
    CHECK(text.contains(QStringLiteral("Sexual Orientation")));
    CHECK(containsText(text, QStringLiteral("Leadership and governance")));
}

TEST_CASE("a grid or audit record for a year without an audit is refused", "[reports][content]") {
    SchoolFixture fixture;
    auto none = SummaryGridReport::build(*fixture.file, {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == Error::Code::NotFound);
    REQUIRE(AuditRepository(*fixture.file).ensureAudit(AcademicYear(2026)).ok());
    SummaryGridReport::Options grid;
    grid.year = AcademicYear(2019);
    auto wrongYear = SummaryGridReport::build(*fixture.file, grid);
    REQUIRE_FALSE(wrongYear.ok());
    CHECK(wrongYear.error().code == Error::Code::NotFound);
    CHECK(wrongYear.error().message.contains(QStringLiteral("2019-20")));
    AuditRecordReport::Options audit;
    audit.year = AcademicYear(2019);
    auto record = AuditRecordReport::build(*fixture.file, audit);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == Error::Code::NotFound);
}

TEST_CASE("the audit record lists every statement of the year with its rating and note",
          "[reports][content]") {
    Demo demo;
    AuditRepository audits(*demo.file);
    auto audit = audits.audit(AcademicYear(2026));
    REQUIRE(audit.ok());
    auto progress = audits.progress(audit->id);
    auto report = AuditRecordReport::build(*demo.file, {});
    REQUIRE(report.ok());
    const QString document = report->plainText();
    CHECK(document.contains(QStringLiteral("Whole-school audit 2026-27")));
    CHECK(document.contains(
        QStringLiteral("%1 of %2 judged").arg(progress->judged).arg(progress->total)));
    auto framework = audits.framework(audit->id);
    for (const auto& statement : (*framework)->statements)
        CHECK(document.contains(statement.id));
    auto judgements = audits.judgements(audit->id);
    REQUIRE_FALSE(judgements->empty());
    for (const auto& judgement : *judgements) {
        if (!judgement.note.isEmpty())
            CHECK(document.contains(judgement.note));
    }

    int pages = 0;
    const QString text = writeAndRead(*report, demo.dir, QStringLiteral("audit.pdf"), &pages);
    CHECK(pages > 3);
    CHECK(text.contains(QStringLiteral("Millbrook Vale Primary School")));
    // Ids may wrap after a hyphen in their narrow column; join those lines again.
    QString joined = text;
    joined.replace(QStringLiteral("-\n"), QStringLiteral("-"));
    joined.replace(QStringLiteral(".\n"), QStringLiteral("."));
    for (const auto& statement : (*framework)->statements)
        CHECK(joined.contains(statement.id));
}

TEST_CASE("the audit record of an earlier year is that year's", "[reports][content]") {
    Demo demo;
    AuditRecordReport::Options options;
    options.year = AcademicYear(2025);
    auto report = AuditRecordReport::build(*demo.file, options);
    REQUIRE(report.ok());
    CHECK(report->plainText().contains(QStringLiteral("Whole-school audit 2025-26")));
    CHECK(report->title == u"Whole-school audit 2025-26");
}

TEST_CASE("the visit report lists the meetings and the summary verified with its badge",
          "[reports][content]") {
    Demo demo;
    VisitRepository visits(*demo.file);
    auto all = visits.visits();
    REQUIRE(all.ok());
    const Visit* verifying = nullptr;
    for (const auto& visit : *all) {
        if (!visits.summariesVerifiedAt(visit.id)->isEmpty())
            verifying = &visit;
    }
    REQUIRE(verifying);
    auto report = VisitReport::build(*demo.file, verifying->visitedOn);
    REQUIRE(report.ok());
    const QString text = writeAndRead(*report, demo.dir, QStringLiteral("visit.pdf"));
    CHECK(text.contains(QStringLiteral("Millbrook Vale Primary School")));
    CHECK(text.contains(QStringLiteral("Accreditation visit")));
    CHECK(containsText(text, verifying->advisor));
    CHECK(containsText(text, verifying->focus));
    REQUIRE_FALSE(verifying->meetings.empty());
    for (const auto& meeting : verifying->meetings) {
        CHECK(text.contains(metWithLabel(meeting.with)));
        CHECK(containsText(text, meeting.heard));
    }
    CHECK(containsText(text, verifying->nextSteps));
    CHECK(text.contains(QStringLiteral("Race Equality Badge awarded")));
}

TEST_CASE("a visit report for a day without a visit is refused", "[reports][content]") {
    Demo demo;
    auto report = VisitReport::build(*demo.file, QDate(2001, 1, 1));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == Error::Code::NotFound);
    CHECK(report.error().message.contains(QStringLiteral("1 January 2001")));
}
