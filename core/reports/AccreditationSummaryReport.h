#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>

namespace equimark {

class SchoolFile;

// The document a coordinator sends and an advisor verifies: for one strand, the actions
// taken with their impact, the outcomes achieved, the evidence, how the summary grid moved
// since the first audit, the reference group's statement and the verification record.
class AccreditationSummaryReport {
    Q_DECLARE_TR_FUNCTIONS(AccreditationSummaryReport)

public:
    static Result<Report> build(SchoolFile& file, const QString& strandId);
};

} // namespace equimark
