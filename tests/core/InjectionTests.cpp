#include "CatchCompat.h"
#include "HostileSchool.h"
#include "PdfText.h"
#include "reports/ReportRequest.h"
#include "reports/ReportWriter.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace equimark;
using namespace equimark::test;

namespace {

ReportRequest request(const HostileSchool& school, ReportRequest::Kind kind) {
    ReportRequest request;
    request.kind = kind;
    request.strandId = kind == ReportRequest::Kind::Summary ? QStringLiteral("race") : QString();
    request.visitDate = school.visitDate;
    request.practitionerId = school.practitionerId;
    return request;
}

// Whitespace is where pdftotext breaks lines inside narrow table cells; leave it out on both
// sides so that a string counts as printed when its characters come out in order.
QString squeezed(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// The report of `kind` for the hostile school: its document loads nothing and every field in
// `expected` is in the PDF, markup and all, as the characters typed.
void checkReport(ReportRequest::Kind kind, const QStringList& expected) {
    HostileSchool school;
    auto report = request(school, kind).build(*school.file);
    REQUIRE(report.ok());
    CHECK(activeContent(*report->document).isEmpty());
    CHECK(report->schoolName == hostile::text(QStringLiteral("school-name")));

    const QString plain = report->plainText();
    const QString pdf = school.dir.file(QStringLiteral("report.pdf"));
    const QByteArray before = fileHash(school.path);
    REQUIRE(ReportWriter::writePdf(*report, pdf).ok());
    CHECK(fileHash(school.path) == before);
    const QString printed = squeezed(pdfText(pdf));
    // The header of every page names the school, markup and all.
    CHECK(printed.contains(squeezed(QStringLiteral("school-name ") + hostile::image())));
    for (const QString& field : expected) {
        INFO("field " << field.toStdString());
        const QString typed = hostile::text(field);
        // The document keeps exactly what was typed: NUL and the override included.
        CHECK(plain.contains(typed));
        // Printed: the tag and each piece of markup, in that order, as characters.
        CHECK(printed.contains(squeezed(field + QLatin1Char(' ') + hostile::markup().join(u' '))));
    }
}

} // namespace

TEST_CASE("every field of a hostile school keeps exactly what was typed, NUL and all",
          "[injection]") {
    HostileSchool school;
    school.reopen();
    SchoolFile& file = *school.file;
    const auto typed = [](const char* field) { return hostile::text(QLatin1String(field)); };

    const School details = *SchoolRepository(file).load();
    CHECK(details.name == typed("school-name"));
    CHECK(details.urn == typed("school-urn"));
    CHECK(details.localAuthority == typed("local-authority"));
    CHECK(details.meetingFrequency == typed("meeting-frequency"));
    CHECK(details.name.contains(QChar(0)));
    CHECK(details.name.contains(QChar(0x202E)));

    const Member member = ReferenceGroupRepository(file).members()->front();
    CHECK(member.name == typed("member-name"));
    CHECK(member.notes == typed("member-notes"));
    const Meeting meeting = ReferenceGroupRepository(file).meetings()->front();
    CHECK(meeting.notes == typed("meeting-notes"));
    CHECK(meeting.decisions == typed("meeting-decisions"));

    const Action action = *ActionRepository(file).byId(school.actionId);
    CHECK(action.title == typed("action-title"));
    CHECK(action.owner == typed("action-owner"));
    CHECK(action.successCriteria == typed("action-criteria"));
    CHECK(action.impact == typed("action-impact"));
    CHECK(action.createdBy == typed("user-name"));
    REQUIRE(action.progress.size() == 1);
    CHECK(action.progress.front().note == typed("progress-note"));

    const EvidenceItem item = *EvidenceRepository(file).byId(school.evidenceId);
    CHECK(item.title == typed("evidence-title"));
    CHECK(item.description == typed("evidence-description"));
    REQUIRE(item.attachments.size() == 1);
    // Only the last part of a path is kept for an attachment; the rest is kept as typed.
    CHECK(item.attachments.front().fileName == school.attachmentName);
    CHECK(typed("attachment-name").endsWith(school.attachmentName));
    CHECK(school.attachmentName.contains(QChar(0)));

    const Visit visit = *VisitRepository(file).visitOn(school.visitDate);
    CHECK(visit.advisor == typed("visit-advisor"));
    CHECK(visit.walkNotes == typed("visit-walk"));
    CHECK(visit.meetings.front().heard == typed("visit-heard"));
    CHECK(visit.nextSteps == typed("visit-next-steps"));

    const auto summary = *AccreditationRepository(file).latestForStrand(QStringLiteral("race"));
    CHECK(summary->outcomes == typed("summary-outcomes"));
    CHECK(summary->groupStatement == typed("summary-statement"));
    CHECK(summary->advisorComments == typed("verify-comments"));

    PortfolioRepository portfolios(file);
    const Practitioner practitioner = *portfolios.practitioner(school.practitionerId);
    CHECK(practitioner.name == typed("practitioner-name"));
    CHECK(practitioner.role == typed("practitioner-role"));
    const Portfolio portfolio = *portfolios.portfolio(school.portfolioId);
    CHECK(portfolio.programme == typed("portfolio-programme"));
    CHECK(portfolio.reflections.value(0) == typed("reflection-1"));
    CHECK(portfolios.impactItems(school.portfolioId)->front().howKnown == typed("impact-known"));

    const Framework charter = *FrameworkRepository(file).ofKind(Framework::Kind::RaceCharter);
    const auto judgements = *CharterRepository(file).judgements(charter.id);
    REQUIRE_FALSE(judgements.empty());
    CHECK(judgements.front().evidenceNotes == typed("charter-notes"));
    const auto criteria = charter.allCriteria();
    CHECK(std::any_of(criteria.begin(), criteria.end(), [&](auto* criterion) {
        return criterion->text == typed("criterion-wording");
    }));
}

TEST_CASE("markup typed into an accreditation summary prints as text and loads nothing",
          "[injection]") {
    checkReport(ReportRequest::Kind::Summary,
                {QStringLiteral("summary-outcomes"), QStringLiteral("summary-results"),
                 QStringLiteral("summary-statement"), QStringLiteral("action-title"),
                 QStringLiteral("evidence-title"), QStringLiteral("verify-advisor"),
                 QStringLiteral("verify-comments")});
}

TEST_CASE("markup typed into actions prints as text in the action plan and loads nothing",
          "[injection]") {
    checkReport(ReportRequest::Kind::ActionPlan,
                {QStringLiteral("action-title"), QStringLiteral("action-sip"),
                 QStringLiteral("action-owner"), QStringLiteral("action-criteria"),
                 QStringLiteral("action-impact"), QStringLiteral("progress-note")});
}

TEST_CASE("markup typed into the school's details prints as text in the grid and loads nothing",
          "[injection]") {
    // The grid prints ratings only; the school's name is in every page's header.
    checkReport(ReportRequest::Kind::Grid, {});
}

TEST_CASE("markup typed into audit notes prints as text in the audit record and loads nothing",
          "[injection]") {
    checkReport(ReportRequest::Kind::AuditRecord, {QStringLiteral("audit-note")});
}

TEST_CASE("markup typed into a visit prints as text in the visit report and loads nothing",
          "[injection]") {
    checkReport(ReportRequest::Kind::Visit,
                {QStringLiteral("visit-advisor"), QStringLiteral("visit-focus"),
                 QStringLiteral("visit-walk"), QStringLiteral("visit-heard"),
                 QStringLiteral("visit-outcomes"), QStringLiteral("visit-next-steps")});
}

TEST_CASE("markup typed into a portfolio prints as text and loads nothing", "[injection]") {
    checkReport(ReportRequest::Kind::Portfolio,
                {QStringLiteral("practitioner-name"), QStringLiteral("practitioner-role"),
                 QStringLiteral("portfolio-programme"), QStringLiteral("assessment-note"),
                 QStringLiteral("reflection-1"), QStringLiteral("impact-title"),
                 QStringLiteral("impact-with"), QStringLiteral("impact-impact"),
                 QStringLiteral("impact-known"), QStringLiteral("evidence-title")});
}

TEST_CASE("markup typed into the RACE Charter self-evaluation prints as text and loads nothing",
          "[injection]") {
    checkReport(ReportRequest::Kind::CharterSelfEvaluation,
                {QStringLiteral("charter-notes"), QStringLiteral("criterion-wording"),
                 QStringLiteral("evidence-title"), QStringLiteral("action-title")});
}

TEST_CASE("markup typed into the ambitions prints as text and loads nothing",
          "[injection][ambitions]") {
    checkReport(ReportRequest::Kind::Ambitions,
                {QStringLiteral("ambition-notes"), QStringLiteral("evidence-title"),
                 QStringLiteral("action-title")});
}

TEST_CASE("a megabyte typed into a field still builds and lays out every report", "[injection]") {
    // One long field per report (where a coordinator would most likely paste a document); the
    // rest hold the hostile text. Printing it all runs to hundreds of pages (the summary: about
    // 400 pages in 5-15 s), so this lays the reports out without painting them.
    const QStringList longFields = {
        QStringLiteral("summary-outcomes"), QStringLiteral("action-criteria"),
        QStringLiteral("audit-note"),       QStringLiteral("visit-walk"),
        QStringLiteral("impact-impact"),    QStringLiteral("charter-notes"),
        QStringLiteral("ambition-notes")};
    HostileSchool school([&](const QString& field) {
        return longFields.contains(field) ? hostile::megabyte(field) : hostile::text(field);
    });
    QElapsedTimer total;
    total.start();
    for (auto kind : {ReportRequest::Kind::Summary, ReportRequest::Kind::ActionPlan,
                      ReportRequest::Kind::Grid, ReportRequest::Kind::AuditRecord,
                      ReportRequest::Kind::Visit, ReportRequest::Kind::Portfolio,
                      ReportRequest::Kind::CharterSelfEvaluation, ReportRequest::Kind::Ambitions}) {
        INFO(ReportRequest::kindLabel(kind).toStdString());
        QElapsedTimer timer;
        timer.start();
        auto report = request(school, kind).build(*school.file);
        REQUIRE(report.ok());
        report->document->setPageSize(QSizeF(510, 720)); // A4 less margins, in points
        const int pages = report->document->pageCount();
        WARN(ReportRequest::kindLabel(kind).toStdString()
             << ": built and laid out in " << timer.elapsed() << " ms, " << pages << " pages");
        CHECK(activeContent(*report->document).isEmpty());
        // Nothing is cut off: the end of a long field is there too.
        if (kind != ReportRequest::Kind::Grid)
            CHECK(report->plainText().contains(hostile::style()));
    }
    CHECK(total.elapsed() < 60000);
}

TEST_CASE("a megabyte school name is cut short in the page header and prints quickly",
          "[injection]") {
    HostileSchool school([](const QString& field) {
        return field == u"school-name" ? hostile::megabyte(field) : hostile::text(field);
    });
    QElapsedTimer timer;
    timer.start();
    // Every report prints the name in full once (about 240 pages); the header of each page
    // shows its start. Eliding the whole name on every page took minutes.
    auto report = request(school, ReportRequest::Kind::Grid).build(*school.file);
    REQUIRE(report.ok());
    const QString pdf = school.dir.file(QStringLiteral("long-name.pdf"));
    auto pages = ReportWriter::writePdf(*report, pdf);
    REQUIRE(pages.ok());
    WARN("grid with a 1 MB school name: " << *pages << " pages in " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 30000);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("school-name <img src=file:///etc/passwd>")));
    CHECK(text.contains(QStringLiteral("..."))); // the ellipsis, as pdfText folds it
}
