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
    report.frameworkLine = frameworkLine(mark);
    return report;
}

QString ReportContext::frameworkLine(const Framework& framework) {
    return QCoreApplication::translate("Report", "%1, edition %2")
        .arg(framework.name, framework.version);
}

QString ReportContext::criterionLine(const Framework& charter, const QString& criterionId) {
    for (const auto& section : charter.sections) {
        for (const auto& criterion : section.criteria) {
            if (criterion.id == criterionId)
                return criterion.id + QLatin1Char(' ') + criterion.text;
        }
    }
    return criterionId;
}

QString ReportContext::standardLine(const Framework& charter, const QString& standardId) {
    for (const auto& standard : charter.lpStandards) {
        if (standard.id != standardId)
            continue;
        // A placeholder already names its standard: "Standard S1 (wording not public ...)".
        if (!standard.textKnown && standard.name.contains(standard.id))
            return standard.name;
        return standard.id + QLatin1Char(' ') + standard.name;
    }
    return standardId;
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
