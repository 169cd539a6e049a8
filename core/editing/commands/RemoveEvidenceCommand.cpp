#include "editing/commands/RemoveEvidenceCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

RemoveEvidenceCommand::RemoveEvidenceCommand(SchoolDocument& document, qint64 evidenceId,
                                             const QString& title)
    : EditCommand(document, SchoolDocument::tr("Remove evidence \"%1\"").arg(title))
    , m_evidenceId(evidenceId) {}

Status RemoveEvidenceCommand::apply() {
    EvidenceRepository evidence(document().file());
    auto record = evidence.record(m_evidenceId);
    if (!record)
        return record.error();
    if (auto removed = evidence.remove(m_evidenceId); !removed)
        return removed;
    m_record = std::move(*record);
    emit document().evidenceRemoved(m_evidenceId);
    return {};
}

Status RemoveEvidenceCommand::revert() {
    if (auto restored = EvidenceRepository(document().file()).restore(m_record); !restored)
        return restored;
    emit document().evidenceAdded(m_evidenceId);
    return {};
}

} // namespace equimark
