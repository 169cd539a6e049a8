#include "reports/ReportWriter.h"

#include "storage/FileOps.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

namespace equimark {

QPageSize::PageSizeId ReportWriter::pageSizeFor(const QLocale& locale) {
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                   : QPageSize::A4;
}

Result<int> ReportWriter::paint(Report& report, QPagedPaintDevice* device) {
    QPainter painter;
    if (!painter.begin(device))
        return Error::make(Error::Code::Io, tr("The report could not be started on this "
                                               "printer or file."));
    QTextDocument& document = *report.document;
    const QRectF page(0, 0, device->width(), device->height());

    QFont headerFont = document.defaultFont();
    headerFont.setPointSizeF(8.5);
    QFont headerBold = headerFont;
    headerBold.setBold(true);
    painter.setFont(headerFont);
    const qreal line = QFontMetricsF(headerFont, device).height();
    const qreal headerHeight = line * 2.2;
    const qreal footerHeight = line * 2.2;
    // A whole number of 64ths high: the layout counts in them, so its pages and the slices
    // painted here stay in step to the last of hundreds of pages.
    const QRectF body(0, headerHeight, page.width(),
                      std::floor((page.height() - headerHeight - footerHeight) * 64) / 64);

    document.documentLayout()->setPaintDevice(device);
    document.setPageSize(body.size());
    const int pages = qMax(1, document.pageCount());
    const QString made = QLocale().toString(report.generatedOn, QLocale::LongFormat);
    // Elided once, from a prefix: a header line holds a few dozen characters, and eliding a
    // pasted essay on every page would take minutes.
    constexpr int headerChars = 300;
    const QString school =
        QFontMetricsF(headerBold, device)
            .elidedText(report.schoolName.left(headerChars), Qt::ElideRight, page.width() * 0.5);
    const QString title =
        QFontMetricsF(headerFont, device)
            .elidedText(report.title.left(headerChars), Qt::ElideLeft, page.width() * 0.5);

    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device->newPage();
        // Header: school on the left, report title on the right, a rule beneath.
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.setFont(headerBold);
        painter.drawText(QRectF(0, 0, page.width() * 0.5, line * 1.4),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, school);
        painter.setFont(headerFont);
        painter.drawText(QRectF(page.width() * 0.5, 0, page.width() * 0.5, line * 1.4),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, title);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
        painter.drawLine(QPointF(0, line * 1.6), QPointF(page.width(), line * 1.6));

        // Body: the slice of the laid-out document that falls on this page.
        painter.save();
        painter.translate(0, body.top() - index * body.height());
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Footer: what and when on the left, page n of m on the right.
        const qreal footerTop = page.height() - footerHeight + line * 0.6;
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
        painter.drawLine(QPointF(0, footerTop), QPointF(page.width(), footerTop));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.setFont(headerFont);
        const QString left =
            report.frameworkLine.isEmpty()
                ? tr("Made with Equimark on %1").arg(made)
                : tr("%1 · made with Equimark on %2").arg(report.frameworkLine, made);
        painter.drawText(
            QRectF(0, footerTop + line * 0.2, page.width() * 0.8, line * 1.4),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetricsF(headerFont, device).elidedText(left, Qt::ElideRight, page.width() * 0.8));
        painter.drawText(
            QRectF(page.width() * 0.8, footerTop + line * 0.2, page.width() * 0.2, line * 1.4),
            Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
            tr("Page %1 of %2").arg(index + 1).arg(pages));
    }
    if (!painter.end())
        return Error::make(Error::Code::Io, tr("The report could not be finished."));
    return pages;
}

Result<int> ReportWriter::writePdf(Report& report, const QString& path, const QLocale& locale,
                                   const std::function<Status()>& beforeSaving) {
    // Written under a temporary name, synced, then renamed over `path`: a failed or killed
    // export never leaves a half-written PDF, and the next export to the same name removes
    // the temporary a killed one left behind.
    const QString target = QFileInfo(path).absoluteFilePath();
    fileops::removeAbandonedTemporaries(target, QStringLiteral("pdf"));
    const QString temporary = fileops::temporarySibling(target, QStringLiteral("pdf"));
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::make(
            Error::Code::Io,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(pageSizeFor(locale)));
        writer.setPageOrientation(report.landscape ? QPageLayout::Landscape
                                                   : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(15, 14, 15, 14), QPageLayout::Millimeter);
        writer.setTitle(report.schoolName + QStringLiteral(" — ") + report.title);
        writer.setCreator(QStringLiteral("Equimark"));
        pages = paint(report, &writer);
    }
    const bool written = file.flush() && file.error() == QFileDevice::NoError;
    const QString writeError = file.errorString();
    file.close();
    if (!pages) {
        QFile::remove(temporary);
        return pages;
    }
    if (beforeSaving) {
        if (auto allowed = beforeSaving(); !allowed) {
            QFile::remove(temporary);
            return allowed.error();
        }
    }
    Status saved =
        written ? fileops::syncFile(temporary) : Status(Error::make(Error::Code::Io, writeError));
    if (saved) {
        fileops::stallForTests("EQUIMARK_TEST_STALL_WRITE_MS");
        saved = fileops::replaceFile(temporary, target);
    }
    if (!saved) {
        QFile::remove(temporary);
        return Error::make(Error::Code::Io,
                           tr("%1 could not be saved (%2); nothing was written.")
                               .arg(QDir::toNativeSeparators(path), saved.errorMessage()));
    }
    return pages;
}

} // namespace equimark
