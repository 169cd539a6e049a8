#include "editing/commands/RaiseCharterActionCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/CharterRepository.h"

namespace equimark {

namespace {
const QString raceStrand = QStringLiteral("race");
}

RaiseCharterActionCommand::RaiseCharterActionCommand(SchoolDocument& document,
                                                     const QString& frameworkId,
                                                     const QString& criterionId,
                                                     const Action& action)
    : EditCommand(document, SchoolDocument::tr("Raise action \"%1\" for RACE Charter criterion %2")
                                .arg(action.title.trimmed(), criterionId))
    , m_frameworkId(frameworkId)
    , m_criterionId(criterionId) {
    Action& planned = m_planned.action;
    planned = action;
    planned.id = 0;
    planned.progress.clear();
    if (document.equalityMark().strand(raceStrand) && !planned.strandIds.contains(raceStrand))
        planned.strandIds.prepend(raceStrand);
}

Status RaiseCharterActionCommand::link() {
    CharterRepository charter(document().file());
    auto judgement = charter.judgement(m_frameworkId, m_criterionId);
    if (!judgement)
        return judgement.error();
    if (!judgement->actionIds.contains(m_planned.action.id))
        judgement->actionIds << m_planned.action.id;
    return charter.setJudgement(m_frameworkId, *judgement);
}

Status RaiseCharterActionCommand::apply() {
    const bool first = !m_planned.added;
    // Check the criterion first, so a bad one never leaves an action behind.
    if (first) {
        if (auto known =
                CharterRepository(document().file()).judgement(m_frameworkId, m_criterionId);
            !known)
            return known.error();
    }
    if (auto put = m_planned.put(document().file()); !put)
        return put;
    // The action and its link are two writes; if the link fails the action goes again, so
    // the plan never holds half of this step.
    if (auto linked = link(); !linked) {
        (void)ActionRepository(document().file()).remove(m_planned.action.id);
        if (first) {
            m_planned.added = false;
            m_planned.action.id = 0;
        }
        return linked;
    }
    emit document().actionAdded(m_planned.action.id);
    emit document().charterChanged(m_frameworkId, m_criterionId);
    return {};
}

Status RaiseCharterActionCommand::revert() {
    // The criterion link goes with the action (ON DELETE CASCADE).
    if (auto taken = m_planned.take(document().file()); !taken)
        return taken;
    emit document().actionRemoved(m_planned.action.id);
    emit document().charterChanged(m_frameworkId, m_criterionId);
    return {};
}

} // namespace equimark
