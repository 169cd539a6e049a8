#include "editing/commands/RemoveActionCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

RemoveActionCommand::RemoveActionCommand(SchoolDocument& document, qint64 actionId)
    : EditCommand(document, SchoolDocument::tr("Remove action"))
    , m_actionId(actionId) {}

Status RemoveActionCommand::apply() {
    ActionRepository actions(document().file());
    auto current = actions.byId(m_actionId);
    if (!current)
        return current.error();
    auto links = actions.links(m_actionId);
    if (!links)
        return links.error();
    if (auto removed = actions.remove(m_actionId); !removed)
        return removed;
    m_action = *current;
    m_links = *links;
    setText(SchoolDocument::tr("Remove action \"%1\"").arg(m_action.title));
    emit document().actionRemoved(m_actionId);
    return {};
}

Status RemoveActionCommand::revert() {
    if (auto restored = ActionRepository(document().file()).restore(m_action, m_links); !restored)
        return restored;
    emit document().actionAdded(m_actionId);
    return {};
}

} // namespace equimark
