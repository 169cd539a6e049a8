#pragma once

#include "Result.h"

#include <QDate>
#include <QList>

namespace equimark {

class SchoolFile;

// The demo school's staff training: 20 staff in post (one more who
// left), 8 governors (all invented), a leadership
// programme modelled on the CPD pilot in the seeds (three sessions for leaders with confidence
// ratings before and after), a whole-staff unconscious bias session, a governor refresher, a
// session that does not count towards race equality coverage, one still to come, and two case
// studies. `actionIds` and `evidenceIds` are the demo's action plan and evidence store, in
// DemoContent order. Sessions are spread over the part of the current academic year that
// has passed by `today`, so the default coverage period shows them.
class DemoTraining {
public:
    static Status build(SchoolFile& file, const QDate& today, const QList<qint64>& actionIds,
                        const QList<qint64>& evidenceIds);
};

} // namespace equimark
