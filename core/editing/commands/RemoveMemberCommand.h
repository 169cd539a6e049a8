#pragma once

#include "domain/Member.h"
#include "editing/EditCommand.h"

#include <QList>

namespace equimark {

// Removes a member and their attendance at meetings; undo puts both back.
class RemoveMemberCommand : public EditCommand {
public:
    RemoveMemberCommand(SchoolDocument& document, qint64 memberId, const QString& name);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_memberId;
    Member m_member;
    QList<qint64> m_attended;
};

} // namespace equimark
