#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QDate>

namespace equimark {

class SchoolFile;

// The record of an advisory or accreditation visit: the walk, the meetings and what was
// heard, outcomes and agreed next steps, and the summaries verified (with badges awarded).
class VisitReport {
    Q_DECLARE_TR_FUNCTIONS(VisitReport)

public:
    // NotFound when no visit was recorded on `date`.
    static Result<Report> build(SchoolFile& file, const QDate& date);
};

} // namespace equimark
