#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QDate>

namespace equimark {

class SchoolFile;

// The school's RACE Charter Mark self-evaluation: where it stands (the level reached, the
// level it works towards and the criteria holding it back, the award and its reassessment),
// then every criterion by section with its rubric judgement, evidence notes, linked evidence
// and the actions raised for it in the shared action plan.
class CharterReport {
    Q_DECLARE_TR_FUNCTIONS(CharterReport)

public:
    // `frameworkId` empty = the file's RACE Charter framework. NotFound when the file has none.
    static Result<Report> build(SchoolFile& file, const QString& frameworkId = {});
};

} // namespace equimark
