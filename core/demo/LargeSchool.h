#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace equimark {

// A school file ten years into the process, for benchmarks and for trying the application
// at scale: the demo school, plus earlier audit years of the whole framework judged with
// notes and their grids agreed, thousands of actions with progress notes, hundreds of
// evidence items with tens of megabytes of attachments, and the history of every edit.
// Everything goes through the repositories, as the application's own edits do. Fictional,
// like the demo; the content is generated, so it is repetitive.
class LargeSchool {
    Q_DECLARE_TR_FUNCTIONS(LargeSchool)

public:
    struct Size {
        int auditYears = 10;
        int actions = 2000;
        int evidenceItems = 500;
        qint64 attachmentBytes = 50LL * 1024 * 1024; // shared evenly by the evidence items
    };

    // Builds the school at `path` (which must not exist) under a temporary name, then moves
    // it into place: a killed build leaves nothing behind.
    static Status build(const QString& path, const Size& size,
                        const QDate& today = QDate::currentDate());
};

} // namespace equimark
