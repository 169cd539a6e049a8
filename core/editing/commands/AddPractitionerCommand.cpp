#include "editing/commands/AddPractitionerCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

AddPractitionerCommand::AddPractitionerCommand(SchoolDocument& document,
                                               const Practitioner& practitioner)
    : EditCommand(document,
                  SchoolDocument::tr("Add practitioner %1").arg(practitioner.name.trimmed())) {
    m_record.practitioner = practitioner;
    m_record.practitioner.id = 0;
}

Status AddPractitionerCommand::apply() {
    PortfolioRepository portfolios(document().file());
    if (!m_added) {
        auto added = portfolios.addPractitioner(m_record.practitioner);
        if (!added)
            return added.error();
        m_record.practitioner.id = *added;
        m_added = true;
    } else if (auto restored = portfolios.restorePractitioner(m_record); !restored) {
        return restored;
    }
    emit document().practitionersChanged();
    return {};
}

Status AddPractitionerCommand::revert() {
    PortfolioRepository portfolios(document().file());
    // Keep what was recorded since (renames, portfolios) for the redo.
    auto record = portfolios.practitionerRecord(m_record.practitioner.id);
    if (!record)
        return record.error();
    if (auto removed = portfolios.removePractitioner(m_record.practitioner.id); !removed)
        return removed;
    m_record = std::move(*record);
    for (const auto& portfolio : m_record.portfolios)
        emit document().portfolioRemoved(portfolio.id);
    emit document().practitionersChanged();
    return {};
}

} // namespace equimark
