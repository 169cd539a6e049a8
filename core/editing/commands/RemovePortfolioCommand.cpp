#include "editing/commands/RemovePortfolioCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

RemovePortfolioCommand::RemovePortfolioCommand(SchoolDocument& document, qint64 portfolioId)
    : EditCommand(document, SchoolDocument::tr("Remove portfolio"))
    , m_portfolioId(portfolioId) {}

Status RemovePortfolioCommand::apply() {
    PortfolioRepository portfolios(document().file());
    auto current = portfolios.portfolio(m_portfolioId);
    if (!current)
        return current.error();
    auto items = portfolios.impactItems(m_portfolioId);
    if (!items)
        return items.error();
    if (auto removed = portfolios.removePortfolio(m_portfolioId); !removed)
        return removed;
    m_portfolio = *current;
    m_items = std::move(*items);
    setText(SchoolDocument::tr("Remove portfolio \"%1\"").arg(m_portfolio.programme));
    emit document().portfolioRemoved(m_portfolioId);
    return {};
}

Status RemovePortfolioCommand::revert() {
    if (auto restored =
            PortfolioRepository(document().file()).restorePortfolio(m_portfolio, m_items);
        !restored)
        return restored;
    emit document().portfolioChanged(m_portfolioId);
    return {};
}

} // namespace equimark
