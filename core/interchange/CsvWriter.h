#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace equimark {

// The project's one CSV writer, for files a coordinator opens in Excel, LibreOffice or
// Numbers: UTF-8 with a BOM (so Excel reads accents and non-Latin names correctly), CRLF
// line ends, a field quoted when it holds a comma, quote mark, CR or LF (or starts or ends
// with a space), with quote marks doubled.
//
// Formula injection: a spreadsheet runs a cell that begins with = + - or @ as a formula
// (and cells beginning with a tab or CR are treated the same way). Such a cell is written with an
// apostrophe in front ("'=HYPERLINK(...)"), which spreadsheets show as text. A cell that is
// a plain number ("-3", "+4.5") is left alone: as a formula it is only that number.
// restored() removes the apostrophe again, so a file exported here imports back unchanged.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    void addRow(const QStringList& cells);

    // The BOM and every row added so far.
    QByteArray bytes() const;
    // Writes bytes() to `path` through QSaveFile: the target is either the old file or the
    // complete new one, never half-written.
    Status writeFile(const QString& path) const;
    // Writes `bytes` (a whole CSV file, as bytes() gives it) to `path` the same way.
    static Status writeFile(const QString& path, const QByteArray& bytes);

    // The cell as it is written: neutralised, then quoted when needed.
    static QString field(const QString& cell);
    // `cell` with an apostrophe in front when a spreadsheet would run it as a formula.
    static QString neutralised(const QString& cell);
    // The inverse of neutralised() for a cell read back from a file.
    static QString restored(const QString& cell);

private:
    QByteArray m_text;
};

} // namespace equimark
