#include "reports/ReportBuilder.h"

#include "reports/ReportFigure.h"

#include <QTextBlockFormat>
#include <QTextFrame>
#include <QTextTable>

namespace equimark {

namespace {

QColor ratingColour(Rating rating) {
    switch (rating) {
    case Rating::Red:
        return QColor(0xf4, 0xc7, 0xc3);
    case Rating::Amber:
        return QColor(0xfc, 0xe8, 0xb2);
    case Rating::Green:
        return QColor(0xc8, 0xe6, 0xc9);
    case Rating::None:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

} // namespace

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
        m_cursor.insertBlock(block, format);
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
    m_cursor.insertBlock(block, format);
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
        m_cursor.insertBlock(block, format);
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
    m_cursor.insertBlock();
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
    , m_headers(headers)
    , m_columns(int(headers.size()))
    , m_pointSize(pointSize) {
    // Separate (not collapsed) borders: Qt lays collapsed ones out at nearly twice the cost
    // (the 2,000-action plan: 2.0 s against 1.2 s). A quarter point on each side of a cell
    // draws the same half-point grid.
    m_format.setBorder(0.25);
    m_format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    m_format.setBorderBrush(QColor(0x90, 0x90, 0x90));
    m_format.setBorderCollapse(false);
    m_format.setCellPadding(3);
    m_format.setCellSpacing(0);
    m_format.setHeaderRowCount(1);
    m_format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (!widthPercent.empty()) {
        QList<QTextLength> widths;
        for (int percent : widthPercent)
            widths << QTextLength(QTextLength::PercentageLength, percent);
        m_format.setColumnWidthConstraints(widths);
    }
    startSegment();
}

void ReportBuilder::Table::startSegment() {
    if (m_table) {
        // Between two segments Qt needs a paragraph: make it as near nothing as it goes.
        QTextBlockFormat gap;
        gap.setTopMargin(0);
        gap.setBottomMargin(0);
        gap.setLineHeight(1, QTextBlockFormat::FixedHeight);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        m_builder.m_cursor.insertBlock(gap, tiny);
    } else {
        m_builder.m_cursor.insertBlock();
    }
    m_table = m_builder.m_cursor.insertTable(1, m_columns, m_format);
    m_segmentRows = 0;
    QTextCharFormat header = textFormat();
    header.setFontWeight(QFont::Bold);
    for (int column = 0; column < m_columns; ++column) {
        QTextTableCell cell = m_table->cellAt(0, column);
        QTextCharFormat cellFormat = cell.format();
        cellFormat.setBackground(QColor(0xe3, 0xe8, 0xef));
        cell.setFormat(cellFormat);
        cell.firstCursorPosition().insertText(m_headers.value(column), header);
    }
    m_builder.m_cursor.movePosition(QTextCursor::End);
}

void ReportBuilder::Table::makeRoom(bool heading) {
    if (m_segmentRows >= SegmentRows || (heading && m_segmentRows >= SegmentRowsBeforeHeading))
        startSegment();
    ++m_segmentRows;
}

QTextCharFormat ReportBuilder::Table::textFormat() const {
    QTextCharFormat format = m_builder.bodyFormat();
    if (m_pointSize > 0)
        format.setFontPointSize(m_pointSize);
    return format;
}

void ReportBuilder::Table::fillCell(int row, int column, const QString& text,
                                    const Rating* rating) {
    QTextTableCell cell = m_table->cellAt(row, column);
    QTextCharFormat format = textFormat();
    if (rating) {
        QTextCharFormat cellFormat = cell.format();
        cellFormat.setBackground(ratingColour(*rating));
        cell.setFormat(cellFormat);
        format.setFontWeight(QFont::Bold);
    }
    QTextCursor cursor = cell.firstCursorPosition();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        // A rating cell's word is bold; the lines under it (last year, a change) are not.
        if (rating && i == 1)
            format.setFontWeight(QFont::Normal);
        if (column == m_captionColumn && i == 0 && lines.size() > 1) {
            QTextCharFormat caption = format;
            caption.setFontPointSize(format.fontPointSize() - 1.5);
            caption.setForeground(QColor(0x55, 0x55, 0x55));
            cursor.insertText(lines[i], caption);
            continue;
        }
        cursor.insertText(lines[i], format);
    }
}

void ReportBuilder::Table::addRow(const QStringList& cells) {
    addRow(cells, {});
}

void ReportBuilder::Table::addRow(const QStringList& cells,
                                  const std::vector<std::pair<int, Rating>>& ratings) {
    makeRoom(false);
    m_table->appendRows(1);
    const int row = m_table->rows() - 1;
    for (int column = 0; column < m_columns; ++column) {
        const Rating* rating = nullptr;
        for (const auto& entry : ratings) {
            if (entry.first == column)
                rating = &entry.second;
        }
        fillCell(row, column, cells.value(column), rating);
    }
    m_builder.m_cursor.movePosition(QTextCursor::End);
}

void ReportBuilder::Table::addSpanningRow(const QString& text) {
    makeRoom(true);
    m_table->appendRows(1);
    const int row = m_table->rows() - 1;
    m_table->mergeCells(row, 0, 1, m_columns);
    QTextTableCell cell = m_table->cellAt(row, 0);
    QTextCharFormat cellFormat = cell.format();
    cellFormat.setBackground(QColor(0xf2, 0xf4, 0xf7));
    cell.setFormat(cellFormat);
    QTextCharFormat format = textFormat();
    format.setFontWeight(QFont::Bold);
    cell.firstCursorPosition().insertText(text, format);
    m_builder.m_cursor.movePosition(QTextCursor::End);
}

void ReportBuilder::figure(std::function<void(QPainter&, const QRectF&)> paint, qreal widthFraction,
                           qreal aspect, const QString& caption) {
    QTextBlockFormat block;
    block.setTopMargin(4);
    block.setBottomMargin(6);
    m_cursor.insertBlock(block, bodyFormat());
    const QTextCharFormat format =
        ReportFigure::of(*m_document)->add(std::move(paint), widthFraction, aspect, caption);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void ReportBuilder::spacer() {
    m_cursor.insertBlock();
}

void ReportBuilder::pageBreak() {
    QTextBlockFormat block;
    block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_cursor.insertBlock(block);
}

std::unique_ptr<QTextDocument> ReportBuilder::take() {
    m_cursor.endEditBlock();
    return std::move(m_document);
}

} // namespace equimark
