#pragma once

#include "domain/Member.h"
#include "editing/EditCommand.h"

#include <QList>

namespace equimark {

// Adds a member to the reference group. Undo removes them; redo puts them back under the
// same id, so later commands that refer to them still find them.
class AddMemberCommand : public EditCommand {
public:
    AddMemberCommand(SchoolDocument& document, const Member& member);

    Status apply() override;
    Status revert() override;
    qint64 memberId() const { return m_member.id; }

private:
    Member m_member;
    QList<qint64> m_attended; // meetings marked attended before the undo
};

} // namespace equimark
