#pragma once

#include "domain/Meeting.h"
#include "editing/EditCommand.h"

namespace equimark {

// Removes a meeting with its attendance; undo puts it back under the same id.
class RemoveMeetingCommand : public EditCommand {
public:
    RemoveMeetingCommand(SchoolDocument& document, qint64 meetingId);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_meetingId;
    Meeting m_meeting;
};

} // namespace equimark
