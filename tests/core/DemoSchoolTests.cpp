#include "CatchCompat.h"
#include "TempDir.h"
#include "demo/DemoSchool.h"
#include "domain/PortfolioCoverage.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolChecker.h"
#include "storage/SchoolFile.h"
#include "storage/SchoolRepository.h"
#include "storage/SummaryGridRepository.h"
#include "storage/VisitRepository.h"

#include <QDir>

using namespace equimark;
using namespace equimark::test;

namespace {
const QDate today(2026, 11, 23);
}

TEST_CASE("the demo school has every step of the process filled in", "[demo]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    REQUIRE(DemoSchool::build(path, today).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);

    auto opened = SchoolFile::open(path);
    REQUIRE(opened.ok());
    auto& file = **opened;
    CHECK(SchoolRepository(file).load()->name == QLatin1String(DemoSchool::Name));

    ReferenceGroupRepository group(file);
    CHECK(*group.hasSeniorLeader(today));
    CHECK(group.meetings()->size() >= 4);

    AuditRepository audits(file);
    auto years = audits.audits();
    REQUIRE(years->size() == 2);
    auto last = audits.progress(years->at(0).id);
    auto current = audits.progress(years->at(1).id);
    CHECK(last->judged == last->total);
    CHECK(current->judged > 0);
    CHECK(current->judged < current->total);
    CHECK(SummaryGridRepository(file).cells(years->at(0).id)->size() == 60);

    ActionRepository actions(file);
    auto counts = *actions.statusCounts();
    for (const auto& [status, count] : counts) {
        CAPTURE(actionStatusId(status));
        CHECK(count > 0);
    }
    CHECK(*actions.overdueCount(today) > 0);
    CHECK(actions.all()->size() >= 12);

    auto evidence = EvidenceRepository(file).all();
    REQUIRE(evidence->size() >= 5);
    bool hasImage = false;
    for (const auto& item : *evidence)
        for (const auto& attachment : item.attachments)
            hasImage = hasImage || attachment.mimeType == u"image/png";
    CHECK(hasImage);

    AccreditationRepository accreditation(file);
    auto badges = accreditation.badges();
    REQUIRE(badges->size() == 1);
    CHECK(badges->front().strandId == u"race");
    auto race = accreditation.latestForStrand(QStringLiteral("race"));
    REQUIRE(race->has_value());
    CHECK((*race)->status == SummaryStatus::Verified);
    CHECK(VisitRepository(file).nextVisit(today)->has_value());
}

TEST_CASE("the demo school has a RACE Charter self-evaluation working towards silver",
          "[demo][charter]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    REQUIRE(DemoSchool::build(path, today).ok());
    auto opened = SchoolFile::open(path);
    REQUIRE(opened.ok());
    auto& file = **opened;
    auto charter = FrameworkRepository(file).ofKind(Framework::Kind::RaceCharter);
    REQUIRE(charter.ok());

    CharterRepository repository(file);
    auto judgements = repository.judgements(charter->id);
    REQUIRE(judgements.ok());
    QStringList levels;
    for (const auto& judgement : *judgements) {
        levels << judgement.levelId;
        CHECK_FALSE(judgement.evidenceNotes.isEmpty());
    }
    CHECK(levels == QStringList{QStringLiteral("embedded"), QStringLiteral("established"),
                                QStringLiteral("emerging"), QStringLiteral("emerging")});
    // The same evidence and actions as the Equality Mark's race strand.
    auto governorsMinutes = repository.judgement(charter->id, QStringLiteral("1.2"));
    REQUIRE(governorsMinutes.ok());
    CHECK(governorsMinutes->evidenceIds.size() == 2);
    CHECK(governorsMinutes->actionIds.size() == 1);

    auto status = repository.status(charter->id);
    REQUIRE(status.ok());
    CHECK(status->targetLevel == QStringLiteral("silver"));
    CHECK(status->awardedLevel.isEmpty());
    const auto standing = CharterStanding::compute(*charter, *judgements, *status);
    CHECK(standing.targetLevel == QStringLiteral("silver"));
    CHECK(standing.holdingBack == QStringList{QStringLiteral("1.3"), QStringLiteral("1.4")});
}

TEST_CASE("the demo school has a practitioner with a portfolio in progress that is not ready",
          "[demo][portfolio]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    REQUIRE(DemoSchool::build(path, today).ok());
    auto opened = SchoolFile::open(path);
    REQUIRE(opened.ok());
    auto& file = **opened;
    auto charter = FrameworkRepository(file).ofKind(Framework::Kind::RaceCharter);
    REQUIRE(charter.ok());

    PortfolioRepository repository(file);
    auto practitioner = repository.practitionerNamed(QStringLiteral("Joseph Mensah"));
    REQUIRE(practitioner.ok());
    CHECK(practitioner->role == QStringLiteral("Deputy headteacher and RACE lead"));
    auto portfolios = repository.portfolios(practitioner->id);
    REQUIRE(portfolios.ok());
    REQUIRE(portfolios->size() == 1);
    const Portfolio& portfolio = portfolios->front();
    CHECK(portfolio.status == PortfolioStatus::Drafting);
    CHECK(portfolio.daysToGateway(today) == 70);
    REQUIRE(portfolio.assessments.size() == 2);
    CHECK(portfolio.assessment(QStringLiteral("S2"))->level == SelfAssessment::Developing);
    CHECK(portfolio.assessment(QStringLiteral("S3"))->level == SelfAssessment::Secure);

    auto items = repository.impactItems(portfolio.id);
    REQUIRE(items.ok());
    CHECK(items->size() == 4);
    int linkedToEvidence = 0;
    for (const auto& item : *items) {
        CHECK_FALSE(item.criterionIds.isEmpty());
        CHECK_FALSE(item.standardIds.isEmpty());
        CHECK_FALSE(item.impact.isEmpty());
        CHECK(item.startedOn < today);
        linkedToEvidence += item.evidenceIds.isEmpty() ? 0 : 1;
    }
    CHECK(linkedToEvidence >= 2);

    const auto coverage = PortfolioCoverage::compute(*charter, portfolio, *items);
    CHECK_FALSE(coverage.ready());
    CHECK(coverage.criteriaWithoutEvidence == QStringList{QStringLiteral("1.2")});
    CHECK(coverage.standardsWithoutEvidence.size() == 8);
    CHECK_FALSE(coverage.standardsWithoutEvidence.contains(QStringLiteral("S2")));
    CHECK(coverage.unansweredPrompts == QList<int>{2, 3});
}

TEST_CASE("the demo school passes every check", "[demo]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    REQUIRE(DemoSchool::build(path, today).ok());
    auto opened = SchoolFile::open(path);
    REQUIRE(opened.ok());
    auto report = SchoolChecker(**opened).run();
    REQUIRE(report.ok());
    CAPTURE(report->problems);
    CHECK(report->ok());
}

TEST_CASE("the demo school is never built over an existing file", "[demo]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    writeAll(path, QByteArrayLiteral("precious"));
    auto built = DemoSchool::build(path, today);
    REQUIRE_FALSE(built.ok());
    CHECK(readAll(path) == QByteArrayLiteral("precious"));
}
