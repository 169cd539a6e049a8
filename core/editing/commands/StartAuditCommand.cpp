#include "editing/commands/StartAuditCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

StartAuditCommand::StartAuditCommand(SchoolDocument& document, AcademicYear year,
                                     AuditRepository::CarryForward carry)
    : EditCommand(document, SchoolDocument::tr("Start the %1 audit").arg(year.toString()))
    , m_year(year)
    , m_carry(carry) {}

Status StartAuditCommand::apply() {
    auto started = AuditRepository(document().file()).startAudit(m_year, m_carry, m_auditId);
    if (!started)
        return started.error();
    m_auditId = started->id;
    emit document().auditsChanged();
    return {};
}

Status StartAuditCommand::revert() {
    if (auto removed = AuditRepository(document().file()).removeAudit(m_auditId); !removed)
        return removed;
    emit document().auditsChanged();
    return {};
}

} // namespace equimark
