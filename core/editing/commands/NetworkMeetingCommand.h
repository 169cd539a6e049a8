#pragma once

#include "domain/Visit.h"
#include "editing/EditCommand.h"

namespace equimark {

// Adds, changes or removes a termly coordinators' network meeting.
class NetworkMeetingCommand : public EditCommand {
public:
    enum class Kind { Add, Update, Remove };

    NetworkMeetingCommand(SchoolDocument& document, Kind kind, const NetworkMeeting& meeting);

    Status apply() override;
    Status revert() override;

    qint64 meetingId() const { return m_meeting.id; }

private:
    Kind m_kind;
    NetworkMeeting m_meeting;
    NetworkMeeting m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
