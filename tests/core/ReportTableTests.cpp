#include "CatchCompat.h"
#include "PdfText.h"
#include "TempDir.h"
#include "reports/Report.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportRowLayout.h"
#include "reports/ReportWriter.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <cmath>
#include <functional>

using namespace equimark;
using namespace equimark::test;

namespace {

const QLocale British(QLocale::English, QLocale::UnitedKingdom);

QString numbered(const QString& stem, int number) {
    return QStringLiteral("%1-%2").arg(stem).arg(number, 4, 10, QLatin1Char('0'));
}

// Prints `report` and returns its text page by page.
QStringList printedPages(Report& report, const TempDir& dir) {
    const QString pdf = dir.file(QStringLiteral("table.pdf"));
    auto written = ReportWriter::writePdf(report, pdf, British);
    REQUIRE(written.ok());
    QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.back().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() == *written);
    return pages;
}

Report tableReport(const std::function<void(ReportBuilder::Table&)>& fill) {
    ReportBuilder builder;
    builder.title(QStringLiteral("Table test"));
    builder.paragraph(QStringLiteral("A paragraph before the table."));
    {
        ReportBuilder::Table table(
            builder,
            {QStringLiteral("Zulu heading"), QStringLiteral("Yankee"), QStringLiteral("Xray")},
            {20, 50, 30});
        fill(table);
    }
    builder.paragraph(QStringLiteral("After the table."));
    Report report;
    report.schoolName = QStringLiteral("Test school");
    report.title = QStringLiteral("Tables");
    report.document = builder.take();
    return report;
}

} // namespace

TEST_CASE("a long report table repeats its header on every page and prints each row once",
          "[reports][table]") {
    TempDir dir;
    QRandomGenerator random(8); // seeded: rows of one to fourteen lines
    constexpr int Rows = 400;
    Report report = tableReport([&random](ReportBuilder::Table& table) {
        for (int row = 0; row < Rows; ++row) {
            if (row % 37 == 0)
                table.addSpanningRow(numbered(QStringLiteral("Group"), row));
            QStringList lines;
            for (int line = random.bounded(1, 15); line > 0; --line)
                lines << QStringLiteral("words of the row");
            table.addRow({numbered(QStringLiteral("Row"), row), lines.join(QLatin1Char('\n')),
                          QStringLiteral("Owner")});
        }
    });
    const QStringList pages = printedPages(report, dir);
    CHECK(pages.size() > 20);
    int next = 0;
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        // Once on every page, and above the page's first row.
        CHECK(pages[page].count(QStringLiteral("Zulu heading")) == 1);
        const auto header = pages[page].indexOf(QStringLiteral("Zulu heading"));
        const auto firstRow = pages[page].indexOf(QStringLiteral("Row-"));
        CHECK((firstRow < 0 || header < firstRow));
        // Every row once, in order, never on two pages.
        for (auto at = firstRow; at >= 0; at = pages[page].indexOf(QStringLiteral("Row-"), at + 1))
            CHECK(pages[page].mid(at, 8) == numbered(QStringLiteral("Row"), next++));
    }
    CHECK(next == Rows);
    CHECK(pages.back().contains(QStringLiteral("After the table.")));
}

TEST_CASE("a table row taller than a page is split between its lines under the header",
          "[reports][table]") {
    TempDir dir;
    constexpr int Lines = 260;
    Report report = tableReport([](ReportBuilder::Table& table) {
        table.addRow({QStringLiteral("Short row"), QStringLiteral("one line"), {}});
        QStringList lines;
        for (int line = 0; line < Lines; ++line)
            lines << numbered(QStringLiteral("Line"), line);
        table.addRow({QStringLiteral("Tall row"), lines.join(QLatin1Char('\n')),
                      QStringLiteral("Beside the tall row")});
        table.addRow({QStringLiteral("Closing row"), QStringLiteral("after it"), {}});
    });
    const QStringList pages = printedPages(report, dir);
    REQUIRE(pages.size() >= 4);
    int next = 0;
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages[page].count(QStringLiteral("Zulu heading")) == 1);
        for (auto at = pages[page].indexOf(QStringLiteral("Line-")); at >= 0;
             at = pages[page].indexOf(QStringLiteral("Line-"), at + 1))
            CHECK(pages[page].mid(at, 9) == numbered(QStringLiteral("Line"), next++));
    }
    CHECK(next == Lines);
    CHECK(pages.join(QString()).count(QStringLiteral("Beside the tall row")) == 1);
    CHECK(pages.back().contains(QStringLiteral("Closing row")));
}

TEST_CASE("a table row is placed whole on its page, whole on the next, or split, never cut",
          "[reports][table]") {
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter device(&sink);
    device.setResolution(300);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    auto paragraph = [&](const QString& text, qreal width) {
        return ReportRowLayout::paragraph(text, font, &device, width);
    };
    ReportRowLayout::Geometry geometry{1000, 9, 1.5, 2000, Qt::gray};
    auto header = std::make_shared<ReportRowLayout::Band>();
    header->cells.push_back(
        {0, 1000, Qt::lightGray, {{paragraph(QStringLiteral("Header"), 980), Qt::black}}});
    const qreal headerHeight = header->height(geometry.padding);
    QRandomGenerator random(21);
    for (int trial = 0; trial < 300; ++trial) {
        ReportRowLayout::Band row;
        for (int column = 0; column < 2; ++column) {
            ReportRowLayout::Cell cell{column * 500.0, 500, QColor(), {}};
            for (int line = random.bounded(1, 90); line > 0; --line)
                cell.paragraphs.push_back({paragraph(QStringLiteral("A line"), 480), Qt::black});
            row.cells.push_back(std::move(cell));
        }
        const qreal rowHeight = row.height(geometry.padding);
        const bool first = random.bounded(4) == 0;
        const qreal top = random.bounded(20000.0);
        INFO("trial " << trial << " top " << top << " row " << rowHeight);
        const ReportRowLayout layout(header, row, first, geometry, top);
        const qreal pageTop = std::floor(top / 2000) * 2000;
        const qreal above = first || top == pageTop ? headerHeight : 0;
        const qreal room = pageTop + 2000 - (top + above + rowHeight);
        if (std::abs(room) < 1 || std::abs(headerHeight + rowHeight - 2000) < 1)
            continue; // too near the edge for this test's arithmetic to say which it is
        if (room > 0) {
            CHECK(layout.origin() == top);
            CHECK(layout.height() == Approx(above + rowHeight));
        } else if (headerHeight + rowHeight < 2000) {
            // The document's layout moves the row to the next page: so does this, under the header.
            CHECK(layout.origin() == pageTop + 2000);
            CHECK(layout.height() == Approx(headerHeight + rowHeight));
        } else {
            // Left where it is by the document's layout, so it must be taller than a page.
            CHECK(layout.origin() == top);
            CHECK(layout.height() > 2000);
        }
        for (const QRectF& line : layout.lineRects()) {
            const qreal page = std::floor(line.top() / 2000) * 2000;
            CHECK(line.bottom() <= page + 2000 - geometry.padding + 0.01);
            CHECK(line.top() >= layout.origin());
            if (page > layout.origin())
                CHECK(line.top() >= page + headerHeight + geometry.padding - 0.01);
        }
    }
}
