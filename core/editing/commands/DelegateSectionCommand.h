#pragma once

#include "editing/EditCommand.h"

#include <QString>

namespace equimark {

// Hands a section of one year's audit to a person or group: a whole element (strandId
// empty), a whole strand (elementId empty), or one cell. Delegating a section that already
// has a delegate replaces it; undo puts the previous delegate back (or removes the section's
// delegation when it had none).
class DelegateSectionCommand : public EditCommand {
public:
    DelegateSectionCommand(SchoolDocument& document, qint64 auditId, const QString& elementId,
                           const QString& strandId, const QString& delegate);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_auditId;
    QString m_elementId;
    QString m_strandId;
    QString m_delegate;
    QString m_previous; // empty: the section was not delegated
    bool m_knowsOld = false;
};

} // namespace equimark
