#include "dialogs/RaiseActionDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace equimark {

RaiseActionDialog::RaiseActionDialog(const Action& draft, const QString& title, const QString& note,
                                     Raise raise, QWidget* parent)
    : QDialog(parent)
    , m_draft(draft)
    , m_raise(std::move(raise))
    , m_title(new QLineEdit(draft.title, this))
    , m_owner(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("&Due by:"), this))
    , m_due(new QDateEdit(QDate::currentDate().addMonths(3), this))
    , m_error(new QLabel(this)) {
    setWindowTitle(title);
    m_title->setAccessibleName(tr("Title of the action"));
    m_title->setAccessibleDescription(tr("What the school will do, as the action plan lists it"));
    m_title->setMaxLength(300);
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_owner->setAccessibleName(tr("Owner of the action"));
    m_owner->setAccessibleDescription(tr("Who leads the action; may stay empty for now"));
    m_hasDue->setAccessibleName(tr("The action has a due date"));
    m_hasDue->setAccessibleDescription(tr("Tick to give the action a date it is due by"));
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date of the action"));
    m_due->setAccessibleDescription(tr("The date the action is due by"));
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto* explanation = new QLabel(note, this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setForegroundRole(QPalette::ToolTipText);
    m_error->setMargin(6);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due);
    dueRow->addStretch();
    form->addRow(QString(), dueRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to Action Plan"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RaiseActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RaiseActionDialog::accept() {
    Action action = m_draft;
    action.title = m_title->text().trimmed();
    action.owner = m_owner->text().trimmed();
    action.dueOn = m_hasDue->isChecked() ? m_due->date() : QDate();
    if (action.dueOn.isValid() && action.startOn.isValid() && action.dueOn < action.startOn)
        action.startOn = action.dueOn;
    auto done = m_raise(action);
    if (!done) {
        m_error->setText(done.errorMessage());
        m_error->show();
        return;
    }
    m_created = *done;
    QDialog::accept();
}

} // namespace equimark
