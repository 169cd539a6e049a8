#pragma once

#include "domain/Action.h"
#include "editing/EditCommand.h"
#include "editing/commands/PlannedAction.h"

#include <QString>

namespace equimark {

// Raises an action into the school's one action plan from a criterion of another framework
// (a RACE Charter criterion, an ambition's success criterion): the action gets the equality
// mark's race strand (when the file's equality mark has one) and is linked to the
// criterion, so the same work counts for both. One step on the undo stack: undo removes the
// action and its link; redo puts back the very same action and link. Subclasses say how the
// criterion is checked and linked and which signal announces it.
class RaiseLinkedActionCommand : public EditCommand {
public:
    Status apply() override;
    Status revert() override;
    // The new action's id once applied.
    qint64 actionId() const { return m_planned.action.id; }

protected:
    RaiseLinkedActionCommand(SchoolDocument& document, const QString& text, const Action& action);

    // Refuses a criterion that does not exist, before any action is added.
    virtual Status checkCriterion() = 0;
    // Adds the action to the criterion's links (the link goes with the action on removal:
    // ON DELETE CASCADE).
    virtual Status link(qint64 actionId) = 0;
    // Emits the criterion's change signal.
    virtual void announce() = 0;

private:
    PlannedAction m_planned;
};

} // namespace equimark
