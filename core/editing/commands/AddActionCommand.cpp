#include "editing/commands/AddActionCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

AddActionCommand::AddActionCommand(SchoolDocument& document, const Action& action)
    : EditCommand(document, SchoolDocument::tr("Add action \"%1\"").arg(action.title.trimmed()))
    , m_action(action) {
    m_action.id = 0;
    m_action.progress.clear();
}

Status AddActionCommand::apply() {
    ActionRepository actions(document().file());
    if (!m_added) {
        auto added = actions.add(m_action);
        if (!added)
            return added.error();
        m_action.id = *added;
        m_added = true;
    } else if (auto restored = actions.restore(m_action, m_links); !restored) {
        return restored;
    }
    emit document().actionAdded(m_action.id);
    return {};
}

Status AddActionCommand::revert() {
    ActionRepository actions(document().file());
    // Keep what the action has become (notes, links) so a redo brings all of it back.
    auto current = actions.byId(m_action.id);
    if (!current)
        return current.error();
    auto links = actions.links(m_action.id);
    if (!links)
        return links.error();
    if (auto removed = actions.remove(m_action.id); !removed)
        return removed;
    m_action = *current;
    m_links = *links;
    emit document().actionRemoved(m_action.id);
    return {};
}

} // namespace equimark
