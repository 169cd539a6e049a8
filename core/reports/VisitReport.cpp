#include "reports/VisitReport.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/AccreditationRepository.h"
#include "storage/SchoolFile.h"
#include "storage/VisitRepository.h"

namespace equimark {

namespace {

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? QStringLiteral("\u2013") : text;
}

} // namespace

Result<Report> VisitReport::build(SchoolFile& file, const QDate& date) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    VisitRepository visits(file);
    auto visit = visits.visitOn(date);
    if (!visit) {
        if (visit.error().code == Error::Code::NotFound)
            return Error::make(Error::Code::NotFound,
                               tr("No visit was recorded on %1.").arg(ReportContext::date(date)));
        return visit.error();
    }
    AccreditationRepository accreditation(file);
    auto verifiedIds = visits.summariesVerifiedAt(visit->id);
    if (!verifiedIds)
        return verifiedIds.error();

    const QString kind = visitKindLabel(visit->kind);
    const QString title = tr("%1, %2").arg(kind, ReportContext::date(visit->visitedOn));
    Report report = context->start(title);
    ReportBuilder b;
    b.title(title);
    b.facts({{tr("School"), context->school.name},
             {tr("Date"), ReportContext::date(visit->visitedOn)},
             {tr("Kind of visit"), kind},
             {tr("Advisor"), orDash(visit->advisor)},
             {tr("Focus"), orDash(visit->focus)}});

    b.heading(tr("Learning environment walk"));
    b.paragraph(visit->walkNotes.isEmpty() ? tr("No notes were written.") : visit->walkNotes,
                visit->walkNotes.isEmpty());

    b.heading(tr("Meetings"));
    {
        ReportBuilder::Table table(b, {tr("Met with"), tr("What was heard")}, {18, 82});
        if (visit->meetings.empty())
            table.addSpanningRow(tr("No meetings were recorded."));
        for (const auto& meeting : visit->meetings)
            table.addRow({metWithLabel(meeting.with), orDash(meeting.heard)});
    }

    b.heading(tr("Outcomes"));
    b.paragraph(visit->outcomes.isEmpty() ? tr("None recorded.") : visit->outcomes,
                visit->outcomes.isEmpty());
    b.heading(tr("Agreed next steps"));
    b.paragraph(visit->nextSteps.isEmpty() ? tr("None recorded.") : visit->nextSteps,
                visit->nextSteps.isEmpty());

    b.heading(tr("Accreditation summaries verified at this visit"));
    {
        ReportBuilder::Table table(
            b, {tr("Strand"), tr("Verified"), tr("By"), tr("Advisor's comments"), tr("Badge")},
            {16, 14, 18, 30, 22});
        if (verifiedIds->isEmpty())
            table.addSpanningRow(tr("No summaries were verified at this visit."));
        for (qint64 id : std::as_const(*verifiedIds)) {
            auto summary = accreditation.summary(id);
            if (!summary)
                return summary.error();
            auto badges = accreditation.badgesForSummary(id);
            if (!badges)
                return badges.error();
            const Strand* strand = context->mark.strand(summary->strandId);
            QStringList awarded;
            for (const auto& badge : *badges)
                awarded << tr("%1 awarded %2")
                               .arg(strand ? strand->badge : summary->strandId,
                                    ReportContext::date(badge.awardedOn));
            table.addRow({context->strandName(summary->strandId),
                          ReportContext::date(summary->verifiedOn), orDash(summary->verifiedBy),
                          orDash(summary->advisorComments),
                          awarded.isEmpty() ? tr("No badge (verification withdrawn)")
                                            : awarded.join(QLatin1Char('\n'))});
        }
    }
    report.document = b.take();
    return report;
}

} // namespace equimark
