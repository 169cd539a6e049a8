#pragma once

#include "domain/Rating.h"
#include "reports/ReportRowLayout.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>
#include <optional>
#include <vector>

class QPaintDevice;
class QTextDocument;

namespace equimark {

// The tables of a report. Each row is one object in the document, in a block of its own,
// laid out and painted here (ReportRowLayout) instead of by QTextTable: Qt's table layout
// looks up every cell's format again and again, draws each cell's four borders one by one
// and grows with the square of a table's rows, which made a 2,000-action plan take seconds.
// The header row is repeated on every page a table runs onto; a row too tall for one page
// is split between its lines. The document owns the handler.
class ReportTable : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 2;

    struct Cell {
        QString text; // lines split at '\n'
        std::optional<Rating> rating;
    };

    // The handler of `document`, registered on first use.
    static ReportTable* of(QTextDocument& document);

    // A new table, returning its number. `pointSize` 0 keeps the document's size; an empty
    // `widthPercent` shares the width evenly.
    int addTable(const QStringList& headers, const std::vector<int>& widthPercent, qreal pointSize);
    // The first line of every cell in `column` is a small grey caption.
    void setCaptionColumn(int table, int column);
    // A row of `table`, across its whole width when `spanning`; returns the format to insert
    // as the object replacement character.
    QTextCharFormat addRow(int table, std::vector<Cell> cells, bool spanning);

    // The words of the row `format` stands for, a line per cell line, the header's above the
    // table's first row: what QTextDocument::toPlainText gives for a table.
    QString text(const QTextFormat& format) const;

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    explicit ReportTable(QObject* parent);

    struct Table {
        QStringList headers;
        std::vector<qreal> edges; // each column's left edge and the last one's right, 0 to 1
        qreal pointSize;
        int captionColumn = -1;
    };
    struct Row {
        int table;
        bool first;
        bool spanning;
        std::vector<Cell> cells;
    };
    enum class Style { Plain, Bold, Caption };

    int rowOf(const QTextFormat& format) const;
    bool prepare(QTextDocument* document);
    const ReportRowLayout& layoutOf(QTextDocument* document, int row, int position);
    std::shared_ptr<const ReportRowLayout::Band> header(int table);
    ReportRowLayout::Band band(const Table& table, const std::vector<Cell>& cells, bool header,
                               bool spanning);
    std::shared_ptr<const QTextLayout> paragraph(const QString& text, const Table& table,
                                                 Style style, qreal width);

    std::vector<Table> m_tables;
    std::vector<Row> m_rows;
    QFont m_font;

    // Laid out for one device and page: made again when either changes.
    QPaintDevice* m_device = nullptr;
    ReportRowLayout::Geometry m_geometry;
    std::vector<std::shared_ptr<const ReportRowLayout::Band>> m_headers;
    std::vector<std::unique_ptr<ReportRowLayout>> m_layouts;
    // Shaped text shared by equal cells ("–", a date, an owner's name).
    QHash<QString, std::shared_ptr<const QTextLayout>> m_paragraphs;
};

} // namespace equimark
