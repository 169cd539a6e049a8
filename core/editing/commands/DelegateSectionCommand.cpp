#include "editing/commands/DelegateSectionCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/AuditRepository.h"

namespace equimark {

DelegateSectionCommand::DelegateSectionCommand(SchoolDocument& document, qint64 auditId,
                                               const QString& elementId, const QString& strandId,
                                               const QString& delegate)
    : EditCommand(document, SchoolDocument::tr("Delegate to %1").arg(delegate.trimmed()))
    , m_auditId(auditId)
    , m_elementId(elementId)
    , m_strandId(strandId)
    , m_delegate(delegate.trimmed()) {}

Status DelegateSectionCommand::apply() {
    if (!m_knowsOld) {
        auto existing =
            AuditRepository(document().file()).section(m_auditId, m_elementId, m_strandId);
        if (!existing)
            return existing.error();
        m_previous = *existing ? (*existing)->delegate : QString();
        m_knowsOld = true;
    }
    auto delegated =
        AuditRepository(document().file()).delegate(m_auditId, m_elementId, m_strandId, m_delegate);
    if (!delegated)
        return delegated.error();
    emit document().delegationsChanged(m_auditId);
    return {};
}

Status DelegateSectionCommand::revert() {
    AuditRepository audits(document().file());
    if (m_previous.isEmpty()) {
        auto existing = audits.section(m_auditId, m_elementId, m_strandId);
        if (!existing)
            return existing.error();
        if (*existing) {
            if (auto removed = audits.removeDelegation((*existing)->id); !removed)
                return removed;
        }
    } else if (auto restored = audits.delegate(m_auditId, m_elementId, m_strandId, m_previous);
               !restored) {
        return restored.error();
    }
    emit document().delegationsChanged(m_auditId);
    return {};
}

} // namespace equimark
