#include "editing/commands/UpdateEvidenceCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/EvidenceRepository.h"

namespace equimark {

UpdateEvidenceCommand::UpdateEvidenceCommand(SchoolDocument& document, const EvidenceItem& item)
    : EditCommand(document, SchoolDocument::tr("Change evidence \"%1\"").arg(item.title.trimmed()))
    , m_item(item) {}

Status UpdateEvidenceCommand::apply() {
    if (!m_knowsOld) {
        auto old = EvidenceRepository(document().file()).byId(m_item.id);
        if (!old)
            return old.error();
        m_old = *old;
        m_knowsOld = true;
    }
    return write(m_item);
}

Status UpdateEvidenceCommand::revert() {
    return write(m_old);
}

Status UpdateEvidenceCommand::write(const EvidenceItem& item) {
    if (auto written = EvidenceRepository(document().file()).update(item); !written)
        return written;
    emit document().evidenceChanged(item.id);
    return {};
}

} // namespace equimark
