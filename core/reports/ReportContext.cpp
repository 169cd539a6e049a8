#include "reports/ReportContext.h"

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
