#include "reports/ReportContext.h"

#include "storage/AuditRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"
#include "storage/SchoolRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace equimark {

Result<ReportContext> ReportContext::load(SchoolFile& file) {
    auto school = SchoolRepository(file).load();
    if (!school)
        return school.error();
    auto mark = FrameworkRepository(file).ofKind(Framework::Kind::EqualityMark);
    if (!mark)
        return mark.error();
    return ReportContext{std::move(*school), std::move(*mark)};
}

Result<Audit> ReportContext::auditFor(SchoolFile& file, const std::optional<AcademicYear>& year) {
    auto list = AuditRepository(file).audits();
    if (!list)
        return list.error();
    if (list->empty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate(
                "Report", "No whole-school audit has been started in this file yet."));
    if (!year)
        return list->back();
    QStringList years;
    for (const auto& each : *list) {
        if (each.year == *year)
            return each;
        years << each.year.toString();
    }
    return Error::make(
        Error::Code::NotFound,
        QCoreApplication::translate("Report", "There is no audit for %1 in this file (audits: %2).")
            .arg(year->toString(), years.join(QStringLiteral(", "))));
}

Report ReportContext::start(const QString& title) const {
    Report report;
    report.schoolName = school.name;
    report.title = title;
    report.frameworkLine =
        QCoreApplication::translate("Report", "%1, edition %2").arg(mark.name, mark.version);
    return report;
}

QString ReportContext::date(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy"))
                          : QStringLiteral("\u2013");
}

QString ReportContext::strandName(const QString& id) const {
    const Strand* strand = mark.strand(id);
    return strand ? strand->name : id;
}

QString ReportContext::elementName(const QString& id) const {
    const Element* element = mark.element(id);
    return element ? element->name : id;
}

} // namespace equimark
