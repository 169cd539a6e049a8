#pragma once

#include "Result.h"
#include "domain/AcademicYear.h"

#include <QList>

namespace equimark {

class SchoolFile;

namespace demo {

// The demo school's judgements of the race equality leadership ambitions (all fictional):
// last year mostly not started or developing, this year some met, with notes and links to
// the demo's evidence and actions (by their position in demo::evidence() and
// demo::actions()).
Status addAmbitionJudgements(SchoolFile& file, const AcademicYear& thisYear,
                             const QList<qint64>& actionIds, const QList<qint64>& evidenceIds);

} // namespace demo
} // namespace equimark
