#include "CatchCompat.h"
#include "DemoDocument.h"
#include "SchoolFixture.h"
#include "dialogs/FrameworkTextDialog.h"
#include "domain/School.h"
#include "frameworks/FrameworkLoader.h"
#include "models/CharterCriteriaModel.h"
#include "pages/RaceCharterPage.h"
#include "storage/ActionRepository.h"
#include "storage/CharterRepository.h"
#include "storage/FrameworkRepository.h"
#include "widgets/CriterionEditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QUndoStack>

using namespace equimark;

namespace {

const QDate Today(2026, 11, 23);
const QString Charter = QStringLiteral("race-charter-mark");

struct CharterFixture {
    CharterFixture() { attach(); }
    void attach() {
        page.setToday(Today);
        page.setDocument(demo.document.get());
        page.resize(1200, 800);
    }
    void reopen() {
        page.setDocument(nullptr);
        demo.reopen();
        attach();
    }
    SchoolDocument& document() { return *demo.document; }
    CriterionJudgement stored(const QString& criterionId) {
        auto found = CharterRepository(document().file()).judgement(Charter, criterionId);
        REQUIRE(found);
        return *found;
    }
    CriterionEditor* open(const QString& criterionId) {
        REQUIRE(page.selectCriterion(criterionId));
        REQUIRE(page.editor()->criterionId() == criterionId);
        return page.editor();
    }
    void judge(const QString& criterionId, const QString& levelId) {
        auto* editor = open(criterionId);
        auto* button = editor->levelButton(levelId);
        REQUIRE(button);
        button->click();
        REQUIRE(stored(criterionId).levelId == levelId);
    }
    QString levelShown(const QString& criterionId) {
        return page.model()
            ->indexOfCriterion(criterionId, CharterCriteriaModel::LevelColumn)
            .data()
            .toString();
    }
    test::DemoDocument demo{Today};
    RaceCharterPage page;
};

} // namespace

TEST_CASE("the criteria model groups the charter criteria by section and passes the model "
          "tester",
          "[race-charter]") {
    CharterFixture f;
    auto* model = f.page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->framework());
    REQUIRE(model->rowCount() == 1);
    const QModelIndex section = model->index(0, 0);
    CHECK(section.data().toString().contains(QStringLiteral("Leadership and governance")));
    REQUIRE(model->rowCount(section) == 4);
    CHECK(model->index(0, 0, section).data().toString() ==
          QStringLiteral("1.1  A Senior leader for RACE is appointed"));
    CHECK(model->index(3, 0, section).data(CharterCriteriaModel::CriterionIdRole).toString() ==
          QStringLiteral("1.4"));

    // One edit is one row's dataChanged (and its section's), never a reset.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    f.judge(QStringLiteral("1.2"), QStringLiteral("established"));
    CHECK(resets.isEmpty());
    REQUIRE(changes.size() >= 1);
    CHECK(changes.first().at(0).value<QModelIndex>().data(CharterCriteriaModel::CriterionIdRole) ==
          QStringLiteral("1.2"));
    CHECK(f.levelShown(QStringLiteral("1.2")) == QStringLiteral("Established"));
    // The level chip is drawn beside the word, so the level never rests on colour alone.
    CHECK(model->indexOfCriterion(QStringLiteral("1.2"), CharterCriteriaModel::LevelColumn)
              .data(Qt::DecorationRole)
              .isValid());
}

TEST_CASE("judging a criterion in the editor is stored in the file and undo restores it",
          "[race-charter]") {
    CharterFixture f;
    const QString before = f.stored(QStringLiteral("1.3")).levelId;
    const QString wanted = before == QStringLiteral("embedded") ? QStringLiteral("established")
                                                                : QStringLiteral("embedded");
    f.judge(QStringLiteral("1.3"), wanted);
    CHECK(f.levelShown(QStringLiteral("1.3")) != f.page.model()->levelLabel(before));

    auto* editor = f.open(QStringLiteral("1.3"));
    editor->notesEditor()->setPlainText(
        QStringLiteral("Every leader's job description now names race equality."));
    REQUIRE(editor->isNotesDirty());
    REQUIRE(editor->commitNotes());

    f.document().undoStack()->undo(); // the notes
    f.document().undoStack()->undo(); // the level
    CHECK(f.stored(QStringLiteral("1.3")).levelId == before);
    CHECK(f.page.editor()->levelButton(before)->isChecked());
    f.document().undoStack()->redo();
    f.document().undoStack()->redo();

    f.reopen();
    const CriterionJudgement after = f.stored(QStringLiteral("1.3"));
    CHECK(after.levelId == wanted);
    CHECK(after.evidenceNotes ==
          QStringLiteral("Every leader's job description now names race equality."));
    CHECK(after.judgedBy == QStringLiteral("Test User"));
    CHECK(f.open(QStringLiteral("1.3"))->notesEditor()->toPlainText() == after.evidenceNotes);
}

TEST_CASE("ticking an evidence item links it to the criterion", "[race-charter]") {
    CharterFixture f;
    auto* editor = f.open(QStringLiteral("1.2"));
    QListWidget* list = editor->evidenceList();
    REQUIRE(list->count() > 0);
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < list->count() && !item; ++i) {
        if (list->item(i)->checkState() == Qt::Unchecked)
            item = list->item(i);
    }
    REQUIRE(item);
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const int before = int(f.stored(QStringLiteral("1.2")).evidenceIds.size());
    item->setCheckState(Qt::Checked);
    CHECK(f.stored(QStringLiteral("1.2")).evidenceIds.contains(id));
    CHECK(f.page.model()
              ->indexOfCriterion(QStringLiteral("1.2"), CharterCriteriaModel::EvidenceColumn)
              .data()
              .toInt() == before + 1);
    f.document().undoStack()->undo();
    CHECK_FALSE(f.stored(QStringLiteral("1.2")).evidenceIds.contains(id));
}

TEST_CASE("raising an action puts it in the action plan under the race strand, linked to the "
          "criterion, and undo takes it away",
          "[race-charter]") {
    CharterFixture f;
    auto* editor = f.open(QStringLiteral("1.4"));
    const int before = int(f.stored(QStringLiteral("1.4")).actionIds.size());
    Action draft = editor->draftAction();
    CHECK(draft.title.startsWith(QStringLiteral("RACE Charter 1.4")));
    draft.owner = QStringLiteral("Deputy head");
    auto raised = editor->raiseAction(draft);
    REQUIRE(raised);
    const qint64 id = *raised;

    auto action = ActionRepository(f.document().file()).byId(id);
    REQUIRE(action);
    CHECK(action->strandIds.contains(QStringLiteral("race")));
    CHECK(action->owner == QStringLiteral("Deputy head"));
    auto criteria = CharterRepository(f.document().file()).criteriaForAction(id);
    REQUIRE(criteria);
    CHECK(criteria->contains(QStringLiteral("1.4")));
    CHECK(f.page.model()
              ->indexOfCriterion(QStringLiteral("1.4"), CharterCriteriaModel::ActionsColumn)
              .data()
              .toInt() == before + 1);
    bool listed = false;
    for (int i = 0; i < editor->actionList()->count(); ++i)
        listed = listed || editor->actionList()->item(i)->data(Qt::UserRole).toLongLong() == id;
    CHECK(listed);

    // Opening it asks the window for the Action plan page.
    QSignalSpy navigate(&f.page, &Page::navigateRequested);
    editor->actionList()->setCurrentRow(editor->actionList()->count() - 1);
    for (auto* button : editor->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&Open in Action Plan") && button->isEnabled())
            button->click();
    }
    REQUIRE(navigate.size() == 1);
    CHECK(navigate.first().at(0).toString() == QStringLiteral("action-plan"));

    f.document().undoStack()->undo();
    auto gone = ActionRepository(f.document().file()).byId(id);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == Error::Code::NotFound);
    CHECK(int(f.stored(QStringLiteral("1.4")).actionIds.size()) == before);
}

TEST_CASE("the standing panel names the criteria holding the school back", "[race-charter]") {
    CharterFixture f;
    f.judge(QStringLiteral("1.1"), QStringLiteral("embedded"));
    f.judge(QStringLiteral("1.2"), QStringLiteral("established"));
    f.judge(QStringLiteral("1.3"), QStringLiteral("emerging"));
    f.judge(QStringLiteral("1.4"), QString());
    REQUIRE(f.page.setTarget(QStringLiteral("silver")));

    CHECK(f.page.standing().holdingBack ==
          QStringList{QStringLiteral("1.3"), QStringLiteral("1.4")});
    const QString held = f.page.heldBackLabel()->text();
    CHECK(held.contains(QStringLiteral(">1.3</a>")));
    CHECK(held.contains(QStringLiteral(">1.4</a>")));
    CHECK_FALSE(held.contains(QStringLiteral(">1.1</a>")));
    CHECK(f.page.reachedLabel()->text() == QStringLiteral("No award level yet"));
    CHECK(f.page.targetSelector()->currentData().toString() == QStringLiteral("silver"));

    // Choosing a held-back criterion opens it in the editor.
    emit f.page.heldBackLabel()->linkActivated(QStringLiteral("1.4"));
    CHECK(f.page.editor()->criterionId() == QStringLiteral("1.4"));

    // Judging it lifts the school to Bronze and takes it off the list.
    f.judge(QStringLiteral("1.4"), QStringLiteral("established"));
    CHECK(f.page.reachedLabel()->text() == QStringLiteral("Bronze"));
    CHECK(f.page.standing().holdingBack == QStringList{QStringLiteral("1.3")});

    // An award held shows when reassessment is due.
    REQUIRE(f.page.setAward(QStringLiteral("bronze"), QDate(2025, 4, 10)));
    // (Plural forms come from the English translation the app loads; tests run without it.)
    CHECK(f.page.reassessmentLabel()->text().startsWith(
        QStringLiteral("Reassessment due 10 April 2028 (in 1 year")));
    f.reopen();
    auto status = CharterRepository(f.document().file()).status(Charter);
    REQUIRE(status);
    CHECK(status->targetLevel == QStringLiteral("silver"));
    CHECK(status->awardedLevel == QStringLiteral("bronze"));
    CHECK(status->awardedOn == QDate(2025, 4, 10));
    CHECK(f.page.awardSelector()->currentData().toString() == QStringLiteral("bronze"));
}

TEST_CASE("a read-only file disables every editing control of the RACE Charter page",
          "[race-charter]") {
    test::DemoDocument demo{Today};
    const QString path = demo.path;
    demo.document.reset();
    auto opened = SchoolFile::open(path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened);
    SchoolDocument document(std::move(*opened));
    REQUIRE(document.isReadOnly());
    RaceCharterPage page;
    page.setDocument(&document);
    REQUIRE(page.selectCriterion(QStringLiteral("1.1")));
    CHECK_FALSE(page.targetSelector()->isEnabled());
    CHECK_FALSE(page.awardSelector()->isEnabled());
    CHECK_FALSE(page.awardDate()->isEnabled());
    CHECK_FALSE(page.wordingButton()->isEnabled());
    auto* editor = page.editor();
    CHECK(editor->notesEditor()->isReadOnly());
    CHECK_FALSE(editor->raiseButton()->isEnabled());
    for (auto* button : editor->findChildren<QRadioButton*>())
        CHECK_FALSE(button->isEnabled());
    for (int i = 0; i < editor->evidenceList()->count(); ++i)
        CHECK_FALSE(editor->evidenceList()->item(i)->flags() & Qt::ItemIsUserCheckable);
    CHECK_FALSE(editor->setLevel(QStringLiteral("embedded")));
}

TEST_CASE("the wording dialog changes a criterion's text for good, and undo restores it",
          "[race-charter]") {
    CharterFixture f;
    const QString old = f.page.model()->framework()->criterion(QStringLiteral("1.2"))->text;
    const QString wording = QStringLiteral("The governing body is committed to zero tolerance of "
                                           "racial harassment and bullying (as worded in 2026)");
    {
        FrameworkTextDialog dialog(f.document(), *f.page.model()->framework());
        REQUIRE(dialog.selectCriterion(QStringLiteral("1.2")));
        CHECK(dialog.textEditor()->toPlainText() == old);
        dialog.textEditor()->setPlainText(wording);
        REQUIRE(dialog.save());
    }
    CHECK(f.page.model()->framework()->criterion(QStringLiteral("1.2"))->text == wording);
    CHECK(f.page.model()
              ->indexOfCriterion(QStringLiteral("1.2"))
              .data()
              .toString()
              .endsWith(QStringLiteral("(as worded in 2026)")));

    f.document().undoStack()->undo();
    CHECK(f.page.model()->framework()->criterion(QStringLiteral("1.2"))->text == old);
    f.document().undoStack()->redo();

    f.reopen();
    auto stored = FrameworkRepository(f.document().file()).ofKind(Framework::Kind::RaceCharter);
    REQUIRE(stored);
    CHECK(stored->criterion(QStringLiteral("1.2"))->text == wording);
    CHECK(stored->criterion(QStringLiteral("1.2"))->textKnown);
}

TEST_CASE("the wording dialog refuses an empty criterion text and says why", "[race-charter]") {
    CharterFixture f;
    const QByteArray before = f.page.model()->framework()->source;
    FrameworkTextDialog dialog(f.document(), *f.page.model()->framework());
    REQUIRE(dialog.selectCriterion(QStringLiteral("1.1")));
    dialog.textEditor()->setPlainText(QStringLiteral("   "));
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(dialog.errorLabel()->isHidden());
    CHECK_FALSE(dialog.errorLabel()->text().isEmpty());
    // What was typed stays, and moving away is refused until it is put right.
    CHECK(dialog.textEditor()->toPlainText() == QStringLiteral("   "));
    CHECK_FALSE(dialog.selectCriterion(QStringLiteral("1.3")));
    auto stored = FrameworkRepository(f.document().file()).ofKind(Framework::Kind::RaceCharter);
    REQUIRE(stored);
    CHECK(stored->source == before);
    CHECK(f.document().undoStack()->count() == 0);
}

TEST_CASE("criteria added in the wording dialog appear on the page and count once worded",
          "[race-charter]") {
    CharterFixture f;
    FrameworkTextDialog dialog(f.document(), *f.page.model()->framework());
    CHECK(FrameworkTextDialog::unknownCount(dialog.working()) == 8); // S1, S4..S10
    CHECK_FALSE(dialog.addCriterion(QStringLiteral("1"), QStringLiteral("1.1"),
                                    QStringLiteral("A second 1.1")));
    CHECK_FALSE(dialog.errorLabel()->text().isEmpty());
    REQUIRE(dialog.addSection(QStringLiteral("2"), QStringLiteral("Curriculum")));
    REQUIRE(dialog.addCriterion(QStringLiteral("2"), QStringLiteral("2.1"),
                                QStringLiteral("Criterion text from the school's booklet")));
    REQUIRE(dialog.save());
    auto* model = f.page.model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->rowCount(model->index(1, 0)) == 1);
    CHECK(f.page.standing().total == 5);
    f.document().undoStack()->undo();
    CHECK(model->rowCount() == 1);
}

TEST_CASE("the framework change list names what an import would change", "[race-charter]") {
    auto shipped = FrameworkLoader::shipped(Charter);
    REQUIRE(shipped);
    Framework changed = *shipped;
    changed.sections[0].criteria[1].text = QStringLiteral("Changed wording");
    changed.lpStandards[0].name = QStringLiteral("Leading learning");
    const QStringList lines = FrameworkTextDialog::changes(*shipped, changed);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("Criterion 1.2 reworded: Changed wording"));
    CHECK(lines[1] == QStringLiteral("Standard S1 reworded: Leading learning"));
}

TEST_CASE("a file without the RACE Charter Mark explains it and can start using it",
          "[race-charter]") {
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("school.equimark"));
    School school;
    school.name = QStringLiteral("Equality Mark Only School");
    auto created = SchoolFile::create(path, school, {test::equalityMark()});
    REQUIRE(created);
    SchoolDocument document(std::move(*created));
    RaceCharterPage page;
    page.setDocument(&document);
    CHECK_FALSE(page.model()->framework());
    CHECK_FALSE(page.startButton()->isHidden());
    CHECK(page.startButton()->isEnabled());
    REQUIRE(page.startUsingCharter());
    REQUIRE(page.model()->framework());
    CHECK(page.model()->rowCount() == 1);
    auto stored = FrameworkRepository(document.file()).ofKind(Framework::Kind::RaceCharter);
    CHECK(stored);

    // Starting is one step on the undo stack like any other edit.
    REQUIRE(document.undoStack()->count() == 1);
    CHECK(document.undoStack()->undoText() == QStringLiteral("Start using the RACE Charter Mark"));
    document.undoStack()->undo();
    CHECK_FALSE(page.model()->framework());
    CHECK_FALSE(page.startButton()->isHidden());
    CHECK(FrameworkRepository(document.file()).ofKind(Framework::Kind::RaceCharter).error().code ==
          Error::Code::NotFound);
    document.undoStack()->redo();
    REQUIRE(page.model()->framework());
    CHECK(page.model()->rowCount() == 1);
    CHECK(FrameworkRepository(document.file()).ofKind(Framework::Kind::RaceCharter));
}
