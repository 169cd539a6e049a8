#include "editing/commands/AddImpactItemCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

AddImpactItemCommand::AddImpactItemCommand(SchoolDocument& document, const ImpactItem& item)
    : EditCommand(document,
                  SchoolDocument::tr("Add evidence of impact \"%1\"").arg(item.title.trimmed()))
    , m_item(item) {
    m_item.id = 0;
}

Status AddImpactItemCommand::apply() {
    PortfolioRepository portfolios(document().file());
    if (!m_added) {
        auto added = portfolios.addImpactItem(m_item);
        if (!added)
            return added.error();
        m_item.id = *added;
        m_added = true;
    } else if (auto restored = portfolios.restoreImpactItem(m_item); !restored) {
        return restored;
    }
    emit document().portfolioChanged(m_item.portfolioId);
    return {};
}

Status AddImpactItemCommand::revert() {
    PortfolioRepository portfolios(document().file());
    // Keep later edits to the item for the redo.
    auto current = portfolios.impactItem(m_item.id);
    if (!current)
        return current.error();
    if (auto removed = portfolios.removeImpactItem(m_item.id); !removed)
        return removed;
    m_item = *current;
    emit document().portfolioChanged(m_item.portfolioId);
    return {};
}

} // namespace equimark
