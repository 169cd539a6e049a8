#pragma once

#include "domain/Action.h"
#include "editing/EditCommand.h"

#include <QDate>

namespace equimark {

// Records a dated progress note on an action, written by the file's user. Redo after an
// undo puts back the same note (same id and author).
class AddProgressNoteCommand : public EditCommand {
public:
    AddProgressNoteCommand(SchoolDocument& document, qint64 actionId, const QDate& notedOn,
                           const QString& note);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_actionId;
    ProgressNote m_note;
};

} // namespace equimark
