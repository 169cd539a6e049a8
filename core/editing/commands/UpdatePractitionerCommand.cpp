#include "editing/commands/UpdatePractitionerCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

UpdatePractitionerCommand::UpdatePractitionerCommand(SchoolDocument& document,
                                                     const Practitioner& practitioner)
    : EditCommand(document,
                  SchoolDocument::tr("Change practitioner %1").arg(practitioner.name.trimmed()))
    , m_practitioner(practitioner) {}

Status UpdatePractitionerCommand::apply() {
    if (!m_knowsOld) {
        auto old = PortfolioRepository(document().file()).practitioner(m_practitioner.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_practitioner);
}

Status UpdatePractitionerCommand::revert() {
    return write(m_old);
}

Status UpdatePractitionerCommand::write(const Practitioner& practitioner) {
    if (auto written = PortfolioRepository(document().file()).updatePractitioner(practitioner);
        !written)
        return written;
    emit document().practitionersChanged();
    return {};
}

} // namespace equimark
