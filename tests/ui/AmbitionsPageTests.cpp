#include "CatchCompat.h"
#include "DemoDocument.h"
#include "PageWalk.h"
#include "SchoolFixture.h"
#include "dialogs/ReportDialog.h"
#include "models/AmbitionCriteriaModel.h"
#include "pages/AmbitionsPage.h"
#include "storage/ActionRepository.h"
#include "storage/AmbitionRepository.h"
#include "widgets/AmbitionEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace equimark;

namespace {

const QDate Today(2026, 11, 23);
const QString Ambitions = QStringLiteral("race-equality-ambitions");
const QString ThisYear = QStringLiteral("2026-27");
const QString LastYear = QStringLiteral("2025-26");

struct AmbitionsFixture {
    AmbitionsFixture() { attach(); }
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
    AmbitionJudgement stored(const QString& criterionId, const QString& year = ThisYear) {
        auto found = AmbitionRepository(document().file()).judgement(Ambitions, criterionId, year);
        REQUIRE(found);
        return *found;
    }
    AmbitionEditor* open(const QString& criterionId) {
        REQUIRE(page.selectCriterion(criterionId));
        REQUIRE(page.editor()->criterionId() == criterionId);
        return page.editor();
    }
    QString shown(const QString& criterionId, int column) {
        return page.model()->indexOfCriterion(criterionId, column).data().toString();
    }
    test::DemoDocument demo{Today};
    AmbitionsPage page;
};

} // namespace

TEST_CASE("the ambitions model lists the five ambitions with their criteria met", "[ambitions]") {
    AmbitionsFixture f;
    auto* model = f.page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 5);
    CHECK(model->index(0, AmbitionCriteriaModel::CriterionColumn).data().toString() ==
          u"1. Leadership");
    CHECK(model->index(0, AmbitionCriteriaModel::StatusColumn).data().toString() == u"2 of 3 met");
    CHECK(model->rowCount(model->index(2, 0)) == 6);
    CHECK(f.shown(QStringLiteral("leadership.1"), AmbitionCriteriaModel::StatusColumn) == u"Met");
    CHECK(f.shown(QStringLiteral("leadership.1"), AmbitionCriteriaModel::LastYearColumn) ==
          u"Developing");
    CHECK(
        model->indexOfCriterion(QStringLiteral("leadership.1"), AmbitionCriteriaModel::StatusColumn)
            .data(Qt::DecorationRole)
            .canConvert<QColor>());
    CHECK(model->headerData(AmbitionCriteriaModel::StatusColumn, Qt::Horizontal).toString() ==
          ThisYear);
    CHECK(f.page.summaryLabel()->text().startsWith(QStringLiteral("3 of 17 success criteria met")));
    CHECK(f.page.yearSelector()->currentData().toString() == ThisYear);
}

TEST_CASE("a status set with the keyboard is stored and still there after reopening",
          "[ambitions]") {
    test::DemoWindow demo;
    MainWindow& window = demo.window;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* page =
        static_cast<AmbitionsPage*>(test::showPageWithFirstRows(window, AmbitionsPage::id()));
    REQUIRE(page->selectCriterion(QStringLiteral("parents.1")));
    page->criteriaView()->setFocus();
    test::settle();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    QTest::qWait(300); // a shortcut clicks its button after a short animation
    test::settle();
    CHECK(page->editor()->statusButton(QStringLiteral("met"))->isChecked());
    CHECK(page->model()->index(1, AmbitionCriteriaModel::StatusColumn).data().toString() ==
          u"1 of 2 met");

    // The note typed goes with the next status change; then the file is opened again.
    page->editor()->notesEditor()->setFocus();
    QTest::keyClick(page->editor()->notesEditor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(page->editor()->notesEditor(), QStringLiteral("Focus group every term."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    QTest::qWait(300);
    test::settle();
    CHECK(page->editor()->statusButton(QStringLiteral("developing"))->isChecked());
    const QString path = demo.demo.path;
    window.closeFile();
    REQUIRE(window.openFile(path));
    page = static_cast<AmbitionsPage*>(test::showPageWithFirstRows(window, AmbitionsPage::id()));
    REQUIRE(page->selectCriterion(QStringLiteral("parents.1")));
    auto* editor = page->editor();
    CHECK(editor->statusButton(QStringLiteral("developing"))->isChecked());
    CHECK(editor->notesEditor()->toPlainText() == u"Focus group every term.");
    CHECK(editor->statusButton(QStringLiteral("met"))->shortcut() ==
          QKeySequence(Qt::ALT | Qt::Key_3));
}

TEST_CASE("a new year copies nothing but shows last year's status beside it", "[ambitions]") {
    AmbitionsFixture f;
    REQUIRE(f.page.setYear(QStringLiteral("2027-28")));
    CHECK(f.page.model()->year() == u"2027-28");
    CHECK(f.shown(QStringLiteral("leadership.1"), AmbitionCriteriaModel::StatusColumn) ==
          u"Not started");
    CHECK(f.shown(QStringLiteral("leadership.1"), AmbitionCriteriaModel::LastYearColumn) == u"Met");
    auto* editor = f.open(QStringLiteral("leadership.1"));
    CHECK(editor->statusButton(QStringLiteral("not-started"))->isChecked());
    CHECK(editor->lastYearLabel()->text().contains(QStringLiteral("2026-27): Met")));
    CHECK(editor->notesEditor()->toPlainText().isEmpty());
    REQUIRE(editor->setStatus(QStringLiteral("developing")));
    CHECK(f.stored(QStringLiteral("leadership.1"), QStringLiteral("2027-28")).statusId ==
          u"developing");
    CHECK(f.stored(QStringLiteral("leadership.1")).statusId == u"met");
    CHECK(f.page.yearSelector()->findData(QStringLiteral("2027-28")) >= 0);
    f.document().undoStack()->undo();
    CHECK(f.stored(QStringLiteral("leadership.1"), QStringLiteral("2027-28")).statusId ==
          u"not-started");
}

TEST_CASE("evidence ticked and an action raised from a criterion are linked for the year",
          "[ambitions]") {
    AmbitionsFixture f;
    auto* editor = f.open(QStringLiteral("recruitment.2"));
    auto* evidence = editor->evidenceView();
    REQUIRE(evidence->model()->rowCount() > 0);
    const QModelIndex first = evidence->model()->index(0, 0);
    REQUIRE(evidence->model()->setData(first, Qt::Checked, Qt::CheckStateRole));
    test::settle();
    CHECK(f.stored(QStringLiteral("recruitment.2")).evidenceIds.size() == 1);
    CHECK(f.shown(QStringLiteral("recruitment.2"), AmbitionCriteriaModel::EvidenceColumn) == u"1");

    Action draft = editor->draftAction();
    CHECK(draft.title.startsWith(QStringLiteral("Ambition 5: ")));
    draft.title = QStringLiteral("Staff survey on equalities work");
    auto raised = editor->raiseAction(draft);
    REQUIRE(raised);
    CHECK(f.stored(QStringLiteral("recruitment.2")).actionIds == QList<qint64>{*raised});
    CHECK(ActionRepository(f.document().file())
              .byId(*raised)
              ->strandIds.contains(QStringLiteral("race")));
    CHECK(editor->actionView()->model()->index(0, 0).data().toString().startsWith(
        QStringLiteral("Staff survey on equalities work")));
    CHECK(f.stored(QStringLiteral("recruitment.2"), LastYear).actionIds.isEmpty());
}

TEST_CASE("a criterion with an outcome measure names it and asks for the figures", "[ambitions]") {
    AmbitionsFixture f;
    auto* editor = f.open(QStringLiteral("curriculum.2"));
    CHECK(editor->measureLabel()->isVisibleTo(&f.page));
    CHECK(
        editor->measureLabel()->text() ==
        u"Outcome measure: Persistent absence\nNo figures yet: import them on the Outcomes page.");
    QSignalSpy asked(&f.page, &Page::navigateRequested);
    editor->figuresButton()->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).at(0).toString() == u"outcomes");
    CHECK(asked.at(0).at(1).toString() == u"persistent-absence");
    f.open(QStringLiteral("leadership.2"));
    CHECK_FALSE(editor->figuresButton()->isVisibleTo(&f.page));
}

TEST_CASE("a criterion's outcome target is judged from the imported figures", "[ambitions]") {
    AmbitionsFixture f;
    f.page.setDocument(nullptr);
    f.demo.document.reset();
    test::addDemoOutcomes(f.demo.path);
    f.demo.reopen();
    f.attach();
    // The demo's persistent absence gap for Black Caribbean pupils narrows (8.1 points in
    // 2025-26, from more the year before); White and Black Caribbean's latest is suppressed.
    auto* editor = f.open(QStringLiteral("curriculum.2"));
    const QString text = editor->measureLabel()->text();
    CHECK(text.contains(QStringLiteral("Target (2025-26)")));
    CHECK(text.contains(QStringLiteral("Black Caribbean: On track: gap narrowing")));
    CHECK(text.contains(QStringLiteral("White and Black Caribbean: No figures to judge")));
}

TEST_CASE("a read-only file disables every editing control of the Ambitions page", "[ambitions]") {
    AmbitionsFixture f;
    f.page.setDocument(nullptr);
    const QString path = f.demo.path;
    f.demo.document.reset();
    auto file = SchoolFile::open(path, SchoolFile::Access::ReadOnly);
    REQUIRE(file);
    SchoolDocument document(std::move(*file));
    f.page.setDocument(&document);
    REQUIRE(f.page.selectCriterion(QStringLiteral("leadership.3")));
    auto* editor = f.page.editor();
    CHECK_FALSE(editor->statusButton(QStringLiteral("met"))->isEnabled());
    CHECK(editor->notesEditor()->isReadOnly());
    CHECK_FALSE(editor->raiseButton()->isEnabled());
    CHECK_FALSE(editor->setStatus(QStringLiteral("met")));
    f.page.setDocument(nullptr);
}

TEST_CASE("a file without the ambitions explains them and can start using them", "[ambitions]") {
    test::SchoolFixture fixture;
    {
        QSqlQuery query(fixture.file->database());
        REQUIRE(query.exec(QStringLiteral("DELETE FROM framework WHERE kind = 'ambitions'")));
    }
    SchoolDocument document(std::move(fixture.file));
    AmbitionsPage page;
    page.setDocument(&document);
    CHECK_FALSE(page.model()->framework().has_value());
    CHECK(page.startButton()->isVisibleTo(&page));
    REQUIRE(page.startUsingAmbitions());
    CHECK(page.model()->framework().has_value());
    CHECK(page.model()->rowCount() == 5);
    document.undoStack()->undo();
    CHECK_FALSE(page.model()->framework().has_value());
    page.setDocument(nullptr);
}

TEST_CASE("the history opens an ambition change on its year and criterion", "[ambitions]") {
    AmbitionsFixture f;
    f.page.navigateTo(QStringLiteral("2025-26/curriculum.3"));
    CHECK(f.page.year() == LastYear);
    CHECK(f.page.editor()->criterionId() == u"curriculum.3");
    CHECK(f.page.editor()->statusButton(QStringLiteral("developing"))->isChecked());
    CHECK(f.page.find(QStringLiteral("anti-racist leadership")));
    CHECK(f.page.editor()->criterionId() == u"cultures.3");
}

TEST_CASE("File > Export PDF on the Ambitions page offers the Ambitions report of the latest "
          "year judged",
          "[ambitions]") {
    test::DemoWindow demo;
    MainWindow& window = demo.window;
    window.showPage(AmbitionsPage::id());
    auto* pdf = window.findChild<QAction*>(QStringLiteral("exportPdfAction"));
    REQUIRE(pdf);
    std::optional<ReportRequest> offered;
    QTimer::singleShot(0, &window, [&offered] {
        if (auto* dialog = qobject_cast<ReportDialog*>(QApplication::activeModalWidget())) {
            offered = dialog->request();
            dialog->reject();
        }
    });
    pdf->trigger();
    REQUIRE(offered.has_value());
    CHECK(offered->kind == ReportRequest::Kind::Ambitions);
    REQUIRE(offered->year.has_value());
    CHECK(offered->year->toString() == ThisYear);
}
