#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/ActionRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/EvidenceRepository.h"
#include "storage/SchoolFile.h"

#include <QDate>
#include <QDateTime>

using namespace equimark;

namespace {

const QString race = QStringLiteral("race");
const QString gender = QStringLiteral("gender");
const QString disability = QStringLiteral("disability");

Action sampleAction(const QString& title = QStringLiteral("Diversify the library")) {
    Action action;
    action.title = title;
    action.strandIds = {race};
    action.elementId = QStringLiteral("curriculum");
    action.sipPriority = QStringLiteral("SIP 2: reading for pleasure");
    action.owner = QStringLiteral("Ms Patel");
    action.startOn = QDate(2025, 9, 8);
    action.dueOn = QDate(2026, 3, 27);
    action.successCriteria = QStringLiteral("Every class library has books by and about people "
                                            "of many ethnicities.\nPupils can name three.");
    action.cost = QStringLiteral("£450");
    action.status = ActionStatus::InProgress;
    action.impact = QStringLiteral("Pupil voice shows more pupils see themselves in books.");
    return action;
}

qint64 addAction(SchoolFile& file, const Action& action) {
    auto added = ActionRepository(file).add(action);
    REQUIRE(added.ok());
    return *added;
}

std::vector<HistoryEntry> historyAfter(SchoolFile& file, std::size_t skip) {
    auto entries = ChangeHistory(file).since(QDateTime());
    REQUIRE(entries.ok());
    return std::vector<HistoryEntry>(entries->begin() + static_cast<std::ptrdiff_t>(skip),
                                     entries->end());
}

std::size_t historySize(SchoolFile& file) {
    auto entries = ChangeHistory(file).since(QDateTime());
    REQUIRE(entries.ok());
    return entries->size();
}

Action withDue(const QDate& due, ActionStatus status) {
    Action action;
    action.title = QStringLiteral("Check");
    action.strandIds = {race};
    action.dueOn = due;
    action.status = status;
    return action;
}

} // namespace

TEST_CASE("action status ids round trip and unknown ids are rejected", "[actions]") {
    CHECK(actionStatusIds() == QStringList{QStringLiteral("not-started"),
                                           QStringLiteral("in-progress"),
                                           QStringLiteral("complete"), QStringLiteral("dropped")});
    for (auto status : {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Complete,
                        ActionStatus::Dropped}) {
        CHECK(actionStatusFromId(actionStatusId(status)) == status);
        CHECK_FALSE(actionStatusLabel(status).isEmpty());
    }
    CHECK(actionStatusFromId(QStringLiteral(" In-Progress ")) == ActionStatus::InProgress);
    CHECK_FALSE(actionStatusFromId(QStringLiteral("done")).has_value());
}

TEST_CASE("an action keeps every field and its progress notes after reopening", "[actions]") {
    test::SchoolFixture fixture;
    Action action = sampleAction();
    action.strandIds = {disability, race};
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id = addAction(*fixture.file, action);
    {
        ActionRepository actions(*fixture.file);
        REQUIRE(actions.addProgress(id, QDate(2025, 10, 1), QStringLiteral("Audit of books done"))
                    .ok());
        fixture.file->setUserName(QStringLiteral("Mr Jones"));
        REQUIRE(actions.addProgress(id, QDate(2025, 11, 12), QStringLiteral("First order placed"))
                    .ok());
    }

    fixture.reopen();
    auto loaded = ActionRepository(*fixture.file).byId(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->id == id);
    CHECK(loaded->title == action.title);
    // Framework order: race comes before disability in the equality mark.
    CHECK(loaded->strandIds == QStringList{race, disability});
    CHECK(loaded->elementId == action.elementId);
    CHECK(loaded->sipPriority == action.sipPriority);
    CHECK(loaded->owner == action.owner);
    CHECK(loaded->startOn == action.startOn);
    CHECK(loaded->dueOn == action.dueOn);
    CHECK(loaded->successCriteria == action.successCriteria);
    CHECK(loaded->cost == action.cost);
    CHECK(loaded->status == ActionStatus::InProgress);
    CHECK(loaded->impact == action.impact);
    CHECK(loaded->createdBy == QStringLiteral("Test User"));
    CHECK(loaded->createdAt >= before);
    CHECK(loaded->createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    REQUIRE(loaded->progress.size() == 2);
    CHECK(loaded->progress[0].notedOn == QDate(2025, 10, 1));
    CHECK(loaded->progress[0].note == QStringLiteral("Audit of books done"));
    CHECK(loaded->progress[0].author == QStringLiteral("Test User"));
    CHECK(loaded->progress[1].notedOn == QDate(2025, 11, 12));
    CHECK(loaded->progress[1].note == QStringLiteral("First order placed"));
    CHECK(loaded->progress[1].author == QStringLiteral("Mr Jones"));
    CHECK(loaded->progress[0].id != loaded->progress[1].id);
}

TEST_CASE("an action without dates, element or cost is stored as blank", "[actions]") {
    test::SchoolFixture fixture;
    Action action;
    action.title = QStringLiteral("Talk to governors");
    action.strandIds = {gender};
    const qint64 id = addAction(*fixture.file, action);
    fixture.reopen();
    auto loaded = ActionRepository(*fixture.file).byId(id);
    REQUIRE(loaded.ok());
    CHECK_FALSE(loaded->startOn.isValid());
    CHECK_FALSE(loaded->dueOn.isValid());
    CHECK(loaded->elementId.isEmpty());
    CHECK(loaded->status == ActionStatus::NotStarted);
    CHECK(loaded->progress.empty());
}

TEST_CASE("the action plan lists actions by due date with undated actions last", "[actions]") {
    test::SchoolFixture fixture;
    auto make = [&](const QString& title, const QDate& due, const QString& strand) {
        Action action;
        action.title = title;
        action.strandIds = {strand};
        action.dueOn = due;
        return addAction(*fixture.file, action);
    };
    const qint64 undated = make(QStringLiteral("Undated"), QDate(), race);
    const qint64 late = make(QStringLiteral("Late"), QDate(2026, 7, 1), gender);
    const qint64 early = make(QStringLiteral("Early"), QDate(2025, 10, 1), disability);
    const qint64 lateToo = make(QStringLiteral("Late too"), QDate(2026, 7, 1), race);
    REQUIRE(ActionRepository(*fixture.file)
                .addProgress(late, QDate(2025, 9, 1), QStringLiteral("Started"))
                .ok());

    fixture.reopen();
    auto all = ActionRepository(*fixture.file).all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK((*all)[0].id == early);
    CHECK((*all)[1].id == late);
    CHECK((*all)[2].id == lateToo);
    CHECK((*all)[3].id == undated);
    // Each action carries its own strands and progress, not its neighbours'.
    CHECK((*all)[0].strandIds == QStringList{disability});
    CHECK((*all)[1].strandIds == QStringList{gender});
    CHECK((*all)[1].progress.size() == 1);
    CHECK((*all)[2].progress.empty());
    CHECK((*all)[3].strandIds == QStringList{race});

    // A list that only names the actions gets them in the same order, with title and owner.
    Action owned = sampleAction(QStringLiteral("Owned"));
    owned.dueOn = QDate(2026, 7, 1);
    const qint64 ownedId = addAction(*fixture.file, owned);
    auto names = ActionRepository(*fixture.file).names();
    REQUIRE(names.ok());
    REQUIRE(names->size() == 5);
    CHECK((*names)[0].id == early);
    CHECK((*names)[0].title == u"Early");
    CHECK((*names)[0].owner.isEmpty());
    CHECK((*names)[1].id == late);
    CHECK((*names)[2].id == lateToo);
    CHECK((*names)[3].id == ownedId);
    CHECK((*names)[3].owner == u"Ms Patel");
    CHECK((*names)[4].id == undated);

    // The action plan's table reads the same actions in the same order with what its rows
    // show and its search looks through, and leaves the long texts to byId().
    REQUIRE(ActionRepository(*fixture.file)
                .addProgress(ownedId, QDate(2026, 1, 5), QStringLiteral("Books ordered"))
                .ok());
    auto table = ActionRepository(*fixture.file).forTable();
    REQUIRE(table.ok());
    REQUIRE(table->size() == 5);
    const Action& row = (*table)[3];
    CHECK(row.id == ownedId);
    CHECK(row.title == u"Owned");
    CHECK(row.strandIds == QStringList{race});
    CHECK(row.elementId == u"curriculum");
    CHECK(row.sipPriority == owned.sipPriority);
    CHECK(row.owner == u"Ms Patel");
    CHECK(row.dueOn == owned.dueOn);
    CHECK(row.status == ActionStatus::InProgress);
    REQUIRE(row.progress.size() == 1);
    CHECK(row.progress[0].note == u"Books ordered");
    CHECK(row.successCriteria.isEmpty());
    CHECK(row.impact.isEmpty());
    CHECK_FALSE(row.startOn.isValid());
    CHECK((*table)[1].progress.size() == 1);
    CHECK((*table)[1].progress[0].note == u"Started");
    auto whole = ActionRepository(*fixture.file).byId(ownedId);
    REQUIRE(whole.ok());
    CHECK(whole->successCriteria == owned.successCriteria);
    CHECK(whole->progress[0].notedOn == QDate(2026, 1, 5));
}

TEST_CASE("an action without a title or strand is refused", "[actions]") {
    test::SchoolFixture fixture;
    ActionRepository actions(*fixture.file);
    Action untitled = sampleAction(QStringLiteral("   "));
    auto added = actions.add(untitled);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);

    Action noStrand = sampleAction();
    noStrand.strandIds.clear();
    added = actions.add(noStrand);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);
    CHECK(added.errorMessage().contains(QStringLiteral("strand")));

    auto all = actions.all();
    REQUIRE(all.ok());
    CHECK(all->empty());
}

TEST_CASE("an action naming an unknown strand or element is refused, naming it", "[actions]") {
    test::SchoolFixture fixture;
    ActionRepository actions(*fixture.file);
    Action badStrand = sampleAction();
    badStrand.strandIds = {race, QStringLiteral("rase")};
    auto added = actions.add(badStrand);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);
    CHECK(added.errorMessage().contains(QStringLiteral("\"rase\"")));

    Action badElement = sampleAction();
    badElement.elementId = QStringLiteral("curriculumm");
    added = actions.add(badElement);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);
    CHECK(added.errorMessage().contains(QStringLiteral("\"curriculumm\"")));

    auto all = actions.all();
    REQUIRE(all.ok());
    CHECK(all->empty());
}

TEST_CASE("an action due before it starts is refused", "[actions]") {
    test::SchoolFixture fixture;
    Action action = sampleAction();
    action.startOn = QDate(2026, 4, 1);
    action.dueOn = QDate(2026, 3, 31);
    auto added = ActionRepository(*fixture.file).add(action);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::Invalid);

    action.dueOn = action.startOn; // a one-day action is fine
    CHECK(ActionRepository(*fixture.file).add(action).ok());
}

TEST_CASE("updating an action records history only for the fields that changed", "[actions]") {
    test::SchoolFixture fixture;
    const qint64 id = addAction(*fixture.file, sampleAction());
    const std::size_t baseline = historySize(*fixture.file);

    ActionRepository actions(*fixture.file);
    auto action = actions.byId(id);
    REQUIRE(action.ok());
    REQUIRE(actions.update(*action).ok()); // nothing changed: nothing recorded
    CHECK(historySize(*fixture.file) == baseline);

    action->owner = QStringLiteral("Mr Okafor");
    action->dueOn = QDate(2026, 5, 22);
    action->status = ActionStatus::Complete;
    action->strandIds = {gender, race};
    REQUIRE(actions.update(*action).ok());

    fixture.reopen();
    const auto entries = historyAfter(*fixture.file, baseline);
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].entity == QStringLiteral("action"));
    CHECK(entries[0].entityId == QString::number(id));
    CHECK(entries[0].field == QStringLiteral("owner"));
    CHECK(entries[0].oldValue == QStringLiteral("Ms Patel"));
    CHECK(entries[0].newValue == QStringLiteral("Mr Okafor"));
    CHECK(entries[1].field == QStringLiteral("due_on"));
    CHECK(entries[1].oldValue == QStringLiteral("2026-03-27"));
    CHECK(entries[1].newValue == QStringLiteral("2026-05-22"));
    CHECK(entries[2].field == QStringLiteral("status"));
    CHECK(entries[2].oldValue == QStringLiteral("in-progress"));
    CHECK(entries[2].newValue == QStringLiteral("complete"));
    CHECK(entries[3].field == QStringLiteral("strands"));
    CHECK(entries[3].oldValue == QStringLiteral("race"));
    CHECK(entries[3].newValue == QStringLiteral("gender, race"));
    CHECK(entries[3].who == QStringLiteral("Test User"));

    auto reloaded = ActionRepository(*fixture.file).byId(id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->owner == QStringLiteral("Mr Okafor"));
    CHECK(reloaded->dueOn == QDate(2026, 5, 22));
    CHECK(reloaded->status == ActionStatus::Complete);
    CHECK(reloaded->strandIds == QStringList{race, gender});
    CHECK(reloaded->title == sampleAction().title); // untouched fields stay
}

TEST_CASE("an invalid update changes nothing", "[actions]") {
    test::SchoolFixture fixture;
    const qint64 id = addAction(*fixture.file, sampleAction());
    const std::size_t baseline = historySize(*fixture.file);
    ActionRepository actions(*fixture.file);
    auto action = actions.byId(id);
    REQUIRE(action.ok());
    action->owner = QStringLiteral("Someone else");
    action->strandIds = {QStringLiteral("age")};
    auto updated = actions.update(*action);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().code == Error::Code::Invalid);
    CHECK(updated.errorMessage().contains(QStringLiteral("\"age\"")));

    fixture.reopen();
    auto reloaded = ActionRepository(*fixture.file).byId(id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->owner == QStringLiteral("Ms Patel"));
    CHECK(reloaded->strandIds == QStringList{race});
    CHECK(historySize(*fixture.file) == baseline);
}

TEST_CASE("an action is overdue only when due before today and still open", "[actions]") {
    const QDate today(2026, 2, 10);
    CHECK(withDue(today.addDays(-1), ActionStatus::NotStarted).isOverdue(today));
    CHECK(withDue(today.addDays(-1), ActionStatus::InProgress).isOverdue(today));
    CHECK_FALSE(withDue(today, ActionStatus::InProgress).isOverdue(today));
    CHECK_FALSE(withDue(today.addDays(1), ActionStatus::InProgress).isOverdue(today));
    CHECK_FALSE(withDue(today.addDays(-30), ActionStatus::Complete).isOverdue(today));
    CHECK_FALSE(withDue(today.addDays(-30), ActionStatus::Dropped).isOverdue(today));
    CHECK_FALSE(withDue(QDate(), ActionStatus::NotStarted).isOverdue(today));
}

TEST_CASE("the overdue count agrees with the overdue rule at its edges", "[actions]") {
    test::SchoolFixture fixture;
    const QDate today(2026, 2, 10);
    addAction(*fixture.file, withDue(today.addDays(-1), ActionStatus::NotStarted)); // overdue
    addAction(*fixture.file, withDue(today.addDays(-1), ActionStatus::InProgress)); // overdue
    addAction(*fixture.file, withDue(today, ActionStatus::InProgress));
    addAction(*fixture.file, withDue(today.addDays(1), ActionStatus::NotStarted));
    addAction(*fixture.file, withDue(today.addDays(-5), ActionStatus::Complete));
    addAction(*fixture.file, withDue(today.addDays(-5), ActionStatus::Dropped));
    addAction(*fixture.file, withDue(QDate(), ActionStatus::NotStarted));

    fixture.reopen();
    ActionRepository actions(*fixture.file);
    auto overdue = actions.overdueCount(today);
    REQUIRE(overdue.ok());
    CHECK(*overdue == 2);
    auto all = actions.all();
    REQUIRE(all.ok());
    CHECK(std::count_if(all->begin(), all->end(),
                        [&](const Action& a) { return a.isOverdue(today); }) == 2);
    // A day later, the action due today has become overdue too.
    auto tomorrow = actions.overdueCount(today.addDays(1));
    REQUIRE(tomorrow.ok());
    CHECK(*tomorrow == 3);
}

TEST_CASE("status counts include every status", "[actions]") {
    test::SchoolFixture fixture;
    addAction(*fixture.file, withDue(QDate(), ActionStatus::InProgress));
    addAction(*fixture.file, withDue(QDate(), ActionStatus::InProgress));
    addAction(*fixture.file, withDue(QDate(), ActionStatus::Complete));
    auto counts = ActionRepository(*fixture.file).statusCounts();
    REQUIRE(counts.ok());
    CHECK(counts->at(ActionStatus::NotStarted) == 0);
    CHECK(counts->at(ActionStatus::InProgress) == 2);
    CHECK(counts->at(ActionStatus::Complete) == 1);
    CHECK(counts->at(ActionStatus::Dropped) == 0);
}

TEST_CASE("a progress note can be removed and the removal is recorded", "[actions]") {
    test::SchoolFixture fixture;
    const qint64 id = addAction(*fixture.file, sampleAction());
    ActionRepository actions(*fixture.file);
    auto note = actions.addProgress(id, QDate(2025, 10, 1), QStringLiteral("Kept"));
    auto gone = actions.addProgress(id, QDate(2025, 10, 2), QStringLiteral("Typed by mistake"));
    REQUIRE(note.ok());
    REQUIRE(gone.ok());
    const std::size_t baseline = historySize(*fixture.file);
    REQUIRE(actions.removeProgress(*gone).ok());

    fixture.reopen();
    auto reloaded = ActionRepository(*fixture.file).byId(id);
    REQUIRE(reloaded.ok());
    REQUIRE(reloaded->progress.size() == 1);
    CHECK(reloaded->progress[0].note == QStringLiteral("Kept"));
    const auto entries = historyAfter(*fixture.file, baseline);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].field == QStringLiteral("progress"));
    CHECK(entries[0].oldValue == QStringLiteral("Typed by mistake"));
}

TEST_CASE("an empty or undated progress note is refused", "[actions]") {
    test::SchoolFixture fixture;
    const qint64 id = addAction(*fixture.file, sampleAction());
    ActionRepository actions(*fixture.file);
    auto empty = actions.addProgress(id, QDate(2025, 10, 1), QStringLiteral("  "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Error::Code::Invalid);
    auto undated = actions.addProgress(id, QDate(), QStringLiteral("Something"));
    REQUIRE_FALSE(undated.ok());
    CHECK(undated.error().code == Error::Code::Invalid);
    auto reloaded = actions.byId(id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->progress.empty());
}

TEST_CASE("unknown action and note ids are reported as not found", "[actions]") {
    test::SchoolFixture fixture;
    ActionRepository actions(*fixture.file);
    auto byId = actions.byId(4242);
    REQUIRE_FALSE(byId.ok());
    CHECK(byId.error().code == Error::Code::NotFound);
    CHECK(byId.errorMessage().contains(QStringLiteral("4242")));

    Action ghost = sampleAction();
    ghost.id = 4242;
    auto updated = actions.update(ghost);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().code == Error::Code::NotFound);

    auto removed = actions.remove(4242);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == Error::Code::NotFound);

    auto progress = actions.addProgress(4242, QDate(2025, 1, 1), QStringLiteral("Note"));
    REQUIRE_FALSE(progress.ok());
    CHECK(progress.error().code == Error::Code::NotFound);

    auto noteRemoved = actions.removeProgress(4242);
    REQUIRE_FALSE(noteRemoved.ok());
    CHECK(noteRemoved.error().code == Error::Code::NotFound);
}

TEST_CASE("removing an action removes its progress and evidence links but keeps the evidence",
          "[actions]") {
    test::SchoolFixture fixture;
    const qint64 kept = addAction(*fixture.file, sampleAction(QStringLiteral("Kept")));
    const qint64 removed = addAction(*fixture.file, sampleAction(QStringLiteral("Removed")));
    ActionRepository actions(*fixture.file);
    REQUIRE(actions.addProgress(removed, QDate(2025, 10, 1), QStringLiteral("Note")).ok());
    EvidenceItem item;
    item.title = QStringLiteral("Library photos");
    item.kind = EvidenceKind::Photo;
    item.actionIds = {kept, removed};
    auto evidenceId = EvidenceRepository(*fixture.file).add(item);
    REQUIRE(evidenceId.ok());

    REQUIRE(actions.remove(removed).ok());

    fixture.reopen();
    auto all = ActionRepository(*fixture.file).all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->front().id == kept);
    auto evidence = EvidenceRepository(*fixture.file).byId(*evidenceId);
    REQUIRE(evidence.ok());
    CHECK(evidence->actionIds == QList<qint64>{kept});
    // The removed action's only note (the file's first) went with it.
    auto orphanNote = ActionRepository(*fixture.file).removeProgress(1);
    REQUIRE_FALSE(orphanNote.ok());
    CHECK(orphanNote.error().code == Error::Code::NotFound);
    const auto entries = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(entries.ok());
    CHECK(entries->back().entityId == QString::number(removed));
    CHECK(entries->back().oldValue == QStringLiteral("Removed"));
}

TEST_CASE("a read-only file refuses a new action and stays byte-identical", "[actions]") {
    test::SchoolFixture fixture;
    const qint64 id = addAction(*fixture.file, sampleAction());
    fixture.file.reset();
    const QByteArray before = test::fileHash(fixture.path);
    {
        auto opened = SchoolFile::open(fixture.path, SchoolFile::Access::ReadOnly);
        REQUIRE(opened.ok());
        auto& file = **opened;
        ActionRepository actions(file);
        auto added = actions.add(sampleAction(QStringLiteral("Another")));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == Error::Code::ReadOnly);
        auto progress = actions.addProgress(id, QDate(2025, 10, 1), QStringLiteral("Note"));
        REQUIRE_FALSE(progress.ok());
        CHECK(progress.error().code == Error::Code::ReadOnly);
        auto removed = actions.remove(id);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().code == Error::Code::ReadOnly);
        auto all = actions.all(); // reading is still fine
        REQUIRE(all.ok());
        CHECK(all->size() == 1);
    }
    CHECK(test::fileHash(fixture.path) == before);
}

TEST_CASE("a removed action restored keeps its id, notes, author and evidence links", "[actions]") {
    test::SchoolFixture fixture;
    fixture.file->setUserName(QStringLiteral("Ms Patel"));
    ActionRepository actions(*fixture.file);
    const qint64 id = addAction(*fixture.file, sampleAction());
    REQUIRE(actions.addProgress(id, QDate(2025, 10, 1), QStringLiteral("Books ordered")).ok());
    fixture.file->setUserName(QStringLiteral("Mr Jones"));
    REQUIRE(actions.addProgress(id, QDate(2025, 11, 5), QStringLiteral("Shelves done")).ok());
    EvidenceItem item;
    item.title = QStringLiteral("Library photos");
    item.kind = EvidenceKind::Photo;
    item.actionIds = {id};
    auto evidenceId = EvidenceRepository(*fixture.file).add(item);
    REQUIRE(evidenceId.ok());

    auto before = actions.byId(id);
    REQUIRE(before.ok());
    auto links = actions.links(id);
    REQUIRE(links.ok());
    CHECK(links->evidenceIds == QList<qint64>{*evidenceId});
    REQUIRE(actions.remove(id).ok());
    REQUIRE(actions.restore(*before, *links).ok());

    fixture.reopen();
    ActionRepository reopened(*fixture.file);
    auto after = reopened.byId(id);
    REQUIRE(after.ok());
    CHECK(after->title == before->title);
    CHECK(after->strandIds == before->strandIds);
    CHECK(after->dueOn == before->dueOn);
    CHECK(after->createdBy == QStringLiteral("Ms Patel"));
    CHECK(after->createdAt == before->createdAt);
    REQUIRE(after->progress.size() == 2);
    CHECK(after->progress[0].id == before->progress[0].id);
    CHECK(after->progress[0].author == QStringLiteral("Ms Patel"));
    CHECK(after->progress[1].author == QStringLiteral("Mr Jones"));
    auto evidence = EvidenceRepository(*fixture.file).evidenceForAction(id);
    REQUIRE(evidence.ok());
    REQUIRE(evidence->size() == 1);
    CHECK(evidence->front().id == *evidenceId);
}

TEST_CASE("an action cannot be restored over one that holds its id", "[actions]") {
    test::SchoolFixture fixture;
    ActionRepository actions(*fixture.file);
    const qint64 id = addAction(*fixture.file, sampleAction());
    auto existing = actions.byId(id);
    REQUIRE(existing.ok());
    auto restored = actions.restore(*existing);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.errorMessage().contains(QStringLiteral("already")));
    auto all = actions.all();
    REQUIRE(all.ok());
    CHECK(all->size() == 1);
}

TEST_CASE("a removed progress note restored keeps its id, date and author", "[actions]") {
    test::SchoolFixture fixture;
    fixture.file->setUserName(QStringLiteral("Ms Patel"));
    ActionRepository actions(*fixture.file);
    const qint64 id = addAction(*fixture.file, sampleAction());
    auto noteId = actions.addProgress(id, QDate(2025, 10, 1), QStringLiteral("Books ordered"));
    REQUIRE(noteId.ok());
    auto before = actions.byId(id);
    REQUIRE(before.ok());
    const ProgressNote note = before->progress.front();
    REQUIRE(actions.removeProgress(*noteId).ok());
    fixture.file->setUserName(QStringLiteral("Mr Jones"));
    REQUIRE(actions.restoreProgress(id, note).ok());
    auto after = actions.byId(id);
    REQUIRE(after.ok());
    REQUIRE(after->progress.size() == 1);
    CHECK(after->progress.front().id == *noteId);
    CHECK(after->progress.front().notedOn == QDate(2025, 10, 1));
    CHECK(after->progress.front().author == QStringLiteral("Ms Patel"));
}
