#include "domain/CharterEvaluation.h"

#include "domain/Framework.h"

#include <QHash>
#include <algorithm>

namespace equimark {

CharterStanding CharterStanding::compute(const Framework& framework,
                                         const std::vector<CriterionJudgement>& judgements,
                                         const CharterStatus& status) {
    QHash<QString, int> ranks;
    for (const auto& judgement : judgements)
        ranks.insert(judgement.criterionId, framework.rubricRank(judgement.levelId));

    // Criteria whose wording is not known cannot be judged fairly, so they neither count
    // nor hold the school back until the school enters their text.
    std::vector<std::pair<QString, int>> known;
    for (const auto* criterion : framework.allCriteria()) {
        if (criterion->textKnown)
            known.emplace_back(criterion->id, ranks.value(criterion->id, -1));
    }

    CharterStanding standing;
    standing.total = static_cast<int>(known.size());
    for (const auto& [id, rank] : known) {
        if (rank >= 0)
            ++standing.judged;
    }

    // Unjudged (-1) is below every rubric level, so it never meets a requirement.
    auto meets = [&known, &framework](const LevelDefinition& level) {
        const int required = framework.rubricRank(level.requiredLevel);
        if (required < 0 || known.empty())
            return false;
        return std::all_of(known.begin(), known.end(),
                           [required](const auto& entry) { return entry.second >= required; });
    };
    int reachedIndex = -1;
    for (std::size_t i = 0; i < framework.awardLevels.size(); ++i) {
        if (meets(framework.awardLevels[i]))
            reachedIndex = static_cast<int>(i);
    }
    if (reachedIndex >= 0)
        standing.reachedLevel = framework.awardLevels[static_cast<std::size_t>(reachedIndex)].id;

    if (!status.targetLevel.isEmpty()) {
        standing.targetLevel = status.targetLevel;
    } else if (!framework.awardLevels.empty()) {
        // The next level up; a school at the top level keeps working towards that one.
        const auto next = std::min<std::size_t>(static_cast<std::size_t>(reachedIndex + 1),
                                                framework.awardLevels.size() - 1);
        standing.targetLevel = framework.awardLevels[next].id;
    }

    if (const auto* target = framework.awardLevel(standing.targetLevel)) {
        const int required = framework.rubricRank(target->requiredLevel);
        if (required >= 0) {
            for (const auto& [id, rank] : known) {
                if (rank < required)
                    standing.holdingBack << id;
            }
        }
    }

    if (status.awardedOn.isValid())
        standing.reassessmentDue = status.awardedOn.addYears(framework.reassessmentYears);
    return standing;
}

} // namespace equimark
