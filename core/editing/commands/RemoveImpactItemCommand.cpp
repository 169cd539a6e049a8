#include "editing/commands/RemoveImpactItemCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

RemoveImpactItemCommand::RemoveImpactItemCommand(SchoolDocument& document, qint64 itemId)
    : EditCommand(document, SchoolDocument::tr("Remove evidence of impact"))
    , m_itemId(itemId) {}

Status RemoveImpactItemCommand::apply() {
    PortfolioRepository portfolios(document().file());
    auto current = portfolios.impactItem(m_itemId);
    if (!current)
        return current.error();
    if (auto removed = portfolios.removeImpactItem(m_itemId); !removed)
        return removed;
    m_item = *current;
    setText(SchoolDocument::tr("Remove evidence of impact \"%1\"").arg(m_item.title));
    emit document().portfolioChanged(m_item.portfolioId);
    return {};
}

Status RemoveImpactItemCommand::revert() {
    if (auto restored = PortfolioRepository(document().file()).restoreImpactItem(m_item); !restored)
        return restored;
    emit document().portfolioChanged(m_item.portfolioId);
    return {};
}

} // namespace equimark
