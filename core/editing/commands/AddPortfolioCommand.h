#pragma once

#include "domain/ImpactItem.h"
#include "domain/Portfolio.h"
#include "editing/EditCommand.h"

#include <vector>

namespace equimark {

// Starts a portfolio for a practitioner. Undo removes it; redo puts it back under the same id
// with the evidence of impact it had by then. Announced as portfolioChanged(new id).
class AddPortfolioCommand : public EditCommand {
public:
    AddPortfolioCommand(SchoolDocument& document, const Portfolio& portfolio);

    Status apply() override;
    Status revert() override;
    qint64 portfolioId() const { return m_portfolio.id; }

private:
    Portfolio m_portfolio;
    std::vector<ImpactItem> m_items;
    bool m_added = false;
};

} // namespace equimark
