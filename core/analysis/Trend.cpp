#include "analysis/Trend.h"

namespace equimark {

std::optional<double> Trend::slopePerYear(const std::vector<std::pair<int, double>>& points) {
    if (points.size() < 2)
        return std::nullopt;
    double meanX = 0;
    double meanY = 0;
    for (const auto& [year, value] : points) {
        meanX += year;
        meanY += value;
    }
    meanX /= double(points.size());
    meanY /= double(points.size());
    double sxy = 0;
    double sxx = 0;
    for (const auto& [year, value] : points) {
        sxy += (year - meanX) * (value - meanY);
        sxx += (year - meanX) * (year - meanX);
    }
    if (sxx == 0)
        return std::nullopt; // every point in the same year
    return sxy / sxx;
}

} // namespace equimark
