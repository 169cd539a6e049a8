#pragma once

#include "domain/Action.h"
#include "editing/EditCommand.h"
#include "editing/commands/PlannedAction.h"

#include <QString>

namespace equimark {

// Raises an action for a RACE Charter criterion into the school's one action plan: the
// action gets the equality mark's race strand (when the file's equality mark has one) and
// is linked to the criterion, so the same work counts for both. One step on the undo stack:
// undo removes the action and its link; redo puts back the very same action and link.
class RaiseCharterActionCommand : public EditCommand {
public:
    RaiseCharterActionCommand(SchoolDocument& document, const QString& frameworkId,
                              const QString& criterionId, const Action& action);

    Status apply() override;
    Status revert() override;
    // The new action's id once applied.
    qint64 actionId() const { return m_planned.action.id; }

private:
    Status link();

    QString m_frameworkId;
    QString m_criterionId;
    PlannedAction m_planned;
};

} // namespace equimark
