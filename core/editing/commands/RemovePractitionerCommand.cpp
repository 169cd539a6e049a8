#include "editing/commands/RemovePractitionerCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

RemovePractitionerCommand::RemovePractitionerCommand(SchoolDocument& document,
                                                     qint64 practitionerId)
    : EditCommand(document, SchoolDocument::tr("Remove practitioner"))
    , m_practitionerId(practitionerId) {}

Status RemovePractitionerCommand::apply() {
    PortfolioRepository portfolios(document().file());
    auto record = portfolios.practitionerRecord(m_practitionerId);
    if (!record)
        return record.error();
    if (auto removed = portfolios.removePractitioner(m_practitionerId); !removed)
        return removed;
    m_record = std::move(*record);
    setText(SchoolDocument::tr("Remove practitioner %1").arg(m_record.practitioner.name));
    for (const auto& portfolio : m_record.portfolios)
        emit document().portfolioRemoved(portfolio.id);
    emit document().practitionersChanged();
    return {};
}

Status RemovePractitionerCommand::revert() {
    if (auto restored = PortfolioRepository(document().file()).restorePractitioner(m_record);
        !restored)
        return restored;
    emit document().practitionersChanged();
    for (const auto& portfolio : m_record.portfolios)
        emit document().portfolioChanged(portfolio.id);
    return {};
}

} // namespace equimark
