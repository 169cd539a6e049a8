#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "domain/PortfolioCoverage.h"
#include "frameworks/FrameworkLoader.h"
#include "storage/PortfolioRepository.h"

#include <QDate>

using namespace equimark;

namespace {

const Framework& charter() {
    static const Framework framework = [] {
        auto loaded = FrameworkLoader::shipped(QStringLiteral("race-charter-mark"));
        REQUIRE(loaded.ok());
        return *loaded;
    }();
    return framework;
}

QStringList allStandards() {
    QStringList ids;
    for (const auto& standard : charter().lpStandards)
        ids << standard.id;
    return ids;
}

ImpactItem item(qint64 id, const QStringList& criteria, const QStringList& standards) {
    ImpactItem made;
    made.id = id;
    made.title = QStringLiteral("Item %1").arg(id);
    made.criterionIds = criteria;
    made.standardIds = standards;
    return made;
}

// Every standard self-assessed and every reflective question answered.
Portfolio completePortfolio() {
    Portfolio portfolio;
    for (const auto& id : allStandards())
        portfolio.assessments.push_back({id, SelfAssessment::Secure, {}});
    for (int i = 0; i < charter().reflectivePrompts.size(); ++i)
        portfolio.reflections << QStringLiteral("Answer %1").arg(i + 1);
    return portfolio;
}

QList<qint64> idsFor(const std::vector<std::pair<QString, QList<qint64>>>& rows,
                     const QString& id) {
    for (const auto& [key, ids] : rows) {
        if (key == id)
            return ids;
    }
    FAIL("no row for " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("coverage lists each standard and criterion in framework order with its items",
          "[coverage]") {
    const std::vector<ImpactItem> items = {
        item(7, {QStringLiteral("1.1"), QStringLiteral("1.3")}, {QStringLiteral("S3")}),
        item(9, {QStringLiteral("1.4")}, {QStringLiteral("S2"), QStringLiteral("S3")}),
    };
    const auto coverage = PortfolioCoverage::compute(charter(), Portfolio(), items);

    REQUIRE(coverage.byStandard.size() == 10);
    CHECK(coverage.byStandard.front().first == QStringLiteral("S1"));
    CHECK(coverage.byStandard.back().first == QStringLiteral("S10"));
    CHECK(idsFor(coverage.byStandard, QStringLiteral("S2")) == QList<qint64>{9});
    CHECK(idsFor(coverage.byStandard, QStringLiteral("S3")) == QList<qint64>{7, 9});
    CHECK(idsFor(coverage.byStandard, QStringLiteral("S1")).isEmpty());

    REQUIRE(coverage.byCriterion.size() == 4);
    CHECK(coverage.byCriterion[0].first == QStringLiteral("1.1"));
    CHECK(idsFor(coverage.byCriterion, QStringLiteral("1.1")) == QList<qint64>{7});
    CHECK(idsFor(coverage.byCriterion, QStringLiteral("1.4")) == QList<qint64>{9});
    CHECK(coverage.criteriaWithoutEvidence == QStringList{QStringLiteral("1.2")});
    CHECK(coverage.standardsWithoutEvidence ==
          QStringList{QStringLiteral("S1"), QStringLiteral("S4"), QStringLiteral("S5"),
                      QStringLiteral("S6"), QStringLiteral("S7"), QStringLiteral("S8"),
                      QStringLiteral("S9"), QStringLiteral("S10")});
}

TEST_CASE("a portfolio whose standards lack evidence is reported as not ready", "[coverage]") {
    const std::vector<ImpactItem> items = {item(1, {}, {QStringLiteral("S2")})};
    const auto coverage = PortfolioCoverage::compute(charter(), completePortfolio(), items);
    CHECK_FALSE(coverage.ready());
    const QStringList reasons = coverage.reasonsNotReady(charter());
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.front().startsWith(QStringLiteral("No evidence of impact yet for S1, S3 "
                                                    "(Challenging, developing and innovating), "
                                                    "S4")));
    CHECK(reasons.front().contains(QStringLiteral("S10")));
    CHECK_FALSE(reasons.front().contains(QStringLiteral("S2")));
}

TEST_CASE("a portfolio becomes ready once every standard has evidence, a self-assessment and "
          "every question an answer",
          "[coverage]") {
    const std::vector<ImpactItem> items = {item(1, {QStringLiteral("1.1")}, allStandards())};
    auto coverage = PortfolioCoverage::compute(charter(), completePortfolio(), items);
    CHECK(coverage.ready());
    CHECK(coverage.reasonsNotReady(charter()).isEmpty());
    // Criteria coverage is shown but does not hold the portfolio back.
    CHECK(coverage.criteriaWithoutEvidence.size() == 3);
}

TEST_CASE("standards not self-assessed and unanswered questions hold a portfolio back",
          "[coverage]") {
    Portfolio portfolio = completePortfolio();
    portfolio.assessments.erase(portfolio.assessments.begin() + 4,
                                portfolio.assessments.begin() + 6);
    portfolio.assessments[0].level = SelfAssessment::NotAssessed; // a note alone is no rating
    portfolio.reflections[2] = QStringLiteral("   ");
    portfolio.reflections.removeLast();
    const std::vector<ImpactItem> items = {item(1, {}, allStandards())};
    const auto coverage = PortfolioCoverage::compute(charter(), portfolio, items);

    CHECK_FALSE(coverage.ready());
    CHECK(coverage.standardsNotAssessed ==
          QStringList{QStringLiteral("S1"), QStringLiteral("S5"), QStringLiteral("S6")});
    CHECK(coverage.unansweredPrompts == QList<int>{2, 3});
    const QStringList reasons = coverage.reasonsNotReady(charter());
    CHECK(reasons == QStringList{QStringLiteral("Not self-assessed yet: S1, S5, S6."),
                                 QStringLiteral("Reflective question 3 not answered: What do I "
                                                "need to develop further?"),
                                 QStringLiteral("Reflective question 4 not answered: How do I "
                                                "pass on my expertise to support others?")});
}

TEST_CASE("coverage of a stored portfolio follows its impact items after reopening",
          "[coverage][portfolio]") {
    test::SchoolFixture fixture;
    Practitioner practitioner;
    practitioner.name = QStringLiteral("Amara Okafor");
    auto practitionerId = PortfolioRepository(*fixture.file).addPractitioner(practitioner);
    REQUIRE(practitionerId.ok());
    Portfolio portfolio = completePortfolio();
    portfolio.practitionerId = *practitionerId;
    portfolio.frameworkId = charter().id;
    portfolio.programme = QStringLiteral("RACE Lead Practitioner accreditation");
    auto portfolioId = PortfolioRepository(*fixture.file).addPortfolio(portfolio);
    REQUIRE(portfolioId.ok());
    ImpactItem first = item(0, {QStringLiteral("1.4")}, {QStringLiteral("S2")});
    first.portfolioId = *portfolioId;
    REQUIRE(PortfolioRepository(*fixture.file).addImpactItem(first).ok());
    fixture.reopen();

    PortfolioRepository repository(*fixture.file);
    auto stored = repository.portfolio(*portfolioId);
    auto items = repository.impactItems(*portfolioId);
    REQUIRE(stored.ok());
    REQUIRE(items.ok());
    auto coverage = PortfolioCoverage::compute(charter(), *stored, *items);
    CHECK_FALSE(coverage.ready());
    CHECK(coverage.standardsWithoutEvidence.size() == 9);
    CHECK(coverage.standardsNotAssessed.isEmpty());
    CHECK(coverage.unansweredPrompts.isEmpty());

    ImpactItem rest = item(0, {}, allStandards());
    rest.portfolioId = *portfolioId;
    REQUIRE(repository.addImpactItem(rest).ok());
    items = repository.impactItems(*portfolioId);
    REQUIRE(items.ok());
    CHECK(PortfolioCoverage::compute(charter(), *stored, *items).ready());
}
