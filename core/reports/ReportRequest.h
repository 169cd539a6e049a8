#pragma once

#include "Result.h"
#include "domain/AcademicYear.h"
#include "domain/Action.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace equimark {

class SchoolFile;

// Which report, with which options: what the print dialog asks for, built in one place.
struct ReportRequest {
    Q_DECLARE_TR_FUNCTIONS(ReportRequest)

public:
    enum class Kind {
        Summary,
        ActionPlan,
        Grid,
        AuditRecord,
        Visit,
        Portfolio,
        CharterSelfEvaluation,
        Ambitions,
        Outcomes,
        TrainingCoverage
    };

    Kind kind = Kind::Summary;
    QString strandId;  // summary (required); action plan filter (optional)
    QString elementId; // action plan filter (optional)
    std::optional<ActionStatus> status;
    bool groupByElement = false;
    // grid and audit record (latest audit when empty); ambitions (latest judged year)
    std::optional<AcademicYear> year;
    QDate visitDate;           // visit report
    qint64 practitionerId = 0; // portfolio report (required)
    qint64 portfolioId = 0;    // portfolio report: 0 = the practitioner's newest
    QString outcomesYear;      // outcomes report: empty = each measure's latest year
    QDate trainingFrom;        // training coverage: invalid = this academic year
    QDate trainingTo;

    static QString kindLabel(Kind kind);
    Result<Report> build(SchoolFile& file) const;
};

} // namespace equimark
