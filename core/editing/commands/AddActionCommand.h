#pragma once

#include "domain/Action.h"
#include "editing/EditCommand.h"
#include "storage/ActionRepository.h"

namespace equimark {

// Adds an action to the plan. Undo removes it; redo puts back the very same action (same
// id, with any progress notes and evidence links it gained in between).
class AddActionCommand : public EditCommand {
public:
    AddActionCommand(SchoolDocument& document, const Action& action);

    Status apply() override;
    Status revert() override;
    // The new action's id once applied.
    qint64 actionId() const { return m_action.id; }

private:
    Action m_action;
    ActionLinks m_links;
    bool m_added = false; // applied once: later redos restore rather than add
};

} // namespace equimark
