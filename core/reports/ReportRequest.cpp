#include "reports/ReportRequest.h"

#include "reports/AccreditationSummaryReport.h"
#include "reports/ActionPlanReport.h"
#include "reports/AmbitionsReport.h"
#include "reports/AuditRecordReport.h"
#include "reports/CharterReport.h"
#include "reports/OutcomesReport.h"
#include "reports/PortfolioReport.h"
#include "reports/SummaryGridReport.h"
#include "reports/TrainingCoverageReport.h"
#include "reports/VisitReport.h"

namespace equimark {

QString ReportRequest::kindLabel(Kind kind) {
    switch (kind) {
    case Kind::Summary:
        return tr("Accreditation summary");
    case Kind::ActionPlan:
        return tr("Action plan");
    case Kind::Grid:
        return tr("Equality summary grid");
    case Kind::AuditRecord:
        return tr("Audit record");
    case Kind::Visit:
        return tr("Visit report");
    case Kind::Portfolio:
        return tr("Lead Practitioner portfolio");
    case Kind::CharterSelfEvaluation:
        return tr("RACE Charter self-evaluation");
    case Kind::Ambitions:
        return tr("Ambitions");
    case Kind::Outcomes:
        return tr("Outcomes and gaps");
    case Kind::TrainingCoverage:
        return tr("Training coverage");
    }
    return {};
}

Result<Report> ReportRequest::build(SchoolFile& file) const {
    switch (kind) {
    case Kind::Summary:
        return AccreditationSummaryReport::build(file, strandId);
    case Kind::ActionPlan: {
        ActionPlanReport::Options options;
        options.strandId = strandId;
        options.elementId = elementId;
        options.status = status;
        options.groupBy =
            groupByElement ? ActionPlanReport::Options::Element : ActionPlanReport::Options::Strand;
        return ActionPlanReport::build(file, options);
    }
    case Kind::Grid: {
        SummaryGridReport::Options options;
        options.year = year;
        return SummaryGridReport::build(file, options);
    }
    case Kind::AuditRecord: {
        AuditRecordReport::Options options;
        options.year = year;
        return AuditRecordReport::build(file, options);
    }
    case Kind::Visit:
        if (!visitDate.isValid())
            return Error::make(Error::Code::Invalid, tr("Choose the visit to report on."));
        return VisitReport::build(file, visitDate);
    case Kind::Portfolio:
        if (practitionerId <= 0)
            return Error::make(Error::Code::Invalid,
                               tr("Choose the practitioner whose portfolio to report on."));
        return PortfolioReport::build(file, practitionerId, portfolioId);
    case Kind::CharterSelfEvaluation:
        return CharterReport::build(file);
    case Kind::Ambitions:
        return AmbitionsReport::build(file, year ? year->toString() : QString());
    case Kind::Outcomes:
        return OutcomesReport::build(file, outcomesYear);
    case Kind::TrainingCoverage:
        return TrainingCoverageReport::build(file, trainingFrom, trainingTo);
    }
    return Error::make(Error::Code::Invalid, tr("Unknown report."));
}

} // namespace equimark
