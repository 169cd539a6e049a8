#pragma once

#include "domain/CharterEvaluation.h"
#include "editing/EditCommand.h"

#include <QString>

namespace equimark {

// Sets the whole RACE Charter judgement of one criterion: rubric level, evidence notes and
// the evidence and action links. Undo puts the previous judgement back, links included.
class SetCriterionJudgementCommand : public EditCommand {
public:
    SetCriterionJudgementCommand(SchoolDocument& document, const QString& frameworkId,
                                 const CriterionJudgement& judgement);

    Status apply() override;
    Status revert() override;

private:
    Status write(const CriterionJudgement& judgement);

    QString m_frameworkId;
    CriterionJudgement m_judgement;
    CriterionJudgement m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
