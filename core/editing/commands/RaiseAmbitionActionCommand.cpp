#include "editing/commands/RaiseAmbitionActionCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/AmbitionRepository.h"

namespace equimark {

RaiseAmbitionActionCommand::RaiseAmbitionActionCommand(SchoolDocument& document,
                                                       const QString& frameworkId,
                                                       const QString& criterionId,
                                                       const QString& year, const Action& action)
    : RaiseLinkedActionCommand(document,
                               SchoolDocument::tr("Raise action \"%1\" for ambition criterion %2")
                                   .arg(action.title.trimmed(), criterionId),
                               action)
    , m_frameworkId(frameworkId)
    , m_criterionId(criterionId)
    , m_year(year) {}

Status RaiseAmbitionActionCommand::checkCriterion() {
    if (auto known =
            AmbitionRepository(document().file()).judgement(m_frameworkId, m_criterionId, m_year);
        !known)
        return known.error();
    return {};
}

Status RaiseAmbitionActionCommand::link(qint64 actionId) {
    AmbitionRepository ambitions(document().file());
    auto judgement = ambitions.judgement(m_frameworkId, m_criterionId, m_year);
    if (!judgement)
        return judgement.error();
    if (!judgement->actionIds.contains(actionId))
        judgement->actionIds << actionId;
    return ambitions.setJudgement(m_frameworkId, *judgement);
}

void RaiseAmbitionActionCommand::announce() {
    emit document().ambitionChanged(m_frameworkId, m_criterionId, m_year);
}

} // namespace equimark
