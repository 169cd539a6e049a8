#pragma once

#include "Result.h"
#include "domain/AcademicYear.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <optional>

namespace equimark {

class SchoolFile;

// The whole-school audit of one year as a record: every statement of the framework, element
// by element and strand by strand, with its rating, evidence note and who judged it.
class AuditRecordReport {
    Q_DECLARE_TR_FUNCTIONS(AuditRecordReport)

public:
    struct Options {
        std::optional<AcademicYear> year; // empty: the latest audit
    };

    // NotFound when the file has no audit (for that year).
    static Result<Report> build(SchoolFile& file, const Options& options);
};

} // namespace equimark
