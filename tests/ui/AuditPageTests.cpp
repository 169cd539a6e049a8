#include "CatchCompat.h"
#include "DemoDocument.h"
#include "Preferences.h"
#include "dialogs/DelegateDialog.h"
#include "dialogs/NewAuditYearDialog.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/DelegateSectionCommand.h"
#include "editing/commands/RemoveDelegationCommand.h"
#include "editing/commands/StartAuditCommand.h"
#include "models/AuditGridModel.h"
#include "models/StatementFilterProxy.h"
#include "models/StatementListModel.h"
#include "pages/AuditPage.h"
#include "storage/AuditRepository.h"
#include "widgets/RagDelegate.h"
#include "widgets/StatementEditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace equimark;

namespace {
// The demo is built on 2026-11-23: 2025-26 is fully judged, 2026-27 is under way (the first
// elements judged, "curriculum" delegated to the Curriculum team and the disability strand
// to Grace Okafor).
const AcademicYear ThisYear(2026);

qint64 auditOf(SchoolDocument& document, AcademicYear year) {
    auto audit = AuditRepository(document.file()).audit(year);
    REQUIRE(audit);
    return audit->id;
}

struct Fixture {
    Fixture() {
        Preferences::setDefaultYear(ThisYear);
        Preferences::setUserName(QStringLiteral("Test User"));
        page.resize(1200, 800);
        page.setDocument(demo.document.get());
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        REQUIRE(page.currentAuditId() == auditOf(*demo.document, ThisYear));
    }

    // The first statement of this year's audit that is not yet judged, selected in the list.
    QString selectFirstUnjudged() {
        StatementFilterProxy* filter = page.statementFilter();
        for (int row = 0; row < filter->rowCount(); ++row) {
            const QModelIndex index = filter->index(row, StatementListModel::TextColumn);
            if (Rating(index.data(StatementListModel::RatingValueRole).toInt()) == Rating::None) {
                page.statementView()->setCurrentIndex(index);
                return index.data(StatementListModel::StatementIdRole).toString();
            }
        }
        FAIL("the demo audit has no unjudged statement");
        return {};
    }

    QString currentStatement() const {
        return page.statementView()
            ->currentIndex()
            .data(StatementListModel::StatementIdRole)
            .toString();
    }

    Judgement stored(const QString& statementId) {
        auto judgement =
            AuditRepository(demo.document->file()).judgement(page.currentAuditId(), statementId);
        REQUIRE(judgement);
        return *judgement;
    }

    QModelIndex cellOf(const QString& statementId) {
        const AuditStatement* statement = demo.document->equalityMark().statement(statementId);
        REQUIRE(statement);
        return page.gridModel()->indexOf(statement->elementId, statement->strandId);
    }

    test::DemoDocument demo;
    AuditPage page;
};
} // namespace

TEST_CASE("the audit grid and statement list pass the model tester", "[ui-audit]") {
    Fixture f;
    QAbstractItemModelTester gridTester(f.page.gridModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester listTester(f.page.statementModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(f.page.statementFilter(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Framework& mark = f.demo.document->equalityMark();
    CHECK(f.page.gridModel()->rowCount() == int(mark.elements.size()));
    CHECK(f.page.gridModel()->columnCount() == int(mark.strands.size()));
    CHECK(f.page.statementModel()->rowCount() == int(mark.statements.size()));

    // Edits, filters and a year switch all run under the testers.
    f.selectFirstUnjudged();
    QTest::keyClick(f.page.statementView(), Qt::Key_A);
    f.page.unjudgedOnly()->setChecked(true);
    f.page.navigateTo(QVariantMap{{QStringLiteral("element"), QStringLiteral("policy")},
                                  {QStringLiteral("strand"), QStringLiteral("race")}});
    f.demo.document->undoStack()->undo();
    f.page.yearSelector()->setCurrentIndex(f.page.yearSelector()->count() - 1);
    CHECK(f.page.currentAuditId() != auditOf(*f.demo.document, ThisYear));
}

TEST_CASE("pressing G judges the statement green and moves to the next", "[ui-audit]") {
    Fixture f;
    const QString judged = f.selectFirstUnjudged();
    const QModelIndex cell = f.cellOf(judged);
    const int judgedBefore = cell.data(AuditGridModel::JudgedRole).toInt();
    const int progressBefore =
        AuditRepository(f.demo.document->file()).progress(f.page.currentAuditId())->judged;
    QSignalSpy cellChanged(f.page.gridModel(), &QAbstractItemModel::dataChanged);

    f.page.statementView()->setFocus();
    QTest::keyClick(f.page.statementView(), Qt::Key_G);

    CHECK(f.stored(judged).rating == Rating::Green);
    CHECK(f.stored(judged).judgedBy == QStringLiteral("Test User"));
    CHECK(f.currentStatement() != judged);
    CHECK_FALSE(f.currentStatement().isEmpty());
    CHECK(cell.data(AuditGridModel::JudgedRole).toInt() == judgedBefore + 1);
    CHECK(cell.data(Qt::DisplayRole).toString().startsWith(QString::number(judgedBefore + 1)));
    // Only the affected cell was announced, not the whole grid.
    REQUIRE(cellChanged.count() == 1);
    CHECK(cellChanged.at(0).at(0).value<QModelIndex>() == cell);
    CHECK(cellChanged.at(0).at(1).value<QModelIndex>() == cell);
    CHECK(f.page.editor()->statementId() == f.currentStatement());
    CHECK(AuditRepository(f.demo.document->file()).progress(f.page.currentAuditId())->judged ==
          progressBefore + 1);

    // 1 and 3 work too, and 0 clears.
    const QString second = f.currentStatement();
    QTest::keyClick(f.page.statementView(), Qt::Key_1);
    CHECK(f.stored(second).rating == Rating::Red);

    f.demo.document->undoStack()->undo();
    CHECK(f.stored(second).rating == Rating::None);
    f.demo.reopen();
    auto reopened = AuditRepository(f.demo.document->file())
                        .judgement(auditOf(*f.demo.document, ThisYear), judged);
    REQUIRE(reopened);
    CHECK(reopened->rating == Rating::Green);
}

TEST_CASE("the rating buttons judge and name themselves in words", "[ui-audit]") {
    Fixture f;
    const QString id = f.selectFirstUnjudged();
    QPushButton* amber = f.page.editor()->ratingButton(Rating::Amber);
    REQUIRE(amber);
    CHECK(amber->accessibleName().contains(QStringLiteral("Amber")));
    CHECK(amber->text() == QStringLiteral("Amber"));
    amber->click();
    CHECK(f.stored(id).rating == Rating::Amber);
    const int row = f.page.statementModel()->rowOf(id);
    const QModelIndex rating =
        f.page.statementModel()->index(row, StatementListModel::RatingColumn);
    CHECK(rating.data(Qt::DisplayRole).toString() == QStringLiteral("Amber"));
    CHECK(Rating(rating.data(RagDelegate::RatingRole).toInt()) == Rating::Amber);
}

TEST_CASE("an evidence note is committed on leaving the box, and undo restores it", "[ui-audit]") {
    Fixture f;
    const QString id = f.selectFirstUnjudged();
    const QString before = f.stored(id).note;
    QPlainTextEdit* note = f.page.editor()->noteEditor();
    note->setFocus();
    note->selectAll();
    QTest::keyClicks(note, QStringLiteral("Seen in the <b>governors'</b> minutes & the SDP"));
    // Not saved on every keystroke.
    CHECK(f.stored(id).note == before);

    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    const QString typed = QStringLiteral("Seen in the <b>governors'</b> minutes & the SDP");
    CHECK(f.stored(id).note == typed);
    CHECK(f.stored(id).rating == Rating::None);

    f.demo.document->undoStack()->undo();
    CHECK(f.stored(id).note == before);
    CHECK(note->toPlainText() == before);
    f.demo.document->undoStack()->redo();
    CHECK(f.stored(id).note == typed);
    CHECK(note->toPlainText() == typed);

    // Moving focus away commits too.
    note->setFocus();
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" (checked)"));
    f.page.statementView()->setFocus();
    CHECK(f.stored(id).note == typed + QStringLiteral(" (checked)"));
}

TEST_CASE("a failed note edit keeps the typed text and reports the error", "[ui-audit]") {
    Fixture f;
    const QString id = f.selectFirstUnjudged();
    QSignalSpy errors(&f.page, &Page::errorOccurred);
    // Another program holds a write lock: the command cannot be applied.
    QSqlDatabase other =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-page-locker"));
    other.setDatabaseName(f.demo.path);
    REQUIRE(other.open());
    QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE"));

    f.page.editor()->noteEditor()->setPlainText(QStringLiteral("Typed during the lock"));
    CHECK_FALSE(f.page.commitNote());
    CHECK(errors.count() == 1);
    CHECK(f.page.editor()->noteEditor()->toPlainText() == QStringLiteral("Typed during the lock"));
    CHECK(f.page.editor()->isNoteDirty());

    QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("audit-page-locker"));
    CHECK(f.page.commitNote());
    CHECK(f.stored(id).note == QStringLiteral("Typed during the lock"));
}

TEST_CASE("the not-yet-judged filter lists only unjudged statements", "[ui-audit]") {
    Fixture f;
    StatementFilterProxy* filter = f.page.statementFilter();
    const int all = filter->rowCount();
    f.page.unjudgedOnly()->setChecked(true);
    REQUIRE(filter->rowCount() > 0);
    CHECK(filter->rowCount() < all);
    for (int row = 0; row < filter->rowCount(); ++row)
        CHECK(Rating(filter->index(row, 0).data(StatementListModel::RatingValueRole).toInt()) ==
              Rating::None);

    // Judging one takes it out of the list and selects the one that followed.
    const int before = filter->rowCount();
    f.page.statementView()->setCurrentIndex(filter->index(0, StatementListModel::TextColumn));
    const QString second = filter->index(1, 0).data(StatementListModel::StatementIdRole).toString();
    QTest::keyClick(f.page.statementView(), Qt::Key_R);
    CHECK(filter->rowCount() == before - 1);
    CHECK(f.currentStatement() == second);
}

TEST_CASE("selecting a grid cell lists its statements; navigateTo selects cells and statements",
          "[ui-audit]") {
    Fixture f;
    const QModelIndex cell =
        f.page.gridModel()->indexOf(QStringLiteral("policy"), QStringLiteral("gender"));
    REQUIRE(cell.isValid());
    f.page.gridView()->setCurrentIndex(cell);
    const auto statements = f.demo.document->equalityMark().statementsFor(QStringLiteral("policy"),
                                                                          QStringLiteral("gender"));
    CHECK(f.page.statementFilter()->rowCount() == int(statements.size()));
    CHECK(cell.data(AuditGridModel::TotalRole).toInt() == int(statements.size()));

    f.page.navigateTo(QVariantMap{{QStringLiteral("element"), QStringLiteral("data")},
                                  {QStringLiteral("strand"), QStringLiteral("race")}});
    CHECK(f.page.gridView()->currentIndex() ==
          f.page.gridModel()->indexOf(QStringLiteral("data"), QStringLiteral("race")));
    CHECK(f.currentStatement().startsWith(QStringLiteral("data.race.")));

    const QString last = f.demo.document->equalityMark().statements.back().id;
    f.page.navigateTo(last);
    CHECK(f.currentStatement() == last);
    CHECK(f.page.editor()->statementId() == last);
}

TEST_CASE("find selects the next statement whose text or note matches", "[ui-audit]") {
    Fixture f;
    const AuditStatement& target = f.demo.document->equalityMark().statements.at(7);
    const QString words = target.text.mid(4, 24);
    REQUIRE(f.page.find(words));
    CHECK(f.page.statementModel()
              ->index(f.page.statementModel()->rowOf(f.currentStatement()), 0)
              .data(StatementListModel::SearchTextRole)
              .toString()
              .contains(words, Qt::CaseInsensitive));
    CHECK_FALSE(f.page.find(QStringLiteral("zzz-no-such-words-zzz")));
}

TEST_CASE("starting a new year carries last year's notes and undo removes it", "[ui-audit]") {
    Fixture f;
    SchoolDocument& document = *f.demo.document;
    const qint64 thisYear = auditOf(document, ThisYear);
    auto judgements = AuditRepository(document.file()).judgements(thisYear);
    REQUIRE(judgements);
    int notes = 0;
    for (const auto& j : *judgements)
        notes += !j.note.trimmed().isEmpty();
    REQUIRE(notes > 0);

    NewAuditYearDialog dialog({AcademicYear(2025), ThisYear}, ThisYear.next());
    CHECK(dialog.year() == ThisYear.next());
    CHECK(dialog.carryNotes());

    auto command = std::make_unique<StartAuditCommand>(document, ThisYear.next(),
                                                       AuditRepository::CarryForward::Notes);
    StartAuditCommand* started = command.get();
    REQUIRE(document.execute(std::move(command)));
    const qint64 next = started->auditId();
    REQUIRE(next > 0);
    CHECK(f.page.yearSelector()->findData(next) >= 0);
    f.page.yearSelector()->setCurrentIndex(f.page.yearSelector()->findData(next));
    CHECK(f.page.currentAuditId() == next);
    CHECK(f.page.yearSelector()->currentText() == QStringLiteral("2027-28"));

    AuditRepository audits(document.file());
    CHECK(audits.progress(next)->judged == 0);
    auto carried = audits.judgements(next);
    REQUIRE(carried);
    CHECK(int(carried->size()) == notes);
    // The list shows last year's rating (2026-27) as the hint.
    const QString someJudged = (*judgements).front().statementId;
    const int row = f.page.statementModel()->rowOf(someJudged);
    CHECK(f.page.statementModel()
              ->index(row, StatementListModel::LastYearColumn)
              .data(Qt::DisplayRole)
              .toString() == ratingLabel((*judgements).front().rating));
    CHECK(f.page.statementModel()
              ->index(row, StatementListModel::RatingColumn)
              .data(Qt::DisplayRole)
              .toString() == ratingLabel(Rating::None));

    document.undoStack()->undo();
    CHECK(audits.audit(ThisYear.next()).error().code == Error::Code::NotFound);
    CHECK(f.page.yearSelector()->findData(next) < 0);
    CHECK(f.page.currentAuditId() != next);
    document.undoStack()->redo();
    REQUIRE(audits.audit(ThisYear.next()));
    CHECK(audits.audit(ThisYear.next())->id == next);
    CHECK(int(audits.judgements(next)->size()) == notes);
}

TEST_CASE("delegating a section shows in the grid and undo removes it", "[ui-audit]") {
    Fixture f;
    SchoolDocument& document = *f.demo.document;
    AuditGridModel* grid = f.page.gridModel();
    const QModelIndex cell = grid->indexOf(QStringLiteral("staffing"), QStringLiteral("race"));
    const QModelIndex sameRow = grid->indexOf(QStringLiteral("staffing"), QStringLiteral("gender"));
    REQUIRE(grid->delegatesFor(cell).isEmpty());
    CHECK_FALSE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Delegated")));

    REQUIRE(document.execute(std::make_unique<DelegateSectionCommand>(
        document, f.page.currentAuditId(), QStringLiteral("staffing"), QString(),
        QStringLiteral("Test User"))));
    CHECK(grid->delegatesFor(cell) == QStringList{QStringLiteral("Test User")});
    CHECK(sameRow.data(RagDelegate::DelegatesRole)
              .toStringList()
              .contains(QStringLiteral("Test User")));
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Delegated to Test User")));

    // "My sections" lists only the statements of the delegated element.
    const int mine = f.page.delegateFilter()->findData(QStringLiteral("Test User"));
    REQUIRE(mine >= 0);
    f.page.delegateFilter()->setCurrentIndex(mine);
    StatementFilterProxy* filter = f.page.statementFilter();
    REQUIRE(filter->rowCount() > 0);
    for (int row = 0; row < filter->rowCount(); ++row)
        CHECK(filter->index(row, 0).data(StatementListModel::ElementIdRole).toString() ==
              QStringLiteral("staffing"));
    CHECK(f.page.gridView()->isRowHidden(
        grid->indexOf(QStringLiteral("curriculum"), QStringLiteral("race")).row()));
    CHECK_FALSE(f.page.gridView()->isRowHidden(cell.row()));
    CHECK_FALSE(cell.data(RagDelegate::DimmedRole).toBool());
    f.page.delegateFilter()->setCurrentIndex(0);

    document.undoStack()->undo();
    CHECK(grid->delegatesFor(cell).isEmpty());
    CHECK(AuditRepository(document.file())
              .delegatesFor(f.page.currentAuditId(), QStringLiteral("staffing"),
                            QStringLiteral("race"))
              ->isEmpty());
    document.undoStack()->redo();
    CHECK(grid->delegatesFor(cell) == QStringList{QStringLiteral("Test User")});

    // Re-delegating replaces; undo puts the earlier delegate back.
    REQUIRE(document.execute(std::make_unique<DelegateSectionCommand>(
        document, f.page.currentAuditId(), QStringLiteral("staffing"), QString(),
        QStringLiteral("Governors"))));
    CHECK(grid->delegatesFor(cell) == QStringList{QStringLiteral("Governors")});
    document.undoStack()->undo();
    CHECK(grid->delegatesFor(cell) == QStringList{QStringLiteral("Test User")});

    // Taking the section back, and undoing that.
    REQUIRE(document.execute(std::make_unique<RemoveDelegationCommand>(
        document, f.page.currentAuditId(), QStringLiteral("staffing"), QString())));
    CHECK(grid->delegatesFor(cell).isEmpty());
    document.undoStack()->undo();
    CHECK(grid->delegatesFor(cell) == QStringList{QStringLiteral("Test User")});
}

TEST_CASE("the delegate dialog names the chosen section", "[ui-audit]") {
    test::DemoDocument demo;
    DelegateDialog dialog(demo.document->equalityMark(), {QStringLiteral("Curriculum team")});
    dialog.setSection(DelegateDialog::Scope::Strand, QStringLiteral("policy"),
                      QStringLiteral("race"));
    dialog.setDelegate(QStringLiteral("  Pupil council "));
    CHECK(dialog.elementId().isEmpty());
    CHECK(dialog.strandId() == QStringLiteral("race"));
    CHECK(dialog.delegate() == QStringLiteral("Pupil council"));
    dialog.setSection(DelegateDialog::Scope::Cell, QStringLiteral("policy"),
                      QStringLiteral("race"));
    CHECK(dialog.elementId() == QStringLiteral("policy"));
    CHECK(dialog.strandId() == QStringLiteral("race"));
}

TEST_CASE("a read-only audit cannot be judged from the page", "[ui-audit]") {
    test::DemoDocument demo;
    demo.document.reset();
    auto opened = SchoolFile::open(demo.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened);
    SchoolDocument document(std::move(*opened));
    REQUIRE(document.isReadOnly());
    Preferences::setDefaultYear(ThisYear);

    AuditPage page;
    page.setDocument(&document);
    page.show();
    QTableView* list = page.statementView();
    list->setCurrentIndex(page.statementFilter()->index(0, StatementListModel::TextColumn));
    const QString id = list->currentIndex().data(StatementListModel::StatementIdRole).toString();
    const Rating before =
        AuditRepository(document.file()).judgement(page.currentAuditId(), id)->rating;
    QTest::keyClick(list, before == Rating::Green ? Qt::Key_R : Qt::Key_G);
    CHECK(AuditRepository(document.file()).judgement(page.currentAuditId(), id)->rating == before);
    for (Rating r : {Rating::Red, Rating::Amber, Rating::Green, Rating::None})
        CHECK_FALSE(page.editor()->ratingButton(r)->isEnabled());
    CHECK(page.editor()->noteEditor()->isReadOnly());
    const auto buttons = page.findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->accessibleName().startsWith(QStringLiteral("Delegate")) ||
            button->accessibleName().startsWith(QStringLiteral("Start")))
            CHECK_FALSE(button->isEnabled());
    }
    CHECK(document.undoStack()->count() == 0);
}
