#pragma once

#include "domain/Rating.h"
#include "editing/EditCommand.h"

#include <QString>

namespace equimark {

// Judges one audit statement (rating and evidence note) in one year's audit.
class SetJudgementCommand : public EditCommand {
public:
    SetJudgementCommand(SchoolDocument& document, qint64 auditId, const QString& statementId,
                        Rating rating, const QString& note);

    Status apply() override;
    Status revert() override;

private:
    Status write(Rating rating, const QString& note);

    qint64 m_auditId;
    QString m_statementId;
    Rating m_rating;
    QString m_note;
    Rating m_oldRating = Rating::None;
    QString m_oldNote;
    bool m_knowsOld = false;
};

} // namespace equimark
