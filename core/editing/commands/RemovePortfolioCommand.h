#pragma once

#include "domain/ImpactItem.h"
#include "domain/Portfolio.h"
#include "editing/EditCommand.h"

#include <vector>

namespace equimark {

// Removes a portfolio with its evidence of impact (the shared evidence store is untouched).
// Undo puts it back under the same ids.
class RemovePortfolioCommand : public EditCommand {
public:
    RemovePortfolioCommand(SchoolDocument& document, qint64 portfolioId);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_portfolioId;
    Portfolio m_portfolio;
    std::vector<ImpactItem> m_items;
};

} // namespace equimark
