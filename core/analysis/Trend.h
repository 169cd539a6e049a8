#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace equimark {

// The direction of a measure over the years: the least-squares slope through each year's
// value (a rate), in the value's unit per year.
struct Trend {
    // (start year of the academic year, value); needs two years or more.
    static std::optional<double> slopePerYear(const std::vector<std::pair<int, double>>& points);
};

} // namespace equimark
