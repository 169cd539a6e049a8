#include "widgets/OutcomeChartView.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeMeasure.h"

#include <QPainter>

namespace equimark {

OutcomeChartView::OutcomeChartView(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind) {
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void OutcomeChartView::showTrend(const OutcomeMeasure* measure,
                                 std::vector<OutcomeCharts::Line> lines) {
    m_measure = measure;
    m_lines = std::move(lines);
    QStringList parts;
    for (const auto& line : m_lines) {
        if (line.points.empty() || !measure)
            continue;
        parts << tr("%1: %2 in %3")
                     .arg(line.label, OutcomeCharts::valueText(*measure, line.points.back().second))
                     .arg(line.points.back().first);
    }
    m_summary = parts.isEmpty() ? tr("No figures that may be shown.") : parts.join(u"; ");
    setAccessibleDescription(m_summary);
    update();
}

void OutcomeChartView::showGaps(const MeasureYear& figures) {
    m_figures = figures;
    m_measure = figures.measure;
    QStringList parts;
    for (const auto& group : figures.groups) {
        if (group.hidden() || !group.gapToOthers || !figures.measure)
            continue;
        parts << tr("%1 %2").arg(EthnicGroup::find(group.groupCode)->name(),
                                 OutcomeCharts::gapText(*figures.measure, *group.gapToOthers));
    }
    m_summary = parts.isEmpty() ? tr("No gaps that may be shown.") : parts.join(u"; ");
    setAccessibleDescription(m_summary);
    update();
}

void OutcomeChartView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    ChartStyle style;
    style.text = palette().color(QPalette::WindowText);
    style.background = palette().color(QPalette::Base);
    style.grid = palette().color(QPalette::Mid);
    style.pointSize = font().pointSizeF() > 0 ? font().pointSizeF() * 0.9 : 8;
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    painter.fillRect(rect(), style.background);
    if (!m_measure) {
        painter.setPen(style.text);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No figures to draw yet."));
        return;
    }
    if (m_kind == Kind::Trend)
        OutcomeCharts::paintTrend(painter, area, *m_measure, m_lines, style);
    else
        OutcomeCharts::paintGaps(painter, area, m_figures, style);
}

} // namespace equimark
