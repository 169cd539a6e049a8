#include "analysis/ProgrammeEvaluation.h"

namespace equimark {

ProgrammeEvaluation ProgrammeEvaluation::compute(const std::vector<ProgrammeRating>& ratings) {
    ProgrammeEvaluation evaluation;
    long long sumBefore = 0;
    long long sumAfter = 0;
    for (const auto& rating : ratings) {
        const bool hasBefore = rating.before >= 1 && rating.before <= 5;
        const bool hasAfter = rating.after >= 1 && rating.after <= 5;
        if (hasBefore || hasAfter)
            ++evaluation.rated;
        if (!hasBefore || !hasAfter)
            continue;
        ++evaluation.paired;
        sumBefore += rating.before;
        sumAfter += rating.after;
        ++evaluation.before[std::size_t(rating.before - 1)];
        ++evaluation.after[std::size_t(rating.after - 1)];
    }
    if (evaluation.paired > 0) {
        evaluation.meanBefore = double(sumBefore) / evaluation.paired;
        evaluation.meanAfter = double(sumAfter) / evaluation.paired;
        evaluation.meanChange = evaluation.meanAfter - evaluation.meanBefore;
    }
    return evaluation;
}

ProgrammeEvaluation::Shared ProgrammeEvaluation::shared(int threshold) const {
    Shared shared;
    const Suppression suppression(threshold);
    shared.meansShown = !suppression.small(paired);
    Suppression::Counts counts{std::vector<long long>(before.begin(), before.end()),
                               std::vector<long long>(after.begin(), after.end())};
    const Suppression::Result hidden = suppression.apply(counts);
    // Both rows have the paired count as their total: it is shown when either row shows it.
    shared.pairedShown = !(hidden.rowTotal[0] && hidden.rowTotal[1]) && !suppression.small(paired);
    for (int rating = 0; rating < 5; ++rating) {
        shared.beforeShown[std::size_t(rating)] = !hidden.hidden(0, rating);
        shared.afterShown[std::size_t(rating)] = !hidden.hidden(1, rating);
    }
    return shared;
}

} // namespace equimark
