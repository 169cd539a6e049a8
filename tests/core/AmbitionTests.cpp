#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "domain/AmbitionJudgement.h"
#include "domain/HistoryDescription.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddFrameworkCommand.h"
#include "editing/commands/RaiseAmbitionActionCommand.h"
#include "editing/commands/SetAmbitionJudgementCommand.h"
#include "storage/ActionRepository.h"
#include "storage/AmbitionRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolChecker.h"

#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

using namespace equimark;

namespace {

const QString ambitionsId = QStringLiteral("race-equality-ambitions");
const QString thisYear = QStringLiteral("2026-27");
const QString lastYear = QStringLiteral("2025-26");

qint64 addEvidence(SchoolFile& file, const QString& title) {
    EvidenceItem item;
    item.title = title;
    item.datedOn = QDate(2026, 10, 3);
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

AmbitionJudgement judgementOf(SchoolFile& file, const QString& criterionId,
                              const QString& year = thisYear) {
    auto found = AmbitionRepository(file).judgement(ambitionsId, criterionId, year);
    REQUIRE(found.ok());
    return *found;
}

AmbitionJudgement judged(const QString& criterionId, const QString& status,
                         const QString& year = thisYear) {
    AmbitionJudgement judgement;
    judgement.criterionId = criterionId;
    judgement.statusId = status;
    judgement.year = year;
    return judgement;
}

void runSql(SchoolFile& file, const QString& statement) {
    QSqlQuery query(file.database());
    if (!query.exec(statement))
        throw std::runtime_error(query.lastError().text().toStdString());
}

} // namespace

TEST_CASE("an unjudged year lists every criterion, in framework order, as not started",
          "[ambitions]") {
    test::SchoolFixture fixture;
    auto all = AmbitionRepository(*fixture.file).judgements(ambitionsId, thisYear);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 17);
    CHECK(all->front().criterionId == u"leadership.1");
    CHECK(all->back().criterionId == u"recruitment.2");
    for (const auto& judgement : *all) {
        CHECK(judgement.statusId == u"not-started");
        CHECK(judgement.year == thisYear);
        CHECK(judgement.evidenceIds.isEmpty());
    }
    CHECK(AmbitionRepository(*fixture.file).years(ambitionsId).value().isEmpty());
}

TEST_CASE("an ambition judgement round-trips with its links, year by year", "[ambitions]") {
    test::SchoolFixture fixture;
    const qint64 policy = addEvidence(*fixture.file, QStringLiteral("Anti-racist policy"));
    const qint64 review = addAction(*fixture.file, QStringLiteral("Review the policy"));
    AmbitionJudgement judgement = judged(QStringLiteral("leadership.1"), QStringLiteral("met"));
    judgement.evidenceNotes = QStringLiteral("Agreed with parents & pupils <in June>.");
    judgement.evidenceIds = {policy, policy};
    judgement.actionIds = {review};
    fixture.file->setUserName(QStringLiteral("A. Head"));
    REQUIRE(AmbitionRepository(*fixture.file).setJudgement(ambitionsId, judgement).ok());
    REQUIRE(AmbitionRepository(*fixture.file)
                .setJudgement(ambitionsId, judged(QStringLiteral("leadership.1"),
                                                  QStringLiteral("developing"), lastYear))
                .ok());

    fixture.reopen();
    const auto back = judgementOf(*fixture.file, QStringLiteral("leadership.1"));
    CHECK(back.statusId == u"met");
    CHECK(back.evidenceNotes == judgement.evidenceNotes);
    CHECK(back.evidenceIds == QList<qint64>{policy});
    CHECK(back.actionIds == QList<qint64>{review});
    CHECK(back.judgedBy == u"A. Head");
    CHECK(back.judgedAt.isValid());
    // Each year stands alone: last year's judgement has none of this year's links.
    const auto before = judgementOf(*fixture.file, QStringLiteral("leadership.1"), lastYear);
    CHECK(before.statusId == u"developing");
    CHECK(before.evidenceIds.isEmpty());
    // A year nobody judged copies nothing.
    CHECK(judgementOf(*fixture.file, QStringLiteral("leadership.1"), QStringLiteral("2027-28"))
              .statusId == u"not-started");
    CHECK(AmbitionRepository(*fixture.file).years(ambitionsId).value() ==
          QStringList{lastYear, thisYear});

    auto summary = AmbitionRepository(*fixture.file).summary(ambitionsId, thisYear);
    REQUIRE(summary.ok());
    REQUIRE(summary->size() == 5);
    CHECK(summary->front().ambitionId == u"leadership");
    CHECK(summary->front().criteria == 3);
    CHECK(summary->front().met == 1);
    CHECK(summary->front().notStarted == 2);
    CHECK(summary->at(2).criteria == 6);
}

TEST_CASE("ambition judgements refuse what the framework does not define", "[ambitions]") {
    test::SchoolFixture fixture;
    AmbitionRepository repository(*fixture.file);
    CHECK(repository
              .setJudgement(ambitionsId,
                            judged(QStringLiteral("leadership.9"), QStringLiteral("met")))
              .error()
              .code == Error::Code::Invalid);
    const auto badStatus = repository.setJudgement(
        ambitionsId, judged(QStringLiteral("leadership.1"), QStringLiteral("emerging")));
    REQUIRE_FALSE(badStatus.ok());
    CHECK(badStatus.errorMessage().contains(QStringLiteral("emerging")));
    for (const QString& year : {QStringLiteral("2026"), QStringLiteral("2026-28"),
                                QStringLiteral("2026/27"), QStringLiteral("26-27")}) {
        CAPTURE(year);
        CHECK_FALSE(repository
                        .setJudgement(ambitionsId, judged(QStringLiteral("leadership.1"),
                                                          QStringLiteral("met"), year))
                        .ok());
    }
    AmbitionJudgement missing = judged(QStringLiteral("parents.1"), QStringLiteral("developing"));
    missing.evidenceIds = {42};
    CHECK(repository.setJudgement(ambitionsId, missing).error().code == Error::Code::NotFound);
    missing.evidenceIds.clear();
    missing.actionIds = {7};
    CHECK(repository.setJudgement(ambitionsId, missing).error().code == Error::Code::NotFound);
    // Not an ambitions framework.
    CHECK_FALSE(repository.judgements(QStringLiteral("race-charter-mark"), thisYear).ok());
    CHECK(repository.years(ambitionsId).value().isEmpty());
    CHECK(
        repository.judgement(ambitionsId, QStringLiteral("parents.1"), thisYear).value().statusId ==
        u"not-started");
}

TEST_CASE("every changed field of an ambition judgement leaves a history row", "[ambitions]") {
    test::SchoolFixture fixture;
    const qint64 evidence = addEvidence(*fixture.file, QStringLiteral("Focus group notes"));
    AmbitionJudgement judgement = judged(QStringLiteral("parents.1"), QStringLiteral("developing"));
    judgement.evidenceNotes = QStringLiteral("Two focus groups so far.");
    judgement.evidenceIds = {evidence};
    REQUIRE(AmbitionRepository(*fixture.file).setJudgement(ambitionsId, judgement).ok());
    // The same judgement again changes nothing and records nothing.
    REQUIRE(AmbitionRepository(*fixture.file).setJudgement(ambitionsId, judgement).ok());

    HistoryFilter filter;
    filter.entities = {QStringLiteral("ambition-judgement")};
    filter.oldestFirst = true;
    auto rows = ChangeHistory(*fixture.file).find(filter);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).entityId == u"2026-27/parents.1");
    CHECK(rows->at(0).field == u"status");
    CHECK(rows->at(0).oldValue == u"not-started");
    CHECK(rows->at(0).newValue == u"developing");
    CHECK(rows->at(1).field == u"evidence notes");
    CHECK(rows->at(2).field == u"evidence");
    CHECK(historyEntityLabel(QStringLiteral("ambition-judgement")) == u"Ambition criterion");
    CHECK(historySummary(rows->at(0)).contains(QStringLiteral("Developing")));
    CHECK(historyTarget(rows->at(0)).toString() == u"2026-27/parents.1");
}

TEST_CASE("setting an ambition judgement is undoable and announced", "[ambitions]") {
    test::SchoolFixture fixture;
    SchoolDocument document(std::move(fixture.file));
    QStringList announced;
    QObject::connect(&document, &SchoolDocument::ambitionChanged,
                     [&](const QString& framework, const QString& criterion, const QString& year) {
                         announced
                             << framework + QLatin1Char(' ') + criterion + QLatin1Char(' ') + year;
                     });
    AmbitionJudgement judgement = judged(QStringLiteral("cultures.1"), QStringLiteral("met"));
    judgement.evidenceNotes = QStringLiteral("Every governor trained in October.");
    REQUIRE(document
                .execute(
                    std::make_unique<SetAmbitionJudgementCommand>(document, ambitionsId, judgement))
                .ok());
    CHECK(announced == QStringList{QStringLiteral("race-equality-ambitions cultures.1 2026-27")});
    CHECK(judgementOf(document.file(), QStringLiteral("cultures.1")).statusId == u"met");
    CHECK(document.undoStack()->text(0).contains(QStringLiteral("cultures.1")));

    document.undoStack()->undo();
    const auto undone = judgementOf(document.file(), QStringLiteral("cultures.1"));
    CHECK(undone.statusId == u"not-started");
    CHECK(undone.evidenceNotes.isEmpty());
    document.undoStack()->redo();
    CHECK(judgementOf(document.file(), QStringLiteral("cultures.1")).evidenceNotes ==
          judgement.evidenceNotes);
    CHECK(announced.size() == 3);
    document.undoStack()->undo();
    // Put back to "not started" with no notes: that year holds nothing the school entered.
    CHECK(AmbitionRepository(document.file()).years(ambitionsId).value().isEmpty());
    document.undoStack()->redo();
    CHECK(AmbitionRepository(document.file()).years(ambitionsId).value() == QStringList{thisYear});

    auto refused = document.execute(std::make_unique<SetAmbitionJudgementCommand>(
        document, ambitionsId, judged(QStringLiteral("cultures.1"), QStringLiteral("done"))));
    CHECK_FALSE(refused.ok());
    CHECK(document.undoStack()->count() == 1);
}

TEST_CASE("raising an action from an ambition criterion puts it in the plan under race",
          "[ambitions]") {
    test::SchoolFixture fixture;
    SchoolDocument document(std::move(fixture.file));
    Action action;
    action.title = QStringLiteral("Parent focus group each half term");
    auto command = std::make_unique<RaiseAmbitionActionCommand>(
        document, ambitionsId, QStringLiteral("parents.1"), thisYear, action);
    auto* raise = command.get();
    REQUIRE(document.execute(std::move(command)).ok());
    const qint64 id = raise->actionId();
    REQUIRE(id > 0);
    CHECK(ActionRepository(document.file())
              .byId(id)
              .value()
              .strandIds.contains(QStringLiteral("race")));
    CHECK(judgementOf(document.file(), QStringLiteral("parents.1")).actionIds == QList<qint64>{id});
    CHECK(judgementOf(document.file(), QStringLiteral("parents.1"), lastYear).actionIds.isEmpty());

    document.undoStack()->undo();
    CHECK(ActionRepository(document.file()).all().value().empty());
    CHECK(judgementOf(document.file(), QStringLiteral("parents.1")).actionIds.isEmpty());
    document.undoStack()->redo();
    CHECK(judgementOf(document.file(), QStringLiteral("parents.1")).actionIds == QList<qint64>{id});

    auto refused = document.execute(std::make_unique<RaiseAmbitionActionCommand>(
        document, ambitionsId, QStringLiteral("parents.9"), thisYear, action));
    CHECK_FALSE(refused.ok());
    CHECK(ActionRepository(document.file()).all().value().size() == 1);
}

TEST_CASE("a file without the ambitions can start using them, and undo takes them out",
          "[ambitions]") {
    test::SchoolFixture fixture;
    runSql(*fixture.file, QStringLiteral("DELETE FROM framework WHERE kind = 'ambitions'"));
    SchoolDocument document(std::move(fixture.file));
    CHECK_FALSE(FrameworkRepository(document.file()).ofKind(Framework::Kind::Ambitions).ok());
    REQUIRE(
        document
            .execute(std::make_unique<AddFrameworkCommand>(document, Framework::Kind::Ambitions))
            .ok());
    CHECK(FrameworkRepository(document.file()).ofKind(Framework::Kind::Ambitions).ok());
    document.undoStack()->undo();
    CHECK_FALSE(FrameworkRepository(document.file()).ofKind(Framework::Kind::Ambitions).ok());
    document.undoStack()->redo();
    // Once judged, the framework cannot be taken out again.
    REQUIRE(document
                .execute(std::make_unique<SetAmbitionJudgementCommand>(
                    document, ambitionsId,
                    judged(QStringLiteral("leadership.2"), QStringLiteral("met"))))
                .ok());
    CHECK_FALSE(FrameworkRepository(document.file()).remove(ambitionsId).ok());
}

TEST_CASE("the checker names ambition judgements outside the framework", "[ambitions]") {
    test::SchoolFixture fixture;
    const qint64 evidence = addEvidence(*fixture.file, QStringLiteral("Survey"));
    REQUIRE(AmbitionRepository(*fixture.file)
                .setJudgement(ambitionsId,
                              judged(QStringLiteral("leadership.1"), QStringLiteral("met")))
                .ok());
    CHECK(SchoolChecker(*fixture.file).run().value().problems.isEmpty());
    runSql(*fixture.file, QStringLiteral("INSERT INTO ambition_judgement (framework_id, "
                                         "criterion_id, year, status) VALUES "
                                         "('race-equality-ambitions', 'leadership.9', "
                                         "'2025-26', 'met')"));
    runSql(*fixture.file,
           QStringLiteral("INSERT INTO ambition_evidence (framework_id, criterion_id, year, "
                          "evidence_id) VALUES ('race-equality-ambitions', 'parents.7', "
                          "'2026-27', %1)")
               .arg(evidence));
    const auto found = SchoolChecker(*fixture.file).run().value().problems;
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).contains(QStringLiteral("leadership.9")));
    CHECK(found.at(0).contains(QStringLiteral("2025-26")));
    CHECK(found.at(1).contains(QStringLiteral("parents.7")));
}
