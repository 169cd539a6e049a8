#include "editing/commands/RemoveMemberCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ReferenceGroupRepository.h"

namespace equimark {

RemoveMemberCommand::RemoveMemberCommand(SchoolDocument& document, qint64 memberId,
                                         const QString& name)
    : EditCommand(document, SchoolDocument::tr("Remove %1 from the reference group").arg(name))
    , m_memberId(memberId) {}

Status RemoveMemberCommand::apply() {
    ReferenceGroupRepository group(document().file());
    auto member = group.member(m_memberId);
    if (!member)
        return member.error();
    auto attended = group.meetingsAttendedBy(m_memberId);
    if (!attended)
        return attended.error();
    if (auto removed = group.removeMember(m_memberId); !removed)
        return removed;
    m_member = *member;
    m_attended = *attended;
    emit document().membersChanged();
    emit document().meetingsChanged();
    return {};
}

Status RemoveMemberCommand::revert() {
    if (auto restored =
            ReferenceGroupRepository(document().file()).restoreMember(m_member, m_attended);
        !restored)
        return restored;
    emit document().membersChanged();
    emit document().meetingsChanged();
    return {};
}

} // namespace equimark
