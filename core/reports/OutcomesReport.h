#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <optional>

namespace equimark {

class OutcomeAnalysis;
class SchoolFile;

// "Outcomes and gaps": for every measure with figures, where the ambitions' focus groups
// stand against their target, the trend over the years by group, each group's gap to all
// other pupils with its 95 % interval, and the year's table of counts, rates, gaps and risk
// ratios. Meant for sharing, so every small number is suppressed (OutcomeAnalysis).
class OutcomesReport {
    Q_DECLARE_TR_FUNCTIONS(OutcomesReport)

public:
    // `year` empty = each measure's latest year. NotFound when the file has no figures.
    static Result<Report> build(SchoolFile& file, const QString& year = {});
    // The analysis of the file's figures with its own threshold (shared by every export).
    static Result<OutcomeAnalysis> analysisOf(SchoolFile& file);
};

} // namespace equimark
