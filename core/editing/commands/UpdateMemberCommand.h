#pragma once

#include "domain/Member.h"
#include "editing/EditCommand.h"

namespace equimark {

// Changes a member's name, role, dates or notes.
class UpdateMemberCommand : public EditCommand {
public:
    UpdateMemberCommand(SchoolDocument& document, const Member& member);

    Status apply() override;
    Status revert() override;

private:
    Status write(const Member& member);

    Member m_member;
    Member m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
