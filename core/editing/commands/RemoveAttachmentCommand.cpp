#include "editing/commands/RemoveAttachmentCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/EvidenceRepository.h"

namespace equimark {

RemoveAttachmentCommand::RemoveAttachmentCommand(SchoolDocument& document, qint64 attachmentId,
                                                 const QString& fileName)
    : EditCommand(document, SchoolDocument::tr("Remove attachment %1").arg(fileName))
    , m_attachmentId(attachmentId) {}

Status RemoveAttachmentCommand::apply() {
    EvidenceRepository evidence(document().file());
    auto attachment = evidence.attachment(m_attachmentId);
    if (!attachment)
        return attachment.error();
    auto data = evidence.attachmentData(m_attachmentId);
    if (!data)
        return data.error();
    if (auto removed = evidence.removeAttachment(m_attachmentId); !removed)
        return removed;
    m_attachment = *attachment;
    m_data = *data;
    emit document().evidenceChanged(m_attachment.evidenceId);
    return {};
}

Status RemoveAttachmentCommand::revert() {
    if (auto restored =
            EvidenceRepository(document().file()).restoreAttachment(m_attachment, m_data);
        !restored)
        return restored;
    emit document().evidenceChanged(m_attachment.evidenceId);
    return {};
}

} // namespace equimark
