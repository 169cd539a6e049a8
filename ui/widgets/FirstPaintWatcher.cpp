#include "widgets/FirstPaintWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace equimark {

FirstPaintWatcher::FirstPaintWatcher(QWidget* widget, QObject* parent)
    : QObject(parent)
    , m_widget(widget) {
    // Watched application-wide: Qt sends no paint event to a widget whose opaque children
    // cover it, so the first paint may reach only one of its descendants.
    if (widget)
        QCoreApplication::instance()->installEventFilter(this);
}

FirstPaintWatcher::~FirstPaintWatcher() {
    QCoreApplication::instance()->removeEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint && m_widget && watched->isWidgetType()) {
        auto* painted = static_cast<QWidget*>(watched);
        if (painted == m_widget || m_widget->isAncestorOf(painted)) {
            QCoreApplication::instance()->removeEventFilter(this);
            // The filter runs before the widget paints: report once the paint is done.
            QTimer::singleShot(0, this, &FirstPaintWatcher::painted);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace equimark
