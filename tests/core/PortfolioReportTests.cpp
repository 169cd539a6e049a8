#include "CatchCompat.h"
#include "PdfText.h"
#include "SchoolFixture.h"
#include "TempDir.h"
#include "reports/CharterReport.h"
#include "reports/PortfolioReport.h"
#include "reports/ReportRequest.h"
#include "reports/ReportWriter.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"

#include <QRegularExpression>

using namespace equimark;
using namespace equimark::test;

namespace {

const QLocale British(QLocale::English, QLocale::UnitedKingdom);
const QString Charter = QStringLiteral("race-charter-mark");

// Table cells and facts wrap: compare with line breaks and runs of spaces made single spaces.
bool containsText(const QString& haystack, const QString& needle) {
    return haystack.simplified().contains(needle.simplified());
}

QString pdfOf(Result<Report> built, const TempDir& dir, const QString& name) {
    INFO(built.errorMessage().toStdString());
    REQUIRE(built.ok());
    const QString pdf = dir.file(name);
    auto written = ReportWriter::writePdf(*built, pdf, British);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    return pdfText(pdf);
}

qint64 addEvidence(SchoolFile& file, const QString& title, const QString& attachment = {}) {
    EvidenceItem item;
    item.title = title;
    item.kind = EvidenceKind::Minutes;
    item.datedOn = QDate(2026, 10, 1);
    EvidenceRepository repository(file);
    auto id = repository.add(item);
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    if (!attachment.isEmpty())
        REQUIRE(repository.addAttachment(*id, attachment, QByteArrayLiteral("minutes")).ok());
    return *id;
}

struct PortfolioFixture {
    PortfolioFixture() {
        PortfolioRepository repository(*school.file);
        Practitioner practitioner;
        practitioner.name = QStringLiteral("Aisha Khan");
        practitioner.role = QStringLiteral("Deputy headteacher and RACE lead");
        auto added = repository.addPractitioner(practitioner);
        INFO(added.errorMessage().toStdString());
        REQUIRE(added.ok());
        practitionerId = *added;

        Portfolio portfolio;
        portfolio.practitionerId = practitionerId;
        portfolio.frameworkId = Charter;
        portfolio.programme = QStringLiteral("RACE Lead Practitioner accreditation");
        portfolio.gatewayOn = QDate(2027, 3, 15);
        portfolio.assessments = {{QStringLiteral("S2"), SelfAssessment::Secure,
                                  QStringLiteral("Coaching <b>two</b> colleagues")},
                                 {QStringLiteral("S3"), SelfAssessment::Developing, QString()}};
        portfolio.reflections = {QStringLiteral("Leading change in recruitment practice."),
                                 QStringLiteral("Staff survey results.")};
        auto portfolioAdded = repository.addPortfolio(portfolio);
        INFO(portfolioAdded.errorMessage().toStdString());
        REQUIRE(portfolioAdded.ok());
        portfolioId = *portfolioAdded;

        const qint64 minutes = addEvidence(*school.file,
                                           QStringLiteral("Governors' minutes, "
                                                          "October 2026"),
                                           QStringLiteral("governors-minutes.pdf"));
        const qint64 survey = addEvidence(*school.file, QStringLiteral("Staff progression survey"));

        ImpactItem first;
        first.portfolioId = portfolioId;
        first.title = QStringLiteral("Set up a senior leader role for RACE");
        first.withWhom = QStringLiteral("Senior leadership team and governors");
        first.impact = QStringLiteral("Leaders now own race equality actions.");
        first.howKnown = QStringLiteral("Minutes record the new responsibilities.");
        first.startedOn = QDate(2026, 9, 1);
        first.endedOn = QDate(2026, 12, 19);
        first.criterionIds = {QStringLiteral("1.1"), QStringLiteral("1.3")};
        first.standardIds = {QStringLiteral("S3")};
        first.evidenceIds = {minutes};
        ImpactItem second;
        second.portfolioId = portfolioId;
        second.title = QStringLiteral("Coaching programme for ethnic minority staff");
        second.withWhom = QStringLiteral("Six teachers and teaching assistants");
        second.impact = QStringLiteral("<img src=file:///etc/passwd> two applied for promotion");
        second.startedOn = QDate(2026, 11, 2);
        second.criterionIds = {QStringLiteral("1.4")};
        second.standardIds = {QStringLiteral("S2"), QStringLiteral("S8")};
        second.evidenceIds = {survey};
        for (const auto& item : {first, second}) {
            auto id = repository.addImpactItem(item);
            INFO(id.errorMessage().toStdString());
            REQUIRE(id.ok());
        }
    }

    Framework framework() {
        auto loaded = FrameworkRepository(*school.file).byId(Charter);
        REQUIRE(loaded.ok());
        return *loaded;
    }

    SchoolFixture school;
    qint64 practitionerId = 0;
    qint64 portfolioId = 0;
};

} // namespace

TEST_CASE("the portfolio PDF names every evidence of impact and every LP standard",
          "[portfolio-report]") {
    PortfolioFixture fixture;
    fixture.school.reopen();
    const QString text = pdfOf(
        PortfolioReport::build(*fixture.school.file, fixture.practitionerId, 0, QDate(2027, 3, 1)),
        fixture.school.dir, QStringLiteral("portfolio.pdf"));
    CHECK(text.contains(QStringLiteral("Lead Practitioner portfolio: Aisha Khan")));
    CHECK(containsText(text, QStringLiteral("Deputy headteacher and RACE lead")));
    CHECK(containsText(text, QStringLiteral("RACE Lead Practitioner accreditation")));
    CHECK(containsText(text, QStringLiteral("15 March 2027 (14 days to go)")));
    CHECK(containsText(text, QStringLiteral("Set up a senior leader role for RACE")));
    CHECK(containsText(text, QStringLiteral("Coaching programme for ethnic minority staff")));
    CHECK(containsText(text, QStringLiteral("Governors' minutes, October 2026 (files: "
                                            "governors-minutes.pdf)")));
    CHECK(containsText(text, QStringLiteral("Staff progression survey")));
    CHECK(containsText(text, QStringLiteral("Ethnic minority career progression is pro-actively "
                                            "supported")));
    CHECK(containsText(text, QStringLiteral("Leading change in recruitment practice.")));
    for (const auto& standard : fixture.framework().lpStandards) {
        INFO(standard.id.toStdString());
        CHECK(containsText(text, standard.name));
        CHECK(text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(standard.id))));
    }
    for (const auto& prompt : fixture.framework().reflectivePrompts)
        CHECK(containsText(text, prompt));
    // The footer names the RACE framework, not the equality mark.
    CHECK(containsText(text, QStringLiteral("RACE Charter Mark and Lead Practitioner "
                                            "accreditation, edition 2026.1")));
}

TEST_CASE("HTML typed into a portfolio prints literally", "[portfolio-report]") {
    PortfolioFixture fixture;
    const QString text = pdfOf(PortfolioReport::build(*fixture.school.file, fixture.practitionerId),
                               fixture.school.dir, QStringLiteral("portfolio.pdf"));
    CHECK(containsText(text, QStringLiteral("<img src=file:///etc/passwd> two applied")));
    CHECK(containsText(text, QStringLiteral("Coaching <b>two</b> colleagues")));
    CHECK_FALSE(text.contains(QStringLiteral("root:")));
}

TEST_CASE("a portfolio whose standards lack evidence is reported as not ready, with its gaps",
          "[portfolio-report]") {
    PortfolioFixture fixture;
    const QString text = pdfOf(PortfolioReport::build(*fixture.school.file, fixture.practitionerId),
                               fixture.school.dir, QStringLiteral("portfolio.pdf"));
    CHECK(text.contains(QStringLiteral("Not ready for the gateway yet")));
    CHECK_FALSE(text.contains(QStringLiteral("Ready for the gateway:")));
    // S1 has no evidence: its coverage row says so; S2 counts the coaching item (E2).
    CHECK(containsText(text, QStringLiteral("No evidence yet")));
    CHECK(containsText(text, QStringLiteral("E1. Set up a senior leader role for RACE")));
    CHECK(containsText(text, QStringLiteral("E2. Coaching programme")));
}

TEST_CASE("a complete portfolio is reported ready for the gateway", "[portfolio-report]") {
    PortfolioFixture fixture;
    const Framework framework = fixture.framework();
    PortfolioRepository repository(*fixture.school.file);
    auto portfolio = repository.portfolio(fixture.portfolioId);
    REQUIRE(portfolio.ok());
    portfolio->assessments.clear();
    QStringList all;
    for (const auto& standard : framework.lpStandards) {
        portfolio->assessments.push_back({standard.id, SelfAssessment::Secure, QString()});
        all << standard.id;
    }
    portfolio->reflections.clear();
    for (int i = 0; i < framework.reflectivePrompts.size(); ++i)
        portfolio->reflections << QStringLiteral("Answer %1").arg(i + 1);
    REQUIRE(repository.updatePortfolio(*portfolio).ok());
    ImpactItem everything;
    everything.portfolioId = fixture.portfolioId;
    everything.title = QStringLiteral("Whole-school RACE training");
    everything.standardIds = all;
    for (const auto& section : framework.sections) {
        for (const auto& criterion : section.criteria)
            everything.criterionIds << criterion.id;
    }
    auto added = repository.addImpactItem(everything);
    INFO(added.errorMessage().toStdString());
    REQUIRE(added.ok());
    fixture.school.reopen();

    const QString text = pdfOf(PortfolioReport::build(*fixture.school.file, fixture.practitionerId),
                               fixture.school.dir, QStringLiteral("ready.pdf"));
    CHECK(text.contains(QStringLiteral("Ready for the gateway")));
    CHECK_FALSE(text.contains(QStringLiteral("Not ready")));
    CHECK_FALSE(text.contains(QStringLiteral("No evidence yet")));
}

TEST_CASE("a portfolio report for nobody, or for a practitioner without one, is refused",
          "[portfolio-report]") {
    PortfolioFixture fixture;
    SchoolFile& file = *fixture.school.file;
    auto nobody = PortfolioReport::build(file, fixture.practitionerId + 100);
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == Error::Code::NotFound);

    Practitioner newcomer;
    newcomer.name = QStringLiteral("Ben Ortiz");
    auto newcomerId = PortfolioRepository(file).addPractitioner(newcomer);
    REQUIRE(newcomerId.ok());
    auto none = PortfolioReport::build(file, *newcomerId);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == Error::Code::NotFound);
    CHECK(none.error().message.contains(QStringLiteral("Ben Ortiz")));

    // Someone else's portfolio is not theirs to print.
    auto other = PortfolioReport::build(file, *newcomerId, fixture.portfolioId);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == Error::Code::NotFound);

    ReportRequest request;
    request.kind = ReportRequest::Kind::Portfolio;
    auto unchosen = request.build(file);
    REQUIRE_FALSE(unchosen.ok());
    CHECK(unchosen.error().code == Error::Code::Invalid);
}

TEST_CASE("the charter self-evaluation PDF shows judgements, links and what holds it back",
          "[portfolio-report]") {
    SchoolFixture school;
    SchoolFile& file = *school.file;
    const qint64 minutes = addEvidence(file,
                                       QStringLiteral("Governors' <b>zero tolerance</b> "
                                                      "statement"),
                                       QStringLiteral("statement.pdf"));
    CharterRepository charter(file);
    CriterionJudgement judgement;
    judgement.criterionId = QStringLiteral("1.2");
    judgement.levelId = QStringLiteral("emerging");
    judgement.evidenceNotes = QStringLiteral("Agreed at the October meeting.");
    judgement.evidenceIds = {minutes};
    auto set = charter.setJudgement(Charter, judgement);
    INFO(set.errorMessage().toStdString());
    REQUIRE(set.ok());
    school.reopen();

    ReportRequest request;
    request.kind = ReportRequest::Kind::CharterSelfEvaluation;
    const QString text =
        pdfOf(request.build(*school.file), school.dir, QStringLiteral("charter.pdf"));
    CHECK(text.contains(QStringLiteral("RACE Charter Mark self-evaluation")));
    CHECK(containsText(text, QStringLiteral("A Senior leader for RACE is appointed")));
    CHECK(containsText(text, QStringLiteral("Agreed at the October meeting.")));
    CHECK(containsText(text, QStringLiteral("Governors' <b>zero tolerance</b> statement")));
    CHECK(containsText(text, QStringLiteral("statement.pdf")));
    CHECK(containsText(text, QStringLiteral("Emerging")));
    CHECK(containsText(text, QStringLiteral("Not judged yet")));
    CHECK(containsText(text, QStringLiteral("1 of 4")));
    CHECK(containsText(text, QStringLiteral("What holds the school back from")));
    CHECK(containsText(text, QStringLiteral("Equimark's own working rule")));
}
