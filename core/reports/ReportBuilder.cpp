#include "reports/ReportBuilder.h"

#include "reports/ReportFigure.h"
#include "reports/ReportTable.h"

#include <QTextBlockFormat>
#include <QTextTable>

namespace equimark {

ReportBuilder::ReportBuilder()
    : m_document(std::make_unique<QTextDocument>())
    , m_cursor(m_document.get()) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    // Reports never fetch anything: there is nothing to resolve, and unknown resources stay
    // unknown (QTextDocument::loadResource is never asked, since no HTML is ever inserted).
    m_document->setUndoRedoEnabled(false);
    // One edit block for the whole report: Qt rescans the document's frames after every
    // edit outside one, which made long tables quadratic to build.
    m_cursor.beginEditBlock();
}

ReportBuilder::~ReportBuilder() {
    if (m_document)
        m_cursor.endEditBlock();
}

void ReportBuilder::newBlock(QTextBlockFormat block, const QTextCharFormat& format) {
    // A table ends where anything else begins: a little room under it.
    if (m_afterTable)
        block.setTopMargin(qMax<qreal>(block.topMargin(), TableGap));
    m_afterTable = false;
    m_cursor.insertBlock(block, format);
}

QTextCharFormat ReportBuilder::bodyFormat() const {
    QTextCharFormat format;
    format.setFont(m_document->defaultFont());
    return format;
}

void ReportBuilder::title(const QString& text) {
    QTextBlockFormat block;
    block.setBottomMargin(6);
    QTextCharFormat format = bodyFormat();
    format.setFontPointSize(17);
    format.setFontWeight(QFont::Bold);
    if (!m_document->isEmpty())
        newBlock(block, format);
    else {
        m_cursor.setBlockFormat(block);
        m_cursor.setCharFormat(format);
    }
    m_cursor.insertText(text, format);
}

void ReportBuilder::heading(const QString& text, int level) {
    QTextBlockFormat block;
    block.setTopMargin(level == 1 ? 14 : 9);
    block.setBottomMargin(4);
    block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCharFormat format = bodyFormat();
    format.setFontPointSize(level == 1 ? 13 : 11);
    format.setFontWeight(QFont::Bold);
    newBlock(block, format);
    m_cursor.insertText(text, format);
}

void ReportBuilder::paragraph(const QString& text, bool italic) {
    QTextBlockFormat block;
    block.setBottomMargin(4);
    QTextCharFormat format = bodyFormat();
    format.setFontItalic(italic);
    // Each line of the user's text becomes its own block, keeping their line breaks.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const auto& line : lines) {
        newBlock(block, format);
        m_cursor.insertText(line, format);
    }
}

void ReportBuilder::facts(const std::vector<std::pair<QString, QString>>& rows) {
    if (rows.empty())
        return;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 28),
                                      QTextLength(QTextLength::PercentageLength, 72)});
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    newBlock(QTextBlockFormat(), QTextCharFormat());
    QTextTable* table = m_cursor.insertTable(int(rows.size()), 2, format);
    QTextCharFormat label = bodyFormat();
    label.setFontWeight(QFont::Bold);
    for (int row = 0; row < int(rows.size()); ++row) {
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        cell.insertText(rows[row].first, label);
        cell = table->cellAt(row, 1).firstCursorPosition();
        cell.insertText(rows[row].second, bodyFormat());
    }
    m_cursor.movePosition(QTextCursor::End);
}

ReportBuilder::Table::Table(ReportBuilder& builder, const QStringList& headers,
                            const std::vector<int>& widthPercent, qreal pointSize)
    : m_builder(builder)
    , m_rows(ReportTable::of(*builder.m_document))
    , m_table(m_rows->addTable(headers, widthPercent, pointSize))
    , m_columns(int(headers.size())) {}

void ReportBuilder::Table::setCaptionColumn(int column) {
    m_rows->setCaptionColumn(m_table, column);
}

void ReportBuilder::Table::insert(const QTextCharFormat& row) {
    // A block of its own for each row, set in a tiny font so that the line holding the row
    // is exactly as tall as the row.
    QTextCharFormat tiny;
    tiny.setFontPointSize(1);
    QTextBlockFormat block;
    // The first row keeps a little room above the table, more under another table.
    if (!m_started)
        block.setTopMargin(m_builder.m_afterTable ? TableGap : 3);
    m_started = true;
    m_builder.m_cursor.insertBlock(block, tiny);
    m_builder.m_afterTable = true;
    QTextCharFormat format = row;
    format.setFontPointSize(1);
    m_builder.m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void ReportBuilder::Table::addRow(const QStringList& cells) {
    addRow(cells, {});
}

void ReportBuilder::Table::addRow(const QStringList& cells,
                                  const std::vector<std::pair<int, Rating>>& ratings) {
    std::vector<ReportTable::Cell> row;
    for (int column = 0; column < m_columns; ++column) {
        ReportTable::Cell cell{cells.value(column), std::nullopt};
        for (const auto& entry : ratings) {
            if (entry.first == column)
                cell.rating = entry.second;
        }
        row.push_back(std::move(cell));
    }
    insert(m_rows->addRow(m_table, std::move(row), false));
}

void ReportBuilder::Table::addSpanningRow(const QString& text) {
    insert(m_rows->addRow(m_table, {{text, std::nullopt}}, true));
}

void ReportBuilder::figure(std::function<void(QPainter&, const QRectF&)> paint, qreal widthFraction,
                           qreal aspect, const QString& caption) {
    QTextBlockFormat block;
    block.setTopMargin(4);
    block.setBottomMargin(6);
    newBlock(block, bodyFormat());
    const QTextCharFormat format =
        ReportFigure::of(*m_document)->add(std::move(paint), widthFraction, aspect, caption);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void ReportBuilder::spacer() {
    newBlock(QTextBlockFormat(), QTextCharFormat());
}

void ReportBuilder::pageBreak() {
    QTextBlockFormat block;
    block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    newBlock(block, QTextCharFormat());
}

std::unique_ptr<QTextDocument> ReportBuilder::take() {
    m_cursor.endEditBlock();
    return std::move(m_document);
}

} // namespace equimark
