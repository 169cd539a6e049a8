#pragma once

#include "editing/commands/RaiseLinkedActionCommand.h"

#include <QString>

namespace equimark {

// Raises an action for a RACE Charter criterion into the school's one action plan, linked
// to the criterion (see RaiseLinkedActionCommand).
class RaiseCharterActionCommand : public RaiseLinkedActionCommand {
public:
    RaiseCharterActionCommand(SchoolDocument& document, const QString& frameworkId,
                              const QString& criterionId, const Action& action);

protected:
    Status checkCriterion() override;
    Status link(qint64 actionId) override;
    void announce() override;

private:
    QString m_frameworkId;
    QString m_criterionId;
};

} // namespace equimark
