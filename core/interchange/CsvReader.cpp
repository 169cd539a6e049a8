#include "interchange/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <algorithm>

namespace equimark {

namespace {

// The byte offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points past U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    auto continuation = [&](qsizetype at, unsigned char low, unsigned char high) {
        return at < size && data[at] >= low && data[at] <= high;
    };
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (!continuation(i + 1, low, high))
            return i;
        for (int k = 2; k < length; ++k) {
            if (!continuation(i + k, 0x80, 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

// Walks decoded text keeping the line and column a text editor would show.
class Cursor {
public:
    explicit Cursor(const QString& text)
        : m_text(text) {}

    bool atEnd() const { return m_index >= m_text.size(); }
    QChar current() const { return m_text.at(m_index); }
    bool next(QChar c) const { return m_index + 1 < m_text.size() && m_text.at(m_index + 1) == c; }
    CsvPosition position() const { return {m_line, m_column}; }
    qsizetype index() const { return m_index; }

    void advance() {
        const QChar c = m_text.at(m_index++);
        if (c == u'\r') {
            newLine();
        } else if (c == u'\n') {
            // The LF of a CRLF pair ends the line the CR already ended.
            if (m_index < 2 || m_text.at(m_index - 2) != u'\r')
                newLine();
        } else if (!c.isLowSurrogate()) {
            ++m_column;
        }
    }

    // Moves to `index` (ahead), counting lines and columns on the way.
    void advanceTo(qsizetype index) {
        while (m_index < index && !atEnd())
            advance();
    }

private:
    void newLine() {
        ++m_line;
        m_column = 1;
    }

    const QString& m_text;
    qsizetype m_index = 0;
    int m_line = 1;
    int m_column = 1;
};

// Already-validated UTF-8 to text. The caller has taken off the file's own BOM; a second
// one is content (U+FEFF) and must not be dropped as QString::fromUtf8() would.
QString fromUtf8(const char* data, qsizetype size) {
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(data, size));
}

CsvPosition positionAt(const QString& text, qsizetype index) {
    Cursor cursor(text);
    cursor.advanceTo(index);
    return cursor.position();
}

bool isLineEnd(QChar c) {
    return c == u'\r' || c == u'\n';
}

struct Decoded {
    QString text;
    std::optional<CsvProblem> problem;
};

Decoded decodeUtf16(const QByteArray& bytes, bool littleEndian) {
    Decoded decoded;
    const qsizetype units = (bytes.size() - 2) / 2;
    decoded.text.resize(units);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData()) + 2;
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned char a = data[2 * i];
        const unsigned char b = data[2 * i + 1];
        decoded.text[i] = QChar(littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b));
    }
    for (qsizetype i = 0; i < units; ++i) {
        const QChar c = decoded.text.at(i);
        const bool paired =
            c.isHighSurrogate() && i + 1 < units && decoded.text.at(i + 1).isLowSurrogate();
        if (paired) {
            ++i;
        } else if (c.isSurrogate()) {
            decoded.problem = CsvProblem{positionAt(decoded.text, i),
                                         CsvReader::tr("the text is not valid UTF-16. Save it "
                                                       "from your spreadsheet as \"CSV UTF-8\".")};
            return decoded;
        }
    }
    if (bytes.size() % 2 != 0)
        decoded.problem = CsvProblem{positionAt(decoded.text, units),
                                     CsvReader::tr("the file ends in the middle of a UTF-16 "
                                                   "character; it may have been cut short.")};
    return decoded;
}

Decoded decode(const QByteArray& bytes) {
    const auto startsWith = [&bytes](std::initializer_list<unsigned char> prefix) {
        if (bytes.size() < qsizetype(prefix.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char byte : prefix) {
            if (static_cast<unsigned char>(bytes.at(i++)) != byte)
                return false;
        }
        return true;
    };
    if (startsWith({0xFF, 0xFE}))
        return decodeUtf16(bytes, true);
    if (startsWith({0xFE, 0xFF}))
        return decodeUtf16(bytes, false);

    const qsizetype start = startsWith({0xEF, 0xBB, 0xBF}) ? 3 : 0;
    Decoded decoded;
    const qsizetype invalid = firstInvalidUtf8(bytes, start);
    if (invalid >= 0) {
        const QString before = fromUtf8(bytes.constData() + start, invalid - start);
        decoded.problem = CsvProblem{
            positionAt(before, before.size()),
            CsvReader::tr("the text is not valid UTF-8 (byte %1 of the file). Save it from your "
                          "spreadsheet as \"CSV UTF-8\".")
                .arg(invalid + 1)};
        return decoded;
    }
    decoded.text = fromUtf8(bytes.constData() + start, bytes.size() - start);
    return decoded;
}

class Parser {
public:
    Parser(const QString& text, const CsvLimits& limits, QChar separator)
        : m_cursor(text)
        , m_limits(limits)
        , m_separator(separator) {}

    std::optional<CsvProblem> parse(std::vector<CsvRow>& rows) {
        while (!m_cursor.atEnd()) {
            if (isLineEnd(m_cursor.current())) {
                m_cursor.advance(); // a line with nothing on it
                continue;
            }
            if (rows.size() >= std::size_t(m_limits.maxRows))
                return CsvProblem{m_cursor.position(),
                                  CsvReader::tr("the file has more than %1 rows; split it into "
                                                "smaller files.")
                                      .arg(QLocale().toString(m_limits.maxRows))};
            CsvRow row;
            if (auto problem = parseRow(row))
                return problem;
            if (!rows.empty()) {
                const qsizetype expected = rows.front().fields.size();
                if (row.fields.size() > expected)
                    return CsvProblem{row.positions.at(expected),
                                      CsvReader::tr("this row has more fields than the first "
                                                    "row (%1 instead of %2).")
                                          .arg(row.fields.size())
                                          .arg(expected)};
                if (row.fields.size() < expected)
                    return CsvProblem{m_rowEnd, CsvReader::tr("this row has fewer fields than "
                                                              "the first row (%1 instead of %2).")
                                                    .arg(row.fields.size())
                                                    .arg(expected)};
            }
            rows.push_back(std::move(row));
        }
        return std::nullopt;
    }

private:
    std::optional<CsvProblem> parseRow(CsvRow& row) {
        for (;;) {
            const CsvPosition start = m_cursor.position();
            if (row.fields.size() >= m_limits.maxColumns)
                return CsvProblem{start, CsvReader::tr("a row has more than %1 columns.")
                                             .arg(QLocale().toString(m_limits.maxColumns))};
            QString field;
            auto problem = !m_cursor.atEnd() && m_cursor.current() == u'"'
                               ? quotedField(field, start)
                               : plainField(field, start);
            if (problem)
                return problem;
            row.fields << field;
            row.positions.push_back(start);
            if (!m_cursor.atEnd() && m_cursor.current() == m_separator) {
                m_cursor.advance();
                continue;
            }
            m_rowEnd = m_cursor.position();
            if (!m_cursor.atEnd()) {
                // CR, LF or CRLF: one line end.
                const bool crlf = m_cursor.current() == u'\r' && m_cursor.next(u'\n');
                m_cursor.advance();
                if (crlf)
                    m_cursor.advance();
            }
            return std::nullopt;
        }
    }

    std::optional<CsvProblem> plainField(QString& field, const CsvPosition& start) {
        while (!m_cursor.atEnd()) {
            const QChar c = m_cursor.current();
            if (c == m_separator || isLineEnd(c))
                break;
            if (c == u'"')
                return CsvProblem{m_cursor.position(),
                                  CsvReader::tr("a quote mark is inside a field that does not "
                                                "start with one. Put the whole field in quotes "
                                                "and write the quote mark twice (\"\").")};
            if (auto problem = append(field, c, start))
                return problem;
            m_cursor.advance();
        }
        return std::nullopt;
    }

    std::optional<CsvProblem> quotedField(QString& field, const CsvPosition& start) {
        m_cursor.advance(); // the opening quote
        for (;;) {
            if (m_cursor.atEnd())
                return CsvProblem{start, CsvReader::tr("a quoted field is not closed.")};
            const QChar c = m_cursor.current();
            if (c == u'"') {
                if (!m_cursor.next(u'"')) {
                    m_cursor.advance();
                    break;
                }
                m_cursor.advance();
            }
            if (auto problem = append(field, c, start))
                return problem;
            m_cursor.advance();
        }
        if (!m_cursor.atEnd() && m_cursor.current() != m_separator &&
            !isLineEnd(m_cursor.current()))
            return CsvProblem{m_cursor.position(),
                              CsvReader::tr("a closing quote mark must be followed by \"%1\" or "
                                            "the end of the line. Write a quote mark inside a "
                                            "quoted field twice (\"\").")
                                  .arg(m_separator)};
        return std::nullopt;
    }

    std::optional<CsvProblem> append(QString& field, QChar c, const CsvPosition& start) {
        if (c.isNull())
            return CsvProblem{m_cursor.position(),
                              CsvReader::tr("the file contains a NUL character, which text never "
                                            "holds; it may not be a CSV file.")};
        if (field.size() >= m_limits.maxFieldCharacters)
            return CsvProblem{start, CsvReader::tr("a field is longer than %1 characters.")
                                         .arg(QLocale().toString(m_limits.maxFieldCharacters))};
        field.append(c);
        return std::nullopt;
    }

    Cursor m_cursor;
    const CsvLimits& m_limits;
    QChar m_separator;
    CsvPosition m_rowEnd;
};

} // namespace

Error CsvProblem::error() const {
    return Error::make(
        Error::Code::Invalid,
        CsvReader::tr("Line %1, column %2: %3").arg(at.line).arg(at.column).arg(reason));
}

CsvReader::CsvReader(CsvLimits limits, QChar separator)
    : m_limits(limits)
    , m_separator(separator) {}

Result<std::vector<CsvRow>> CsvReader::read(const QByteArray& bytes, CsvProblem* problem) const {
    const auto fail = [problem](const CsvProblem& found) -> Error {
        if (problem)
            *problem = found;
        return found.error();
    };
    if (bytes.size() > m_limits.maxBytes)
        return fail({{1, 1},
                     tr("the file is larger than %1 bytes; split it into smaller files.")
                         .arg(QLocale().toString(m_limits.maxBytes))});
    const Decoded decoded = decode(bytes);
    if (decoded.problem)
        return fail(*decoded.problem);
    std::vector<CsvRow> rows;
    if (auto found = Parser(decoded.text, m_limits, m_separator).parse(rows))
        return fail(*found);
    return rows;
}

Result<std::vector<CsvRow>> CsvReader::readFile(const QString& path, CsvProblem* problem) const {
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Code::NotFound,
                           tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return Error::make(
            Error::Code::Invalid,
            tr("%1 is a folder, not a CSV file.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > m_limits.maxBytes)
        return Error::make(
            Error::Code::Invalid,
            tr("%1 is larger than %2 bytes; split it into smaller files.")
                .arg(QDir::toNativeSeparators(path), QLocale().toString(m_limits.maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Read one byte past the limit: a file that grew since the size check is still refused.
    const QByteArray bytes = file.read(m_limits.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::make(
            Error::Code::Io,
            tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return read(bytes, problem);
}

bool CsvRow::isBlank() const {
    return std::all_of(fields.begin(), fields.end(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}

QString CsvRow::headerKey(const QString& text) {
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    key.replace(QLatin1Char('-'), QLatin1Char(' '));
    return key.simplified();
}

} // namespace equimark
