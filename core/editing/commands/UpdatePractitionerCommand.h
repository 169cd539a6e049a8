#pragma once

#include "domain/Practitioner.h"
#include "editing/EditCommand.h"

namespace equimark {

// Changes a practitioner's name or role.
class UpdatePractitionerCommand : public EditCommand {
public:
    UpdatePractitionerCommand(SchoolDocument& document, const Practitioner& practitioner);

    Status apply() override;
    Status revert() override;

private:
    Status write(const Practitioner& practitioner);

    Practitioner m_practitioner;
    Practitioner m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
