#include "widgets/KeyboardConventions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QTextEdit>

namespace equimark {

void KeyboardConventions::install() {
    static QPointer<KeyboardConventions> installed; // cleared if the application goes
    if (installed || !qApp)
        return;
    installed = new KeyboardConventions(qApp);
    qApp->installEventFilter(installed);
}

bool KeyboardConventions::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Polish)
        return false;
    if (auto* view = qobject_cast<QAbstractItemView*>(watched))
        view->setTabKeyNavigation(false);
    else if (auto* edit = qobject_cast<QPlainTextEdit*>(watched))
        edit->setTabChangesFocus(true);
    else if (auto* rich = qobject_cast<QTextEdit*>(watched))
        rich->setTabChangesFocus(true);
    else if (auto* scroll = qobject_cast<QScrollArea*>(watched))
        scroll->setFocusPolicy(Qt::NoFocus); // a stop with nothing to say; it scrolls to the
                                             // control that takes the focus instead
    return false;
}

} // namespace equimark
