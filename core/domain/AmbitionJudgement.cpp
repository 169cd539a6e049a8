#include "domain/AmbitionJudgement.h"

#include "domain/Framework.h"

#include <QHash>

namespace equimark {

std::vector<AmbitionSummary>
AmbitionSummary::compute(const Framework& framework,
                         const std::vector<AmbitionJudgement>& judgements) {
    QHash<QString, QString> statusOf;
    for (const auto& judgement : judgements)
        statusOf.insert(judgement.criterionId, judgement.statusId);
    std::vector<AmbitionSummary> result;
    for (const auto& ambition : framework.ambitions) {
        AmbitionSummary summary;
        summary.ambitionId = ambition.id;
        for (const auto& criterion : ambition.criteria) {
            ++summary.criteria;
            const QString status = statusOf.value(criterion.id, AmbitionJudgement::notStarted());
            if (status == u"met")
                ++summary.met;
            else if (status == u"developing")
                ++summary.developing;
            else
                ++summary.notStarted;
        }
        result.push_back(summary);
    }
    return result;
}

const AmbitionCriterion* ambitionCriterion(const Framework& framework, const QString& criterionId) {
    for (const auto& ambition : framework.ambitions) {
        for (const auto& criterion : ambition.criteria) {
            if (criterion.id == criterionId)
                return &criterion;
        }
    }
    return nullptr;
}

const Ambition* ambitionOfCriterion(const Framework& framework, const QString& criterionId) {
    for (const auto& ambition : framework.ambitions) {
        for (const auto& criterion : ambition.criteria) {
            if (criterion.id == criterionId)
                return &ambition;
        }
    }
    return nullptr;
}

QStringList ambitionCriterionIds(const Framework& framework) {
    QStringList ids;
    for (const auto& ambition : framework.ambitions) {
        for (const auto& criterion : ambition.criteria)
            ids << criterion.id;
    }
    return ids;
}

QString ambitionStatusLabel(const Framework& framework, const QString& statusId) {
    for (const auto& status : framework.statuses) {
        if (status.id == statusId)
            return status.label;
    }
    return statusId;
}

} // namespace equimark
