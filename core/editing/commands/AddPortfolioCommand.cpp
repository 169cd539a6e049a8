#include "editing/commands/AddPortfolioCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

AddPortfolioCommand::AddPortfolioCommand(SchoolDocument& document, const Portfolio& portfolio)
    : EditCommand(document,
                  SchoolDocument::tr("Start portfolio \"%1\"").arg(portfolio.programme.trimmed()))
    , m_portfolio(portfolio) {
    m_portfolio.id = 0;
}

Status AddPortfolioCommand::apply() {
    PortfolioRepository portfolios(document().file());
    if (!m_added) {
        auto added = portfolios.addPortfolio(m_portfolio);
        if (!added)
            return added.error();
        auto stored = portfolios.portfolio(*added);
        if (!stored)
            return stored.error();
        m_portfolio = *stored;
        m_added = true;
    } else if (auto restored = portfolios.restorePortfolio(m_portfolio, m_items); !restored) {
        return restored;
    }
    emit document().portfolioChanged(m_portfolio.id);
    return {};
}

Status AddPortfolioCommand::revert() {
    PortfolioRepository portfolios(document().file());
    // Keep what the portfolio has become (assessments, items) so a redo brings it all back.
    auto current = portfolios.portfolio(m_portfolio.id);
    if (!current)
        return current.error();
    auto items = portfolios.impactItems(m_portfolio.id);
    if (!items)
        return items.error();
    if (auto removed = portfolios.removePortfolio(m_portfolio.id); !removed)
        return removed;
    m_portfolio = *current;
    m_items = std::move(*items);
    emit document().portfolioRemoved(m_portfolio.id);
    return {};
}

} // namespace equimark
