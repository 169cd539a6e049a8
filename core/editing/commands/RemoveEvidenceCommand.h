#pragma once

#include "editing/EditCommand.h"
#include "storage/EvidenceRepository.h"

namespace equimark {

// Removes an item of evidence with its attachments and links; undo puts back all of it.
class RemoveEvidenceCommand : public EditCommand {
public:
    RemoveEvidenceCommand(SchoolDocument& document, qint64 evidenceId, const QString& title);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_evidenceId;
    EvidenceRecord m_record;
};

} // namespace equimark
