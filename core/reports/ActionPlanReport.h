#pragma once

#include "Result.h"
#include "domain/Action.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace equimark {

class SchoolFile;

// The school's equality action plan as the coordinator prints it for the reference group
// and governors: every action, or those of one strand, element or status, grouped under
// their strands (an action serving several strands is listed under each) or elements.
// Overdue actions say so in words, not only by colour.
class ActionPlanReport {
    Q_DECLARE_TR_FUNCTIONS(ActionPlanReport)

public:
    struct Options {
        enum GroupBy { Strand, Element };

        QString strandId;  // empty: every strand
        QString elementId; // empty: every element
        std::optional<ActionStatus> status;
        GroupBy groupBy = Strand;
        QDate today = QDate::currentDate(); // what "overdue" is measured against
    };

    // Invalid when the strand or element is not one of the file's framework.
    static Result<Report> build(SchoolFile& file, const Options& options);
};

} // namespace equimark
