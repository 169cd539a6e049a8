#pragma once

#include "domain/Meeting.h"
#include "editing/EditCommand.h"

namespace equimark {

// Records a meeting of the reference group. Redo after undo puts it back under the same id.
class AddMeetingCommand : public EditCommand {
public:
    AddMeetingCommand(SchoolDocument& document, const Meeting& meeting);

    Status apply() override;
    Status revert() override;
    qint64 meetingId() const { return m_meeting.id; }

private:
    Meeting m_meeting;
};

} // namespace equimark
