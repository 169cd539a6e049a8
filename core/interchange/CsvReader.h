#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace equimark {

// A place in a CSV file as a spreadsheet user finds it: 1-based line (CR, LF and CRLF each
// end one line, also inside quoted fields) and 1-based column in characters on that line.
struct CsvPosition {
    int line = 0;
    int column = 0;
};

// Why a CSV file was rejected, and where. `reason` is a translated sentence starting in
// lower case ("a quoted field is not closed."), so it reads after either "Line 4, column
// 17: " (error()) or "data.csv:4:17: " (the CLI).
struct CsvProblem {
    CsvPosition at;
    QString reason;

    // Code::Invalid, "Line 4, column 17: a quoted field is not closed."
    Error error() const;
};

// One record: its fields, and where each field starts (for messages about a field's value).
struct CsvRow {
    QStringList fields;
    std::vector<CsvPosition> positions; // same size as fields

    // Every field empty or spaces: a spreadsheet's ",,,,," rows, which imports skip.
    bool isBlank() const;
    // A header cell as a key: "Success_Criteria ", "success-criteria" and "success criteria"
    // all name one column.
    static QString headerKey(const QString& text);
};

struct CsvLimits {
    qsizetype maxBytes = 64 * 1024 * 1024;      // the whole file, before decoding
    qsizetype maxFieldCharacters = 1024 * 1024; // one field, after decoding
    int maxColumns = 1000;
    int maxRows = 100000;
};

// The project's one CSV reader (RFC 4180). Accepts UTF-8 with or without a BOM, UTF-16 LE
// or BE with a BOM; CR, LF or CRLF line ends (also mixed); fields quoted with " and ""
// inside quotes for a quote mark; line breaks inside quoted fields; a final line end or
// none. Lines with no characters at all are skipped. Fields are returned exactly as
// written (no trimming). Every record must have as many fields as the first.
// A file is rejected whole, with the line and column of the first problem: an unclosed
// quote, a quote mark inside an unquoted field, text after a closing quote, invalid UTF-8
// or UTF-16, a NUL character, a ragged row, or a limit passed. Limits are checked as the
// text is read, so a 10 MB field or 100,000 columns are refused in milliseconds.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(CsvLimits limits = {}, QChar separator = QLatin1Char(','));

    // Parses `bytes`. On failure returns Code::Invalid and, when `problem` is given,
    // fills it with the place and reason.
    Result<std::vector<CsvRow>> read(const QByteArray& bytes, CsvProblem* problem = nullptr) const;

    // Reads the file at `path` (NotFound, Io, or Invalid when larger than maxBytes; then
    // `problem` stays empty), then parses it as read() does.
    Result<std::vector<CsvRow>> readFile(const QString& path, CsvProblem* problem = nullptr) const;

private:
    CsvLimits m_limits;
    QChar m_separator;
};

} // namespace equimark
