#include "CatchCompat.h"
#include "DemoDocument.h"
#include "MainWindow.h"
#include "PageWalk.h"
#include "dialogs/OutcomeImportDialog.h"
#include "editing/SchoolDocument.h"
#include "models/OutcomePreviewModel.h"
#include "models/OutcomeTableModel.h"
#include "pages/OutcomesPage.h"
#include "storage/OutcomeRepository.h"
#include "widgets/OutcomeChartView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace equimark;
using namespace equimark::test;

namespace {

const QString demoCsv = QStringLiteral(EQUIMARK_SOURCE_DIR "/docs/examples/demo-outcomes.csv");

QString cell(const OutcomeTableModel& model, const QString& group, int column) {
    const int row = model.rowOfGroup(group);
    REQUIRE(row >= 0);
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("importing the demo figures shows a preview first, then the table and charts, and "
          "undoes",
          "[outcomes][ui]") {
    DemoDocument demo;
    SchoolDocument& document = *demo.document;
    OutcomesPage page;
    page.setDocument(&document);
    page.resize(1000, 600);
    page.show();
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(page.measureSelector()->isEnabled());

    {
        OutcomeImportDialog dialog(document, demoCsv);
        CHECK(dialog.canImport());
        CHECK(dialog.model()->rowCount() == 450);
        CHECK(dialog.model()->replacing() == 0);
        // Nothing is written until Import.
        CHECK(*OutcomeRepository(document.file()).rowCount() == 0);
        REQUIRE(dialog.importNow());
    }
    CHECK(*OutcomeRepository(document.file()).rowCount() == 450);
    REQUIRE(page.measureSelector()->count() == 10); // the demo is a primary school
    CHECK(page.yearSelector()->currentText() == u"2025-26");
    // Absence: Black Caribbean pupils miss more sessions than all other pupils.
    CHECK(
        cell(*page.model(), QStringLiteral("BCRB"), OutcomeTableModel::GapColumn).startsWith(u'+'));
    CHECK(page.trendChart()->summary().contains(QStringLiteral("Black Caribbean")));
    CHECK(page.gapChart()->summary().contains(QStringLiteral("Black Caribbean")));

    // Hidden as shared; the coordinator may look behind it.
    CHECK(cell(*page.model(), QStringLiteral("WROM"), OutcomeTableModel::BaseColumn) == u"c");
    page.sharedCheck()->setChecked(false);
    CHECK(cell(*page.model(), QStringLiteral("WROM"), OutcomeTableModel::BaseColumn) != u"c");
    page.sharedCheck()->setChecked(true);

    // A second import of the same file replaces, and says so before it does.
    {
        OutcomeImportDialog again(document, demoCsv);
        CHECK(again.model()->replacing() == 450);
    }

    document.undoStack()->undo();
    CHECK(*OutcomeRepository(document.file()).rowCount() == 0);
    CHECK(page.model()->rowCount() == 0);
    document.undoStack()->redo();
    CHECK(page.model()->rowCount() > 0);
}

TEST_CASE("a bad outcomes file is refused in the preview with its line and column",
          "[outcomes][ui]") {
    DemoDocument demo;
    const QString path = demo.dir.file(QStringLiteral("bad.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("year,measure,group,count,base,pupils\n2025-26,ks2-rwm-expected,BCRB,9,4,\n");
    file.close();
    OutcomeImportDialog dialog(*demo.document, path);
    CHECK_FALSE(dialog.canImport());
    CHECK(dialog.problem().contains(QStringLiteral("Line 2, column 31")));
    CHECK_FALSE(dialog.importNow());
    CHECK(*OutcomeRepository(demo.document->file()).rowCount() == 0);
}

TEST_CASE("the national figure and the threshold are undoable edits kept in the file",
          "[outcomes][ui]") {
    DemoDocument demo;
    demo.document.reset();
    addDemoOutcomes(demo.path);
    demo.reopen();
    SchoolDocument& document = *demo.document;
    OutcomesPage page;
    page.setDocument(&document);
    page.show();
    // Edit > Find moves from one matching group to the next, and round again.
    REQUIRE(page.find(QStringLiteral("caribbean")));
    CHECK(page.table()->currentIndex().data(OutcomeTableModel::GroupCodeRole).toString() ==
          u"MWBC");
    REQUIRE(page.find(QStringLiteral("caribbean")));
    CHECK(page.table()->currentIndex().data(OutcomeTableModel::GroupCodeRole).toString() ==
          u"BCRB");
    REQUIRE(page.find(QStringLiteral("caribbean")));
    CHECK(page.table()->currentIndex().data(OutcomeTableModel::GroupCodeRole).toString() ==
          u"MWBC");
    CHECK_FALSE(page.find(QStringLiteral("Martian")));

    page.navigateTo(QStringLiteral("persistent-absence/2024-25"));
    CHECK(page.yearSelector()->currentData().toString() == u"2024-25");
    page.navigateTo(QStringLiteral("persistent-absence/2025-26"));
    REQUIRE(page.measureSelector()->currentData().toString() == u"persistent-absence");

    page.nationalField()->setText(QStringLiteral("17.5"));
    emit page.nationalField()->editingFinished();
    auto national =
        OutcomeRepository(document.file())
            .nationalFigure(QStringLiteral("2025-26"), QStringLiteral("persistent-absence"));
    REQUIRE(national.ok());
    REQUIRE(national->has_value());
    CHECK(**national == Approx(0.175));
    CHECK(page.model()->figures().national.has_value());

    page.thresholdField()->setValue(3);
    emit page.thresholdField()->editingFinished();
    CHECK(*OutcomeRepository(document.file()).suppressionThreshold() == 3);
    document.undoStack()->undo();
    CHECK(*OutcomeRepository(document.file()).suppressionThreshold() == 5);
    CHECK(page.thresholdField()->value() == 5);
    document.undoStack()->undo();
    CHECK_FALSE(OutcomeRepository(document.file())
                    .nationalFigure(QStringLiteral("2025-26"), QStringLiteral("persistent-absence"))
                    ->has_value());
}

// EQUIMARK_SCREENSHOTS=<folder> keeps the window with each chart, and the import preview.
TEST_CASE("the outcomes page shows both charts in the window", "[outcomes][ui]") {
    DemoWindow demo;
    MainWindow& window = demo.window;
    auto* page =
        qobject_cast<OutcomesPage*>(showPageWithFirstRows(window, QStringLiteral("outcomes")));
    REQUIRE(page);
    page->navigateTo(QStringLiteral("persistent-absence"));
    settle();
    const QString folder = qEnvironmentVariable("EQUIMARK_SCREENSHOTS");
    int tab = 0;
    for (OutcomeChartView* chart : {page->trendChart(), page->gapChart()}) {
        auto* tabs = qobject_cast<QTabWidget*>(chart->parentWidget()->parentWidget());
        REQUIRE(tabs);
        tabs->setCurrentIndex(tab++);
        settle();
        REQUIRE(chart->isVisible());
        const QImage shot = chart->grab().toImage();
        // A chart draws something: more than one colour on it.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3) {
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        }
        CHECK(colours.size() > 4);
        if (!folder.isEmpty())
            window.grab().save(QDir(folder).filePath(QStringLiteral("outcomes-%1.png").arg(tab)));
    }
    if (!folder.isEmpty()) {
        OutcomeImportDialog dialog(*window.document(), demoCsv, &window);
        dialog.show();
        settle();
        dialog.grab().save(QDir(folder).filePath(QStringLiteral("outcomes-import.png")));
    }
}
