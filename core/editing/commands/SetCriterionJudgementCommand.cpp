#include "editing/commands/SetCriterionJudgementCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/CharterRepository.h"

namespace equimark {

SetCriterionJudgementCommand::SetCriterionJudgementCommand(SchoolDocument& document,
                                                           const QString& frameworkId,
                                                           const CriterionJudgement& judgement)
    : EditCommand(document,
                  SchoolDocument::tr("Judge RACE Charter criterion %1").arg(judgement.criterionId))
    , m_frameworkId(frameworkId)
    , m_judgement(judgement) {}

Status SetCriterionJudgementCommand::apply() {
    if (!m_knowsOld) {
        auto old =
            CharterRepository(document().file()).judgement(m_frameworkId, m_judgement.criterionId);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_judgement);
}

Status SetCriterionJudgementCommand::revert() {
    return write(m_old);
}

Status SetCriterionJudgementCommand::write(const CriterionJudgement& judgement) {
    if (auto written = CharterRepository(document().file()).setJudgement(m_frameworkId, judgement);
        !written)
        return written;
    emit document().charterChanged(m_frameworkId, judgement.criterionId);
    return {};
}

} // namespace equimark
