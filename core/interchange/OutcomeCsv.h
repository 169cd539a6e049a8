#pragma once

#include "Result.h"
#include "domain/OutcomeCount.h"
#include "interchange/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace equimark {

class OutcomeAnalysis;
class SchoolFile;

// Outcome counts as CSV (docs/outcomes-csv.md): a header row, then one row per year, measure
// and ethnic group with the count and its base. Import reads through CsvReader, checks every
// row before anything is written and is refused whole with the line and column of the first
// problem. Export is for sharing: small numbers suppressed, every cell through CsvWriter.
class OutcomeCsv {
    Q_DECLARE_TR_FUNCTIONS(OutcomeCsv)

public:
    // The columns import reads: year, measure, group, count, base, pupils. File-format words,
    // never translated.
    static QStringList columns();
    // Columns that only explain a row ("measure name", "count is" ...): import ignores them.
    static QStringList notes();

    // A file to fill in: the header, then a row for every measure and group of `year` with
    // the counts left empty and the measure's definition beside them.
    static QByteArray blankTemplate(const QString& year);

    // The counts a CSV file describes, checked but not stored. Rows whose count and base are
    // both empty are skipped (a template's unfilled rows).
    static Result<std::vector<OutcomeCount>> parse(const QByteArray& bytes,
                                                   CsvProblem* problem = nullptr);
    static Result<std::vector<OutcomeCount>> parse(const std::vector<CsvRow>& rows,
                                                   CsvProblem* problem = nullptr);

    // Every figure as it may be shared: counts below the threshold, and anything worked out
    // from them, written as "c"; rates and gaps in percent (points for an average).
    static QByteArray sharedExport(const OutcomeAnalysis& analysis);
};

} // namespace equimark
