#include "domain/AcademicYear.h"

#include <QRegularExpression>

namespace equimark {

std::optional<AcademicYear> AcademicYear::parse(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[-/](\\d{2}|\\d{4})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int start = match.captured(1).toInt();
    const QString endText = match.captured(2);
    const int end = endText.size() == 2 ? (start / 100) * 100 + endText.toInt() : endText.toInt();
    const bool wrapsCentury = endText.size() == 2 && start % 100 == 99 && endText == u"00";
    if (start < 1900 || start > 2999 || (end != start + 1 && !wrapsCentury))
        return std::nullopt;
    return AcademicYear(start);
}

AcademicYear AcademicYear::containing(const QDate& date) {
    return AcademicYear(date.month() >= 9 ? date.year() : date.year() - 1);
}

QString AcademicYear::toString() const {
    return QStringLiteral("%1-%2")
        .arg(m_startYear)
        .arg((m_startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace equimark
