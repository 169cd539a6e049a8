#pragma once

#include <QDate>
#include <functional>

class QCheckBox;
class QDateEdit;
class QObject;
class QString;
class QWidget;

namespace equimark {

// An optional date in an editor: a "has a date" check box beside a date edit whose minimum
// date stands for "not set".

// The date edit of such a pair, named for screen readers and tests; shows "No date" when
// not set.
QDateEdit* makeOptionalDateEdit(QWidget* parent, const QString& objectName, const QString& name);
// The check box of such a pair: `accessibleName` says what ticking it gives ("Has a due
// date"), `text` is its visible label (may be empty); object name `objectName` + "Set".
QCheckBox* makeOptionalDateCheck(QWidget* parent, const QString& objectName,
                                 const QString& accessibleName, const QString& text = {});
QDate optionalDate(const QCheckBox* has, const QDateEdit* edit);
// Shows `date` (invalid: not set) without emitting change signals.
void showOptionalDate(QCheckBox* has, QDateEdit* edit, const QDate& date);
// For editors that save as the user goes: ticking the box enables the edit (at today when it
// was never set), and every change calls `changed`, except while `filling` (the editor is
// loading a record). `context` owns the connections.
void connectOptionalDate(QObject* context, QCheckBox* has, QDateEdit* edit, const bool& filling,
                         const std::function<void()>& changed);

} // namespace equimark
