#pragma once

#include "domain/Portfolio.h"
#include "editing/EditCommand.h"

namespace equimark {

// Changes a portfolio's details, status, self-assessment or reflections.
class UpdatePortfolioCommand : public EditCommand {
public:
    UpdatePortfolioCommand(SchoolDocument& document, const Portfolio& portfolio);

    Status apply() override;
    Status revert() override;

private:
    Status write(const Portfolio& portfolio);

    Portfolio m_portfolio;
    Portfolio m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
