#include "reports/AuditRecordReport.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/AuditRepository.h"
#include "storage/SchoolFile.h"

#include <QLocale>

namespace equimark {

Result<Report> AuditRecordReport::build(SchoolFile& file, const Options& options) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    AuditRepository audits(file);
    auto found = ReportContext::auditFor(file, options.year);
    if (!found)
        return found.error();
    const Audit* audit = &*found;
    // The statements the audit was judged against, which is the file's stored framework.
    auto framework = audits.framework(audit->id);
    if (!framework)
        return framework.error();
    auto judgements = audits.judgementsByStatement(audit->id);
    if (!judgements)
        return judgements.error();
    auto progress = audits.progress(audit->id);
    if (!progress)
        return progress.error();

    const QString year = audit->year.toString();
    const QString title = tr("Whole-school audit %1").arg(year);
    Report report = context->start(title);
    ReportBuilder b;
    b.title(title);
    b.facts({{tr("School"), context->school.name},
             {tr("School year"), year},
             {tr("Started"), ReportContext::date(audit->startedOn)},
             {tr("Progress"), tr("%1 of %2 judged").arg(progress->judged).arg(progress->total)}});

    for (const auto& element : (*framework)->elements) {
        b.heading(element.name);
        // The id rides above the statement's text: a column of its own would break it.
        ReportBuilder::Table table(b,
                                   {tr("Statement"), tr("Rating"), tr("Evidence"), tr("Judged by")},
                                   {46, 11, 31, 12}, 8.5);
        table.setCaptionColumn(0);
        for (const auto& strand : (*framework)->strands) {
            const auto statements = (*framework)->statementsFor(element.id, strand.id);
            if (statements.empty())
                continue;
            table.addSpanningRow(strand.name);
            for (const AuditStatement* statement : statements) {
                const Judgement judgement = judgements->value(statement->id);
                QString by = QStringLiteral("\u2013");
                if (judgement.isJudged()) {
                    by = judgement.judgedBy;
                    if (judgement.judgedAt.isValid())
                        by += QLatin1Char('\n') +
                              QLocale().toString(judgement.judgedAt.date(), QLocale::ShortFormat);
                }
                table.addRow({statement->id + QLatin1Char('\n') + statement->text,
                              ratingLabel(judgement.rating),
                              judgement.note.isEmpty() ? QStringLiteral("\u2013") : judgement.note,
                              by},
                             {{1, judgement.rating}});
            }
        }
    }
    report.document = b.take();
    return report;
}

} // namespace equimark
