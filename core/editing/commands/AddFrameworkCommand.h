#pragma once

#include "domain/Framework.h"
#include "editing/EditCommand.h"

namespace equimark {

// Starts using the framework of a kind that ships with Equimark (e.g. the RACE Charter Mark
// in a file made without it). Undo takes it out of the file again, which the repository
// refuses once the school has recorded anything against it.
class AddFrameworkCommand : public EditCommand {
public:
    AddFrameworkCommand(SchoolDocument& document, Framework::Kind kind);

    Status apply() override;
    Status revert() override;
    // The added framework's id once applied.
    QString frameworkId() const { return m_frameworkId; }

private:
    Framework::Kind m_kind;
    QString m_frameworkId;
};

} // namespace equimark
