#include "editing/commands/UpdateSummaryCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/AccreditationRepository.h"

namespace equimark {

UpdateSummaryCommand::UpdateSummaryCommand(SchoolDocument& document,
                                           const AccreditationSummary& summary)
    : EditCommand(document, SchoolDocument::tr("Edit the %1 accreditation summary")
                                .arg(document.equalityMark().strand(summary.strandId)
                                         ? document.equalityMark().strand(summary.strandId)->name
                                         : summary.strandId))
    , m_summary(summary) {}

Status UpdateSummaryCommand::apply() {
    if (!m_knowsOld) {
        auto old = AccreditationRepository(document().file()).summary(m_summary.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_summary);
}

Status UpdateSummaryCommand::revert() {
    return write(m_old);
}

Status UpdateSummaryCommand::write(const AccreditationSummary& summary) {
    if (auto written = AccreditationRepository(document().file()).updateContent(summary); !written)
        return written;
    emit document().summaryChanged(summary.id);
    return {};
}

} // namespace equimark
