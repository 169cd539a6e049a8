#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QDate>

namespace equimark {

class SchoolFile;

// Staff training (CPD) for a period: coverage of race equality training by body (staff,
// governors, leaders), who has not yet been reached, the sessions with their attendance, each
// programme's evaluation (confidence ratings as aggregates with small counts suppressed, how
// leaders changed their approach, how the learning is embedded with its linked actions) and
// the case studies of positive action with their evidence.
class TrainingCoverageReport {
    Q_DECLARE_TR_FUNCTIONS(TrainingCoverageReport)

public:
    // Invalid dates: the academic year (September to August) containing today.
    static Result<Report> build(SchoolFile& file, QDate from = {}, QDate to = {});
};

} // namespace equimark
