#pragma once

#include <QObject>
#include <functional>

class QPlainTextEdit;

namespace equimark {

// Saves a text area as the user leaves it: when `edit` loses the focus with changes, calls
// `commit` (which makes the undoable edit) and marks the text unchanged again. Owned by the
// edit.
class CommitOnFocusOut : public QObject {
public:
    static void install(QPlainTextEdit* edit, std::function<void()> commit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CommitOnFocusOut(QPlainTextEdit* edit, std::function<void()> commit);
    QPlainTextEdit* m_edit;
    std::function<void()> m_commit;
};

} // namespace equimark
