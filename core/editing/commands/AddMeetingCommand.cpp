#include "editing/commands/AddMeetingCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ReferenceGroupRepository.h"

#include <QLocale>

namespace equimark {

AddMeetingCommand::AddMeetingCommand(SchoolDocument& document, const Meeting& meeting)
    : EditCommand(document, SchoolDocument::tr("Add the meeting of %1")
                                .arg(QLocale().toString(meeting.heldOn, QLocale::ShortFormat)))
    , m_meeting(meeting) {}

Status AddMeetingCommand::apply() {
    ReferenceGroupRepository group(document().file());
    if (m_meeting.id == 0) {
        auto added = group.addMeeting(m_meeting);
        if (!added)
            return added.error();
        m_meeting.id = *added;
    } else if (auto restored = group.restoreMeeting(m_meeting); !restored) {
        return restored;
    }
    emit document().meetingsChanged();
    return {};
}

Status AddMeetingCommand::revert() {
    ReferenceGroupRepository group(document().file());
    if (auto current = group.meeting(m_meeting.id))
        m_meeting = *current;
    if (auto removed = group.removeMeeting(m_meeting.id); !removed)
        return removed;
    emit document().meetingsChanged();
    return {};
}

} // namespace equimark
