#include "editing/commands/RaiseCharterActionCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/CharterRepository.h"

namespace equimark {

RaiseCharterActionCommand::RaiseCharterActionCommand(SchoolDocument& document,
                                                     const QString& frameworkId,
                                                     const QString& criterionId,
                                                     const Action& action)
    : RaiseLinkedActionCommand(document,
                               SchoolDocument::tr("Raise action \"%1\" for RACE Charter "
                                                  "criterion %2")
                                   .arg(action.title.trimmed(), criterionId),
                               action)
    , m_frameworkId(frameworkId)
    , m_criterionId(criterionId) {}

Status RaiseCharterActionCommand::checkCriterion() {
    if (auto known = CharterRepository(document().file()).judgement(m_frameworkId, m_criterionId);
        !known)
        return known.error();
    return {};
}

Status RaiseCharterActionCommand::link(qint64 actionId) {
    CharterRepository charter(document().file());
    auto judgement = charter.judgement(m_frameworkId, m_criterionId);
    if (!judgement)
        return judgement.error();
    if (!judgement->actionIds.contains(actionId))
        judgement->actionIds << actionId;
    return charter.setJudgement(m_frameworkId, *judgement);
}

void RaiseCharterActionCommand::announce() {
    emit document().charterChanged(m_frameworkId, m_criterionId);
}

} // namespace equimark
