#pragma once

#include "editing/EditCommand.h"

#include <QString>

namespace equimark {

// Takes a section of one year's audit back from its delegate (the section is named by its
// element and strand ids, as in DelegateSectionCommand); undo hands it back.
class RemoveDelegationCommand : public EditCommand {
public:
    RemoveDelegationCommand(SchoolDocument& document, qint64 auditId, const QString& elementId,
                            const QString& strandId);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_auditId;
    QString m_elementId;
    QString m_strandId;
    QString m_delegate; // who had it, for undo
};

} // namespace equimark
