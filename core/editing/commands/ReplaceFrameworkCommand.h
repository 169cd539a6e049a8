#pragma once

#include "domain/Framework.h"
#include "editing/EditCommand.h"

namespace equimark {

// Stores new wording for a framework the file uses (completed in the app or imported from
// a framework file). Undo puts the previous wording back.
class ReplaceFrameworkCommand : public EditCommand {
public:
    ReplaceFrameworkCommand(SchoolDocument& document, const Framework& before,
                            const Framework& after);

    Status apply() override;
    Status revert() override;

private:
    Status write(const Framework& framework);

    Framework m_before;
    Framework m_after;
};

} // namespace equimark
