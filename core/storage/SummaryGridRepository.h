#pragma once

#include "Result.h"
#include "domain/GridRule.h"

#include <QCoreApplication>
#include <QHash>
#include <vector>

namespace equimark {

class SchoolFile;

// The equality summary grid of one audit: one RAG judgement per element and strand,
// suggested from the audit statements (GridRule) and agreed by the group with a rationale.
class SummaryGridRepository {
    Q_DECLARE_TR_FUNCTIONS(SummaryGridRepository)

public:
    explicit SummaryGridRepository(SchoolFile& file)
        : m_file(file) {}

    // How the statements of every cell of the framework are judged, keyed by
    // (element id, strand id). Every cell is present, even one with nothing judged.
    Result<QHash<GridKey, CellCounts>> counts(qint64 auditId);
    // The cells the group has agreed, by element then strand.
    Result<std::vector<GridCell>> cells(qint64 auditId);
    // One cell; agreed is None and agreedAt invalid while the group has not agreed it.
    Result<GridCell> cell(qint64 auditId, const QString& elementId, const QString& strandId);
    // Records the agreed rating and why, by file.userName() now, with history. Setting None
    // with an empty rationale clears the cell.
    Status setCell(qint64 auditId, const QString& elementId, const QString& strandId, Rating agreed,
                   const QString& rationale);
    // The ratings the previous year's audit agreed, for year-on-year change
    // (compareRatings in GridRule). Empty when there was no previous audit.
    Result<QHash<GridKey, Rating>> previousYearRatings(qint64 auditId);
    // Each agreed or previously agreed cell compared with the previous year.
    Result<QHash<GridKey, Trend>> trends(qint64 auditId);

private:
    Result<QHash<GridKey, GridCell>> storedCells(qint64 auditId);

    SchoolFile& m_file;
};

} // namespace equimark
