#include "editing/EditCommand.h"

#include "editing/SchoolDocument.h"

namespace equimark {

EditCommand::EditCommand(SchoolDocument& document, const QString& text)
    : QUndoCommand(text)
    , m_document(document) {}

void EditCommand::redo() {
    if (m_applied) {
        m_applied = false; // the first push: execute() already applied it
        return;
    }
    if (auto done = apply(); !done) {
        setObsolete(true);
        m_document.reportFailure(done.error());
    }
}

void EditCommand::undo() {
    if (auto undone = revert(); !undone) {
        setObsolete(true);
        m_document.reportFailure(undone.error());
    }
}

} // namespace equimark
