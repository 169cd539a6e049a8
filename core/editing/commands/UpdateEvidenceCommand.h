#pragma once

#include "domain/EvidenceItem.h"
#include "editing/EditCommand.h"

namespace equimark {

// Changes an item of evidence: title, type, date, description and its links to statements,
// actions and strands (attachments have their own commands).
class UpdateEvidenceCommand : public EditCommand {
public:
    UpdateEvidenceCommand(SchoolDocument& document, const EvidenceItem& item);

    Status apply() override;
    Status revert() override;

private:
    Status write(const EvidenceItem& item);

    EvidenceItem m_item;
    EvidenceItem m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
