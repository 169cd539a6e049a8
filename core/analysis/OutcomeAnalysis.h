#pragma once

#include "analysis/RiskRatio.h"
#include "analysis/Target.h"
#include "domain/OutcomeCount.h"

#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace equimark {

class OutcomeMeasure;

// One group's figures for one measure and year, as worked out and as they may be shared.
struct GroupOutcome {
    QString groupCode; // empty for the whole school
    qint64 count = 0;
    qint64 base = 0;
    std::optional<qint64> pupils;
    // count / base: a rate (0.064), or points per pupil for an average. For a share, the
    // group's part of the whole school.
    std::optional<double> value;
    std::optional<double> gapToOthers; // value less all other pupils', in the value's unit
    std::optional<double> gapToNational;
    std::optional<RiskRatio> riskRatio; // proportions only, against all other pupils
    // The 95 % interval of the gap to all other pupils (proportions only; normal
    // approximation: SE = sqrt(p1(1 - p1)/n1 + p2(1 - p2)/n2)).
    std::optional<std::pair<double, double>> gapInterval;
    // Suppression: a hidden count or base, and so everything worked out from it.
    bool countHidden = false;
    bool baseHidden = false;
    bool hidden() const { return countHidden || baseHidden; }
};

// One measure in one year: each group with data (census order) and the whole school.
struct MeasureYear {
    QString year;
    const OutcomeMeasure* measure = nullptr;
    std::vector<GroupOutcome> groups;
    GroupOutcome school;
    std::optional<double> national;
    int secondary = 0; // counts hidden so that small ones cannot be worked out from totals
};

// A group's line over the years, for the trend charts: a point per year with a value that
// may be shared.
struct GroupSeries {
    QString groupCode;
    std::vector<std::pair<int, double>> points; // (start year, value)
    std::optional<double> slopePerYear;
};

// The analysis of a school's outcome counts (docs/outcomes-analysis.md): rates, gaps to all
// other pupils and to national, risk ratios with 95 % intervals, trends, targets, and the
// suppression of small numbers. Built once from the stored rows; everything shared (the
// page's summaries, PDF and CSV exports) reads from here, so nothing can skip suppression.
class OutcomeAnalysis {
public:
    OutcomeAnalysis(std::vector<OutcomeCount> rows, std::vector<NationalFigure> national,
                    int threshold);

    int threshold() const { return m_threshold; }
    bool empty() const { return m_rows.empty(); }
    QStringList years() const; // oldest first
    // The measures with any data, in catalogue order.
    std::vector<const OutcomeMeasure*> measures() const;
    // The years a measure has data for.
    QStringList years(const QString& measureId) const;

    MeasureYear of(const QString& measureId, const QString& year) const;
    // Every group with data for the measure in any year, and the school, over the years;
    // hidden values are left out.
    std::vector<GroupSeries> series(const QString& measureId) const;

    // The ambitions' target for a group: "in line with all other groups", judged from its
    // gap year by year (docs/outcomes-analysis.md), on the shared figures.
    Target::Status target(const QString& measureId, const QString& groupCode) const;
    static Target targetFor(const OutcomeMeasure& measure);

private:
    std::vector<OutcomeCount> m_rows;
    // Row indexes by "measure/year", so a year's table does not scan every row.
    QHash<QString, std::vector<std::size_t>> m_index;
    std::vector<NationalFigure> m_national;
    int m_threshold;
};

} // namespace equimark
