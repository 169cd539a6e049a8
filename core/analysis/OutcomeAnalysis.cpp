#include "analysis/OutcomeAnalysis.h"

#include "analysis/EthnicGroup.h"
#include "analysis/GroupRate.h"
#include "analysis/OutcomeMeasure.h"
#include "analysis/Suppression.h"
#include "analysis/Trend.h"
#include "domain/AcademicYear.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace equimark {

namespace {

std::optional<double> ratio(qint64 count, qint64 base) {
    if (base <= 0)
        return std::nullopt;
    return double(count) / double(base);
}

// Hides small numbers of one column of people counts (a group per row) with the school's
// total beneath; returns which rows are hidden and adds secondary hiding to `secondary`.
std::vector<bool> suppressColumn(const std::vector<qint64>& values, const Suppression& rule,
                                 bool* totalHidden, int* secondary) {
    Suppression::Counts counts;
    for (qint64 value : values)
        counts.push_back({value});
    const auto result = rule.apply(counts);
    std::vector<bool> hidden;
    for (std::size_t i = 0; i < values.size(); ++i)
        hidden.push_back(result.cell[i][0]);
    *totalHidden = result.columnTotal.empty() ? false : result.columnTotal[0];
    *secondary += result.secondary;
    return hidden;
}

} // namespace

OutcomeAnalysis::OutcomeAnalysis(std::vector<OutcomeCount> rows,
                                 std::vector<NationalFigure> national, int threshold)
    : m_rows(std::move(rows))
    , m_national(std::move(national))
    , m_threshold(threshold) {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_index[m_rows[i].measureId + u'/' + m_rows[i].year].push_back(i);
}

QStringList OutcomeAnalysis::years() const {
    QStringList years;
    for (const auto& row : m_rows) {
        if (!years.contains(row.year))
            years << row.year;
    }
    years.sort();
    return years;
}

QStringList OutcomeAnalysis::years(const QString& measureId) const {
    QStringList years;
    for (const auto& row : m_rows) {
        if (row.measureId == measureId && !years.contains(row.year))
            years << row.year;
    }
    years.sort();
    return years;
}

std::vector<const OutcomeMeasure*> OutcomeAnalysis::measures() const {
    QSet<QString> present;
    for (const auto& row : m_rows)
        present.insert(row.measureId);
    std::vector<const OutcomeMeasure*> result;
    for (const auto& measure : OutcomeMeasure::all()) {
        if (present.contains(measure.id()))
            result.push_back(&measure);
    }
    return result;
}

MeasureYear OutcomeAnalysis::of(const QString& measureId, const QString& year) const {
    MeasureYear result;
    result.year = year;
    result.measure = OutcomeMeasure::find(measureId);
    if (!result.measure)
        return result;
    const OutcomeMeasure& measure = *result.measure;
    for (const auto& figure : m_national) {
        if (figure.year == year && figure.measureId == measureId)
            result.national = figure.value;
    }
    const std::vector<std::size_t> mine = m_index.value(measureId + u'/' + year);
    for (const auto& group : EthnicGroup::all()) {
        const auto at = std::find_if(mine.begin(), mine.end(), [&](std::size_t i) {
            return m_rows[i].groupCode == group.code();
        });
        if (at == mine.end())
            continue;
        const OutcomeCount* found = &m_rows[*at];
        GroupOutcome outcome;
        outcome.groupCode = group.code();
        outcome.count = found->count;
        outcome.base = found->base;
        outcome.pupils = found->pupils;
        result.groups.push_back(outcome);
    }
    GroupOutcome& school = result.school;
    for (const auto& group : result.groups) {
        school.count += group.count;
        school.base += group.base;
        if (group.pupils)
            school.pupils = school.pupils.value_or(0) + *group.pupils;
    }
    // A share's base is the whole school, whatever the rows say.
    if (!measure.comparesGroups()) {
        for (auto& group : result.groups)
            group.base = school.count;
        school.base = school.count;
    }

    for (auto* outcome : [&] {
             std::vector<GroupOutcome*> all;
             for (auto& group : result.groups)
                 all.push_back(&group);
             all.push_back(&school);
             return all;
         }()) {
        outcome->value = ratio(outcome->count, outcome->base);
        if (outcome->value && result.national)
            outcome->gapToNational = *outcome->value - *result.national;
    }
    if (measure.comparesGroups()) {
        for (auto& group : result.groups) {
            const auto others = ratio(school.count - group.count, school.base - group.base);
            if (group.value && others)
                group.gapToOthers = *group.value - *others;
            // Sessions are not independent of one another like pupils are: no interval there.
            if (!measure.baseIsPeople())
                continue;
            if (measure.kind() == OutcomeMeasure::Kind::Proportion && group.gapToOthers) {
                const double p1 = *group.value;
                const double p2 = *others;
                const double n1 = double(group.base);
                const double n2 = double(school.base - group.base);
                const double se = std::sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
                group.gapInterval = std::pair(*group.gapToOthers - 1.959964 * se,
                                              *group.gapToOthers + 1.959964 * se);
            }
            if (measure.kind() == OutcomeMeasure::Kind::Proportion)
                group.riskRatio = RiskRatio::of(GroupComparison::against(
                    GroupRate{group.count, group.base}, GroupRate{school.count, school.base}));
        }
    }

    // Suppression, column by column of people counts: the count, and the base or the pupils
    // behind it. A share's base is the school total, which hides nothing of its own.
    const Suppression rule(m_threshold);
    const auto hideColumn = [&](auto valueOf, bool GroupOutcome::*flag) {
        std::vector<qint64> values;
        for (const auto& group : result.groups)
            values.push_back(valueOf(group));
        bool totalHidden = false;
        const auto hidden = suppressColumn(values, rule, &totalHidden, &result.secondary);
        for (std::size_t i = 0; i < hidden.size(); ++i)
            result.groups[i].*flag = result.groups[i].*flag || hidden[i];
        school.*flag = school.*flag || totalHidden;
    };
    if (measure.countIsPeople())
        hideColumn([](const GroupOutcome& g) { return g.count; }, &GroupOutcome::countHidden);
    if (measure.comparesGroups()) {
        if (measure.baseIsPeople())
            hideColumn([](const GroupOutcome& g) { return g.base; }, &GroupOutcome::baseHidden);
        else
            hideColumn([](const GroupOutcome& g) { return g.pupils.value_or(0); },
                       &GroupOutcome::baseHidden);
    }
    // A count that is not people (sessions missed) says nothing alone and, with the others'
    // figures, could give away a hidden base: it goes with its base.
    if (!measure.countIsPeople()) {
        school.countHidden = school.countHidden || school.baseHidden;
        for (auto& group : result.groups)
            group.countHidden = group.countHidden || group.baseHidden;
    }
    return result;
}

std::vector<GroupSeries> OutcomeAnalysis::series(const QString& measureId) const {
    const QStringList measureYears = years(measureId);
    std::vector<MeasureYear> byYear;
    for (const auto& year : measureYears)
        byYear.push_back(of(measureId, year));
    std::vector<GroupSeries> result;
    const auto addSeries = [&](const QString& code) {
        GroupSeries series;
        series.groupCode = code;
        for (const auto& year : byYear) {
            const GroupOutcome* outcome = nullptr;
            if (code.isEmpty()) {
                outcome = &year.school;
            } else {
                for (const auto& group : year.groups) {
                    if (group.groupCode == code)
                        outcome = &group;
                }
            }
            const auto start = AcademicYear::parse(year.year);
            if (outcome && !outcome->hidden() && outcome->value && start)
                series.points.emplace_back(start->startYear(), *outcome->value);
        }
        series.slopePerYear = Trend::slopePerYear(series.points);
        if (!series.points.empty())
            result.push_back(std::move(series));
    };
    for (const auto& group : EthnicGroup::all()) {
        const bool present = std::any_of(m_rows.begin(), m_rows.end(), [&](const OutcomeCount& r) {
            return r.measureId == measureId && r.groupCode == group.code();
        });
        if (present)
            addSeries(group.code());
    }
    addSeries(QString());
    return result;
}

Target OutcomeAnalysis::targetFor(const OutcomeMeasure& measure) {
    Target target;
    target.higherIsBetter = measure.higherIsBetter();
    // "In line": within a percentage point, or a point of Attainment 8.
    target.tolerance = measure.kind() == OutcomeMeasure::Kind::Average ? 1.0 : 0.01;
    return target;
}

Target::Status OutcomeAnalysis::target(const QString& measureId, const QString& groupCode) const {
    const OutcomeMeasure* measure = OutcomeMeasure::find(measureId);
    if (!measure || !measure->comparesGroups())
        return Target::Status::NoData;
    std::vector<std::optional<double>> gaps;
    for (const auto& year : years(measureId)) {
        std::optional<double> gap;
        for (const auto& group : of(measureId, year).groups) {
            if (group.groupCode == groupCode && !group.hidden())
                gap = group.gapToOthers;
        }
        gaps.push_back(gap);
    }
    return targetFor(*measure).status(gaps);
}

} // namespace equimark
