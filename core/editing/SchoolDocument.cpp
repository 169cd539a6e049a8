#include "editing/SchoolDocument.h"

#include "editing/EditCommand.h"
#include "storage/FrameworkRepository.h"

#include <QTimer>

namespace equimark {

SchoolDocument::SchoolDocument(std::unique_ptr<SchoolFile> file, QObject* parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
    , m_watch(new QTimer(this)) {
    // Every edit is already saved, so undo is for second thoughts, not for safety: the last
    // thousand steps are kept, and a long session's memory stays flat.
    m_undoStack->setUndoLimit(UndoLimit);
    if (auto mark = FrameworkRepository(*m_file).ofKind(Framework::Kind::EqualityMark))
        m_equalityMark = std::move(*mark);
    if (auto version = m_file->dataVersion())
        m_dataVersion = *version;
    // data_version changes only for commits made by other connections, so a cheap poll
    // is enough to notice the CLI or a second window writing to the same file.
    m_watch->setInterval(1500);
    connect(m_watch, &QTimer::timeout, this, &SchoolDocument::checkForOutsideChanges);
    m_watch->start();
}

SchoolDocument::~SchoolDocument() {
    // Commands refer to the document; drop them before the file goes.
    m_undoStack->clear();
}

Status SchoolDocument::execute(std::unique_ptr<EditCommand> command) {
    if (isReadOnly())
        return Error::make(Error::Code::ReadOnly,
                           tr("This school file is open read-only (%1); the change was not "
                              "saved.")
                               .arg(m_file->readOnlyReason()));
    if (auto applied = command->apply(); !applied)
        return applied;
    command->markApplied();
    m_undoStack->push(command.release());
    return {};
}

void SchoolDocument::reportFailure(const Error& error) {
    emit editFailed(error.message);
    emit reloaded();
}

void SchoolDocument::checkForOutsideChanges() {
    auto version = m_file->dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    // Undo would now write over someone else's work: start a fresh history instead.
    m_undoStack->clear();
    emit changedOutside();
    emit reloaded();
}

} // namespace equimark
