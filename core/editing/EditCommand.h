#pragma once

#include "Result.h"

#include <QUndoCommand>

namespace equimark {

class SchoolDocument;

// One user edit: apply() and revert() each run one transaction through a repository and then
// emit the document's change signal for what they touched. SchoolDocument::execute() runs
// apply() first and pushes the command only when it worked, so a failed edit never appears
// on the undo stack.
class EditCommand : public QUndoCommand {
public:
    EditCommand(SchoolDocument& document, const QString& text);

    virtual Status apply() = 0;
    virtual Status revert() = 0;

    void redo() final;
    void undo() final;
    void markApplied() { m_applied = true; }

protected:
    SchoolDocument& document() { return m_document; }

private:
    SchoolDocument& m_document;
    bool m_applied = false;
};

} // namespace equimark
