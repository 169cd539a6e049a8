#pragma once

#include "domain/Practitioner.h"
#include "editing/EditCommand.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

// Adds a practitioner working towards Lead Practitioner accreditation. Undo removes them;
// redo puts them back under the same id with whatever portfolios they had by then.
class AddPractitionerCommand : public EditCommand {
public:
    AddPractitionerCommand(SchoolDocument& document, const Practitioner& practitioner);

    Status apply() override;
    Status revert() override;
    qint64 practitionerId() const { return m_record.practitioner.id; }

private:
    PractitionerRecord m_record;
    bool m_added = false;
};

} // namespace equimark
