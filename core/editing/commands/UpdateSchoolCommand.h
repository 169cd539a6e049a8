#pragma once

#include "domain/School.h"
#include "editing/EditCommand.h"

namespace equimark {

// Changes the school's own details (name, URN, phase, support package, meeting frequency).
class UpdateSchoolCommand : public EditCommand {
public:
    UpdateSchoolCommand(SchoolDocument& document, const School& school);

    Status apply() override;
    Status revert() override;

private:
    Status write(const School& school);

    School m_school;
    School m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
