#include "reports/AccreditationSummaryReport.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/SchoolFile.h"
#include "storage/SummaryGridRepository.h"

namespace equimark {

namespace {

QString movementWord(Rating first, Rating latest) {
    switch (compareRatings(first, latest)) {
    case Trend::Improved:
        return AccreditationSummaryReport::tr("Improved");
    case Trend::Declined:
        return AccreditationSummaryReport::tr("Declined");
    case Trend::Same:
        return AccreditationSummaryReport::tr("No change");
    case Trend::Unknown:
        break;
    }
    return QStringLiteral("\u2013");
}

} // namespace

Result<Report> AccreditationSummaryReport::build(SchoolFile& file, const QString& strandId) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    const Strand* strand = context->mark.strand(strandId);
    if (!strand)
        return Error::make(Error::Code::Invalid,
                           tr("\"%1\" is not a strand of %2.").arg(strandId, context->mark.name));
    auto found = AccreditationRepository(file).latestForStrand(strandId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(
            Error::Code::NotFound,
            tr("There is no accreditation summary for the %1 strand yet.").arg(strand->name));
    const AccreditationSummary& summary = **found;

    Report report = context->start(tr("Accreditation summary: %1").arg(strand->name));
    ReportBuilder b;
    b.title(tr("Accreditation summary: %1").arg(strand->name));
    b.facts({{tr("School"), context->school.name},
             {tr("URN"),
              context->school.urn.isEmpty() ? QStringLiteral("\u2013") : context->school.urn},
             {tr("Local authority"), context->school.localAuthority},
             {tr("Strand"), strand->name},
             {tr("Badge sought"), strand->badge},
             {tr("Status"), summaryStatusLabel(summary.status)},
             {tr("Submitted"), ReportContext::date(summary.submittedOn)},
             {tr("Verified"),
              summary.verifiedOn.isValid()
                  ? tr("%1 by %2").arg(ReportContext::date(summary.verifiedOn), summary.verifiedBy)
                  : QStringLiteral("\u2013")}});

    b.heading(tr("Actions taken"));
    auto actions = ActionRepository(file).forSummary(summary.id);
    if (!actions)
        return actions.error();
    {
        int listed = 0;
        ReportBuilder::Table table(
            b, {tr("Action"), tr("Element"), tr("Status"), tr("Due"), tr("Impact")},
            {30, 16, 11, 12, 31});
        for (const auto& action : *actions) {
            table.addRow({action.title, context->elementName(action.elementId),
                          actionStatusLabel(action.status), ReportContext::date(action.dueOn),
                          action.impact});
            ++listed;
        }
        if (listed == 0)
            table.addSpanningRow(tr("No actions have been linked to this summary."));
    }

    b.heading(tr("Outcomes achieved"));
    b.paragraph(summary.outcomes.isEmpty() ? tr("Not written yet.") : summary.outcomes,
                summary.outcomes.isEmpty());
    b.heading(tr("Measurable results"), 2);
    b.paragraph(summary.measurableResults.isEmpty() ? tr("None recorded.")
                                                    : summary.measurableResults,
                summary.measurableResults.isEmpty());

    b.heading(tr("Evidence"));
    {
        auto evidence = EvidenceRepository(file).forSummary(summary.id);
        if (!evidence)
            return evidence.error();
        int listed = 0;
        ReportBuilder::Table table(b, {tr("Evidence"), tr("Type"), tr("Date"), tr("Files")},
                                   {46, 18, 16, 20});
        for (const auto& item : *evidence) {
            QStringList files;
            for (const auto& attachment : item.attachments)
                files << attachment.fileName;
            table.addRow({item.title, evidenceKindLabel(item.kind),
                          ReportContext::date(item.datedOn), files.join(QLatin1Char('\n'))});
            ++listed;
        }
        if (listed == 0)
            table.addSpanningRow(tr("No evidence has been linked to this summary."));
    }

    b.heading(tr("The summary grid for %1 since the first audit").arg(strand->name));
    {
        AuditRepository auditRepository(file);
        auto audits = auditRepository.audits();
        if (!audits)
            return audits.error();
        if (audits->size() < 1) {
            b.paragraph(tr("No audit has been recorded yet."), true);
        } else {
            // The latest year whose grid the group has agreed: a year still being audited has
            // no agreed grid yet and would show nothing but blanks.
            SummaryGridRepository grid(file);
            const Audit& first = audits->front();
            auto firstCells = grid.cells(first.id);
            if (!firstCells)
                return firstCells.error();
            Audit latest = first;
            Result<std::vector<GridCell>> latestCells = *firstCells;
            for (auto it = audits->rbegin(); it != audits->rend(); ++it) {
                auto cells = grid.cells(it->id);
                if (!cells)
                    return cells.error();
                if (!cells->empty()) {
                    latest = *it;
                    latestCells = std::move(cells);
                    break;
                }
            }
            auto agreed = [&strandId](const std::vector<GridCell>& cells, const QString& element) {
                for (const auto& cell : cells) {
                    if (cell.elementId == element && cell.strandId == strandId)
                        return cell.agreed;
                }
                return Rating::None;
            };
            ReportBuilder::Table table(
                b, {tr("Element"), first.year.toString(), latest.year.toString(), tr("Change")},
                {46, 18, 18, 18});
            for (const auto& element : context->mark.elements) {
                const Rating was = agreed(*firstCells, element.id);
                const Rating now = agreed(*latestCells, element.id);
                table.addRow(
                    {element.name, ratingLabel(was), ratingLabel(now),
                     first.id == latest.id ? QStringLiteral("\u2013") : movementWord(was, now)},
                    {{1, was}, {2, now}});
            }
        }
    }

    b.heading(tr("Statement from the equality reference group"));
    b.paragraph(summary.groupStatement.isEmpty() ? tr("Not written yet.") : summary.groupStatement,
                summary.groupStatement.isEmpty());

    b.heading(tr("Verification"));
    if (!summary.advisorComments.isEmpty())
        b.paragraph(tr("Advisor's comments: %1").arg(summary.advisorComments));
    {
        ReportBuilder::Table table(b, {tr("Date"), tr("Step"), tr("By"), tr("Comments")},
                                   {16, 16, 24, 44});
        if (summary.events.empty())
            table.addSpanningRow(tr("Not yet submitted."));
        for (const auto& event : summary.events)
            table.addRow({ReportContext::date(event.on), summaryEventLabel(event.event), event.by,
                          event.comments});
    }
    report.document = b.take();
    return report;
}

} // namespace equimark
