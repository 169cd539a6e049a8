#include "editing/commands/RemoveDelegationCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/AuditRepository.h"

namespace equimark {

RemoveDelegationCommand::RemoveDelegationCommand(SchoolDocument& document, qint64 auditId,
                                                 const QString& elementId, const QString& strandId)
    : EditCommand(document, SchoolDocument::tr("Remove delegation"))
    , m_auditId(auditId)
    , m_elementId(elementId)
    , m_strandId(strandId) {}

Status RemoveDelegationCommand::apply() {
    AuditRepository audits(document().file());
    auto existing = audits.section(m_auditId, m_elementId, m_strandId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return Error::make(Error::Code::NotFound,
                           SchoolDocument::tr("That section of the audit is not delegated."));
    m_delegate = (*existing)->delegate;
    if (auto removed = audits.removeDelegation((*existing)->id); !removed)
        return removed;
    emit document().delegationsChanged(m_auditId);
    return {};
}

Status RemoveDelegationCommand::revert() {
    if (auto restored = AuditRepository(document().file())
                            .delegate(m_auditId, m_elementId, m_strandId, m_delegate);
        !restored)
        return restored.error();
    emit document().delegationsChanged(m_auditId);
    return {};
}

} // namespace equimark
