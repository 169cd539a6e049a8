#pragma once

#include <QColor>
#include <QTextLayout>
#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;

namespace equimark {

// Where one row of a report table goes on the page, and how it is painted: its cells' lines
// placed in columns, moved onto the next page or split across pages exactly as the
// document's layout places the row, with the table's header row above it wherever it begins
// a page. Painting draws each band's grid in one stroke and each line of text once, which is
// what keeps a 2,000-action plan quick to lay out and small as a PDF.
class ReportRowLayout {
public:
    struct Paragraph {
        std::shared_ptr<const QTextLayout> layout; // laid out at the cell's text width
        QColor colour;
    };
    struct Cell {
        qreal left = 0;
        qreal width = 0;
        QColor background; // invalid: none
        std::vector<Paragraph> paragraphs;
    };
    // A row's cells, or the header row's.
    struct Band {
        std::vector<Cell> cells;
        qreal height(qreal padding) const;
    };
    struct Geometry {
        qreal width = 0;      // the table's
        qreal padding = 0;    // inside every cell
        qreal rule = 0;       // the width of the grid's lines
        qreal pageHeight = 0; // 0: one endless page
        QColor ruleColour;
    };

    // One line of a cell's text, wrapped to `width` as laid out for `device`.
    static std::shared_ptr<const QTextLayout> paragraph(const QString& text, const QFont& font,
                                                        QPaintDevice* device, qreal width);

    // Lays out `row` for the document position `top` (where the layout placed the row's
    // block). `firstOfTable`: the header goes above it wherever it lands.
    // `header` is shared by every row of the table: laid out once, never copied per row.
    ReportRowLayout(std::shared_ptr<const Band> header, Band row, bool firstOfTable,
                    const Geometry& geometry, qreal top);

    // Where the row's object begins (the next page's top when the row is moved there) and how
    // tall it is: what the layout is told, so that it places the row where this expects.
    qreal origin() const { return m_origin; }
    qreal height() const { return m_height; }
    qreal laidOutAt() const { return m_top; }

    // Where each line of the row's own text is put, in document coordinates: never across a
    // page's foot, never under a repeated header.
    std::vector<QRectF> lineRects() const;

    // Paints the row with its origin at `originY` (as the layout placed it).
    void paint(QPainter& painter, qreal left, qreal originY) const;

private:
    struct Placed {
        int cell;
        int paragraph;
        int line;
        qreal y; // of the line's top
    };
    struct Segment {
        qreal top;
        qreal bottom;
        bool header;
    };
    qreal pageTop(int page) const { return page * m_geometry.pageHeight; }
    int pageOf(qreal y) const;
    qreal place(qreal start, bool withHeader);
    void paintBand(QPainter& painter, const Band& band, qreal left, qreal top, qreal bottom) const;

    std::shared_ptr<const Band> m_header;
    Band m_row;
    Geometry m_geometry;
    qreal m_headerHeight;
    qreal m_top;
    qreal m_origin = 0;
    qreal m_height = 0;
    std::vector<Placed> m_lines;
    std::vector<Segment> m_segments;
};

} // namespace equimark
