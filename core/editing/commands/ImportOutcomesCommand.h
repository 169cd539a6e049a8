#pragma once

#include "domain/OutcomeCount.h"
#include "editing/EditCommand.h"

#include <vector>

namespace equimark {

// Writes the outcome counts of an import, replacing those with the same year, measure and
// group. Undo puts back what was there before and takes away what was new.
class ImportOutcomesCommand : public EditCommand {
public:
    ImportOutcomesCommand(SchoolDocument& document, std::vector<OutcomeCount> rows);

    Status apply() override;
    Status revert() override;

private:
    std::vector<OutcomeCount> m_rows;
    std::vector<OutcomeCount> m_old; // the rows the import replaced
    std::vector<OutcomeCount> m_new; // the rows that were not there before
    bool m_knowsOld = false;
};

} // namespace equimark
