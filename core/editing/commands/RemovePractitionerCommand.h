#pragma once

#include "editing/EditCommand.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

// Removes a practitioner with their portfolios and evidence of impact (the shared evidence
// store is untouched). Undo puts all of it back under the same ids.
class RemovePractitionerCommand : public EditCommand {
public:
    RemovePractitionerCommand(SchoolDocument& document, qint64 practitionerId);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_practitionerId;
    PractitionerRecord m_record;
};

} // namespace equimark
