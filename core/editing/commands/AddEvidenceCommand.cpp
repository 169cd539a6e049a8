#include "editing/commands/AddEvidenceCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

AddEvidenceCommand::AddEvidenceCommand(SchoolDocument& document, const EvidenceItem& item,
                                       std::vector<File> files)
    : EditCommand(document, SchoolDocument::tr("Add evidence \"%1\"").arg(item.title.trimmed()))
    , m_files(std::move(files)) {
    m_record.item = item;
}

Status AddEvidenceCommand::apply() {
    EvidenceRepository evidence(document().file());
    if (!m_added) {
        auto added = evidence.add(m_record.item);
        if (!added)
            return added.error();
        const qint64 id = *added;
        for (const auto& file : m_files) {
            if (auto attached = evidence.addAttachment(id, file.name, file.data, file.mimeType);
                !attached) {
                // All or nothing: an item without the file the user dropped is not what
                // they asked for.
                (void)evidence.remove(id);
                return attached.error();
            }
        }
        m_record.item.id = id;
        m_files.clear(); // the bytes now live in the file; the record keeps them from here on
        m_added = true;
    } else if (auto restored = evidence.restore(m_record); !restored) {
        return restored;
    }
    emit document().evidenceAdded(m_record.item.id);
    return {};
}

Status AddEvidenceCommand::revert() {
    EvidenceRepository evidence(document().file());
    auto record = evidence.record(m_record.item.id);
    if (!record)
        return record.error();
    if (auto removed = evidence.remove(m_record.item.id); !removed)
        return removed;
    m_record = std::move(*record);
    emit document().evidenceRemoved(m_record.item.id);
    return {};
}

} // namespace equimark
