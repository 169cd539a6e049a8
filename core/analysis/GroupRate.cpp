#include "analysis/GroupRate.h"

namespace equimark {

std::optional<double> GroupRate::rate() const {
    if (!valid())
        return std::nullopt;
    return double(events) / double(base);
}

GroupComparison GroupComparison::against(const GroupRate& group, const GroupRate& total) {
    return {group, GroupRate{total.events - group.events, total.base - group.base}};
}

std::optional<double> GroupComparison::gapToOthers() const {
    const auto mine = group.rate();
    const auto theirs = others.rate();
    if (!mine || !theirs)
        return std::nullopt;
    return *mine - *theirs;
}

std::optional<double> GroupComparison::gapTo(double national) const {
    const auto mine = group.rate();
    if (!mine)
        return std::nullopt;
    return *mine - national;
}

} // namespace equimark
