#pragma once

#include "domain/ImpactItem.h"
#include "editing/EditCommand.h"

namespace equimark {

// Adds evidence of impact to a portfolio. Undo removes it; redo puts it back under the same
// id.
class AddImpactItemCommand : public EditCommand {
public:
    AddImpactItemCommand(SchoolDocument& document, const ImpactItem& item);

    Status apply() override;
    Status revert() override;
    qint64 itemId() const { return m_item.id; }

private:
    ImpactItem m_item;
    bool m_added = false;
};

} // namespace equimark
