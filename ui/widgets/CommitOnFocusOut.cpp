#include "widgets/CommitOnFocusOut.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace equimark {

CommitOnFocusOut::CommitOnFocusOut(QPlainTextEdit* edit, std::function<void()> commit)
    : QObject(edit)
    , m_edit(edit)
    , m_commit(std::move(commit)) {}

void CommitOnFocusOut::install(QPlainTextEdit* edit, std::function<void()> commit) {
    edit->installEventFilter(new CommitOnFocusOut(edit, std::move(commit)));
}

bool CommitOnFocusOut::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::FocusOut &&
        m_edit->document()->isModified() && !m_edit->isReadOnly()) {
        m_edit->document()->setModified(false);
        m_commit();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace equimark
