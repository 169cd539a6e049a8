#include "CatchCompat.h"
#include "DemoDocument.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/SetGridCellCommand.h"
#include "editing/commands/SetJudgementCommand.h"
#include "models/SummaryGridModel.h"
#include "pages/SummaryGridPage.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/SummaryGridRepository.h"
#include "widgets/GridCellEditor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace equimark;

namespace {
// The demo is built on 2026-11-23: 2025-26 is agreed, 2026-27 is under way.
const QString LastYear = QStringLiteral("2025-26");
const QString ThisYear = QStringLiteral("2026-27");

void showYear(SummaryGridPage& page, const QString& year) {
    const int index = page.yearSelector()->findText(year);
    REQUIRE(index >= 0);
    page.yearSelector()->setCurrentIndex(index);
    REQUIRE(page.yearSelector()->currentText() == year);
}

qint64 auditOf(SchoolDocument& document, const QString& year) {
    auto audit = AuditRepository(document.file()).audit(*AcademicYear::parse(year));
    REQUIRE(audit);
    return audit->id;
}

Rating ratingAt(const QModelIndex& index, int role) {
    return Rating(index.data(role).toInt());
}

// A cell of this year's audit whose statements are all judged, so it has a suggestion.
QModelIndex judgedCell(SummaryGridPage& page) {
    SummaryGridModel* model = page.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (ratingAt(index, SummaryGridModel::SuggestedRole) != Rating::None)
                return index;
        }
    }
    FAIL("no cell of this year's demo audit has a suggestion");
    return {};
}
} // namespace

TEST_CASE("the grid shows the suggestion GridRule derives for each demo cell", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());
    SummaryGridModel* model = page.model();

    for (const QString& year : {LastYear, ThisYear}) {
        showYear(page, year);
        const qint64 auditId = auditOf(*demo.document, year);
        REQUIRE(model->auditId() == auditId);
        auto counts = SummaryGridRepository(demo.document->file()).counts(auditId);
        REQUIRE(counts);
        const Framework& mark = demo.document->equalityMark();
        REQUIRE(model->rowCount() == int(mark.elements.size()));
        REQUIRE(model->columnCount() == int(mark.strands.size()));
        CHECK(model->headerData(0, Qt::Horizontal).toString() == mark.strands[0].name);
        CHECK(model->headerData(0, Qt::Vertical).toString() == mark.elements[0].name);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const CellCounts cell = counts->value(
                    GridKey(mark.elements[size_t(row)].id, mark.strands[size_t(column)].id));
                CHECK(ratingAt(index, SummaryGridModel::SuggestedRole) == suggestedRating(cell));
                CHECK(index.data(SummaryGridModel::ReasonRole).toString() ==
                      suggestionReason(cell));
            }
        }
    }

    // The panel says the same for the selected cell.
    const QModelIndex index = judgedCell(page);
    page.view()->setCurrentIndex(index);
    CHECK(page.editor()->cellIndex() == index);
    const QString reason = index.data(SummaryGridModel::ReasonRole).toString();
    bool reasonShown = false;
    for (QLabel* label : page.editor()->findChildren<QLabel*>())
        reasonShown = reasonShown || (label->text() == reason && label->isVisibleTo(&page));
    CHECK(reasonShown);
    CHECK(page.editor()->agreeWithSuggestionButton()->isEnabled());
}

TEST_CASE("agreeing a cell in the panel is written to the file and can be undone", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());
    showYear(page, ThisYear);
    const qint64 auditId = auditOf(*demo.document, ThisYear);
    const QModelIndex index = page.model()->index(0, 0);
    const QString element = page.model()->elementId(0);
    const QString strand = page.model()->strandId(0);
    page.view()->setCurrentIndex(index);
    GridCellEditor* editor = page.editor();
    REQUIRE(editor->cellIndex() == index);
    CHECK(ratingAt(index, SummaryGridModel::AgreedRole) == Rating::None);

    QTest::keyClicks(editor->rationaleEditor(), QStringLiteral("Governors <b>review</b> data"));
    editor->ratingButton(Rating::Green)->click();

    auto stored = [&] {
        auto cell = SummaryGridRepository(demo.document->file()).cell(auditId, element, strand);
        REQUIRE(cell);
        return *cell;
    };
    CHECK(stored().agreed == Rating::Green);
    CHECK(stored().rationale == QStringLiteral("Governors <b>review</b> data"));
    CHECK(stored().agreedBy == QStringLiteral("Test User"));
    CHECK(ratingAt(index, SummaryGridModel::AgreedRole) == Rating::Green);
    CHECK(editor->ratingButton(Rating::Green)->isChecked());

    // Ctrl+Return commits an edited rationale.
    editor->rationaleEditor()->selectAll();
    QTest::keyClicks(editor->rationaleEditor(), QStringLiteral("Reviewed termly"));
    QTest::keyClick(editor->rationaleEditor(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(stored().rationale == QStringLiteral("Reviewed termly"));
    CHECK(editor->rationaleEditor()->toPlainText() == QStringLiteral("Reviewed termly"));

    QUndoStack* undo = demo.document->undoStack();
    REQUIRE(undo->count() == 2);
    undo->undo();
    CHECK(stored().rationale == QStringLiteral("Governors <b>review</b> data"));
    CHECK(editor->rationaleEditor()->toPlainText() ==
          QStringLiteral("Governors <b>review</b> data"));
    undo->undo();
    CHECK(stored().agreed == Rating::None);
    CHECK(stored().rationale.isEmpty());
    CHECK(ratingAt(index, SummaryGridModel::AgreedRole) == Rating::None);
    CHECK(editor->ratingButton(Rating::None)->isChecked());
    CHECK(editor->rationaleEditor()->toPlainText().isEmpty());
    undo->redo();
    undo->redo();
    CHECK(stored().agreed == Rating::Green);
    CHECK(editor->rationaleEditor()->toPlainText() == QStringLiteral("Reviewed termly"));

    page.setDocument(nullptr);
    demo.reopen();
    auto reopened = SummaryGridRepository(demo.document->file()).cell(auditId, element, strand);
    REQUIRE(reopened);
    CHECK(reopened->agreed == Rating::Green);
    CHECK(reopened->rationale == QStringLiteral("Reviewed termly"));
}

TEST_CASE("agree with suggestion records the suggested rating", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());
    showYear(page, ThisYear);
    const QModelIndex index = judgedCell(page);
    page.view()->setCurrentIndex(index);
    const Rating suggested = ratingAt(index, SummaryGridModel::SuggestedRole);
    page.editor()->agreeWithSuggestionButton()->click();
    CHECK(ratingAt(index, SummaryGridModel::AgreedRole) == suggested);
    CHECK_FALSE(index.data(SummaryGridModel::DiffersRole).toBool());
}

TEST_CASE("a cell agreed differently from its suggestion is marked", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());

    // The demo's group overruled a suggestion last year.
    showYear(page, LastYear);
    SummaryGridModel* model = page.model();
    int marked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const Rating agreed = ratingAt(index, SummaryGridModel::AgreedRole);
            const Rating suggested = ratingAt(index, SummaryGridModel::SuggestedRole);
            const bool differs = index.data(SummaryGridModel::DiffersRole).toBool();
            CHECK(differs ==
                  (agreed != Rating::None && suggested != Rating::None && agreed != suggested));
            if (differs) {
                ++marked;
                CHECK(index.data(Qt::AccessibleTextRole)
                          .toString()
                          .contains(QStringLiteral("Differs from the suggestion")));
            }
        }
    }
    CHECK(marked >= 1);
    CHECK(model->summary().differing == marked);

    // Agreeing a cell of this year against its suggestion marks it; agreeing with it does not.
    showYear(page, ThisYear);
    const QModelIndex index = judgedCell(page);
    page.view()->setCurrentIndex(index);
    const Rating suggested = ratingAt(index, SummaryGridModel::SuggestedRole);
    const Rating other = suggested == Rating::Red ? Rating::Green : Rating::Red;
    page.editor()->ratingButton(other)->click();
    CHECK(index.data(SummaryGridModel::DiffersRole).toBool());
    CHECK(model->summary().differing == 1);
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("1 differs")));
    page.editor()->ratingButton(suggested)->click();
    CHECK_FALSE(index.data(SummaryGridModel::DiffersRole).toBool());
}

TEST_CASE("this year's agreed rating is compared with last year's", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());
    showYear(page, ThisYear);
    SummaryGridModel* model = page.model();
    REQUIRE(model->previousYear());
    CHECK(model->previousYear()->toString() == LastYear);

    auto previous = SummaryGridRepository(demo.document->file())
                        .previousYearRatings(auditOf(*demo.document, ThisYear));
    REQUIRE(previous);
    // Nothing agreed yet this year: no arrows.
    const QModelIndex first = model->index(0, 0);
    CHECK(Trend(first.data(SummaryGridModel::TrendRole).toInt()) == Trend::Unknown);
    CHECK(first.data(SummaryGridModel::TrendTextRole).toString().isEmpty());

    // Find a cell agreed below Green last year, and one agreed above Red.
    QModelIndex canImprove;
    QModelIndex canDecline;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const GridKey key(model->elementId(row), model->strandId(column));
            const Rating last = previous->value(key, Rating::None);
            if (!canImprove.isValid() && (last == Rating::Red || last == Rating::Amber))
                canImprove = model->index(row, column);
            else if (!canDecline.isValid() && (last == Rating::Green || last == Rating::Amber))
                canDecline = model->index(row, column);
        }
    }
    REQUIRE(canImprove.isValid());
    REQUIRE(canDecline.isValid());

    page.view()->setCurrentIndex(canImprove);
    page.editor()->ratingButton(Rating::Green)->click();
    CHECK(Trend(canImprove.data(SummaryGridModel::TrendRole).toInt()) == Trend::Improved);
    CHECK(canImprove.data(SummaryGridModel::TrendTextRole).toString() ==
          QStringLiteral("Improved since 2025-26"));
    CHECK(canImprove.data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Improved since 2025-26")));

    page.view()->setCurrentIndex(canDecline);
    page.editor()->ratingButton(Rating::Red)->click();
    CHECK(Trend(canDecline.data(SummaryGridModel::TrendRole).toInt()) == Trend::Declined);
    CHECK(canDecline.data(SummaryGridModel::TrendTextRole).toString() ==
          QStringLiteral("Declined since 2025-26"));

    const SummaryGridModel::Summary summary = model->summary();
    CHECK(summary.agreed == 2);
    CHECK(summary.improved == 1);
    CHECK(summary.declined == 1);
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("2 of 60 cells agreed")));
}

TEST_CASE("judging a statement updates only its cell's suggestion", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());
    showYear(page, ThisYear);
    SummaryGridModel* model = page.model();
    const qint64 auditId = auditOf(*demo.document, ThisYear);

    // A cell nobody has judged yet this year: judge all its statements green.
    const int lastRow = model->rowCount() - 1;
    const QModelIndex index = model->index(lastRow, 1);
    REQUIRE(ratingAt(index, SummaryGridModel::SuggestedRole) == Rating::None);
    page.view()->setCurrentIndex(index);
    const auto statements =
        demo.document->equalityMark().statementsFor(model->elementId(lastRow), model->strandId(1));
    REQUIRE_FALSE(statements.empty());

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    for (const AuditStatement* statement : statements) {
        REQUIRE(demo.document->execute(std::make_unique<SetJudgementCommand>(
            *demo.document, auditId, statement->id, Rating::Green, QString())));
    }
    CHECK(reset.isEmpty());
    REQUIRE(changed.size() == int(statements.size()));
    for (const auto& arguments : changed) {
        CHECK(arguments.at(0).toModelIndex() == index);
        CHECK(arguments.at(1).toModelIndex() == index);
    }
    CHECK(ratingAt(index, SummaryGridModel::SuggestedRole) == Rating::Green);
    CHECK(page.editor()->agreeWithSuggestionButton()->isEnabled());
    // The panel's statement list follows.
    const QStringList listed = page.editor()->statementTexts();
    REQUIRE(listed.size() == int(statements.size()));
    CHECK(listed.front().startsWith(ratingLabel(Rating::Green)));
    CHECK(listed.front().contains(statements.front()->text));

    // A judgement in another year's audit changes nothing here.
    changed.clear();
    REQUIRE(demo.document->execute(
        std::make_unique<SetJudgementCommand>(*demo.document, auditOf(*demo.document, LastYear),
                                              statements.front()->id, Rating::Red, QString())));
    CHECK(changed.isEmpty());

    demo.document->undoStack()->undo();
    changed.clear();
    demo.document->undoStack()->undo();
    CHECK(changed.size() == 1);
}

TEST_CASE("the panel leads to the audit and to a new action for the cell", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());
    showYear(page, ThisYear);
    const QString element = QStringLiteral("curriculum");
    const QString strand = QStringLiteral("race");
    REQUIRE(page.selectCell(element, strand));

    QSignalSpy navigations(&page, &Page::navigateRequested);
    page.editor()->createActionButton()->click();
    REQUIRE(navigations.size() == 1);
    CHECK(navigations.at(0).at(0).toString() == QStringLiteral("action-plan"));
    const QVariantMap create = navigations.at(0).at(1).toMap();
    CHECK(create.value(QStringLiteral("create")).toBool());
    CHECK(create.value(QStringLiteral("element")).toString() == element);
    CHECK(create.value(QStringLiteral("strand")).toString() == strand);

    page.editor()->openInAuditButton()->click();
    REQUIRE(navigations.size() == 2);
    CHECK(navigations.at(1).at(0).toString() == QStringLiteral("audit"));
    const QVariantMap audit = navigations.at(1).at(1).toMap();
    CHECK(audit.value(QStringLiteral("element")).toString() == element);
    CHECK(audit.value(QStringLiteral("strand")).toString() == strand);

    // The statements of the cell are listed.
    const auto statements = demo.document->equalityMark().statementsFor(element, strand);
    CHECK(page.editor()->statementTexts().size() == int(statements.size()));
}

TEST_CASE("the panel lists the actions linked to the cell's element and strand", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());
    auto actions = ActionRepository(demo.document->file()).all();
    REQUIRE(actions);
    const Action* linked = nullptr;
    for (const Action& action : *actions) {
        if (!action.elementId.isEmpty() && !action.strandIds.isEmpty()) {
            linked = &action;
            break;
        }
    }
    REQUIRE(linked);
    REQUIRE(page.selectCell(linked->elementId, linked->strandIds.front()));
    QTreeWidget* list = page.editor()->actionList();
    QStringList titles;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        titles << list->topLevelItem(i)->text(0);
    CHECK(titles.contains(linked->title));
    int expected = 0;
    for (const Action& action : *actions)
        expected += action.elementId == linked->elementId &&
                    action.strandIds.contains(linked->strandIds.front());
    CHECK(list->topLevelItemCount() == expected);
}

TEST_CASE("navigateTo and find select grid cells", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridPage page;
    page.setDocument(demo.document.get());
    page.navigateTo(QVariantMap{{QStringLiteral("year"), LastYear},
                                {QStringLiteral("element"), QStringLiteral("behaviour")},
                                {QStringLiteral("strand"), QStringLiteral("race")}});
    CHECK(page.yearSelector()->currentText() == LastYear);
    const QModelIndex current = page.view()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(page.model()->elementId(current.row()) == QStringLiteral("behaviour"));
    CHECK(page.model()->strandId(current.column()) == QStringLiteral("race"));
    CHECK(page.editor()->cellIndex() == current);

    // Strand names match, and each find moves on to the next cell.
    REQUIRE(page.find(QStringLiteral("disability")));
    const QModelIndex first = page.view()->currentIndex();
    CHECK(page.model()->strandId(first.column()) == QStringLiteral("disability"));
    REQUIRE(page.find(QStringLiteral("disability")));
    CHECK(page.view()->currentIndex().row() == (first.row() + 1) % page.model()->rowCount());
    // Rationales match too.
    REQUIRE(page.find(QStringLiteral("racist incidents")));
    CHECK(page.model()->elementId(page.view()->currentIndex().row()) ==
          QStringLiteral("behaviour"));
    CHECK_FALSE(page.find(QStringLiteral("no such words anywhere")));
}

TEST_CASE("a read-only school file disables editing the grid", "[ui-grid]") {
    test::DemoDocument demo;
    demo.document.reset();
    auto opened = SchoolFile::open(demo.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened);
    SchoolDocument document(std::move(*opened));
    REQUIRE(document.isReadOnly());
    SummaryGridPage page;
    page.setDocument(&document);
    REQUIRE(page.selectCell(QStringLiteral("curriculum"), QStringLiteral("race")));
    GridCellEditor* editor = page.editor();
    for (Rating rating : {Rating::Red, Rating::Amber, Rating::Green, Rating::None})
        CHECK_FALSE(editor->ratingButton(rating)->isEnabled());
    CHECK(editor->rationaleEditor()->isReadOnly());
    CHECK_FALSE(editor->agreeButton()->isEnabled());
    CHECK_FALSE(editor->agreeWithSuggestionButton()->isEnabled());
    CHECK_FALSE(editor->createActionButton()->isEnabled());
    // Looking is still allowed.
    CHECK(editor->openInAuditButton()->isEnabled());
    CHECK(page.yearSelector()->isEnabled());
}

TEST_CASE("the summary grid model passes QAbstractItemModelTester", "[ui-grid]") {
    test::DemoDocument demo;
    SummaryGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(demo.document.get());
    CHECK(model.rowCount() == 0);
    const qint64 thisYear = auditOf(*demo.document, ThisYear);
    model.setAudit(auditOf(*demo.document, LastYear));
    CHECK(model.rowCount() > 0);
    model.setAudit(thisYear);
    const QString element = model.elementId(2);
    const QString strand = model.strandId(3);
    REQUIRE(demo.document->execute(std::make_unique<SetGridCellCommand>(
        *demo.document, thisYear, element, strand, Rating::Amber, QStringLiteral("Partly"))));
    CHECK(ratingAt(model.indexOf(element, strand), SummaryGridModel::AgreedRole) == Rating::Amber);
    demo.document->undoStack()->undo();
    emit demo.document->reloaded();
    CHECK(ratingAt(model.indexOf(element, strand), SummaryGridModel::AgreedRole) == Rating::None);
    model.setDocument(nullptr);
    CHECK(model.rowCount() == 0);
}
