#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <functional>

class QPagedPaintDevice;

namespace equimark {

// Lays a Report out on pages with a header (school, title) and a footer (page n of m, the
// date it was made, the framework) and paints it onto a PDF or a printer. Every report goes
// out through here, so they all look alike.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // A4, or US Letter where the locale measures in inches.
    static QPageSize::PageSizeId pageSizeFor(const QLocale& locale = QLocale());

    // Paints onto a device whose page size and margins are already set (a QPrinter from the
    // print dialog, or a QPdfWriter). Returns the number of pages.
    static Result<int> paint(Report& report, QPagedPaintDevice* device);

    // Writes a PDF through QSaveFile: a failed export leaves no half-written file behind.
    // `beforeSaving`, when given, has the last word: when it fails, nothing is saved and its
    // error is returned (an export waits there for the check of the file it read).
    static Result<int> writePdf(Report& report, const QString& path,
                                const QLocale& locale = QLocale(),
                                const std::function<Status()>& beforeSaving = {});
};

} // namespace equimark
