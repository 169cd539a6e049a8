#pragma once

#include "editing/commands/RaiseLinkedActionCommand.h"

#include <QString>

namespace equimark {

// Raises an action for an ambition's success criterion into the school's one action plan
// under the race strand, linked to the criterion for one academic year (see
// RaiseLinkedActionCommand).
class RaiseAmbitionActionCommand : public RaiseLinkedActionCommand {
public:
    RaiseAmbitionActionCommand(SchoolDocument& document, const QString& frameworkId,
                               const QString& criterionId, const QString& year,
                               const Action& action);

protected:
    Status checkCriterion() override;
    Status link(qint64 actionId) override;
    void announce() override;

private:
    QString m_frameworkId;
    QString m_criterionId;
    QString m_year;
};

} // namespace equimark
