#include "editing/commands/UpdateImpactItemCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

UpdateImpactItemCommand::UpdateImpactItemCommand(SchoolDocument& document, const ImpactItem& item)
    : EditCommand(document,
                  SchoolDocument::tr("Change evidence of impact \"%1\"").arg(item.title.trimmed()))
    , m_item(item) {}

Status UpdateImpactItemCommand::apply() {
    if (!m_knowsOld) {
        auto old = PortfolioRepository(document().file()).impactItem(m_item.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
        m_item.portfolioId = m_old.portfolioId;
    }
    return write(m_item);
}

Status UpdateImpactItemCommand::revert() {
    return write(m_old);
}

Status UpdateImpactItemCommand::write(const ImpactItem& item) {
    if (auto written = PortfolioRepository(document().file()).updateImpactItem(item); !written)
        return written;
    emit document().portfolioChanged(item.portfolioId);
    return {};
}

} // namespace equimark
