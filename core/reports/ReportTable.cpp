#include "reports/ReportTable.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <cmath>
#include <numeric>

namespace equimark {

namespace {

constexpr int RowIndex = QTextFormat::UserProperty + 2;

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

const QColor HeaderBackground(0xe3, 0xe8, 0xef);
const QColor SpanningBackground(0xf2, 0xf4, 0xf7);
const QColor CaptionColour(0x55, 0x55, 0x55);

} // namespace

ReportTable::ReportTable(QObject* parent)
    : QObject(parent) {}

ReportTable* ReportTable::of(QTextDocument& document) {
    if (auto* existing = document.findChild<ReportTable*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto* handler = new ReportTable(&document);
    handler->m_font = document.defaultFont();
    document.documentLayout()->registerHandler(ObjectType, handler);
    return handler;
}

int ReportTable::addTable(const QStringList& headers, const std::vector<int>& widthPercent,
                          qreal pointSize) {
    Table table{headers, {0}, pointSize > 0 ? pointSize : m_font.pointSizeF()};
    const int columns = int(qMax<qsizetype>(1, headers.size()));
    std::vector<qreal> shares(std::size_t(columns), 1);
    for (int column = 0; column < columns && column < int(widthPercent.size()); ++column)
        shares[std::size_t(column)] = qMax(1, widthPercent[std::size_t(column)]);
    const qreal total = std::accumulate(shares.begin(), shares.end(), qreal(0));
    for (qreal share : shares)
        table.edges.push_back(table.edges.back() + share / total);
    m_tables.push_back(std::move(table));
    return int(m_tables.size() - 1);
}

void ReportTable::setCaptionColumn(int table, int column) {
    m_tables.at(std::size_t(table)).captionColumn = column;
}

QTextCharFormat ReportTable::addRow(int table, std::vector<Cell> cells, bool spanning) {
    const bool first = m_rows.empty() || m_rows.back().table != table;
    m_rows.push_back({table, first, spanning, std::move(cells)});
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(RowIndex, int(m_rows.size() - 1));
    return format;
}

int ReportTable::rowOf(const QTextFormat& format) const {
    const int index = format.property(RowIndex).toInt();
    return index >= 0 && index < int(m_rows.size()) ? index : -1;
}

QString ReportTable::text(const QTextFormat& format) const {
    const int index = rowOf(format);
    if (index < 0)
        return {};
    const Row& row = m_rows[std::size_t(index)];
    QStringList lines;
    if (row.first)
        lines << m_tables[std::size_t(row.table)].headers;
    for (const Cell& cell : row.cells)
        lines << cell.text;
    return lines.join(QLatin1Char('\n'));
}

// The device and page the document is laid out for; everything laid out for another is
// dropped. False while the document has no width yet (nothing is laid out then).
bool ReportTable::prepare(QTextDocument* document) {
    const qreal margin = document->documentMargin();
    const QSizeF page = document->pageSize();
    const qreal width = (page.width() > 0 ? page.width() : document->textWidth()) - 2 * margin;
    if (width <= 1)
        return false;
    QPaintDevice* device = document->documentLayout()->paintDevice();
    // Padding and rules are in pixels of 1/96 inch, as QTextDocument's own are.
    const qreal scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    // The layout keeps positions in 64ths of a unit, cutting the page's height down to one.
    const qreal pageHeight = page.height() > 0 ? std::floor(page.height() * 64) / 64 : 0;
    if (device == m_device && width == m_geometry.width && pageHeight == m_geometry.pageHeight &&
        m_layouts.size() == m_rows.size())
        return true;
    m_device = device;
    m_geometry = {width, 3 * scale, 0.5 * scale, pageHeight, QColor(0x90, 0x90, 0x90)};
    m_headers.assign(m_tables.size(), nullptr);
    m_layouts.clear();
    m_layouts.resize(m_rows.size());
    m_paragraphs.clear();
    return true;
}

std::shared_ptr<const QTextLayout> ReportTable::paragraph(const QString& text, const Table& table,
                                                          Style style, qreal width) {
    const QString key =
        QStringLiteral("%1|%2|%3|").arg(table.pointSize).arg(int(style)).arg(width) + text;
    if (auto found = m_paragraphs.constFind(key); found != m_paragraphs.constEnd())
        return *found;
    QFont font = m_font;
    font.setPointSizeF(style == Style::Caption ? table.pointSize - 1.5 : table.pointSize);
    font.setBold(style == Style::Bold);
    auto layout = ReportRowLayout::paragraph(text, font, m_device, width);
    m_paragraphs.insert(key, layout);
    return layout;
}

ReportRowLayout::Band ReportTable::band(const Table& table, const std::vector<Cell>& cells,
                                        bool header, bool spanning) {
    ReportRowLayout::Band band;
    const qreal width = m_geometry.width;
    const int columns = spanning ? 1 : int(table.edges.size()) - 1;
    for (int column = 0; column < columns; ++column) {
        ReportRowLayout::Cell cell;
        cell.left = spanning ? 0 : table.edges[std::size_t(column)] * width;
        cell.width = spanning ? width : table.edges[std::size_t(column) + 1] * width - cell.left;
        const Cell* content = column < int(cells.size()) ? &cells[std::size_t(column)] : nullptr;
        const bool rated = content && content->rating;
        if (header)
            cell.background = HeaderBackground;
        else if (spanning)
            cell.background = SpanningBackground;
        else if (rated)
            cell.background = ratingColour(*content->rating);
        const QStringList lines =
            content ? content->text.split(QLatin1Char('\n')) : QStringList{QString()};
        const qreal textWidth = qMax<qreal>(1, cell.width - 2 * m_geometry.padding);
        for (int i = 0; i < lines.size(); ++i) {
            Style style = Style::Plain;
            QColor colour = Qt::black;
            // A rating's word is bold; the lines under it (last year, a change) are not.
            if (header || spanning || (rated && i == 0)) {
                style = Style::Bold;
            } else if (column == table.captionColumn && i == 0 && lines.size() > 1) {
                style = Style::Caption;
                colour = CaptionColour;
            }
            cell.paragraphs.push_back({paragraph(lines[i], table, style, textWidth), colour});
        }
        band.cells.push_back(std::move(cell));
    }
    return band;
}

std::shared_ptr<const ReportRowLayout::Band> ReportTable::header(int table) {
    auto& made = m_headers[std::size_t(table)];
    if (!made) {
        const Table& spec = m_tables[std::size_t(table)];
        std::vector<Cell> cells;
        for (const auto& text : spec.headers)
            cells.push_back({text, std::nullopt});
        made = std::make_shared<const ReportRowLayout::Band>(band(spec, cells, true, false));
    }
    return made;
}

// Laid out for where the document's layout has put the row's block: made again when that
// moved, kept when the layout asks again (it does, while painting).
const ReportRowLayout& ReportTable::layoutOf(QTextDocument* document, int row, int position) {
    const QTextBlock block = document->findBlock(position);
    const qreal top = block.layout() ? block.layout()->position().y() : 0;
    auto& made = m_layouts[std::size_t(row)];
    if (!made || qAbs(made->laidOutAt() - top) > 0.01) {
        const Row& spec = m_rows[std::size_t(row)];
        const Table& table = m_tables[std::size_t(spec.table)];
        made = std::make_unique<ReportRowLayout>(header(spec.table),
                                                 band(table, spec.cells, false, spec.spanning),
                                                 spec.first, m_geometry, top);
    }
    return *made;
}

QSizeF ReportTable::intrinsicSize(QTextDocument* document, int position,
                                  const QTextFormat& format) {
    const int row = rowOf(format);
    if (row < 0 || !prepare(document))
        return {1, 1};
    // A hair narrower than the line, so that the row is never wrapped onto a line of its own.
    return {m_geometry.width - 1, layoutOf(document, row, position).height()};
}

void ReportTable::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document,
                             int position, const QTextFormat& format) {
    const int row = rowOf(format);
    if (row < 0 || !prepare(document))
        return;
    layoutOf(document, row, position).paint(*painter, rect.left(), rect.top());
}

} // namespace equimark
