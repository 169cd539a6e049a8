#pragma once

#include "domain/Rating.h"

#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <functional>
#include <memory>
#include <vector>

namespace equimark {

class ReportTable;

// Builds a report as a QTextDocument. Every piece of user text goes in through
// QTextCursor::insertText, never as HTML, so "<img src=...>" typed into a note prints as
// those characters and loads nothing. Tables repeat their header row on every page.
class ReportBuilder {
public:
    ReportBuilder();
    ~ReportBuilder();
    ReportBuilder(const ReportBuilder&) = delete;
    ReportBuilder& operator=(const ReportBuilder&) = delete;

    void title(const QString& text);
    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text, bool italic = false);
    // "Label: value" lines in a two-column borderless table.
    void facts(const std::vector<std::pair<QString, QString>>& rows);

    // A table with its header row repeated on every page it runs onto (ReportTable). Cells
    // are plain text, a line per '\n'; a cell may instead be a RAG rating (see addRow) for
    // colour plus its word.
    class Table {
    public:
        // `pointSize` 0 keeps the body size; dense tables (nine columns) use a smaller one.
        Table(ReportBuilder& builder, const QStringList& headers,
              const std::vector<int>& widthPercent = {}, qreal pointSize = 0);
        // The first line of every cell in `column` is a small grey caption (e.g. an id above
        // the text it names), so it needs no column of its own.
        void setCaptionColumn(int column);
        void addRow(const QStringList& cells);
        // A row whose cells are text except where `ratings` holds a rating for that column.
        void addRow(const QStringList& cells, const std::vector<std::pair<int, Rating>>& ratings);
        // A full-width row, e.g. a group heading inside the table.
        void addSpanningRow(const QString& text);

    private:
        void insert(const QTextCharFormat& row);
        ReportBuilder& m_builder;
        ReportTable* m_rows;
        int m_table;
        int m_columns;
        bool m_started = false;
    };

    // A drawing (a chart) in a paragraph of its own under its caption, `widthFraction` of the
    // text width wide and `aspect` times as high; `paint` draws it in the area it is given
    // (ReportFigure).
    void figure(std::function<void(QPainter&, const QRectF&)> paint, qreal widthFraction,
                qreal aspect, const QString& caption = {});

    void spacer();
    void pageBreak();

    // The finished document; the builder should not be used afterwards.
    std::unique_ptr<QTextDocument> take();

private:
    friend class Table;
    // Room between a table and what follows it, in 1/96 inch as a block's margins are.
    static constexpr qreal TableGap = 8;
    void newBlock(QTextBlockFormat block, const QTextCharFormat& format);
    QTextCharFormat bodyFormat() const;
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
    bool m_afterTable = false;
};

} // namespace equimark
