#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace equimark {

// A measurable target from the ambitions, e.g. "attendance in line with all other groups"
// or "at least in line with national", judged from a group's gap year by year.
struct Target {
    enum class Status { Met, OnTrack, OffTrack, NoData };

    // Whether more is better (attendance, attainment) or less (absence, exclusions).
    bool higherIsBetter = true;
    // How far behind still counts as "in line", in the rate's unit (0.01 = 1 point).
    double tolerance = 0.01;

    // `gaps`: the group's gap (to all other pupils, or to national) for each year, oldest
    // first; a year without data is empty. Met when the latest gap is within the tolerance
    // or on the good side; on track when it is not yet but has narrowed since the year
    // before; off track otherwise; no data without a latest year.
    Status status(const std::vector<std::optional<double>>& gaps) const;
    // How far the group is behind: 0 when in line or ahead.
    double shortfall(double gap) const;
    // "On track: gap narrowing", in the interface's language.
    static QString label(Status status);
};

} // namespace equimark
