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
    , m_criterionId(criterionId)
    , m_action(action) {
    m_action.id = 0;
    m_action.progress.clear();
    if (document.equalityMark().strand(raceStrand) && !m_action.strandIds.contains(raceStrand))
        m_action.strandIds.prepend(raceStrand);
}

Status RaiseCharterActionCommand::link() {
    CharterRepository charter(document().file());
    auto judgement = charter.judgement(m_frameworkId, m_criterionId);
    if (!judgement)
        return judgement.error();
    if (!judgement->actionIds.contains(m_action.id))
        judgement->actionIds << m_action.id;
    return charter.setJudgement(m_frameworkId, *judgement);
}

Status RaiseCharterActionCommand::apply() {
    ActionRepository actions(document().file());
    if (!m_added) {
        // Check the criterion first, so a bad one never leaves an action behind.
        if (auto known =
                CharterRepository(document().file()).judgement(m_frameworkId, m_criterionId);
            !known)
            return known.error();
        auto added = actions.add(m_action);
        if (!added)
            return added.error();
        m_action.id = *added;
    } else if (auto restored = actions.restore(m_action, m_links); !restored) {
        return restored;
    }
    // The action and its link are two writes; if the link fails the action goes again, so
    // the plan never holds half of this step.
    if (auto linked = link(); !linked) {
        (void)actions.remove(m_action.id);
        if (!m_added)
            m_action.id = 0;
        return linked;
    }
    m_added = true;
    emit document().actionAdded(m_action.id);
    emit document().charterChanged(m_frameworkId, m_criterionId);
    return {};
}

Status RaiseCharterActionCommand::revert() {
    ActionRepository actions(document().file());
    auto current = actions.byId(m_action.id);
    if (!current)
        return current.error();
    auto links = actions.links(m_action.id);
    if (!links)
        return links.error();
    // The criterion link goes with the action (ON DELETE CASCADE).
    if (auto removed = actions.remove(m_action.id); !removed)
        return removed;
    m_action = *current;
    m_links = *links;
    emit document().actionRemoved(m_action.id);
    emit document().charterChanged(m_frameworkId, m_criterionId);
    return {};
}

} // namespace equimark
