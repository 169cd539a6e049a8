#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QDate>

namespace equimark {

class SchoolFile;

// A Lead Practitioner portfolio as the practitioner sends it for moderation: who and which
// gateway, whether it is ready, the self-assessment against every LP standard, the answers
// to the reflective questions, every piece of evidence of impact with its mapping to RACE
// Charter criteria and LP standards, and the coverage of standards and criteria by evidence.
class PortfolioReport {
    Q_DECLARE_TR_FUNCTIONS(PortfolioReport)

public:
    // `portfolioId` 0 = the practitioner's newest portfolio. NotFound for an unknown
    // practitioner or portfolio, or a practitioner without one; `today` counts the days to the
    // gateway.
    static Result<Report> build(SchoolFile& file, qint64 practitionerId, qint64 portfolioId = 0,
                                const QDate& today = QDate::currentDate());
};

} // namespace equimark
