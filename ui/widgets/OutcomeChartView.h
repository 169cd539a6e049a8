#pragma once

#include "analysis/OutcomeAnalysis.h"
#include "reports/OutcomeCharts.h"

#include <QWidget>

namespace equimark {

// An outcome chart on screen, painted by OutcomeCharts exactly as the reports print it, in
// the window's palette: the trend of a measure by group, or the year's gaps.
class OutcomeChartView : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Trend, Gaps };
    explicit OutcomeChartView(Kind kind, QWidget* parent = nullptr);

    void showTrend(const OutcomeMeasure* measure, std::vector<OutcomeCharts::Line> lines);
    void showGaps(const MeasureYear& figures);
    // A short text of what the chart shows, for screen readers.
    QString summary() const { return m_summary; }

    QSize sizeHint() const override { return {340, 260}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Kind m_kind;
    const OutcomeMeasure* m_measure = nullptr;
    std::vector<OutcomeCharts::Line> m_lines;
    MeasureYear m_figures;
    QString m_summary;
};

} // namespace equimark
