#pragma once

#include "analysis/Suppression.h"
#include "domain/TrainingProgramme.h"

#include <array>
#include <optional>
#include <vector>

namespace equimark {

// A programme's confidence ratings as aggregates, never per person: how many rated it, and
// for those who rated both before and after, the means, the mean change and how many gave
// each rating 1 to 5 before and after.
struct ProgrammeEvaluation {
    int rated = 0;  // participants with any rating
    int paired = 0; // with both a before and an after rating
    double meanBefore = 0;
    double meanAfter = 0;
    double meanChange = 0;
    std::array<long long, 5> before{}; // [rating - 1] among the paired
    std::array<long long, 5> after{};

    static ProgrammeEvaluation compute(const std::vector<ProgrammeRating>& ratings);

    // What may be shared with `threshold`: the means only when at least `threshold` rated
    // both; each distribution count with Suppression's primary and secondary rules (a row of
    // five with the paired count as its total), so no hidden count can be worked out.
    struct Shared {
        bool meansShown = false;
        bool pairedShown = false;
        std::array<bool, 5> beforeShown{};
        std::array<bool, 5> afterShown{};
    };
    Shared shared(int threshold) const;
};

} // namespace equimark
