#include "editing/commands/UpdateMeetingCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ReferenceGroupRepository.h"

#include <QLocale>

namespace equimark {

UpdateMeetingCommand::UpdateMeetingCommand(SchoolDocument& document, const Meeting& meeting)
    : EditCommand(document, SchoolDocument::tr("Change the meeting of %1")
                                .arg(QLocale().toString(meeting.heldOn, QLocale::ShortFormat)))
    , m_meeting(meeting) {}

Status UpdateMeetingCommand::apply() {
    if (!m_knowsOld) {
        auto old = ReferenceGroupRepository(document().file()).meeting(m_meeting.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_meeting);
}

Status UpdateMeetingCommand::revert() {
    return write(m_old);
}

Status UpdateMeetingCommand::write(const Meeting& meeting) {
    if (auto written = ReferenceGroupRepository(document().file()).updateMeeting(meeting); !written)
        return written;
    emit document().meetingsChanged();
    return {};
}

} // namespace equimark
