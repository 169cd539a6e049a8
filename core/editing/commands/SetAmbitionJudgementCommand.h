#pragma once

#include "domain/AmbitionJudgement.h"
#include "editing/EditCommand.h"

#include <QString>

namespace equimark {

// Sets the whole judgement of one ambition success criterion for one academic year: status,
// evidence notes and the evidence and action links. Undo puts the previous judgement back,
// links included.
class SetAmbitionJudgementCommand : public EditCommand {
public:
    SetAmbitionJudgementCommand(SchoolDocument& document, const QString& frameworkId,
                                const AmbitionJudgement& judgement);

    Status apply() override;
    Status revert() override;

private:
    Status write(const AmbitionJudgement& judgement);

    QString m_frameworkId;
    AmbitionJudgement m_judgement;
    AmbitionJudgement m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
