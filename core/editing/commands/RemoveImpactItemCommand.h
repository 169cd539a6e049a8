#pragma once

#include "domain/ImpactItem.h"
#include "editing/EditCommand.h"

namespace equimark {

// Removes evidence of impact from a portfolio (the shared evidence store is untouched). Undo
// puts it back under the same id.
class RemoveImpactItemCommand : public EditCommand {
public:
    RemoveImpactItemCommand(SchoolDocument& document, qint64 itemId);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_itemId;
    ImpactItem m_item;
};

} // namespace equimark
