#pragma once

#include "domain/EvidenceItem.h"
#include "editing/EditCommand.h"

#include <QByteArray>

namespace equimark {

// Stores a file with an item of evidence. Redo after undo puts it back under the same id.
class AddAttachmentCommand : public EditCommand {
public:
    AddAttachmentCommand(SchoolDocument& document, qint64 evidenceId, const QString& fileName,
                         const QByteArray& data, const QString& mimeType = {});

    Status apply() override;
    Status revert() override;
    qint64 attachmentId() const { return m_attachment.id; }

private:
    Attachment m_attachment;
    QByteArray m_data;
};

} // namespace equimark
