#pragma once

#include "Result.h"
#include "domain/OutcomeCount.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>
#include <vector>

namespace equimark {

class SchoolFile;

// Outcome measures by ethnic group (aggregate counts only), the national figures a school
// compares with, and the threshold below which counts are suppressed when shared. Every write
// is one transaction with its history rows.
class OutcomeRepository {
    Q_DECLARE_TR_FUNCTIONS(OutcomeRepository)

public:
    explicit OutcomeRepository(SchoolFile& file)
        : m_file(file) {}

    // Oldest year first, then in the catalogue's order of measures and the census order of
    // groups.
    Result<std::vector<OutcomeCount>> all();
    // The same from an open database, for the file checker.
    static Result<std::vector<OutcomeCount>> allIn(QSqlDatabase& db);
    Result<std::vector<OutcomeCount>> ofMeasure(const QString& measureId);
    // The stored rows among `keys` (only their year, measure and group are read).
    Result<std::vector<OutcomeCount>> existing(const std::vector<OutcomeCount>& keys);
    Result<qint64> rowCount();
    Result<QStringList> years(); // oldest first

    // Whether a row makes sense on its own: a known measure, group and year, counts that are
    // not negative, never more than the base for a proportion, pupils behind a base that is
    // not people. The message names the row ("2025-26, Absence, Black Caribbean: ...").
    static Status check(const OutcomeCount& row);

    // Writes `put` (replacing rows with the same year, measure and group) and removes
    // `remove`, all in one transaction, after checking every row. One history row per year
    // and measure touched.
    Status write(const std::vector<OutcomeCount>& put,
                 const std::vector<OutcomeCount>& remove = {});

    Result<std::vector<NationalFigure>> nationalFigures();
    Result<std::optional<double>> nationalFigure(const QString& year, const QString& measureId);
    // Sets, or with an empty value removes, the national figure of a measure for a year.
    Status setNationalFigure(const QString& year, const QString& measureId,
                             std::optional<double> value);

    // Counts below this are hidden in everything meant for sharing (5 unless changed).
    Result<int> suppressionThreshold();
    Status setSuppressionThreshold(int threshold);

private:
    SchoolFile& m_file;
};

} // namespace equimark
