#include "reports/ReportRowLayout.h"

#include <QPainter>
#include <QTextLine>
#include <cmath>

namespace equimark {

namespace {
// The document's layout works in 64ths of a unit: a row that fits by less than this is
// treated as not fitting, so that this and the layout never disagree about a page break.
constexpr qreal Slack = 0.1;
} // namespace

qreal ReportRowLayout::Band::height(qreal padding) const {
    qreal tallest = 0;
    for (const auto& cell : cells) {
        qreal height = 0;
        for (const auto& paragraph : cell.paragraphs)
            height += paragraph.layout->boundingRect().height();
        tallest = qMax(tallest, height);
    }
    return tallest + 2 * padding;
}

std::shared_ptr<const QTextLayout> ReportRowLayout::paragraph(const QString& text,
                                                              const QFont& font,
                                                              QPaintDevice* device, qreal width) {
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Right to left text (Arabic, Hebrew) starts at the cell's right, as in a text document.
    const bool rightToLeft = text.isRightToLeft();
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

ReportRowLayout::ReportRowLayout(std::shared_ptr<const Band> header, Band row, bool firstOfTable,
                                 const Geometry& geometry, qreal top)
    : m_header(std::move(header))
    , m_row(std::move(row))
    , m_geometry(geometry)
    , m_headerHeight(m_header->height(geometry.padding))
    , m_top(top) {
    const qreal pageHeight = m_geometry.pageHeight;
    if (pageHeight <= 0) {
        m_origin = top;
        m_height = place(top, firstOfTable) - top;
        return;
    }
    const qreal rowHeight = m_row.height(m_geometry.padding);
    const int page = pageOf(top);
    const qreal pageBottom = pageTop(page + 1);
    const bool withHeader = firstOfTable || top - pageTop(page) < Slack;
    if (top + (withHeader ? m_headerHeight : 0) + rowHeight <= pageBottom - Slack) {
        m_origin = top;
        m_height = place(top, withHeader) - top;
    } else if (m_headerHeight + rowHeight <= pageHeight - 1) {
        // The layout moves what does not fit onto the next page, when it fits there whole.
        m_origin = pageBottom;
        m_height = place(pageBottom, true) - pageBottom;
    } else {
        // Taller than a page: the layout leaves it where it is, so it is split across pages
        // here, beginning on the next page when this one has little room left.
        m_origin = top;
        const qreal room = pageBottom - top - (withHeader ? m_headerHeight : 0);
        const qreal bottom =
            room < 3 * m_headerHeight ? place(pageBottom, true) : place(top, withHeader);
        // Kept taller than a page, or the layout would move it after all.
        m_height = qMax(bottom - top, pageHeight + 1);
    }
}

int ReportRowLayout::pageOf(qreal y) const {
    return int(std::floor((y + Slack) / m_geometry.pageHeight));
}

// Places every line of every cell from `start`, moving a line that would cross a page's foot
// to the next page, under the header; returns the row's bottom.
qreal ReportRowLayout::place(qreal start, bool withHeader) {
    m_lines.clear();
    m_segments.clear();
    const bool paged = m_geometry.pageHeight > 0;
    const qreal padding = m_geometry.padding;
    const int firstPage = paged ? pageOf(start) : 0;
    const qreal bodyTop = start + (withHeader ? m_headerHeight : 0);
    qreal bottom = bodyTop + 2 * padding;
    for (int c = 0; c < int(m_row.cells.size()); ++c) {
        const Cell& cell = m_row.cells[std::size_t(c)];
        int page = firstPage;
        qreal contentTop = bodyTop + padding;
        qreal y = contentTop;
        for (int p = 0; p < int(cell.paragraphs.size()); ++p) {
            const QTextLayout& layout = *cell.paragraphs[std::size_t(p)].layout;
            for (int l = 0; l < layout.lineCount(); ++l) {
                const qreal height = layout.lineAt(l).height();
                if (paged && y + height > pageTop(page + 1) - padding && y > contentTop + Slack) {
                    ++page;
                    contentTop = pageTop(page) + m_headerHeight + padding;
                    y = contentTop;
                }
                m_lines.push_back({c, p, l, y});
                y += height;
            }
        }
        bottom = qMax(bottom, y + padding);
    }
    const int lastPage = paged ? pageOf(bottom - 2 * Slack) : 0;
    for (int page = firstPage; page <= lastPage; ++page)
        m_segments.push_back({page == firstPage ? start : pageTop(page),
                              page == lastPage ? bottom : pageTop(page + 1),
                              page == firstPage ? withHeader : true});
    return bottom;
}

std::vector<QRectF> ReportRowLayout::lineRects() const {
    std::vector<QRectF> rects;
    for (const Placed& placed : m_lines) {
        const Cell& cell = m_row.cells[std::size_t(placed.cell)];
        const QTextLine line =
            cell.paragraphs[std::size_t(placed.paragraph)].layout->lineAt(placed.line);
        rects.emplace_back(cell.left + m_geometry.padding, placed.y, line.naturalTextWidth(),
                           line.height());
    }
    return rects;
}

void ReportRowLayout::paint(QPainter& painter, qreal left, qreal originY) const {
    const qreal shift = originY - m_origin;
    const qreal padding = m_geometry.padding;
    // Only what falls on the page being painted: a row split across pages is painted once a
    // page, and text outside the page would still be in that page's PDF (found by search,
    // copied, read aloud) even where it is not seen.
    const QRectF clip = painter.hasClipping() ? painter.clipBoundingRect() : QRectF();
    auto shown = [&clip](qreal top, qreal bottom) {
        return clip.isNull() || (bottom > clip.top() + Slack && top < clip.bottom() - Slack);
    };
    for (const Segment& segment : m_segments) {
        qreal top = segment.top + shift;
        if (!shown(top, segment.bottom + shift))
            continue;
        if (segment.header) {
            paintBand(painter, *m_header, left, top, top + m_headerHeight);
            for (const Cell& cell : m_header->cells) {
                qreal y = top + padding;
                for (const Paragraph& paragraph : cell.paragraphs) {
                    painter.setPen(paragraph.colour);
                    paragraph.layout->draw(&painter, QPointF(left + cell.left + padding, y));
                    y += paragraph.layout->boundingRect().height();
                }
            }
            top += m_headerHeight;
        }
        paintBand(painter, m_row, left, top, segment.bottom + shift);
    }
    for (const Placed& placed : m_lines) {
        const Cell& cell = m_row.cells[std::size_t(placed.cell)];
        const Paragraph& paragraph = cell.paragraphs[std::size_t(placed.paragraph)];
        const QTextLine line = paragraph.layout->lineAt(placed.line);
        const qreal y = placed.y + shift;
        if (!shown(y, y + line.height()))
            continue;
        painter.setPen(paragraph.colour);
        line.draw(&painter, QPointF(left + cell.left + padding, y - line.position().y()));
    }
}

// A band's backgrounds and its grid, the lines in one stroke.
void ReportRowLayout::paintBand(QPainter& painter, const Band& band, qreal left, qreal top,
                                qreal bottom) const {
    if (bottom <= top || band.cells.empty())
        return;
    for (const Cell& cell : band.cells) {
        if (cell.background.isValid())
            painter.fillRect(QRectF(left + cell.left, top, cell.width, bottom - top),
                             cell.background);
    }
    const qreal right = left + band.cells.back().left + band.cells.back().width;
    std::vector<QLineF> lines{{left, top, right, top}, {left, bottom, right, bottom}};
    for (const Cell& cell : band.cells)
        lines.emplace_back(left + cell.left, top, left + cell.left, bottom);
    lines.emplace_back(right, top, right, bottom);
    painter.setPen(QPen(m_geometry.ruleColour, m_geometry.rule));
    painter.drawLines(lines.data(), int(lines.size()));
}

} // namespace equimark
