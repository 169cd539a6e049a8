#pragma once

#include "domain/Action.h"
#include "editing/EditCommand.h"

namespace equimark {

// Changes an action's fields (title, strands, element, SIP priority, owner, dates, success
// criteria, cost, status, impact). `text` names the change for the Edit menu ("Change due
// date"). Progress notes have their own commands.
class UpdateActionCommand : public EditCommand {
public:
    UpdateActionCommand(SchoolDocument& document, const Action& action, const QString& text);

    Status apply() override;
    Status revert() override;

private:
    Status write(const Action& action);

    Action m_action;
    Action m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
