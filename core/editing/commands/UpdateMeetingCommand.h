#pragma once

#include "domain/Meeting.h"
#include "editing/EditCommand.h"

namespace equimark {

// Changes a meeting's date, attendees, notes or decisions.
class UpdateMeetingCommand : public EditCommand {
public:
    UpdateMeetingCommand(SchoolDocument& document, const Meeting& meeting);

    Status apply() override;
    Status revert() override;

private:
    Status write(const Meeting& meeting);

    Meeting m_meeting;
    Meeting m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
