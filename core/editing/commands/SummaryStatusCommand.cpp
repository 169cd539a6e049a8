#include "editing/commands/SummaryStatusCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/AccreditationRepository.h"

namespace equimark {

QString SummaryStatusCommand::kindText(Kind kind) {
    switch (kind) {
    case Kind::Verify:
        return SchoolDocument::tr("Verify the accreditation summary");
    case Kind::Return:
        return SchoolDocument::tr("Return the accreditation summary to the school");
    case Kind::Withdraw:
        return SchoolDocument::tr("Withdraw the verification");
    case Kind::Submit:
        break;
    }
    return SchoolDocument::tr("Submit the accreditation summary");
}

SummaryStatusCommand::SummaryStatusCommand(SchoolDocument& document, const Step& step)
    : EditCommand(document, kindText(step.kind))
    , m_step(step) {}

Status SummaryStatusCommand::apply() {
    if (!m_knowsOld) {
        AccreditationRepository repository(document().file());
        auto old = repository.summary(m_step.summaryId);
        if (!old)
            return old.error();
        auto badges = repository.badgesForSummary(m_step.summaryId);
        if (!badges)
            return badges.error();
        m_before = *old;
        m_badgesBefore = *badges;
        m_knowsOld = true;
    }
    if (auto done = perform(); !done)
        return done;
    emit document().summaryChanged(m_step.summaryId);
    return {};
}

Status SummaryStatusCommand::perform() {
    AccreditationRepository repository(document().file());
    switch (m_step.kind) {
    case Kind::Verify:
        return repository.verify(m_step.summaryId, m_step.advisor, m_step.on, m_step.comments,
                                 m_step.visitId);
    case Kind::Return:
        return repository.returnToSchool(m_step.summaryId, m_step.advisor, m_step.on,
                                         m_step.comments);
    case Kind::Withdraw:
        return repository.withdrawVerification(m_step.summaryId, m_step.comments);
    case Kind::Submit:
        break;
    }
    return repository.submit(m_step.summaryId, m_step.on);
}

Status SummaryStatusCommand::revert() {
    if (auto restored =
            AccreditationRepository(document().file()).restoreStatus(m_before, m_badgesBefore);
        !restored)
        return restored;
    emit document().summaryChanged(m_step.summaryId);
    return {};
}

} // namespace equimark
