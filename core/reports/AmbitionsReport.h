#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>

namespace equimark {

class SchoolFile;

// Where the school stands on the race equality leadership ambitions in one academic year:
// per ambition the criteria met, developing and not started, then every success criterion
// with its status this year and the year before, the evidence notes, the linked evidence
// (titles) and the actions raised for it in the shared action plan, with their status.
class AmbitionsReport {
    Q_DECLARE_TR_FUNCTIONS(AmbitionsReport)

public:
    // `year` "2026-27"; empty = the latest year with any judgement, or the current academic
    // year when there is none. NotFound when the file holds no ambitions framework.
    static Result<Report> build(SchoolFile& file, const QString& year = {});
    // The year an empty `year` stands for.
    static Result<QString> defaultYear(SchoolFile& file);
};

} // namespace equimark
