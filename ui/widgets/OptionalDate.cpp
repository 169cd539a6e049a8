#include "widgets/OptionalDate.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLocale>
#include <QSignalBlocker>

namespace equimark {

QDateEdit* makeOptionalDateEdit(QWidget* parent, const QString& objectName, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(QCoreApplication::translate("OptionalDate", "No date"));
    edit->setToolTip(QCoreApplication::translate(
        "OptionalDate", "Type the date, or press Alt+Down to choose it from a calendar."));
    return edit;
}

QCheckBox* makeOptionalDateCheck(QWidget* parent, const QString& objectName,
                                 const QString& accessibleName, const QString& text) {
    auto* has = new QCheckBox(text, parent);
    has->setObjectName(objectName + QStringLiteral("Set"));
    has->setAccessibleName(accessibleName);
    has->setToolTip(QCoreApplication::translate(
        "OptionalDate", "Tick to record a date here; untick to leave it without one."));
    return has;
}

QDate optionalDate(const QCheckBox* has, const QDateEdit* edit) {
    return has->isChecked() && edit->date() != edit->minimumDate() ? edit->date() : QDate();
}

void showOptionalDate(QCheckBox* has, QDateEdit* edit, const QDate& date) {
    const QSignalBlocker blockHas(has);
    const QSignalBlocker blockEdit(edit);
    has->setChecked(date.isValid());
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

void connectOptionalDate(QObject* context, QCheckBox* has, QDateEdit* edit, const bool& filling,
                         const std::function<void()>& changed) {
    QObject::connect(has, &QCheckBox::toggled, context,
                     [has, edit, &filling, changed](bool checked) {
                         if (filling)
                             return;
                         edit->setEnabled(checked && has->isEnabled());
                         if (checked && edit->date() == edit->minimumDate()) {
                             const QSignalBlocker blocker(edit);
                             edit->setDate(QDate::currentDate());
                         }
                         changed();
                     });
    QObject::connect(edit, &QDateEdit::editingFinished, context, changed);
    QObject::connect(edit->calendarWidget(), &QCalendarWidget::clicked, context,
                     [changed] { changed(); });
}

} // namespace equimark
