#include "editing/commands/CreateSummaryCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/AccreditationRepository.h"

namespace equimark {

CreateSummaryCommand::CreateSummaryCommand(SchoolDocument& document, const QString& strandId)
    : EditCommand(document, SchoolDocument::tr("Start the %1 accreditation summary")
                                .arg(document.equalityMark().strand(strandId)
                                         ? document.equalityMark().strand(strandId)->name
                                         : strandId))
    , m_strandId(strandId) {}

Status CreateSummaryCommand::apply() {
    AccreditationRepository repository(document().file());
    if (m_id == 0) {
        auto created = repository.create(m_strandId);
        if (!created)
            return created.error();
        m_id = *created;
    } else if (auto recreated = repository.recreate(m_id, m_strandId); !recreated) {
        return recreated;
    }
    emit document().summaryChanged(m_id);
    return {};
}

Status CreateSummaryCommand::revert() {
    if (auto removed = AccreditationRepository(document().file()).removeDraft(m_id); !removed)
        return removed;
    emit document().summaryChanged(m_id);
    return {};
}

} // namespace equimark
