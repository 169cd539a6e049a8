#pragma once

#include "analysis/GroupRate.h"

#include <optional>

namespace equimark {

// How many times as likely something is for a group as for all other pupils, with its 95 %
// confidence interval by the log method (Katz): SE(ln RR) = sqrt(1/a - 1/n1 + 1/c - 1/n2).
// A count of zero on either side has no logarithm; then 0.5 is added to every cell
// (Haldane-Anscombe) and `corrected` says so.
struct RiskRatio {
    double ratio = 0;
    double lower = 0; // 95 % interval
    double upper = 0;
    bool corrected = false;

    // Nothing when either rate cannot be worked out, or both groups have no events at all.
    static std::optional<RiskRatio> of(const GroupComparison& comparison);

    // Whether the interval leaves out 1: the difference is unlikely to be chance alone.
    bool significant() const { return lower > 1.0 || upper < 1.0; }
};

} // namespace equimark
