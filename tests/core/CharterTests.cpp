#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "domain/CharterEvaluation.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/RaiseCharterActionCommand.h"
#include "editing/commands/SetCharterStatusCommand.h"
#include "editing/commands/SetCriterionJudgementCommand.h"
#include "storage/ActionRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolChecker.h"

#include <QSqlQuery>
#include <algorithm>
#include <stdexcept>

using namespace equimark;

namespace {

const QString charterId = QStringLiteral("race-charter-mark");

const Framework& charter() {
    static const Framework framework = [] {
        for (auto& f : test::shippedFrameworks()) {
            if (f.id == charterId)
                return f;
        }
        throw std::runtime_error("no race charter framework");
    }();
    return framework;
}

std::vector<CriterionJudgement> judged(const std::vector<std::pair<QString, QString>>& levels) {
    std::vector<CriterionJudgement> judgements;
    for (const auto& [criterion, level] : levels) {
        CriterionJudgement j;
        j.criterionId = criterion;
        j.levelId = level;
        judgements.push_back(j);
    }
    return judgements;
}

qint64 addEvidence(SchoolFile& file, const QString& title) {
    EvidenceItem item;
    item.title = title;
    item.datedOn = QDate(2026, 2, 3);
    auto added = EvidenceRepository(file).add(item);
    REQUIRE(added.ok());
    return *added;
}

qint64 addAction(SchoolFile& file, const QString& title) {
    Action action;
    action.title = title;
    action.strandIds = {QStringLiteral("race")};
    auto added = ActionRepository(file).add(action);
    REQUIRE(added.ok());
    return *added;
}

CriterionJudgement judgementOf(SchoolFile& file, const QString& criterionId) {
    auto found = CharterRepository(file).judgement(charterId, criterionId);
    REQUIRE(found.ok());
    return *found;
}

} // namespace

TEST_CASE("the charter standing is the highest award level every criterion meets", "[charter]") {
    const auto standing =
        CharterStanding::compute(charter(),
                                 judged({{QStringLiteral("1.1"), QStringLiteral("emerging")},
                                         {QStringLiteral("1.2"), QStringLiteral("emerging")},
                                         {QStringLiteral("1.3"), QStringLiteral("established")},
                                         {QStringLiteral("1.4"), QStringLiteral("embedded")}}),
                                 {});
    CHECK(standing.reachedLevel == QStringLiteral("bronze"));
    CHECK(standing.targetLevel == QStringLiteral("silver"));
    CHECK(standing.holdingBack == QStringList{QStringLiteral("1.1"), QStringLiteral("1.2")});
    CHECK(standing.judged == 4);
    CHECK(standing.total == 4);
    CHECK_FALSE(standing.reassessmentDue.isValid());
}

TEST_CASE("an unjudged criterion keeps the school below bronze", "[charter]") {
    const auto standing =
        CharterStanding::compute(charter(),
                                 judged({{QStringLiteral("1.1"), QStringLiteral("embedded")},
                                         {QStringLiteral("1.3"), QStringLiteral("embedded")},
                                         {QStringLiteral("1.4"), QStringLiteral("embedded")}}),
                                 {});
    CHECK(standing.reachedLevel.isEmpty());
    CHECK(standing.targetLevel == QStringLiteral("bronze"));
    CHECK(standing.holdingBack == QStringList{QStringLiteral("1.2")});
    CHECK(standing.judged == 3);

    const auto nothing = CharterStanding::compute(charter(), {}, {});
    CHECK(nothing.reachedLevel.isEmpty());
    CHECK(nothing.targetLevel == QStringLiteral("bronze"));
    CHECK(nothing.holdingBack.size() == 4);
}

TEST_CASE("criteria whose wording is not known are left out of the standing", "[charter]") {
    Framework framework = charter();
    framework.sections.front().criteria.push_back(
        {QStringLiteral("1.5"), QStringLiteral("Wording not public"), false, {}});
    const auto standing =
        CharterStanding::compute(framework,
                                 judged({{QStringLiteral("1.1"), QStringLiteral("embedded")},
                                         {QStringLiteral("1.2"), QStringLiteral("embedded")},
                                         {QStringLiteral("1.3"), QStringLiteral("embedded")},
                                         {QStringLiteral("1.4"), QStringLiteral("embedded")}}),
                                 {});
    CHECK(standing.reachedLevel == QStringLiteral("gold"));
    CHECK(standing.targetLevel == QStringLiteral("gold"));
    CHECK(standing.holdingBack.isEmpty());
    CHECK(standing.total == 4);
}

TEST_CASE("the school's own target decides what holds it back, and reassessment is due three "
          "years after the award",
          "[charter]") {
    CharterStatus status;
    status.targetLevel = QStringLiteral("gold");
    status.awardedLevel = QStringLiteral("bronze");
    status.awardedOn = QDate(2025, 7, 1);
    const auto standing =
        CharterStanding::compute(charter(),
                                 judged({{QStringLiteral("1.1"), QStringLiteral("embedded")},
                                         {QStringLiteral("1.2"), QStringLiteral("established")},
                                         {QStringLiteral("1.3"), QStringLiteral("embedded")},
                                         {QStringLiteral("1.4"), QStringLiteral("not-started")}}),
                                 status);
    CHECK(standing.reachedLevel.isEmpty()); // 1.4 is not even emerging
    CHECK(standing.targetLevel == QStringLiteral("gold"));
    CHECK(standing.holdingBack == QStringList{QStringLiteral("1.2"), QStringLiteral("1.4")});
    CHECK(standing.reassessmentDue == QDate(2028, 7, 1));
}

TEST_CASE("a criterion judgement survives reopening with its notes and links", "[charter]") {
    test::SchoolFixture fixture;
    fixture.file->setUserName(QStringLiteral("Ms Khan"));
    const qint64 evidenceId = addEvidence(*fixture.file, QStringLiteral("Governor minutes"));
    const qint64 actionId = addAction(*fixture.file, QStringLiteral("Appoint a RACE lead"));

    CriterionJudgement judgement;
    judgement.criterionId = QStringLiteral("1.1");
    judgement.levelId = QStringLiteral("established");
    judgement.evidenceNotes = QStringLiteral("Deputy head appointed in September.\nNamed in SIP.");
    judgement.evidenceIds = {evidenceId, evidenceId};
    judgement.actionIds = {actionId};
    REQUIRE(CharterRepository(*fixture.file).setJudgement(charterId, judgement).ok());

    fixture.reopen();
    const auto stored = judgementOf(*fixture.file, QStringLiteral("1.1"));
    CHECK(stored.levelId == QStringLiteral("established"));
    CHECK(stored.evidenceNotes == judgement.evidenceNotes);
    CHECK(stored.judgedBy == QStringLiteral("Ms Khan"));
    CHECK(stored.judgedAt.isValid());
    CHECK(stored.evidenceIds == QList<qint64>{evidenceId});
    CHECK(stored.actionIds == QList<qint64>{actionId});

    auto all = CharterRepository(*fixture.file).judgements(charterId);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK(all->at(0).criterionId == QStringLiteral("1.1"));
    CHECK(all->at(1).levelId.isEmpty());
    CHECK(CharterRepository(*fixture.file).criteriaForEvidence(evidenceId).value() ==
          QStringList{QStringLiteral("1.1")});

    auto history = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(history.ok());
    const bool levelLogged =
        std::any_of(history->begin(), history->end(), [](const HistoryEntry& e) {
            return e.entity == u"charter-judgement" && e.entityId == u"1.1" &&
                   e.field == u"level" && e.newValue == u"established";
        });
    CHECK(levelLogged);
}

TEST_CASE("removing an evidence item or an action drops its link to the criterion", "[charter]") {
    test::SchoolFixture fixture;
    const qint64 evidenceId = addEvidence(*fixture.file, QStringLiteral("Staff survey"));
    const qint64 actionId = addAction(*fixture.file, QStringLiteral("Mentoring scheme"));
    CriterionJudgement judgement;
    judgement.criterionId = QStringLiteral("1.4");
    judgement.levelId = QStringLiteral("emerging");
    judgement.evidenceIds = {evidenceId};
    judgement.actionIds = {actionId};
    REQUIRE(CharterRepository(*fixture.file).setJudgement(charterId, judgement).ok());
    CHECK(CharterRepository(*fixture.file).criteriaForAction(actionId).value() ==
          QStringList{QStringLiteral("1.4")});

    REQUIRE(EvidenceRepository(*fixture.file).remove(evidenceId).ok());
    REQUIRE(ActionRepository(*fixture.file).remove(actionId).ok());
    fixture.reopen();
    const auto stored = judgementOf(*fixture.file, QStringLiteral("1.4"));
    CHECK(stored.levelId == QStringLiteral("emerging"));
    CHECK(stored.evidenceIds.isEmpty());
    CHECK(stored.actionIds.isEmpty());
    CHECK(CharterRepository(*fixture.file).criteriaForAction(actionId).value().isEmpty());
}

TEST_CASE("an unknown criterion, level, evidence item or framework is refused and nothing "
          "changes",
          "[charter]") {
    test::SchoolFixture fixture;
    CharterRepository repository(*fixture.file);
    CriterionJudgement good;
    good.criterionId = QStringLiteral("1.2");
    good.levelId = QStringLiteral("emerging");
    REQUIRE(repository.setJudgement(charterId, good).ok());

    CriterionJudgement bad = good;
    bad.criterionId = QStringLiteral("9.9");
    auto refused = repository.setJudgement(charterId, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("9.9")));

    bad = good;
    bad.levelId = QStringLiteral("platinum");
    refused = repository.setJudgement(charterId, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("platinum")));

    bad = good;
    bad.levelId = QStringLiteral("embedded");
    bad.evidenceIds = {4242};
    refused = repository.setJudgement(charterId, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::NotFound);

    auto noFramework = repository.setJudgement(QStringLiteral("no-such-charter"), good);
    REQUIRE_FALSE(noFramework.ok());
    CHECK(noFramework.error().code == Error::Code::NotFound);
    auto wrongKind = repository.judgements(QStringLiteral("lancashire-equality-mark"));
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(wrongKind.error().code == Error::Code::Invalid);

    fixture.reopen();
    const auto stored = judgementOf(*fixture.file, QStringLiteral("1.2"));
    CHECK(stored.levelId == QStringLiteral("emerging"));
    CHECK(stored.evidenceIds.isEmpty());
    CHECK(
        CharterRepository(*fixture.file).judgement(charterId, QStringLiteral("9.9")).error().code ==
        Error::Code::Invalid);
}

TEST_CASE("the award status survives reopening and an award needs a date", "[charter]") {
    test::SchoolFixture fixture;
    CharterRepository repository(*fixture.file);
    auto empty = repository.status(charterId);
    REQUIRE(empty.ok());
    CHECK(empty->targetLevel.isEmpty());

    CharterStatus status;
    status.targetLevel = QStringLiteral("silver");
    status.awardedLevel = QStringLiteral("bronze");
    auto undated = repository.setStatus(charterId, status);
    REQUIRE_FALSE(undated.ok());
    CHECK(undated.error().code == Error::Code::Invalid);

    CharterStatus unknown = status;
    unknown.awardedOn = QDate(2025, 6, 30);
    unknown.targetLevel = QStringLiteral("platinum");
    auto refused = repository.setStatus(charterId, unknown);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("platinum")));

    status.awardedOn = QDate(2025, 6, 30);
    REQUIRE(repository.setStatus(charterId, status).ok());
    fixture.reopen();
    auto stored = CharterRepository(*fixture.file).status(charterId);
    REQUIRE(stored.ok());
    CHECK(stored->targetLevel == QStringLiteral("silver"));
    CHECK(stored->awardedLevel == QStringLiteral("bronze"));
    CHECK(stored->awardedOn == QDate(2025, 6, 30));
}

TEST_CASE("linked criteria are listed in reading order", "[charter]") {
    test::SchoolFixture fixture;
    const qint64 actionId = addAction(*fixture.file, QStringLiteral("Governor training"));
    for (const auto& id : {QStringLiteral("1.4"), QStringLiteral("1.2"), QStringLiteral("1.3")}) {
        auto judgement = judgementOf(*fixture.file, id);
        judgement.actionIds = {actionId};
        REQUIRE(CharterRepository(*fixture.file).setJudgement(charterId, judgement).ok());
    }
    CHECK(CharterRepository(*fixture.file).criteriaForAction(actionId).value() ==
          QStringList{QStringLiteral("1.2"), QStringLiteral("1.3"), QStringLiteral("1.4")});
}

TEST_CASE("raising a charter action adds one undoable step to the shared action plan",
          "[charter]") {
    test::SchoolFixture fixture;
    SchoolDocument document(std::move(fixture.file));
    int charterSignals = 0;
    QObject::connect(&document, &SchoolDocument::charterChanged,
                     [&charterSignals](const QString&, const QString&) { ++charterSignals; });

    Action action;
    action.title = QStringLiteral("Mentoring for ethnic minority staff");
    action.dueOn = QDate(2026, 7, 17);
    auto command = std::make_unique<RaiseCharterActionCommand>(document, charterId,
                                                               QStringLiteral("1.4"), action);
    auto* raise = command.get();
    REQUIRE(document.execute(std::move(command)).ok());
    const qint64 actionId = raise->actionId();
    REQUIRE(actionId > 0);
    CHECK(document.undoStack()->count() == 1);
    CHECK(charterSignals == 1);

    auto stored = ActionRepository(document.file()).byId(actionId);
    REQUIRE(stored.ok());
    CHECK(stored->strandIds.contains(QStringLiteral("race")));
    CHECK(judgementOf(document.file(), QStringLiteral("1.4")).actionIds == QList<qint64>{actionId});

    document.undoStack()->undo();
    CHECK(ActionRepository(document.file()).byId(actionId).error().code == Error::Code::NotFound);
    CHECK(judgementOf(document.file(), QStringLiteral("1.4")).actionIds.isEmpty());

    document.undoStack()->redo();
    auto back = ActionRepository(document.file()).byId(actionId);
    REQUIRE(back.ok());
    CHECK(back->title == action.title);
    CHECK(judgementOf(document.file(), QStringLiteral("1.4")).actionIds == QList<qint64>{actionId});
}

TEST_CASE("raising an action for an unknown criterion leaves the action plan unchanged",
          "[charter]") {
    test::SchoolFixture fixture;
    SchoolDocument document(std::move(fixture.file));
    Action action;
    action.title = QStringLiteral("Something");
    auto refused = document.execute(std::make_unique<RaiseCharterActionCommand>(
        document, charterId, QStringLiteral("9.9"), action));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(document.undoStack()->count() == 0);
    CHECK(ActionRepository(document.file()).all().value().empty());
}

TEST_CASE("judging a criterion and setting the award are undoable", "[charter]") {
    test::SchoolFixture fixture;
    SchoolDocument document(std::move(fixture.file));
    CriterionJudgement judgement;
    judgement.criterionId = QStringLiteral("1.3");
    judgement.levelId = QStringLiteral("embedded");
    judgement.evidenceNotes = QStringLiteral("In every job description.");
    REQUIRE(
        document
            .execute(std::make_unique<SetCriterionJudgementCommand>(document, charterId, judgement))
            .ok());
    CharterStatus status;
    status.targetLevel = QStringLiteral("gold");
    REQUIRE(document.execute(std::make_unique<SetCharterStatusCommand>(document, charterId, status))
                .ok());
    CHECK(CharterRepository(document.file()).status(charterId)->targetLevel ==
          QStringLiteral("gold"));

    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(CharterRepository(document.file()).status(charterId)->targetLevel.isEmpty());
    const auto undone = judgementOf(document.file(), QStringLiteral("1.3"));
    CHECK(undone.levelId.isEmpty());
    CHECK(undone.evidenceNotes.isEmpty());
    document.undoStack()->redo();
    CHECK(judgementOf(document.file(), QStringLiteral("1.3")).levelId ==
          QStringLiteral("embedded"));
}

TEST_CASE("the file check reports charter records the framework does not define", "[charter]") {
    test::SchoolFixture fixture;
    auto clean = SchoolChecker(*fixture.file).run();
    REQUIRE(clean.ok());
    CHECK(clean->ok());

    QSqlQuery query(fixture.file->database());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO charter_judgement (framework_id, "
                                      "criterion_id, level) VALUES ('race-charter-mark', "
                                      "'7.7', 'emerging'), ('race-charter-mark', '1.1', "
                                      "'superb')")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO charter_status (framework_id, target_level) "
                                      "VALUES ('race-charter-mark', 'platinum')")));
    auto report = SchoolChecker(*fixture.file).run();
    REQUIRE(report.ok());
    const QString problems = report->problems.join(u'\n');
    CHECK(problems.contains(QStringLiteral("\"7.7\"")));
    CHECK(problems.contains(QStringLiteral("\"superb\"")));
    CHECK(problems.contains(QStringLiteral("\"platinum\"")));
}
