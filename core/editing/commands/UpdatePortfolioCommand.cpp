#include "editing/commands/UpdatePortfolioCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

UpdatePortfolioCommand::UpdatePortfolioCommand(SchoolDocument& document, const Portfolio& portfolio)
    : EditCommand(document,
                  SchoolDocument::tr("Change portfolio \"%1\"").arg(portfolio.programme.trimmed()))
    , m_portfolio(portfolio) {}

Status UpdatePortfolioCommand::apply() {
    if (!m_knowsOld) {
        auto old = PortfolioRepository(document().file()).portfolio(m_portfolio.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_portfolio);
}

Status UpdatePortfolioCommand::revert() {
    return write(m_old);
}

Status UpdatePortfolioCommand::write(const Portfolio& portfolio) {
    if (auto written = PortfolioRepository(document().file()).updatePortfolio(portfolio); !written)
        return written;
    emit document().portfolioChanged(portfolio.id);
    return {};
}

} // namespace equimark
