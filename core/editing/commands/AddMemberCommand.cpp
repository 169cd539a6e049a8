#include "editing/commands/AddMemberCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ReferenceGroupRepository.h"

namespace equimark {

AddMemberCommand::AddMemberCommand(SchoolDocument& document, const Member& member)
    : EditCommand(document,
                  SchoolDocument::tr("Add %1 to the reference group").arg(member.name.trimmed()))
    , m_member(member) {}

Status AddMemberCommand::apply() {
    ReferenceGroupRepository group(document().file());
    if (m_member.id == 0) {
        auto added = group.addMember(m_member);
        if (!added)
            return added.error();
        m_member.id = *added;
    } else if (auto restored = group.restoreMember(m_member, m_attended); !restored) {
        return restored;
    }
    emit document().membersChanged();
    emit document().meetingsChanged();
    return {};
}

Status AddMemberCommand::revert() {
    ReferenceGroupRepository group(document().file());
    // Keep what was recorded since (name edits, attendance) for the redo.
    if (auto current = group.member(m_member.id))
        m_member = *current;
    if (auto attended = group.meetingsAttendedBy(m_member.id))
        m_attended = *attended;
    if (auto removed = group.removeMember(m_member.id); !removed)
        return removed;
    emit document().membersChanged();
    emit document().meetingsChanged();
    return {};
}

} // namespace equimark
