#pragma once

#include "domain/EvidenceItem.h"
#include "editing/EditCommand.h"

#include <QByteArray>

namespace equimark {

// Removes one attached file; undo puts the same bytes back under the same id.
class RemoveAttachmentCommand : public EditCommand {
public:
    RemoveAttachmentCommand(SchoolDocument& document, qint64 attachmentId, const QString& fileName);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_attachmentId;
    Attachment m_attachment;
    QByteArray m_data;
};

} // namespace equimark
