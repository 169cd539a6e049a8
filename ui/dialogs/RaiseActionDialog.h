#pragma once

#include "Result.h"
#include "domain/Action.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace equimark {

// Asks for the title, owner and due date of an action raised from a criterion of another
// framework into the shared action plan, starting from a draft. `raise` adds it (one undo
// step) and returns the new id; a refusal is shown in the dialog, which stays open with
// what was typed.
class RaiseActionDialog : public QDialog {
    Q_OBJECT

public:
    using Raise = std::function<Result<qint64>(const Action&)>;

    RaiseActionDialog(const Action& draft, const QString& title, const QString& note, Raise raise,
                      QWidget* parent = nullptr);

    // The new action's id once accepted; 0 before.
    qint64 createdId() const { return m_created; }
    QLineEdit* titleEdit() const { return m_title; }

private:
    void accept() override;

    Action m_draft;
    Raise m_raise;
    qint64 m_created = 0;
    QLineEdit* m_title;
    QLineEdit* m_owner;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QLabel* m_error;
};

} // namespace equimark
