#include "editing/commands/RaiseLinkedActionCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

namespace {
const QString raceStrand = QStringLiteral("race");
}

RaiseLinkedActionCommand::RaiseLinkedActionCommand(SchoolDocument& document, const QString& text,
                                                   const Action& action)
    : EditCommand(document, text) {
    Action& planned = m_planned.action;
    planned = action;
    planned.id = 0;
    planned.progress.clear();
    if (document.equalityMark().strand(raceStrand) && !planned.strandIds.contains(raceStrand))
        planned.strandIds.prepend(raceStrand);
}

Status RaiseLinkedActionCommand::apply() {
    const bool first = !m_planned.added;
    // Check the criterion first, so a bad one never leaves an action behind.
    if (first) {
        if (auto known = checkCriterion(); !known)
            return known;
    }
    if (auto put = m_planned.put(document().file()); !put)
        return put;
    // The action and its link are two writes; if the link fails the action goes again, so
    // the plan never holds half of this step.
    if (auto linked = link(m_planned.action.id); !linked) {
        (void)ActionRepository(document().file()).remove(m_planned.action.id);
        if (first) {
            m_planned.added = false;
            m_planned.action.id = 0;
        }
        return linked;
    }
    emit document().actionAdded(m_planned.action.id);
    announce();
    return {};
}

Status RaiseLinkedActionCommand::revert() {
    // The criterion link goes with the action (ON DELETE CASCADE).
    if (auto taken = m_planned.take(document().file()); !taken)
        return taken;
    emit document().actionRemoved(m_planned.action.id);
    announce();
    return {};
}

} // namespace equimark
