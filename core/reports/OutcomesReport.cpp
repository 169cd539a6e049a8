#include "reports/OutcomesReport.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeAnalysis.h"
#include "analysis/OutcomeMeasure.h"
#include "reports/OutcomeCharts.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/FrameworkRepository.h"
#include "storage/OutcomeRepository.h"

#include <QLocale>
#include <algorithm>

namespace equimark {

namespace {

const QString Dash = QStringLiteral("\u2013");

QStringList focusGroups() {
    QStringList codes;
    for (const auto& group : EthnicGroup::all()) {
        if (group.focus())
            codes << group.code();
    }
    return codes;
}

QString countText(qint64 count, bool hidden) {
    return hidden ? QStringLiteral("c") : QLocale().toString(count);
}

} // namespace

Result<OutcomeAnalysis> OutcomesReport::analysisOf(SchoolFile& file) {
    OutcomeRepository repository(file);
    auto rows = repository.all();
    if (!rows)
        return rows.error();
    auto national = repository.nationalFigures();
    if (!national)
        return national.error();
    auto threshold = repository.suppressionThreshold();
    if (!threshold)
        return threshold.error();
    return OutcomeAnalysis(std::move(*rows), std::move(*national), *threshold);
}

Result<Report> OutcomesReport::build(SchoolFile& file, const QString& year) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    auto analysis = analysisOf(file);
    if (!analysis)
        return analysis.error();
    if (analysis->empty())
        return Error::make(Error::Code::NotFound,
                           tr("This school file has no outcome figures yet: import them from a "
                              "CSV file first."));
    if (!year.isEmpty() && !analysis->years().contains(year))
        return Error::make(Error::Code::NotFound,
                           tr("There are no outcome figures for %1; there are for %2.")
                               .arg(year, analysis->years().join(QStringLiteral(", "))));

    Report report = context->start(tr("Outcomes and gaps by ethnic group"));
    auto ambitions = FrameworkRepository(file).ofKind(Framework::Kind::Ambitions);
    if (ambitions)
        report.frameworkLine = ReportContext::frameworkLine(*ambitions);
    ReportBuilder b;
    b.title(tr("Outcomes and gaps by ethnic group"));
    const QStringList years = analysis->years();
    b.facts({{tr("School"), context->school.name},
             {tr("Years"), years.size() == 1 ? years.front() : years.front() + Dash + years.back()},
             {tr("Small numbers"),
              tr("Counts below %1, and every figure worked out from one, are shown as \"c\"; so "
                 "are %2 more that would let one be worked out from a total.")
                  .arg(analysis->threshold())
                  .arg([&] {
                      int secondary = 0;
                      for (const auto* measure : analysis->measures()) {
                          for (const auto& y : analysis->years(measure->id()))
                              secondary += analysis->of(measure->id(), y).secondary;
                      }
                      return secondary;
                  }())}});
    b.paragraph(tr("Aggregate counts only: no pupil's record is held. Gaps compare each group "
                   "with all other pupils in the school; a risk ratio above 1 means the outcome "
                   "is more likely for the group. Intervals are 95% confidence intervals."),
                true);

    // Where the focus groups stand: the ambitions' target is "in line with all other groups".
    const QStringList focus = focusGroups();
    b.heading(tr("Where the focus groups stand"));
    {
        QStringList headers{tr("Measure"), tr("Year")};
        for (const auto& code : focus)
            headers << EthnicGroup::find(code)->name();
        ReportBuilder::Table table(b, headers, {34, 12, 27, 27});
        for (const auto* measure : analysis->measures()) {
            if (!measure->comparesGroups())
                continue;
            const QString shown = year.isEmpty() ? analysis->years(measure->id()).back() : year;
            if (!analysis->years(measure->id()).contains(shown))
                continue;
            const MeasureYear figures = analysis->of(measure->id(), shown);
            QStringList cells{measure->name(), shown};
            for (const auto& code : focus) {
                QString cell = tr("No figures");
                for (const auto& group : figures.groups) {
                    if (group.groupCode != code)
                        continue;
                    cell =
                        group.hidden() || !group.gapToOthers
                            ? tr("c (small numbers)")
                            : tr("%1, gap %2")
                                      .arg(OutcomeCharts::valueText(*measure, *group.value),
                                           OutcomeCharts::gapText(*measure, *group.gapToOthers)) +
                                  u'\n' + Target::label(analysis->target(measure->id(), code));
                }
                cells << cell;
            }
            table.addRow(cells);
        }
    }

    for (const auto* measure : analysis->measures()) {
        const QStringList measureYears = analysis->years(measure->id());
        const QString shown = year.isEmpty() ? measureYears.back() : year;
        if (!measureYears.contains(shown))
            continue;
        const MeasureYear figures = analysis->of(measure->id(), shown);
        b.heading(measure->name());
        b.paragraph(measure->definition(), true);

        const auto lines = OutcomeCharts::trendLines(*analysis, measure->id(), focus);
        const bool anyLine = std::any_of(lines.begin(), lines.end(),
                                         [](const auto& line) { return !line.points.empty(); });
        if (measureYears.size() > 1 && anyLine) {
            const OutcomeMeasure* m = measure;
            b.figure(
                [m, lines](QPainter& painter, const QRectF& area) {
                    OutcomeCharts::paintTrend(painter, area, *m, lines);
                },
                1.0, 0.42, tr("Over the years"));
        }
        if (measure->comparesGroups()) {
            b.figure(
                [figures](QPainter& painter, const QRectF& area) {
                    OutcomeCharts::paintGaps(painter, area, figures);
                },
                1.0, OutcomeCharts::gapsAspect(figures),
                tr("Gaps to all other pupils, %1").arg(shown));
        }

        b.heading(tr("Figures, %1").arg(shown), 2);
        const bool comparing = measure->comparesGroups();
        QStringList headers{tr("Group"), measure->countName(),
                            comparing ? measure->baseName() : tr("all staff"),
                            measure->isPercentage() ? tr("Rate") : tr("Per pupil")};
        if (comparing)
            headers << tr("Gap to all other pupils") << tr("Risk ratio (95% interval)");
        if (figures.national)
            headers << tr("Gap to national");
        ReportBuilder::Table table(b, headers, {}, 8);
        auto rows = figures.groups;
        rows.push_back(figures.school);
        for (const auto& row : rows) {
            const EthnicGroup* group = EthnicGroup::find(row.groupCode);
            QStringList cells{
                group ? group->name() : measure->everyoneName(),
                countText(row.count, row.countHidden), countText(row.base, row.baseHidden),
                row.hidden() || !row.value ? (row.hidden() ? QStringLiteral("c") : Dash)
                                           : OutcomeCharts::valueText(*measure, *row.value)};
            if (comparing) {
                cells << (row.hidden()      ? QStringLiteral("c")
                          : row.gapToOthers ? OutcomeCharts::gapText(*measure, *row.gapToOthers)
                                            : Dash);
                cells << (row.hidden() ? QStringLiteral("c")
                          : row.riskRatio
                              ? tr("%1 (%2 to %3)%4")
                                    .arg(QLocale().toString(row.riskRatio->ratio, 'f', 2),
                                         QLocale().toString(row.riskRatio->lower, 'f', 2),
                                         QLocale().toString(row.riskRatio->upper, 'f', 2),
                                         row.riskRatio->significant() ? QStringLiteral(" *")
                                                                      : QString())
                              : Dash);
            }
            if (figures.national)
                cells << (row.hidden()        ? QStringLiteral("c")
                          : row.gapToNational ? OutcomeCharts::gapText(*measure, *row.gapToNational)
                                              : Dash);
            table.addRow(cells);
        }
        if (figures.national)
            b.paragraph(tr("National figure for %1: %2.")
                            .arg(shown, OutcomeCharts::valueText(*measure, *figures.national)),
                        true);
    }
    b.paragraph(tr("* The 95% interval of the risk ratio leaves out 1: the difference is unlikely "
                   "to be chance alone. c: suppressed (small numbers)."),
                true);
    report.document = b.take();
    return report;
}

} // namespace equimark
