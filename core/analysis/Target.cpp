#include "analysis/Target.h"

#include <algorithm>

namespace equimark {

double Target::shortfall(double gap) const {
    return std::max(0.0, higherIsBetter ? -gap : gap);
}

Target::Status Target::status(const std::vector<std::optional<double>>& gaps) const {
    if (gaps.empty() || !gaps.back())
        return Status::NoData;
    const double now = shortfall(*gaps.back());
    if (now <= tolerance + 1e-12)
        return Status::Met;
    if (gaps.size() >= 2 && gaps[gaps.size() - 2] && now < shortfall(*gaps[gaps.size() - 2]))
        return Status::OnTrack;
    return Status::OffTrack;
}

} // namespace equimark
