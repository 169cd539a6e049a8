#include "editing/commands/AddProgressNoteCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/ActionRepository.h"

namespace equimark {

AddProgressNoteCommand::AddProgressNoteCommand(SchoolDocument& document, qint64 actionId,
                                               const QDate& notedOn, const QString& note)
    : EditCommand(document, SchoolDocument::tr("Add progress note"))
    , m_actionId(actionId) {
    m_note.notedOn = notedOn;
    m_note.note = note.trimmed();
}

Status AddProgressNoteCommand::apply() {
    ActionRepository actions(document().file());
    if (m_note.id == 0) {
        auto added = actions.addProgress(m_actionId, m_note.notedOn, m_note.note);
        if (!added)
            return added.error();
        m_note.id = *added;
        m_note.author = document().file().userName();
    } else if (auto restored = actions.restoreProgress(m_actionId, m_note); !restored) {
        return restored;
    }
    emit document().actionChanged(m_actionId);
    return {};
}

Status AddProgressNoteCommand::revert() {
    if (auto removed = ActionRepository(document().file()).removeProgress(m_note.id); !removed)
        return removed;
    emit document().actionChanged(m_actionId);
    return {};
}

} // namespace equimark
