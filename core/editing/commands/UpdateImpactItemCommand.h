#pragma once

#include "domain/ImpactItem.h"
#include "editing/EditCommand.h"

namespace equimark {

// Changes evidence of impact: its texts, dates and its links to criteria, standards and
// evidence.
class UpdateImpactItemCommand : public EditCommand {
public:
    UpdateImpactItemCommand(SchoolDocument& document, const ImpactItem& item);

    Status apply() override;
    Status revert() override;

private:
    Status write(const ImpactItem& item);

    ImpactItem m_item;
    ImpactItem m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
