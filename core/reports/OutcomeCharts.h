#pragma once

#include "analysis/OutcomeAnalysis.h"

#include <QColor>
#include <QRectF>
#include <vector>

class QPainter;

namespace equimark {

class OutcomeMeasure;

// The outcome charts, painted with any QPainter: on the Outcomes page, in print preview and
// in PDF reports alike. Every series has its own colour, line pattern and marker, and every
// bar its value written beside it, so nothing depends on colour alone.
struct ChartStyle {
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor grid = QColor(0xcc, 0xcc, 0xcc);
    QColor background = Qt::white;
    qreal pointSize = 7.5;
};

class OutcomeCharts {
public:
    using Style = ChartStyle;
    struct Line {
        QString label;
        std::vector<std::pair<int, double>> points; // (start year, value)
        bool national = false;                      // drawn grey and dashed
        bool everyone = false;                      // all pupils: drawn in the text colour
    };

    // Lines over the years: one per group chosen, "All pupils", and the national figure.
    static void paintTrend(QPainter& painter, const QRectF& area, const OutcomeMeasure& measure,
                           const std::vector<Line>& lines, const ChartStyle& style = ChartStyle());
    // Each group's gap to all other pupils in one year as a bar from zero, with its 95 %
    // interval where there is one; groups that cannot be shown are named in a note beneath.
    static void paintGaps(QPainter& painter, const QRectF& area, const MeasureYear& figures,
                          const ChartStyle& style = ChartStyle());
    // Height over width that gives every bar and the note room, at about 480 points wide.
    static qreal gapsAspect(const MeasureYear& figures);

    // The lines for a measure's trend chart: the groups asked for (with data), all pupils and
    // national figures.
    static std::vector<Line> trendLines(const OutcomeAnalysis& analysis, const QString& measureId,
                                        const QStringList& groupCodes);
    // A value in the measure's unit as people read it: "6.4%", "46.2".
    static QString valueText(const OutcomeMeasure& measure, double value);
    static QString gapText(const OutcomeMeasure& measure, double gap); // "+2.1 pts", "-3.0"
};

} // namespace equimark
