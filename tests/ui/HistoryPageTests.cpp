#include "CatchCompat.h"
#include "DemoDocument.h"
#include "domain/HistoryDescription.h"
#include "editing/commands/AddActionCommand.h"
#include "models/HistoryTableModel.h"
#include "pages/HistoryPage.h"
#include "storage/ChangeHistory.h"
#include "storage/Sql.h"
#include "storage/VisitRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace equimark;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

qint64 addAction(SchoolDocument& document, const QString& title) {
    Action action;
    action.title = title;
    action.strandIds = {document.equalityMark().strands.front().id};
    auto command = std::make_unique<AddActionCommand>(document, action);
    AddActionCommand* added = command.get();
    REQUIRE(document.execute(std::move(command)).ok());
    return added->actionId();
}

// Many entries at once, as years of use would leave them (tests may write SQL; the UI never).
void addManyEntries(SchoolFile& file, int count) {
    auto& db = file.database();
    REQUIRE(db.transaction());
    for (int i = 0; i < count; ++i) {
        auto added =
            sql::run(db,
                     QStringLiteral("INSERT INTO history (at, who, entity, entity_id, "
                                    "field, old_value, new_value) VALUES (?, ?, "
                                    "'judgement', ?, 'note', '', ?)"),
                     {sql::timestamp(), QStringLiteral("Old Hand"),
                      QStringLiteral("2025-26/s%1").arg(i), QStringLiteral("note %1").arg(i)});
        REQUIRE(added.ok());
    }
    REQUIRE(db.commit());
}

int rowOfEntity(const HistoryTableModel& model, const QString& entity, const QString& id) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const HistoryEntry* entry = model.entry(row);
        if (entry->entity == entity && entry->entityId == id)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("the history model passes the model tester while edits arrive", "[history-page]") {
    test::DemoDocument demo;
    HistoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(demo.document.get());
    REQUIRE(model.rowCount() > 0);
    CHECK(model.columnCount() == HistoryTableModel::ColumnCount);
    addAction(*demo.document, QStringLiteral("Tester action"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    HistoryFilter filter;
    filter.entities = historyEntitiesOf(QStringLiteral("action-plan"));
    model.setFilter(filter);
    demo.document->undoStack()->undo();
    CHECK(model.entry(0)->entity == u"action");
}

TEST_CASE("an edit on another page appears at the top of the history at once", "[history-page]") {
    test::DemoDocument demo;
    demo.document->file().setUserName(QStringLiteral("Amira Haddad"));
    HistoryPage page;
    page.setDocument(demo.document.get());
    HistoryTableModel* model = page.model();
    const qint64 before = model->totalCount();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    const qint64 id = addAction(*demo.document, QStringLiteral("Mentoring <b>scheme</b>"));
    CHECK(resets.isEmpty()); // no flicker: the new row is inserted, nothing is reset
    REQUIRE(inserted.size() == 1);
    CHECK(inserted.front().at(1).toInt() == 0);
    CHECK(model->totalCount() == before + 1);
    const HistoryEntry* top = model->entry(0);
    CHECK(top->entity == u"action");
    CHECK(top->entityId == QString::number(id));
    CHECK(top->who == u"Amira Haddad");
    CHECK(model->index(0, HistoryTableModel::WhoColumn).data().toString() == u"Amira Haddad");
    CHECK(model->index(0, HistoryTableModel::PageColumn).data().toString() == u"Action plan");
    CHECK(model->index(0, HistoryTableModel::ChangeColumn).data().toString() ==
          u"created: Mentoring <b>scheme</b>");

    // The new person can be chosen at once, and the detail shows the text as typed.
    auto* person = child<QComboBox>(page, "historyPersonFilter");
    CHECK(person->findData(QStringLiteral("Amira Haddad")) > 0);
    page.view()->setCurrentIndex(model->index(0, 0));
    CHECK(child<QPlainTextEdit>(page, "historyAfter")->toPlainText() == u"Mentoring <b>scheme</b>");
    CHECK(child<QPlainTextEdit>(page, "historyAfter")->isReadOnly());

    // Undo is an edit too, and is recorded.
    demo.document->undoStack()->undo();
    CHECK(model->entry(0)->entity == u"action");
    CHECK(historyChange(*model->entry(0)) == HistoryChange::Removed);
}

TEST_CASE("the history filters by page, person, dates and words", "[history-page]") {
    test::DemoDocument demo;
    demo.document->file().setUserName(QStringLiteral("Zoe Filter"));
    addAction(*demo.document, QStringLiteral("Unique words for the filter"));
    HistoryPage page;
    page.setDocument(demo.document.get());
    HistoryTableModel* model = page.model();
    const qint64 everything = model->totalCount();

    auto* pageFilter = child<QComboBox>(page, "historyPageFilter");
    pageFilter->setCurrentIndex(pageFilter->findData(QStringLiteral("action-plan")));
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 0).data(HistoryTableModel::PageIdRole).toString() ==
              u"action-plan");
    CHECK(model->totalCount() < everything);

    auto* person = child<QComboBox>(page, "historyPersonFilter");
    person->setCurrentIndex(person->findData(QStringLiteral("Zoe Filter")));
    REQUIRE(model->totalCount() == 1);
    CHECK(model->entry(0)->newValue == u"Unique words for the filter");

    child<QPushButton>(page, "historyClearFilters")->click();
    CHECK(model->totalCount() == everything);

    auto* search = child<QLineEdit>(page, "historySearch");
    search->setText(QStringLiteral("unique WORDS"));
    page.applyFilters();
    CHECK(model->totalCount() == 1);
    search->clear();

    auto* fromEnabled = child<QCheckBox>(page, "historyFromEnabled");
    auto* from = child<QDateEdit>(page, "historyFrom");
    from->setDate(QDate::currentDate().addDays(1));
    fromEnabled->setChecked(true);
    CHECK(from->isEnabled());
    CHECK(model->totalCount() == 0);
    CHECK(child<QLabel>(page, "historyCount")->text() == u"No changes match these filters.");
    from->setDate(QDate::currentDate());
    CHECK(model->totalCount() >= 1);
    CHECK(model->totalCount() <= everything);
}

TEST_CASE("since the last visit starts the history at the latest visit held", "[history-page]") {
    test::DemoDocument demo;
    // A visit held three days ago and one planned for next week: the planned one is not "last".
    for (int days : {-3, 7}) {
        Visit visit;
        visit.visitedOn = QDate::currentDate().addDays(days);
        visit.advisor = QStringLiteral("Advisor");
        REQUIRE(VisitRepository(demo.document->file()).add(visit).ok());
    }
    HistoryPage page;
    page.setDocument(demo.document.get());
    auto* since = child<QPushButton>(page, "historySinceVisit");
    REQUIRE(since->isEnabled());
    REQUIRE(page.showSinceLastVisit());
    CHECK(child<QCheckBox>(page, "historyFromEnabled")->isChecked());
    CHECK(child<QDateEdit>(page, "historyFrom")->date() == QDate::currentDate().addDays(-3));
    CHECK(page.model()->filter().from == QDate::currentDate().addDays(-3));
    // Only what changed since then: here, the two visits just recorded (and nothing older).
    for (int row = 0; row < page.model()->rowCount(); ++row)
        CHECK(page.model()->entry(row)->at.toLocalTime().date() >=
              QDate::currentDate().addDays(-3));
}

TEST_CASE("without a visit held, since the last visit is not offered", "[history-page]") {
    HistoryPage page;
    page.setDocument(nullptr);
    CHECK_FALSE(child<QPushButton>(page, "historySinceVisit")->isEnabled());
    CHECK_FALSE(page.showSinceLastVisit());
}

TEST_CASE("a long history opens a page at a time", "[history-page]") {
    test::DemoDocument demo;
    addManyEntries(demo.document->file(), 5000);
    QElapsedTimer timer;
    timer.start();
    HistoryTableModel model;
    model.setDocument(demo.document.get());
    CHECK(timer.elapsed() < 2000);
    CHECK(model.rowCount() == HistoryTableModel::PageSize);
    CHECK(model.totalCount() > 5000);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * HistoryTableModel::PageSize);
    // Newest first, without gaps or repeats across pages.
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.entry(row)->id == model.entry(row - 1)->id - 1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == model.totalCount());
}

TEST_CASE("opening a change shows its item on its own page", "[history-page]") {
    test::DemoDocument demo;
    HistoryPage page;
    page.setDocument(demo.document.get());
    const qint64 id = addAction(*demo.document, QStringLiteral("Navigate to me"));
    QSignalSpy navigate(&page, &Page::navigateRequested);
    const int row = rowOfEntity(*page.model(), QStringLiteral("action"), QString::number(id));
    REQUIRE(row >= 0);
    page.view()->setCurrentIndex(page.model()->index(row, HistoryTableModel::WhatColumn));
    emit page.view()->doubleClicked(page.view()->currentIndex());
    REQUIRE(navigate.size() == 1);
    CHECK(navigate.front().at(0).toString() == u"action-plan");
    CHECK(navigate.front().at(1).toLongLong() == id);

    // Enter does the same, for the keyboard.
    QTest::keyClick(page.view(), Qt::Key_Return);
    CHECK(navigate.size() == 2);

    // A judgement opens the audit on its statement.
    HistoryFilter audit;
    audit.entities = {QStringLiteral("judgement")};
    page.model()->setFilter(audit);
    if (page.model()->rowCount() > 0) {
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        page.openCurrent();
        REQUIRE(navigate.size() == 3);
        CHECK(navigate.back().at(0).toString() == u"audit");
        CHECK(page.model()->entry(0)->entityId.endsWith(navigate.back().at(1).toString()));
    }
}

TEST_CASE("the history page offers nothing that edits, even on a writable file", "[history-page]") {
    test::DemoDocument demo;
    HistoryPage page;
    page.setDocument(demo.document.get());
    REQUIRE(page.model()->rowCount() > 0);
    const QModelIndex index = page.model()->index(0, HistoryTableModel::ChangeColumn);
    CHECK_FALSE(page.model()->flags(index).testFlag(Qt::ItemIsEditable));
    CHECK(page.view()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(child<QPlainTextEdit>(page, "historyBefore")->isReadOnly());
    CHECK(child<QPlainTextEdit>(page, "historyAfter")->isReadOnly());
}
