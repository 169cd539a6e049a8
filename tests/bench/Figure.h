#pragma once

#include <QString>
#include <vector>

namespace equimark::bench {

// One measured figure: every run's value, summarised as the benchmark's JSON line.
struct Figure {
    QString name;
    QString unit; // "ms", "MiB", "%"
    std::vector<double> values;
    // When set, the figure is also given as a multiple of this floor figure's median.
    QString floor;
    double floorMedian = 0;
    QString target; // the target, in words, e.g. "<= 3x floor"

    static Figure named(const QString& name, const QString& unit, const QString& target = {});

    double median() const;
    double min() const;
    double max() const;
    // The value below which `share` (0..1) of the runs fall (nearest rank).
    double quantile(double share) const;
    // {"name": ..., "median": ..., "min": ..., "max": ..., "runs": ..., "unit": ...} plus
    // p99, floor and floorRatio where they apply.
    QString json() const;
};

} // namespace equimark::bench
