#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/RemoveActionCommand.h"
#include "editing/commands/RemoveEvidenceCommand.h"
#include "storage/ActionRepository.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/SchoolChecker.h"

#include <QSqlQuery>

using namespace equimark;

// The RACE Charter self-evaluation and the LP portfolios point into the shared evidence store
// and action plan; removing an item there and undoing must bring those links back too.

namespace {

const QString charterId = QStringLiteral("race-charter-mark");

struct Linked {
    qint64 evidenceId = 0;
    qint64 actionId = 0;
    qint64 impactId = 0;
};

Linked linkEverything(SchoolFile& file) {
    Linked ids;
    EvidenceItem evidence;
    evidence.title = QStringLiteral("Mentoring log");
    auto evidenceId = EvidenceRepository(file).add(evidence);
    REQUIRE(evidenceId.ok());
    ids.evidenceId = *evidenceId;

    Action action;
    action.title = QStringLiteral("Career conversations for ethnic minority staff");
    action.strandIds = {QStringLiteral("race")};
    auto actionId = ActionRepository(file).add(action);
    REQUIRE(actionId.ok());
    ids.actionId = *actionId;

    CriterionJudgement judgement;
    judgement.criterionId = QStringLiteral("1.4");
    judgement.levelId = QStringLiteral("emerging");
    judgement.evidenceIds = {ids.evidenceId};
    judgement.actionIds = {ids.actionId};
    REQUIRE(CharterRepository(file).setJudgement(charterId, judgement).ok());

    PortfolioRepository portfolios(file);
    Practitioner practitioner;
    practitioner.name = QStringLiteral("Ruth Adeyemi");
    auto practitionerId = portfolios.addPractitioner(practitioner);
    REQUIRE(practitionerId.ok());
    Portfolio portfolio;
    portfolio.practitionerId = *practitionerId;
    portfolio.frameworkId = charterId;
    portfolio.programme = QStringLiteral("RACE Lead Practitioner accreditation");
    auto portfolioId = portfolios.addPortfolio(portfolio);
    REQUIRE(portfolioId.ok());
    ImpactItem item;
    item.portfolioId = *portfolioId;
    item.title = QStringLiteral("Coached two middle leaders");
    item.criterionIds = {QStringLiteral("1.4")};
    item.standardIds = {QStringLiteral("S2")};
    item.evidenceIds = {ids.evidenceId};
    auto impactId = portfolios.addImpactItem(item);
    REQUIRE(impactId.ok());
    ids.impactId = *impactId;
    return ids;
}

} // namespace

TEST_CASE("undoing the removal of evidence puts back its RACE Charter and portfolio links",
          "[race-links]") {
    test::SchoolFixture fixture;
    const Linked ids = linkEverything(*fixture.file);
    SchoolDocument document(std::move(fixture.file));

    REQUIRE(document
                .execute(std::make_unique<RemoveEvidenceCommand>(document, ids.evidenceId,
                                                                 QStringLiteral("Mentoring log")))
                .ok());
    CHECK(CharterRepository(document.file())
              .judgement(charterId, QStringLiteral("1.4"))
              ->evidenceIds.isEmpty());
    CHECK(PortfolioRepository(document.file()).impactItem(ids.impactId)->evidenceIds.isEmpty());

    document.undoStack()->undo();
    CHECK(CharterRepository(document.file())
              .judgement(charterId, QStringLiteral("1.4"))
              ->evidenceIds == QList<qint64>{ids.evidenceId});
    CHECK(PortfolioRepository(document.file()).impactItem(ids.impactId)->evidenceIds ==
          QList<qint64>{ids.evidenceId});
    auto report = SchoolChecker(document.file()).run();
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
}

TEST_CASE("undoing the removal of an action puts back the criterion it was raised for",
          "[race-links]") {
    test::SchoolFixture fixture;
    const Linked ids = linkEverything(*fixture.file);
    SchoolDocument document(std::move(fixture.file));

    REQUIRE(document.execute(std::make_unique<RemoveActionCommand>(document, ids.actionId)).ok());
    CHECK(CharterRepository(document.file()).criteriaForAction(ids.actionId)->isEmpty());

    document.undoStack()->undo();
    CHECK(CharterRepository(document.file()).criteriaForAction(ids.actionId).value() ==
          QStringList{QStringLiteral("1.4")});
}

TEST_CASE("the file check reports portfolio records the framework does not define",
          "[race-links]") {
    test::SchoolFixture fixture;
    const Linked ids = linkEverything(*fixture.file);
    auto clean = SchoolChecker(*fixture.file).run();
    REQUIRE(clean.ok());
    CHECK(clean->problems.isEmpty());

    QSqlQuery query(fixture.file->database());
    REQUIRE(query.exec(
        QStringLiteral("INSERT INTO impact_standard VALUES (%1, 'S42')").arg(ids.impactId)));
    REQUIRE(query.exec(
        QStringLiteral("INSERT INTO impact_criterion VALUES (%1, '9.9')").arg(ids.impactId)));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO portfolio_reflection (portfolio_id, prompt, "
                                      "answer) SELECT portfolio_id, 11, 'extra' FROM impact_item "
                                      "WHERE id = %1")
                           .arg(ids.impactId)));
    auto report = SchoolChecker(*fixture.file).run();
    REQUIRE(report.ok());
    const QString problems = report->problems.join(u'\n');
    CHECK(problems.contains(QStringLiteral("\"S42\"")));
    CHECK(problems.contains(QStringLiteral("\"9.9\"")));
    CHECK(problems.contains(QStringLiteral("reflective question 12")));
}
