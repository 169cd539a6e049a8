#include "editing/commands/SetJudgementCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/AuditRepository.h"

namespace equimark {

SetJudgementCommand::SetJudgementCommand(SchoolDocument& document, qint64 auditId,
                                         const QString& statementId, Rating rating,
                                         const QString& note)
    : EditCommand(document,
                  SchoolDocument::tr("Judge %1 as %2").arg(statementId, ratingLabel(rating)))
    , m_auditId(auditId)
    , m_statementId(statementId)
    , m_rating(rating)
    , m_note(note) {}

Status SetJudgementCommand::apply() {
    if (!m_knowsOld) {
        auto old = AuditRepository(document().file()).judgement(m_auditId, m_statementId);
        if (!old)
            return old.error();
        m_oldRating = old->rating;
        m_oldNote = old->note;
        m_knowsOld = true;
    }
    return write(m_rating, m_note);
}

Status SetJudgementCommand::revert() {
    return write(m_oldRating, m_oldNote);
}

Status SetJudgementCommand::write(Rating rating, const QString& note) {
    if (auto written =
            AuditRepository(document().file()).setJudgement(m_auditId, m_statementId, rating, note);
        !written)
        return written;
    emit document().judgementChanged(m_auditId, m_statementId);
    return {};
}

} // namespace equimark
