#include "reports/SummaryGridReport.h"

#include "domain/GridRule.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/AuditRepository.h"
#include "storage/SchoolFile.h"
#include "storage/SummaryGridRepository.h"

namespace equimark {

namespace {

QString trendWord(Trend trend) {
    switch (trend) {
    case Trend::Improved:
        return SummaryGridReport::tr("Improved");
    case Trend::Same:
        return SummaryGridReport::tr("No change");
    case Trend::Declined:
        return SummaryGridReport::tr("Declined");
    case Trend::Unknown:
        break;
    }
    return {};
}

} // namespace

Result<Report> SummaryGridReport::build(SchoolFile& file, const Options& options) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    AuditRepository audits(file);
    auto found = ReportContext::auditFor(file, options.year);
    if (!found)
        return found.error();
    const Audit* audit = &*found;
    auto previousAudit = audits.previousAudit(audit->id);
    if (!previousAudit)
        return previousAudit.error();
    SummaryGridRepository grid(file);
    auto counts = grid.counts(audit->id);
    if (!counts)
        return counts.error();
    auto cells = grid.cells(audit->id);
    if (!cells)
        return cells.error();
    auto previous = grid.previousYearRatings(audit->id);
    if (!previous)
        return previous.error();
    QHash<GridKey, Rating> agreed;
    for (const auto& cell : *cells)
        agreed.insert(GridKey(cell.elementId, cell.strandId), cell.agreed);

    const Framework& mark = context->mark;
    const QString year = audit->year.toString();
    const QString lastYear =
        previousAudit->has_value() ? (*previousAudit)->year.toString() : QString();
    const QString title = tr("Equality summary grid %1").arg(year);
    Report report = context->start(title);
    report.landscape = true;
    ReportBuilder b;
    b.title(title);

    int agreedCount = 0;
    for (auto rating : std::as_const(agreed))
        agreedCount += rating != Rating::None ? 1 : 0;
    const int cellCount = int(mark.elements.size() * mark.strands.size());
    b.facts(
        {{tr("School"), context->school.name},
         {tr("School year"), year},
         {tr("Cells agreed"), tr("%1 of %2").arg(agreedCount).arg(cellCount)},
         {tr("Compared with"), lastYear.isEmpty() ? tr("No earlier audit")
                                                  : tr("The grid agreed for %1").arg(lastYear)}});

    QStringList headers{tr("Element")};
    std::vector<int> widths{16};
    const int strandWidth = mark.strands.empty() ? 84 : 84 / int(mark.strands.size());
    for (const auto& strand : mark.strands) {
        headers << strand.name;
        widths.push_back(strandWidth);
    }
    {
        ReportBuilder::Table table(b, headers, widths, 8.5);
        for (const auto& element : mark.elements) {
            QStringList row{element.name};
            std::vector<std::pair<int, Rating>> ratings;
            for (int column = 0; column < int(mark.strands.size()); ++column) {
                const GridKey key(element.id, mark.strands[column].id);
                const Rating now = agreed.value(key, Rating::None);
                const Rating before = previous->value(key, Rating::None);
                QStringList lines;
                if (now != Rating::None) {
                    lines << ratingLabel(now);
                } else {
                    const Rating suggested = suggestedRating(counts->value(key));
                    lines << tr("Not agreed");
                    if (suggested != Rating::None)
                        lines << tr("Suggested: %1").arg(ratingLabel(suggested));
                }
                if (!lastYear.isEmpty()) {
                    lines << tr("%1: %2").arg(
                        lastYear, before == Rating::None ? tr("not agreed") : ratingLabel(before));
                    const QString trend = trendWord(compareRatings(before, now));
                    if (!trend.isEmpty())
                        lines << trend;
                }
                row << lines.join(QLatin1Char('\n'));
                ratings.emplace_back(column + 1, now);
            }
            table.addRow(row, ratings);
        }
    }

    // The key sits in one row under the grid, so grid and key share the page.
    {
        QStringList headers;
        QStringList meanings;
        std::vector<std::pair<int, Rating>> colours;
        for (const auto& level : mark.ratingScale) {
            colours.emplace_back(int(headers.size()),
                                 ratingFromId(level.id).value_or(Rating::None));
            headers << tr("Key: %1").arg(level.label);
            meanings << level.meaning;
        }
        colours.emplace_back(int(headers.size()), Rating::None);
        headers << tr("Key: Not agreed");
        meanings << tr("The group has not agreed this cell yet. \"Suggested\" is what the judged "
                       "statements point to: a hint, not a judgement.");
        ReportBuilder::Table key(b, headers, {}, 8.5);
        key.addRow(meanings, colours);
    }
    if (!lastYear.isEmpty())
        b.paragraph(tr("Under each rating: the rating agreed for the same cell in %1, and the "
                       "change since then (Improved, No change or Declined).")
                        .arg(lastYear),
                    true);
    report.document = b.take();
    return report;
}

} // namespace equimark
