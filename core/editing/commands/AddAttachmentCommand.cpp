#include "editing/commands/AddAttachmentCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/EvidenceRepository.h"

namespace equimark {

AddAttachmentCommand::AddAttachmentCommand(SchoolDocument& document, qint64 evidenceId,
                                           const QString& fileName, const QByteArray& data,
                                           const QString& mimeType)
    : EditCommand(document, SchoolDocument::tr("Attach %1").arg(fileName))
    , m_data(data) {
    m_attachment.evidenceId = evidenceId;
    m_attachment.fileName = fileName;
    m_attachment.mimeType = mimeType;
}

Status AddAttachmentCommand::apply() {
    EvidenceRepository evidence(document().file());
    if (m_attachment.id == 0) {
        auto added = evidence.addAttachment(m_attachment.evidenceId, m_attachment.fileName, m_data,
                                            m_attachment.mimeType);
        if (!added)
            return added.error();
        auto stored = evidence.attachment(*added);
        if (!stored)
            return stored.error();
        m_attachment = *stored;
    } else if (auto restored = evidence.restoreAttachment(m_attachment, m_data); !restored) {
        return restored;
    }
    emit document().evidenceChanged(m_attachment.evidenceId);
    return {};
}

Status AddAttachmentCommand::revert() {
    if (auto removed = EvidenceRepository(document().file()).removeAttachment(m_attachment.id);
        !removed)
        return removed;
    emit document().evidenceChanged(m_attachment.evidenceId);
    return {};
}

} // namespace equimark
