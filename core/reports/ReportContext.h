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

    // RACE Charter frameworks: "1.4 Ethnic minority career progression ..." and
    // "S2 Negotiating and influencing" (the framework's placeholder name where the wording is
    // not known); the bare id when the framework does not have it.
    static QString criterionLine(const Framework& charter, const QString& criterionId);
    static QString standardLine(const Framework& charter, const QString& standardId);
    // "RACE Charter Mark and Lead Practitioner accreditation, edition 2026.1"
    static QString frameworkLine(const Framework& framework);
};

} // namespace equimark
