#include "editing/commands/RemoveMeetingCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ReferenceGroupRepository.h"

namespace equimark {

RemoveMeetingCommand::RemoveMeetingCommand(SchoolDocument& document, qint64 meetingId)
    : EditCommand(document, SchoolDocument::tr("Remove a meeting"))
    , m_meetingId(meetingId) {}

Status RemoveMeetingCommand::apply() {
    ReferenceGroupRepository group(document().file());
    auto meeting = group.meeting(m_meetingId);
    if (!meeting)
        return meeting.error();
    if (auto removed = group.removeMeeting(m_meetingId); !removed)
        return removed;
    m_meeting = *meeting;
    emit document().meetingsChanged();
    return {};
}

Status RemoveMeetingCommand::revert() {
    if (auto restored = ReferenceGroupRepository(document().file()).restoreMeeting(m_meeting);
        !restored)
        return restored;
    emit document().meetingsChanged();
    return {};
}

} // namespace equimark
