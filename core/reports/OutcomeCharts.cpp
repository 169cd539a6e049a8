#include "reports/OutcomeCharts.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeMeasure.h"
#include "domain/AcademicYear.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace equimark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OutcomeCharts)
};

// Okabe and Ito's colours, told apart with the common kinds of colour blindness.
const QColor seriesColours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9)};
const Qt::PenStyle seriesPatterns[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

// Device pixels per point: charts are measured in points, whatever they are painted on.
qreal unit(const QPainter& painter) {
    const QPaintDevice* device = painter.device();
    return device ? device->logicalDpiY() / 72.0 : 96.0 / 72.0;
}

QFont chartFont(const QPainter& painter, qreal pointSize, bool bold = false) {
    QFont font = painter.font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// Round tick steps (1, 2 or 5 times a power of ten) covering [low, high] in about `count`.
std::vector<double> ticks(double low, double high, int count) {
    const double span = std::max(high - low, 1e-9);
    const double raw = span / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * power;
        if (span / step <= count)
            break;
    }
    std::vector<double> result;
    for (double t = std::floor(low / step) * step; t <= high + step * 1e-6; t += step)
        result.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return result;
}

void paintMarker(QPainter& painter, const QPointF& at, int shape, qreal size) {
    const qreal h = size / 2;
    switch (shape % 4) {
    case 0:
        painter.drawEllipse(at, h, h);
        break;
    case 1:
        painter.drawRect(QRectF(at.x() - h, at.y() - h, size, size));
        break;
    case 2: {
        const QPointF tri[] = {
            {at.x(), at.y() - h}, {at.x() + h, at.y() + h}, {at.x() - h, at.y() + h}};
        painter.drawPolygon(tri, 3);
        break;
    }
    default: {
        const QPointF diamond[] = {
            {at.x(), at.y() - h}, {at.x() + h, at.y()}, {at.x(), at.y() + h}, {at.x() - h, at.y()}};
        painter.drawPolygon(diamond, 4);
        break;
    }
    }
}

// Starts a chart: the painter's state saved (the caller restores it), smooth lines, the
// background and the chart's font.
QFont beginChart(QPainter& painter, const QRectF& area, const ChartStyle& style) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, style.background);
    const QFont font = chartFont(painter, style.pointSize);
    painter.setFont(font);
    return font;
}

QString tickText(const OutcomeMeasure& measure, double value) {
    if (measure.kind() == OutcomeMeasure::Kind::Average)
        return QString::number(value, 'g', 4);
    return QString::number(value * 100, 'g', 4) + u'%';
}

} // namespace

QString OutcomeCharts::valueText(const OutcomeMeasure& measure, double value) {
    if (measure.kind() == OutcomeMeasure::Kind::Average)
        return QLocale().toString(value, 'f', 1);
    return Text::tr("%1%").arg(QLocale().toString(value * 100, 'f', 1));
}

QString OutcomeCharts::gapText(const OutcomeMeasure& measure, double gap) {
    if (std::abs(gap) < (measure.kind() == OutcomeMeasure::Kind::Average ? 0.05 : 0.0005))
        gap = 0; // never "-0.0"
    const QString sign = gap > 0.00049 ? QStringLiteral("+") : QString();
    if (measure.kind() == OutcomeMeasure::Kind::Average)
        return sign + QLocale().toString(gap, 'f', 1);
    return Text::tr("%1 pts").arg(sign + QLocale().toString(gap * 100, 'f', 1));
}

std::vector<OutcomeCharts::Line> OutcomeCharts::trendLines(const OutcomeAnalysis& analysis,
                                                           const QString& measureId,
                                                           const QStringList& groupCodes) {
    std::vector<Line> lines;
    const auto all = analysis.series(measureId);
    for (const auto& code : groupCodes) {
        for (const auto& series : all) {
            if (series.groupCode == code && !code.isEmpty())
                lines.push_back({EthnicGroup::find(code)->name(), series.points, false});
        }
    }
    const OutcomeMeasure* measure = OutcomeMeasure::find(measureId);
    // A share's whole is always 100 %: only a group's line says anything there.
    for (const auto& series : all) {
        if (series.groupCode.isEmpty() && measure && measure->comparesGroups())
            lines.push_back({measure->everyoneName(), series.points, false, true});
    }
    Line national{Text::tr("National"), {}, true};
    for (const auto& year : analysis.years(measureId)) {
        const auto figures = analysis.of(measureId, year);
        const auto start = AcademicYear::parse(year);
        if (figures.national && start)
            national.points.emplace_back(start->startYear(), *figures.national);
    }
    if (!national.points.empty())
        lines.push_back(national);
    return lines;
}

void OutcomeCharts::paintTrend(QPainter& painter, const QRectF& area, const OutcomeMeasure& measure,
                               const std::vector<Line>& lines, const Style& style) {
    const qreal u = unit(painter);
    const QFont font = beginChart(painter, area, style);
    const QFontMetricsF metrics(font, painter.device());

    int firstYear = 9999, lastYear = 0;
    double low = 1e300, high = -1e300;
    for (const auto& line : lines) {
        for (const auto& [year, value] : line.points) {
            firstYear = std::min(firstYear, year);
            lastYear = std::max(lastYear, year);
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (lastYear == 0) {
        painter.setPen(style.text);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         Text::tr("No figures that may be shown yet."));
        painter.restore();
        return;
    }
    // Rates start from zero, so a small gap is not drawn as a chasm; averages need not.
    if (measure.kind() != OutcomeMeasure::Kind::Average)
        low = 0;
    const double pad = std::max((high - low) * 0.08, measure.isPercentage() ? 0.005 : 0.5);
    high += pad;
    if (measure.kind() == OutcomeMeasure::Kind::Average)
        low = std::max(0.0, low - pad);
    const auto yTicks = ticks(low, high, 5);
    low = std::min(low, yTicks.front());
    high = std::max(high, yTicks.back());

    // Legend: entries in rows beneath the plot.
    const qreal sample = 18 * u;
    const qreal entryGap = 10 * u;
    std::vector<std::pair<QRectF, int>> legend;
    qreal x = area.left() + 4 * u, y = 0;
    int rows = 1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const qreal width = sample + 4 * u + metrics.horizontalAdvance(lines[i].label);
        if (x + width > area.right() && x > area.left() + 4 * u) {
            x = area.left() + 4 * u;
            ++rows;
        }
        legend.push_back(
            {QRectF(x, y + (rows - 1) * metrics.height() * 1.3, width, metrics.height()), int(i)});
        x += width + entryGap;
    }
    const qreal legendHeight = rows * metrics.height() * 1.3 + 4 * u;
    qreal tickWidth = 0;
    for (double t : yTicks)
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(tickText(measure, t)));
    const QRectF plot(area.left() + tickWidth + 8 * u, area.top() + 6 * u,
                      area.width() - tickWidth - 18 * u,
                      area.height() - legendHeight - metrics.height() * 1.6 - 8 * u);

    const auto px = [&](double year) {
        if (lastYear == firstYear)
            return plot.center().x();
        const qreal inset = plot.width() * 0.06;
        return plot.left() + inset +
               (year - firstYear) / double(lastYear - firstYear) * (plot.width() - 2 * inset);
    };
    const auto py = [&](double value) {
        return plot.bottom() - (value - low) / (high - low) * plot.height();
    };

    // Grid and axes.
    painter.setPen(QPen(style.grid, 0.5 * u));
    for (double t : yTicks) {
        painter.drawLine(QPointF(plot.left(), py(t)), QPointF(plot.right(), py(t)));
        painter.save();
        painter.setPen(style.text);
        painter.drawText(
            QRectF(area.left(), py(t) - metrics.height() / 2, tickWidth + 4 * u, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickText(measure, t));
        painter.restore();
    }
    painter.setPen(QPen(style.text, 0.75 * u));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int year = firstYear; year <= lastYear; ++year) {
        const QString label = AcademicYear(year).toString();
        const qreal w = metrics.horizontalAdvance(label);
        painter.drawText(
            QRectF(px(year) - w / 2 - 2 * u, plot.bottom() + 3 * u, w + 4 * u, metrics.height()),
            Qt::AlignCenter, label);
    }

    // The lines, each with its colour, pattern and marker.
    int colourIndex = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        const bool everyone = line.everyone;
        QColor colour = line.national ? QColor(0x77, 0x77, 0x77)
                        : everyone    ? style.text
                                      : seriesColours[colourIndex % 6];
        const Qt::PenStyle pattern = line.national ? Qt::DashLine
                                     : everyone    ? Qt::SolidLine
                                                   : seriesPatterns[colourIndex % 4];
        const int shape = line.national ? 3 : everyone ? 1 : colourIndex % 4;
        if (!line.national && !everyone)
            ++colourIndex;
        QPen pen(colour, (everyone ? 2.0 : 1.5) * u, pattern, Qt::RoundCap, Qt::RoundJoin);
        pen.setDashPattern(pattern == Qt::SolidLine ? QVector<qreal>{} : pen.dashPattern());
        painter.setPen(pen);
        QPainterPath path;
        for (std::size_t p = 0; p < line.points.size(); ++p) {
            const QPointF point(px(line.points[p].first), py(line.points[p].second));
            if (p == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(QPen(colour, 1.0 * u));
        painter.setBrush(colour);
        for (const auto& [year, value] : line.points)
            paintMarker(painter, QPointF(px(year), py(value)), shape, 4.5 * u);
        // The legend entry.
        for (const auto& [box, index] : legend) {
            if (index != int(i))
                continue;
            const QRectF placed = box.translated(0, plot.bottom() + metrics.height() * 1.6 + 4 * u);
            painter.setPen(pen);
            painter.drawLine(QPointF(placed.left(), placed.center().y()),
                             QPointF(placed.left() + sample, placed.center().y()));
            painter.setPen(QPen(colour, 1.0 * u));
            paintMarker(painter, QPointF(placed.left() + sample / 2, placed.center().y()), shape,
                        4.5 * u);
            painter.setPen(style.text);
            painter.drawText(QRectF(placed.left() + sample + 4 * u, placed.top(),
                                    placed.width() - sample, placed.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, line.label);
        }
    }
    painter.restore();
}

namespace {

// The groups a gap chart draws a bar for, and the names of those it cannot show.
std::pair<std::vector<const GroupOutcome*>, QStringList> gapRows(const MeasureYear& figures) {
    std::vector<const GroupOutcome*> shown;
    QStringList left;
    for (const auto& group : figures.groups) {
        if (!group.hidden() && group.gapToOthers)
            shown.push_back(&group);
        else
            left << EthnicGroup::find(group.groupCode)->name();
    }
    return {shown, left};
}

QString leftOutText(const QStringList& left) {
    return left.isEmpty() ? QString()
                          : Text::tr("Not shown (small numbers): %1.").arg(left.join(u", "));
}

} // namespace

qreal OutcomeCharts::gapsAspect(const MeasureYear& figures) {
    // About 15 points a bar, 40 for the axis and 11 a line of the note, some 480 points wide.
    const auto [shown, left] = gapRows(figures);
    const qreal noteLines = left.isEmpty() ? 0 : std::ceil(leftOutText(left).size() / 110.0);
    const qreal height =
        shown.empty() ? noteLines * 11 + 12 : qreal(shown.size()) * 15 + 40 + noteLines * 11;
    return std::clamp(height / 480.0, 0.05, 1.2);
}

void OutcomeCharts::paintGaps(QPainter& painter, const QRectF& area, const MeasureYear& figures,
                              const Style& style) {
    const qreal u = unit(painter);
    const QFont font = beginChart(painter, area, style);
    const QFontMetricsF metrics(font, painter.device());
    if (!figures.measure || figures.groups.empty()) {
        painter.setPen(style.text);
        painter.drawText(area, Qt::AlignCenter, Text::tr("No figures for this year."));
        painter.restore();
        return;
    }
    const OutcomeMeasure& measure = *figures.measure;
    const auto [shown, left] = gapRows(figures);
    QFont italic = font;
    italic.setItalic(true);
    const QString note = leftOutText(left);
    const qreal noteHeight = note.isEmpty() ? 0
                                            : QFontMetricsF(italic, painter.device())
                                                      .boundingRect(QRectF(0, 0, area.width(), 1e6),
                                                                    Qt::TextWordWrap, note)
                                                      .height() +
                                                  2 * u;
    // Beneath the bars and their axis, or on its own at the top when there is no bar.
    const qreal barsHeight = shown.empty()
                                 ? 0
                                 : std::min(area.height() - noteHeight,
                                            4 * u + qreal(shown.size()) * metrics.height() * 2.0 +
                                                metrics.height() * 3.4 + 6 * u);
    const QRectF noteBox(area.left(), area.top() + barsHeight, area.width(), noteHeight);
    painter.setPen(style.text);
    painter.setFont(italic);
    painter.drawText(noteBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
    painter.setFont(font);
    if (shown.empty()) {
        painter.restore();
        return;
    }

    double extent = 0;
    qreal labelWidth = 0;
    const QFontMetricsF boldMetrics(chartFont(painter, style.pointSize, true), painter.device());
    for (const GroupOutcome* group : shown) {
        const EthnicGroup* info = EthnicGroup::find(group->groupCode);
        labelWidth = std::max(
            labelWidth, (info->focus() ? boldMetrics : metrics).horizontalAdvance(info->name()));
        extent = std::max(extent, std::abs(*group->gapToOthers));
        if (group->gapInterval)
            extent = std::max({extent, std::abs(group->gapInterval->first),
                               std::abs(group->gapInterval->second)});
    }
    if (extent <= 0)
        extent = measure.isPercentage() ? 0.01 : 1.0;
    extent *= 1.1;
    labelWidth = std::min(labelWidth + 6 * u, area.width() * 0.38);
    const qreal valueWidth = metrics.horizontalAdvance(QStringLiteral("+00.0 pts")) + 6 * u;
    // Bars no taller than about two lines, however much room there is; the axis label may
    // take two lines in a narrow chart.
    const qreal axisHeight = metrics.height() * 3.4 + 6 * u;
    const qreal room = area.height() - noteHeight - axisHeight - 4 * u;
    const qreal rowHeight = std::min(room / qreal(shown.size()), metrics.height() * 2.0);
    const QRectF plot(area.left() + labelWidth, area.top() + 4 * u,
                      area.width() - labelWidth - valueWidth, rowHeight * qreal(shown.size()));
    const auto px = [&](double gap) { return plot.center().x() + gap / extent * plot.width() / 2; };

    // Ticks along the bottom, a light grid, the zero line.
    const auto xTicks = ticks(-extent, extent, 6);
    for (double t : xTicks) {
        if (std::abs(t) > extent)
            continue;
        painter.setPen(QPen(style.grid, 0.5 * u));
        painter.drawLine(QPointF(px(t), plot.top()), QPointF(px(t), plot.bottom()));
        painter.setPen(style.text);
        const QString label = measure.kind() == OutcomeMeasure::Kind::Average
                                  ? QString::number(t, 'g', 3)
                                  : QString::number(t * 100, 'g', 3);
        painter.drawText(QRectF(px(t) - 20 * u, plot.bottom() + 2 * u, 40 * u, metrics.height()),
                         Qt::AlignCenter, label);
    }
    painter.setPen(style.text);
    painter.drawText(QRectF(area.left(), plot.bottom() + metrics.height() + 3 * u, area.width(),
                            metrics.height() * 2.2),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     measure.kind() == OutcomeMeasure::Kind::Average
                         ? Text::tr("Gap to all other pupils (points); bars with whiskers show "
                                    "the 95% interval")
                         : Text::tr("Gap to all other pupils (percentage points); whiskers show "
                                    "the 95% interval"));
    painter.setPen(QPen(style.text, 1.0 * u));
    painter.drawLine(QPointF(px(0), plot.top()), QPointF(px(0), plot.bottom()));

    const QColor worse(0xd5, 0x5e, 0x00);
    const QColor better(0x00, 0x72, 0xb2);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const GroupOutcome& group = *shown[i];
        const qreal top = plot.top() + rowHeight * qreal(i);
        const QRectF labelBox(area.left(), top, labelWidth - 4 * u, rowHeight);
        painter.setPen(style.text);
        const EthnicGroup* info = EthnicGroup::find(group.groupCode);
        QFont labelFont = chartFont(painter, style.pointSize, info && info->focus());
        painter.setFont(labelFont);
        painter.drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetricsF(labelFont, painter.device())
                             .elidedText(info->name(), Qt::ElideRight, labelBox.width()));
        painter.setFont(font);
        const double gap = *group.gapToOthers;
        const bool good = measure.higherIsBetter() ? gap >= 0 : gap <= 0;
        const QRectF bar = QRectF(QPointF(px(std::min(0.0, gap)), top + rowHeight * 0.2),
                                  QPointF(px(std::max(0.0, gap)), top + rowHeight * 0.8));
        painter.setPen(Qt::NoPen);
        painter.setBrush(good ? better : worse);
        painter.drawRect(bar);
        if (group.gapInterval) {
            const qreal mid = top + rowHeight / 2;
            const qreal cap = rowHeight * 0.22;
            painter.setPen(QPen(style.text, 0.9 * u));
            const qreal l = px(std::max(-extent, group.gapInterval->first));
            const qreal r = px(std::min(extent, group.gapInterval->second));
            painter.drawLine(QPointF(l, mid), QPointF(r, mid));
            painter.drawLine(QPointF(l, mid - cap), QPointF(l, mid + cap));
            painter.drawLine(QPointF(r, mid - cap), QPointF(r, mid + cap));
        }
        painter.setPen(style.text);
        painter.drawText(QRectF(plot.right() + 4 * u, top, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, gapText(measure, gap));
    }
    painter.restore();
}

} // namespace equimark
