#pragma once

#include "domain/CharterEvaluation.h"
#include "editing/EditCommand.h"

#include <QString>

namespace equimark {

// Sets the RACE Charter Mark award level the school works towards, and the award it holds
// with its date.
class SetCharterStatusCommand : public EditCommand {
public:
    SetCharterStatusCommand(SchoolDocument& document, const QString& frameworkId,
                            const CharterStatus& status);

    Status apply() override;
    Status revert() override;

private:
    Status write(const CharterStatus& status);

    QString m_frameworkId;
    CharterStatus m_status;
    CharterStatus m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
