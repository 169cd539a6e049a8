#include "editing/commands/SetAmbitionJudgementCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/AmbitionRepository.h"

namespace equimark {

SetAmbitionJudgementCommand::SetAmbitionJudgementCommand(SchoolDocument& document,
                                                         const QString& frameworkId,
                                                         const AmbitionJudgement& judgement)
    : EditCommand(document, SchoolDocument::tr("Judge ambition criterion %1 for %2")
                                .arg(judgement.criterionId, judgement.year))
    , m_frameworkId(frameworkId)
    , m_judgement(judgement) {}

Status SetAmbitionJudgementCommand::apply() {
    if (!m_knowsOld) {
        auto old = AmbitionRepository(document().file())
                       .judgement(m_frameworkId, m_judgement.criterionId, m_judgement.year);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_judgement);
}

Status SetAmbitionJudgementCommand::revert() {
    return write(m_old);
}

Status SetAmbitionJudgementCommand::write(const AmbitionJudgement& judgement) {
    if (auto written = AmbitionRepository(document().file()).setJudgement(m_frameworkId, judgement);
        !written)
        return written;
    emit document().ambitionChanged(m_frameworkId, judgement.criterionId, judgement.year);
    return {};
}

} // namespace equimark
