#pragma once

#include "domain/Rating.h"

#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTableFormat>
#include <functional>
#include <memory>
#include <vector>

class QTextTable;

namespace equimark {

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

    // A table with a repeated header row. Cells are plain text; a cell may instead be a RAG
    // rating (see addRatingCell) for colour plus its word.
    class Table {
    public:
        // `pointSize` 0 keeps the body size; dense tables (nine columns) use a smaller one.
        Table(ReportBuilder& builder, const QStringList& headers,
              const std::vector<int>& widthPercent = {}, qreal pointSize = 0);
        // The first line of every cell in `column` is a small grey caption (e.g. an id above
        // the text it names), so it needs no column of its own.
        void setCaptionColumn(int column) { m_captionColumn = column; }
        void addRow(const QStringList& cells);
        // A row whose cells are text except where `ratings` holds a rating for that column.
        void addRow(const QStringList& cells, const std::vector<std::pair<int, Rating>>& ratings);
        // A full-width row, e.g. a group heading inside the table.
        void addSpanningRow(const QString& text);

    private:
        // Qt lays out a table in time that grows with the square of its rows, so a long
        // table is printed as a run of tables of at most this many rows, each with the
        // header row (a 2,000-action plan then takes a second, not ten).
        static constexpr int SegmentRows = 40;
        // A group heading starts a new segment once the current one has this many rows.
        static constexpr int SegmentRowsBeforeHeading = 20;

        void startSegment();
        void makeRoom(bool heading);
        void fillCell(int row, int column, const QString& text, const Rating* rating);
        QTextCharFormat textFormat() const;
        ReportBuilder& m_builder;
        QTextTable* m_table = nullptr;
        QTextTableFormat m_format;
        QStringList m_headers;
        int m_columns;
        qreal m_pointSize = 0;
        int m_captionColumn = -1;
        int m_segmentRows = 0; // body rows in the current segment
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
    QTextCharFormat bodyFormat() const;
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
};

} // namespace equimark
