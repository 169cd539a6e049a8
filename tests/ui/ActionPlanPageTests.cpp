#include "CatchCompat.h"
#include "DemoDocument.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddActionCommand.h"
#include "models/ActionFilterModel.h"
#include "models/ActionTableModel.h"
#include "models/ProgressNoteModel.h"
#include "pages/ActionPlanPage.h"
#include "storage/ActionRepository.h"
#include "storage/EvidenceRepository.h"
#include "widgets/ActionEditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace equimark;

namespace {

const QString race = QStringLiteral("race");

std::vector<Action> allActions(SchoolDocument& document) {
    auto all = ActionRepository(document.file()).all();
    REQUIRE(all.ok());
    return *all;
}

template <typename W> W* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<W*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

void checkStrand(ActionEditor& editor, const QString& strandId) {
    auto* list = child<QListWidget>(editor, "actionStrands");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString() == strandId) {
            list->item(row)->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL("no such strand in the editor");
}

// An open action without dates, added as a user would through the document.
qint64 addOpenAction(SchoolDocument& document, const QString& title) {
    Action action;
    action.title = title;
    action.strandIds = {race};
    action.elementId = document.equalityMark().elements.front().id;
    action.status = ActionStatus::InProgress;
    auto command = std::make_unique<AddActionCommand>(document, action);
    AddActionCommand* added = command.get();
    REQUIRE(document.execute(std::move(command)).ok());
    return added->actionId();
}

void commitDate(QDateEdit* edit, const QDate& date) {
    edit->setDate(date);
    emit edit->editingFinished();
}

} // namespace

TEST_CASE("an action added through the action plan page is in the file after reopening",
          "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    const int before = page.tableModel()->actionCount();

    page.newAction();
    ActionEditor& editor = *page.editor();
    REQUIRE(editor.isDraft());
    child<QLineEdit>(editor, "actionTitle")->setText(QStringLiteral("Black History all year"));
    checkStrand(editor, race);
    child<QComboBox>(editor, "actionOwner")->setEditText(QStringLiteral("Ms Okafor"));
    QTest::mouseClick(child<QPushButton>(editor, "createAction"), Qt::LeftButton);

    REQUIRE_FALSE(editor.isDraft());
    CHECK(page.tableModel()->actionCount() == before + 1);
    const qint64 id = editor.actionId();
    CHECK(page.currentActionId() == id);

    page.setDocument(nullptr);
    demo.reopen();
    auto stored = ActionRepository(demo.document->file()).byId(id);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Black History all year"));
    CHECK(stored->strandIds == QStringList{race});
    CHECK(stored->owner == QStringLiteral("Ms Okafor"));
}

TEST_CASE("a new action without a strand is refused and the draft keeps its title",
          "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    QSignalSpy errors(&page, &Page::errorOccurred);
    page.newAction();
    child<QLineEdit>(*page.editor(), "actionTitle")->setText(QStringLiteral("No strand yet"));
    child<QPushButton>(*page.editor(), "createAction")->click();
    CHECK(errors.count() == 1);
    CHECK(page.editor()->isDraft());
    CHECK(child<QLineEdit>(*page.editor(), "actionTitle")->text() ==
          QStringLiteral("No strand yet"));
    CHECK(demo.document->undoStack()->count() == 0);
}

TEST_CASE("the summary grid's request opens a new action with its element and strand",
          "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    const Element& element = demo.document->equalityMark().elements.at(1);
    page.navigateTo(QVariantMap{{QStringLiteral("create"), true},
                                {QStringLiteral("element"), element.id},
                                {QStringLiteral("strand"), QStringLiteral("gender")}});
    REQUIRE(page.editor()->isDraft());
    CHECK(child<QComboBox>(*page.editor(), "actionElement")->currentData().toString() ==
          element.id);
    auto* strands = child<QListWidget>(*page.editor(), "actionStrands");
    QStringList checked;
    for (int row = 0; row < strands->count(); ++row) {
        if (strands->item(row)->checkState() == Qt::Checked)
            checked << strands->item(row)->data(Qt::UserRole + 1).toString();
    }
    CHECK(checked == QStringList{QStringLiteral("gender")});
}

TEST_CASE("moving an action's due date into the past marks it overdue, and undo clears it",
          "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    const qint64 id = addOpenAction(*demo.document, QStringLiteral("Audit the reading scheme"));
    page.navigateTo(id);
    REQUIRE(page.currentActionId() == id);

    auto* hasDue = child<QCheckBox>(*page.editor(), "actionDueSet");
    hasDue->click(); // sets today, one undo step
    REQUIRE(hasDue->isChecked());
    commitDate(child<QDateEdit>(*page.editor(), "actionDue"), QDate::currentDate().addDays(-10));

    const QModelIndex row = page.tableModel()->indexesOf(id).front();
    CHECK(row.data(ActionTableModel::OverdueRole).toBool());
    const QString due = row.siblingAtColumn(ActionTableModel::Due).data().toString();
    CHECK(due.contains(QStringLiteral("Overdue")));
    CHECK(row.data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(row.siblingAtColumn(ActionTableModel::Due)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    auto stored = ActionRepository(demo.document->file()).byId(id);
    REQUIRE(stored.ok());
    CHECK(stored->dueOn == QDate::currentDate().addDays(-10));

    demo.document->undoStack()->undo(); // back to due today: not overdue yet
    CHECK_FALSE(
        page.tableModel()->indexesOf(id).front().data(ActionTableModel::OverdueRole).toBool());
    CHECK(child<QDateEdit>(*page.editor(), "actionDue")->date() == QDate::currentDate());
}

TEST_CASE("filtering by strand and by overdue shows as many actions as the file holds",
          "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    QAbstractItemModelTester tester(page.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto actions = allActions(*demo.document);
    REQUIRE(page.filterModel()->rowCount() == static_cast<int>(actions.size()));

    auto* strand = child<QComboBox>(page, "filterStrand");
    strand->setCurrentIndex(strand->findData(race));
    const auto withRace = std::count_if(actions.begin(), actions.end(), [](const Action& action) {
        return action.strandIds.contains(race);
    });
    REQUIRE(withRace > 0);
    CHECK(page.filterModel()->rowCount() == withRace);
    strand->setCurrentIndex(0);

    // One overdue action of our own, so the filter has something to show.
    const qint64 late = addOpenAction(*demo.document, QStringLiteral("Late action"));
    Action changed = *ActionRepository(demo.document->file()).byId(late);
    changed.dueOn = QDate::currentDate().addDays(-3);
    REQUIRE(ActionRepository(demo.document->file()).update(changed).ok());
    emit demo.document->actionChanged(late);

    child<QCheckBox>(page, "filterOverdue")->setChecked(true);
    const auto fresh = allActions(*demo.document);
    const auto overdue = std::count_if(fresh.begin(), fresh.end(), [](const Action& action) {
        return action.isOverdue(QDate::currentDate());
    });
    auto count = ActionRepository(demo.document->file()).overdueCount(QDate::currentDate());
    REQUIRE(count.ok());
    CHECK(overdue == *count);
    CHECK(page.filterModel()->rowCount() == overdue);
    for (int row = 0; row < page.filterModel()->rowCount(); ++row)
        CHECK(page.filterModel()->index(row, 0).data(ActionTableModel::OverdueRole).toBool());

    child<QCheckBox>(page, "filterOverdue")->setChecked(false);
    child<QLineEdit>(page, "filterText")->setText(QStringLiteral("late ACTION"));
    CHECK(page.filterModel()->rowCount() == 1);
}

TEST_CASE("grouping by strand lists each action under every strand it serves", "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    QAbstractItemModelTester sourceTester(page.tableModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto actions = allActions(*demo.document);
    const Framework& framework = demo.document->equalityMark();

    child<QComboBox>(page, "groupBy")->setCurrentIndex(1);
    REQUIRE(page.tableModel()->grouping() == ActionTableModel::Grouping::Strand);
    ActionFilterModel* proxy = page.filterModel();
    int groupsWithActions = 0;
    for (const auto& strand : framework.strands) {
        const auto count = std::count_if(actions.begin(), actions.end(), [&](const Action& a) {
            return a.strandIds.contains(strand.id);
        });
        if (count > 0)
            ++groupsWithActions;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex group = proxy->index(row, 0);
            REQUIRE(group.data(ActionTableModel::IsGroupRole).toBool());
            if (group.data().toString().contains(strand.name)) {
                CHECK(proxy->rowCount(group) == count);
                for (int child = 0; child < proxy->rowCount(group); ++child)
                    CHECK(proxy->index(child, 0, group)
                              .data(ActionTableModel::StrandIdsRole)
                              .toStringList()
                              .contains(strand.id));
            }
        }
    }
    CHECK(proxy->rowCount() == groupsWithActions);
    // Groups keep the framework's order whichever way the table sorts.
    page.view()->sortByColumn(ActionTableModel::Title, Qt::DescendingOrder);
    CHECK(proxy->index(0, 0).data(ActionTableModel::GroupOrderRole).toInt() <
          proxy->index(1, 0).data(ActionTableModel::GroupOrderRole).toInt());

    // A new action for race and gender appears in both groups; undo takes it out of both.
    Action both;
    both.title = QStringLiteral("Two strands");
    both.strandIds = {race, QStringLiteral("gender")};
    REQUIRE(demo.document->execute(std::make_unique<AddActionCommand>(*demo.document, both)).ok());
    qint64 newId = 0;
    for (const auto& action : allActions(*demo.document)) {
        if (action.title == QStringLiteral("Two strands"))
            newId = action.id;
    }
    CHECK(page.tableModel()->indexesOf(newId).size() == 2);
    page.navigateTo(newId);
    CHECK(page.currentActionId() == newId);

    // Unticking a strand moves it out of that group only.
    auto* strands = child<QListWidget>(*page.editor(), "actionStrands");
    for (int row = 0; row < strands->count(); ++row) {
        if (strands->item(row)->data(Qt::UserRole + 1).toString() == QStringLiteral("gender"))
            strands->item(row)->setCheckState(Qt::Unchecked);
    }
    CHECK(page.tableModel()->indexesOf(newId).size() == 1);
    demo.document->undoStack()->undo();
    CHECK(page.tableModel()->indexesOf(newId).size() == 2);
    demo.document->undoStack()->undo();
    CHECK(page.tableModel()->indexesOf(newId).isEmpty());

    child<QComboBox>(page, "groupBy")->setCurrentIndex(2);
    int grouped = 0;
    for (int row = 0; row < proxy->rowCount(); ++row)
        grouped += proxy->rowCount(proxy->index(row, 0));
    CHECK(grouped == static_cast<int>(actions.size()));
    child<QComboBox>(page, "groupBy")->setCurrentIndex(0);
    CHECK(proxy->rowCount() == static_cast<int>(actions.size()));
}

TEST_CASE("a progress note added in the editor is stored and undone", "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    const qint64 id = addOpenAction(*demo.document, QStringLiteral("Pupil voice survey"));
    page.navigateTo(id);
    auto* notes = child<QTableView>(*page.editor(), "actionNotes");
    QAbstractItemModelTester tester(notes->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(notes->model()->rowCount() == 0);

    child<QDateEdit>(*page.editor(), "noteDate")->setDate(QDate(2026, 11, 20));
    QTest::keyClicks(child<QLineEdit>(*page.editor(), "noteText"),
                     QStringLiteral("Survey sent to Year 5 and 6"));
    QTest::mouseClick(child<QPushButton>(*page.editor(), "addNote"), Qt::LeftButton);

    REQUIRE(notes->model()->rowCount() == 1);
    CHECK(notes->model()->index(0, ProgressNoteModel::Note).data().toString() ==
          QStringLiteral("Survey sent to Year 5 and 6"));
    CHECK(notes->model()->index(0, ProgressNoteModel::Author).data().toString() ==
          QStringLiteral("Test User"));
    CHECK(child<QLineEdit>(*page.editor(), "noteText")->text().isEmpty());
    auto stored = ActionRepository(demo.document->file()).byId(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->progress.size() == 1);
    CHECK(stored->progress.front().notedOn == QDate(2026, 11, 20));
    // Find looks in notes too.
    page.navigateTo(allActions(*demo.document).front().id);
    CHECK(page.find(QStringLiteral("year 5 AND 6")));
    CHECK(page.currentActionId() == id);

    demo.document->undoStack()->undo();
    CHECK(notes->model()->rowCount() == 0);
    demo.document->undoStack()->redo();
    CHECK(notes->model()->rowCount() == 1);
}

TEST_CASE("removing an action and undoing brings back the same action with its notes",
          "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    QAbstractItemModelTester tester(page.tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The demo action with the most progress notes and some linked evidence if any.
    auto actions = allActions(*demo.document);
    auto richest =
        std::max_element(actions.begin(), actions.end(), [](const Action& a, const Action& b) {
            return a.progress.size() < b.progress.size();
        });
    REQUIRE(richest != actions.end());
    const Action before = *richest;
    if (before.progress.empty())
        REQUIRE(ActionRepository(demo.document->file())
                    .addProgress(before.id, QDate(2026, 10, 1), QStringLiteral("Started"))
                    .ok());
    const Action original = *ActionRepository(demo.document->file()).byId(before.id);
    auto evidenceBefore = EvidenceRepository(demo.document->file()).evidenceForAction(before.id);
    REQUIRE(evidenceBefore.ok());

    int asked = 0;
    page.setConfirmation([&asked](const QString&) {
        ++asked;
        return false;
    });
    page.navigateTo(before.id);
    page.removeCurrentAction();
    CHECK(asked == 1);
    CHECK(ActionRepository(demo.document->file()).byId(before.id).ok()); // said no

    page.setConfirmation([](const QString&) { return true; });
    page.navigateTo(before.id);
    QTest::keyClick(page.view(), Qt::Key_Delete);
    CHECK_FALSE(ActionRepository(demo.document->file()).byId(before.id).ok());
    CHECK(page.tableModel()->indexesOf(before.id).isEmpty());

    demo.document->undoStack()->undo();
    auto restored = ActionRepository(demo.document->file()).byId(before.id);
    REQUIRE(restored.ok());
    CHECK(restored->title == original.title);
    CHECK(restored->strandIds == original.strandIds);
    CHECK(restored->createdAt == original.createdAt);
    REQUIRE(restored->progress.size() == original.progress.size());
    for (std::size_t i = 0; i < original.progress.size(); ++i) {
        CHECK(restored->progress[i].id == original.progress[i].id);
        CHECK(restored->progress[i].note == original.progress[i].note);
    }
    auto evidenceAfter = EvidenceRepository(demo.document->file()).evidenceForAction(before.id);
    REQUIRE(evidenceAfter.ok());
    CHECK(evidenceAfter->size() == evidenceBefore->size());
    CHECK(page.tableModel()->indexesOf(before.id).size() == 1);

    demo.document->undoStack()->redo();
    CHECK_FALSE(ActionRepository(demo.document->file()).byId(before.id).ok());
}

TEST_CASE("a start date after the due date is refused, shown, and the typed date kept",
          "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    QSignalSpy errors(&page, &Page::errorOccurred);
    const qint64 id = addOpenAction(*demo.document, QStringLiteral("Governor training"));
    Action dated = *ActionRepository(demo.document->file()).byId(id);
    dated.dueOn = QDate(2027, 3, 1);
    REQUIRE(ActionRepository(demo.document->file()).update(dated).ok());
    emit demo.document->actionChanged(id);
    page.navigateTo(id);
    const int steps = demo.document->undoStack()->count();

    child<QCheckBox>(*page.editor(), "actionStartSet")->setChecked(true);
    // Checking the box with today's date is fine; now type a start after the due date.
    auto* start = child<QDateEdit>(*page.editor(), "actionStart");
    errors.clear();
    commitDate(start, QDate(2027, 4, 1));

    REQUIRE(errors.count() == 1);
    CHECK(errors.front().front().toString().contains(QStringLiteral("before it starts")));
    CHECK(page.editor()->errorText().contains(QStringLiteral("before it starts")));
    CHECK(start->date() == QDate(2027, 4, 1));
    CHECK(demo.document->undoStack()->count() == steps + 1); // only the valid step
    auto stored = ActionRepository(demo.document->file()).byId(id);
    REQUIRE(stored.ok());
    CHECK(stored->startOn == QDate::currentDate());

    // Correcting it clears the message and is one more undo step.
    commitDate(start, QDate(2027, 2, 1));
    CHECK(page.editor()->errorText().isEmpty());
    CHECK(demo.document->undoStack()->count() == steps + 2);
}

TEST_CASE("each finished field is one undo step", "[ui-actions]") {
    test::DemoDocument demo;
    ActionPlanPage page;
    page.setDocument(demo.document.get());
    const qint64 id = addOpenAction(*demo.document, QStringLiteral("Old title"));
    page.navigateTo(id);
    const int steps = demo.document->undoStack()->count();
    auto* title = child<QLineEdit>(*page.editor(), "actionTitle");
    title->setText(QStringLiteral("New title"));
    emit title->editingFinished();
    emit title->editingFinished(); // nothing new: no extra step
    auto* status = child<QComboBox>(*page.editor(), "actionStatus");
    status->setCurrentIndex(status->findData(static_cast<int>(ActionStatus::Complete)));
    emit status->activated(status->currentIndex());
    CHECK(demo.document->undoStack()->count() == steps + 2);
    auto stored = ActionRepository(demo.document->file()).byId(id);
    CHECK(stored->title == QStringLiteral("New title"));
    CHECK(stored->status == ActionStatus::Complete);
    CHECK(page.tableModel()->indexesOf(id).front().data().toString() ==
          QStringLiteral("New title"));
    demo.document->undoStack()->undo();
    CHECK(ActionRepository(demo.document->file()).byId(id)->status == ActionStatus::InProgress);
    CHECK(status->currentData().toInt() == static_cast<int>(ActionStatus::InProgress));
}

TEST_CASE("a read-only school file disables editing on the action plan", "[ui-actions]") {
    test::DemoDocument demo;
    demo.document.reset();
    auto opened = SchoolFile::open(demo.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    SchoolDocument document(std::move(*opened));
    REQUIRE(document.isReadOnly());
    ActionPlanPage page;
    page.setDocument(&document);
    page.navigateTo(allActions(document).front().id);
    REQUIRE(page.editor()->actionId() != 0);

    CHECK_FALSE(child<QPushButton>(page, "newAction")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "removeAction")->isEnabled());
    CHECK(child<QLineEdit>(*page.editor(), "actionTitle")->isReadOnly());
    CHECK_FALSE(child<QListWidget>(*page.editor(), "actionStrands")->isEnabled());
    CHECK_FALSE(child<QComboBox>(*page.editor(), "actionStatus")->isEnabled());
    CHECK_FALSE(child<QComboBox>(*page.editor(), "actionOwner")->isEnabled());
    CHECK_FALSE(child<QDateEdit>(*page.editor(), "actionDue")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*page.editor(), "addNote")->isEnabled());
    page.newAction();
    CHECK_FALSE(page.editor()->isDraft());
    // Filters and sorting still work: reading is not editing.
    CHECK(child<QComboBox>(page, "filterStrand")->isEnabled());
}
