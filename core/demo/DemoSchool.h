#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace equimark {

// The bundled demo school: fictional (no real school, pupil or member of staff) and realistic,
// with every step of the process filled in. Dates are laid out around `today`, so the demo
// always has a finished audit last year, one in progress this year, actions on time and
// overdue, and a verified Race summary with its badge.
class DemoSchool {
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)

public:
    static constexpr const char* Name = "Millbrook Vale Primary School";

    // Builds the demo at `path` (which must not exist) under a temporary name, then moves it
    // into place: a killed build leaves nothing behind.
    static Status build(const QString& path, const QDate& today = QDate::currentDate());
};

} // namespace equimark
