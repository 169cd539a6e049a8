#pragma once

#include "TempDir.h"
#include "editing/SchoolDocument.h"

#include <QDate>
#include <memory>

namespace equimark::test {

// The demo school built in a temporary folder and opened as a SchoolDocument, as the GUI
// would open it. `today` fixes the demo's dates.
struct DemoDocument {
    explicit DemoDocument(const QDate& today = QDate(2026, 11, 23));
    // Closes and opens the file again, as the next session would.
    void reopen();

    TempDir dir;
    QString path;
    std::unique_ptr<SchoolDocument> document;
};

// Imports docs/examples/demo-outcomes.csv into the school file at `path` (closed), as a
// coordinator would after opening the demo: the outcome pages then have figures to show.
void addDemoOutcomes(const QString& path);

} // namespace equimark::test
