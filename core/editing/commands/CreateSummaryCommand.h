#pragma once

#include "editing/EditCommand.h"

#include <QString>

namespace equimark {

// Starts a draft accreditation summary for a strand. Undo removes the draft again; redo
// brings it back under the same id, so later edits on the stack still find it.
class CreateSummaryCommand : public EditCommand {
public:
    CreateSummaryCommand(SchoolDocument& document, const QString& strandId);

    Status apply() override;
    Status revert() override;

    // The new summary's id once applied; 0 before.
    qint64 summaryId() const { return m_id; }

private:
    QString m_strandId;
    qint64 m_id = 0;
};

} // namespace equimark
