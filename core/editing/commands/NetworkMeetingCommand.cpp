#include "editing/commands/NetworkMeetingCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/VisitRepository.h"

namespace equimark {

namespace {

QString commandText(NetworkMeetingCommand::Kind kind) {
    switch (kind) {
    case NetworkMeetingCommand::Kind::Update:
        return SchoolDocument::tr("Change a network meeting");
    case NetworkMeetingCommand::Kind::Remove:
        return SchoolDocument::tr("Remove a network meeting");
    case NetworkMeetingCommand::Kind::Add:
        break;
    }
    return SchoolDocument::tr("Add a network meeting");
}

} // namespace

NetworkMeetingCommand::NetworkMeetingCommand(SchoolDocument& document, Kind kind,
                                             const NetworkMeeting& meeting)
    : EditCommand(document, commandText(kind))
    , m_kind(kind)
    , m_meeting(meeting) {}

Status NetworkMeetingCommand::apply() {
    VisitRepository repository(document().file());
    if (m_kind != Kind::Add && !m_knowsOld) {
        auto old = repository.networkMeeting(m_meeting.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    Status done;
    switch (m_kind) {
    case Kind::Add:
        if (m_meeting.id == 0) {
            auto added = repository.addNetworkMeeting(m_meeting);
            if (!added)
                return added.error();
            m_meeting.id = *added;
        } else {
            done = repository.restoreNetworkMeeting(m_meeting);
        }
        break;
    case Kind::Update:
        done = repository.updateNetworkMeeting(m_meeting);
        break;
    case Kind::Remove:
        done = repository.removeNetworkMeeting(m_meeting.id);
        break;
    }
    if (!done)
        return done;
    emit document().visitsChanged();
    return {};
}

Status NetworkMeetingCommand::revert() {
    VisitRepository repository(document().file());
    Status done;
    switch (m_kind) {
    case Kind::Add:
        done = repository.removeNetworkMeeting(m_meeting.id);
        break;
    case Kind::Update:
        done = repository.updateNetworkMeeting(m_old);
        break;
    case Kind::Remove:
        done = repository.restoreNetworkMeeting(m_old);
        break;
    }
    if (!done)
        return done;
    emit document().visitsChanged();
    return {};
}

} // namespace equimark
