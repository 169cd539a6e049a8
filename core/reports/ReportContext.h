#pragma once

#include "Result.h"
#include "domain/AcademicYear.h"
#include "domain/Audit.h"
#include "domain/Framework.h"
#include "domain/School.h"
#include "reports/Report.h"

namespace equimark {

class SchoolFile;

// What every report starts from: the school and its equality-mark framework, and a Report
// whose header and footer already name them.
struct ReportContext {
    School school;
    Framework mark;

    static Result<ReportContext> load(SchoolFile& file);
    // The audit of `year`, or the latest one; NotFound (listing the years there are) if none.
    static Result<Audit> auditFor(SchoolFile& file, const std::optional<AcademicYear>& year);
    Report start(const QString& title) const;
    // Dates in reports: "12 July 2026", or an en dash when there is none.
    static QString date(const QDate& date);
    QString strandName(const QString& id) const;
    QString elementName(const QString& id) const;
};

} // namespace equimark
