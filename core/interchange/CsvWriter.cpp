#include "interchange/CsvWriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace equimark {

namespace {

bool isFormulaStart(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isPlainNumber(const QString& cell) {
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    return number.match(cell).hasMatch();
}

// A formula start after any apostrophes: "=1", "'=1", "''=1". Apostrophes count so that
// a cell the user typed as "'=1" is written "''=1" and reads back as "'=1".
bool startsLikeFormula(const QString& cell) {
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i < cell.size() && isFormulaStart(cell.at(i)) && !isPlainNumber(cell.mid(i));
}

} // namespace

QString CsvWriter::neutralised(const QString& cell) {
    return startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::restored(const QString& cell) {
    if (cell.startsWith(QLatin1Char('\'')) && startsLikeFormula(cell))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::field(const QString& cell) {
    const QString text = neutralised(cell);
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& cells) {
    QStringList fields;
    fields.reserve(cells.size());
    for (const auto& cell : cells)
        fields << field(cell);
    // A row of one empty field would be an empty line, which readers skip.
    if (fields.size() == 1 && fields.front().isEmpty())
        fields.front() = QStringLiteral("\"\"");
    m_text += fields.join(QLatin1Char(',')).toUtf8();
    m_text += "\r\n";
}

QByteArray CsvWriter::bytes() const {
    return QByteArray("\xEF\xBB\xBF") + m_text;
}

Status CsvWriter::writeFile(const QString& path) const {
    return writeFile(path, bytes());
}

Status CsvWriter::writeFile(const QString& path, const QByteArray& data) {
    QSaveFile file(path);
    const auto failed = [&path, &file]() {
        return Error::make(Error::Code::Io,
                           tr("The CSV file %1 could not be written (%2); "
                              "nothing was saved there.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(data) != data.size())
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

} // namespace equimark
