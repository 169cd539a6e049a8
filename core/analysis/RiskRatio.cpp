#include "analysis/RiskRatio.h"

#include <cmath>

namespace equimark {

namespace {
constexpr double z95 = 1.959963984540054; // the standard normal's 97.5th percentile
} // namespace

std::optional<RiskRatio> RiskRatio::of(const GroupComparison& comparison) {
    const GroupRate& group = comparison.group;
    const GroupRate& others = comparison.others;
    if (!group.valid() || !others.valid() || (group.events == 0 && others.events == 0))
        return std::nullopt;
    double a = double(group.events);
    double n1 = double(group.base);
    double c = double(others.events);
    double n2 = double(others.base);
    RiskRatio result;
    if (a == 0 || c == 0) {
        // The 2x2 table's four cells are a, n1 - a, c, n2 - c: half a pupil more in each.
        a += 0.5;
        c += 0.5;
        n1 += 1.0;
        n2 += 1.0;
        result.corrected = true;
    }
    result.ratio = (a / n1) / (c / n2);
    const double se = std::sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2);
    const double log = std::log(result.ratio);
    result.lower = std::exp(log - z95 * se);
    result.upper = std::exp(log + z95 * se);
    return result;
}

} // namespace equimark
