#pragma once

#include "domain/Action.h"
#include "editing/EditCommand.h"
#include "editing/commands/PlannedAction.h"

namespace equimark {

// Adds an action to the plan. Undo removes it; redo puts back the very same action (same
// id, with any progress notes and evidence links it gained in between).
class AddActionCommand : public EditCommand {
public:
    AddActionCommand(SchoolDocument& document, const Action& action);

    Status apply() override;
    Status revert() override;
    // The new action's id once applied.
    qint64 actionId() const { return m_planned.action.id; }

private:
    PlannedAction m_planned;
};

} // namespace equimark
