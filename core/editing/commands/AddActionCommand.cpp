#include "editing/commands/AddActionCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

AddActionCommand::AddActionCommand(SchoolDocument& document, const Action& action)
    : EditCommand(document, SchoolDocument::tr("Add action \"%1\"").arg(action.title.trimmed())) {
    m_planned.action = action;
    m_planned.action.id = 0;
    m_planned.action.progress.clear();
}

Status AddActionCommand::apply() {
    if (auto put = m_planned.put(document().file()); !put)
        return put;
    emit document().actionAdded(m_planned.action.id);
    return {};
}

Status AddActionCommand::revert() {
    if (auto taken = m_planned.take(document().file()); !taken)
        return taken;
    emit document().actionRemoved(m_planned.action.id);
    return {};
}

} // namespace equimark
