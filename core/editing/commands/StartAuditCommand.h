#pragma once

#include "domain/AcademicYear.h"
#include "editing/EditCommand.h"
#include "storage/AuditRepository.h"

namespace equimark {

// Starts a year's whole-school audit, optionally carrying last year's evidence notes
// forward. Undo removes the new audit; redo starts it again under the same id, so later
// commands that refer to it stay valid.
class StartAuditCommand : public EditCommand {
public:
    StartAuditCommand(SchoolDocument& document, AcademicYear year,
                      AuditRepository::CarryForward carry);

    Status apply() override;
    Status revert() override;

    // The audit's id once applied (0 before).
    qint64 auditId() const { return m_auditId; }

private:
    AcademicYear m_year;
    AuditRepository::CarryForward m_carry;
    qint64 m_auditId = 0;
};

} // namespace equimark
