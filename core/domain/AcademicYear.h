#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace equimark {

// An English school year, September to August, written "2026-27".
class AcademicYear {
public:
    explicit AcademicYear(int startYear)
        : m_startYear(startYear) {}

    // Accepts "2026-27" and "2026/27" (and the long "2026-2027"); the second part must
    // follow the first.
    static std::optional<AcademicYear> parse(const QString& text);
    static AcademicYear containing(const QDate& date);

    int startYear() const { return m_startYear; }
    QString toString() const; // "2026-27"
    QDate firstDay() const { return QDate(m_startYear, 9, 1); }
    QDate lastDay() const { return QDate(m_startYear + 1, 8, 31); }
    AcademicYear next() const { return AcademicYear(m_startYear + 1); }
    AcademicYear previous() const { return AcademicYear(m_startYear - 1); }

    friend auto operator<=>(const AcademicYear&, const AcademicYear&) = default;

private:
    int m_startYear;
};

} // namespace equimark
