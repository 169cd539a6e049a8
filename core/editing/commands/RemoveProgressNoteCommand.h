#pragma once

#include "domain/Action.h"
#include "editing/EditCommand.h"

namespace equimark {

// Removes one progress note from an action; undo puts it back with its id, date and author.
class RemoveProgressNoteCommand : public EditCommand {
public:
    RemoveProgressNoteCommand(SchoolDocument& document, qint64 actionId, qint64 noteId);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_actionId;
    ProgressNote m_note;
};

} // namespace equimark
