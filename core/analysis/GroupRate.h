#pragma once

#include <optional>

namespace equimark {

// How often something happens in a group: `events` out of `base` (sessions missed out of
// possible sessions, pupils suspended out of pupils on roll). Counts are aggregates: a
// school file never holds a pupil's record.
struct GroupRate {
    long long events = 0;
    long long base = 0;

    // events / base, or nothing when the base is empty or the counts do not make sense.
    std::optional<double> rate() const;
    bool valid() const { return base > 0 && events >= 0 && events <= base; }
};

// A group against everyone else in the school: "all other pupils" is the school's total
// less the group, so the two never overlap.
struct GroupComparison {
    GroupRate group;
    GroupRate others;

    static GroupComparison against(const GroupRate& group, const GroupRate& total);

    // The group's rate less the others', in the rate's own unit (0.02 = 2 percentage points).
    std::optional<double> gapToOthers() const;
    // The group's rate less a national figure the user entered (a rate, 0.064 for 6.4 %).
    std::optional<double> gapTo(double national) const;
};

} // namespace equimark
