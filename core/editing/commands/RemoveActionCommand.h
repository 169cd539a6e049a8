#pragma once

#include "domain/Action.h"
#include "editing/EditCommand.h"
#include "storage/ActionRepository.h"

namespace equimark {

// Removes an action with its progress notes and evidence links (the evidence stays). Undo
// puts back exactly what was there: the same id, strands, notes and links.
class RemoveActionCommand : public EditCommand {
public:
    RemoveActionCommand(SchoolDocument& document, qint64 actionId);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_actionId;
    Action m_action;
    ActionLinks m_links;
};

} // namespace equimark
