#include "editing/commands/UpdateMemberCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ReferenceGroupRepository.h"

namespace equimark {

UpdateMemberCommand::UpdateMemberCommand(SchoolDocument& document, const Member& member)
    : EditCommand(document, SchoolDocument::tr("Change %1").arg(member.name.trimmed()))
    , m_member(member) {}

Status UpdateMemberCommand::apply() {
    if (!m_knowsOld) {
        auto old = ReferenceGroupRepository(document().file()).member(m_member.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_member);
}

Status UpdateMemberCommand::revert() {
    return write(m_old);
}

Status UpdateMemberCommand::write(const Member& member) {
    if (auto written = ReferenceGroupRepository(document().file()).updateMember(member); !written)
        return written;
    emit document().membersChanged();
    return {};
}

} // namespace equimark
