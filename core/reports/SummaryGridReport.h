#pragma once

#include "Result.h"
#include "domain/AcademicYear.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <optional>

namespace equimark {

class SchoolFile;

// The equality summary grid of one year on a landscape page: elements down, strands
// across, each cell the group's agreed rating (colour and word) with last year's beside it
// and the change, or the statements' suggestion, marked as such, where nothing is agreed.
class SummaryGridReport {
    Q_DECLARE_TR_FUNCTIONS(SummaryGridReport)

public:
    struct Options {
        std::optional<AcademicYear> year; // empty: the latest audit
    };

    // NotFound when the file has no audit (for that year).
    static Result<Report> build(SchoolFile& file, const Options& options);
};

} // namespace equimark
