#include "editing/commands/RemoveProgressNoteCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ActionRepository.h"

#include <algorithm>

namespace equimark {

RemoveProgressNoteCommand::RemoveProgressNoteCommand(SchoolDocument& document, qint64 actionId,
                                                     qint64 noteId)
    : EditCommand(document, SchoolDocument::tr("Remove progress note"))
    , m_actionId(actionId) {
    m_note.id = noteId;
}

Status RemoveProgressNoteCommand::apply() {
    ActionRepository actions(document().file());
    auto action = actions.byId(m_actionId);
    if (!action)
        return action.error();
    const qint64 noteId = m_note.id;
    auto found = std::find_if(action->progress.begin(), action->progress.end(),
                              [noteId](const ProgressNote& note) { return note.id == noteId; });
    if (found == action->progress.end())
        return Error::make(Error::Code::NotFound,
                           SchoolDocument::tr("That progress note is no longer in the file."));
    m_note = *found;
    if (auto removed = actions.removeProgress(noteId); !removed)
        return removed;
    emit document().actionChanged(m_actionId);
    return {};
}

Status RemoveProgressNoteCommand::revert() {
    if (auto restored = ActionRepository(document().file()).restoreProgress(m_actionId, m_note);
        !restored)
        return restored;
    emit document().actionChanged(m_actionId);
    return {};
}

} // namespace equimark
