#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace equimark {

// Runs a widget's refresh at once while the widget is on screen, or else once, when it is
// next shown. An edit on one page then costs only what is on screen: a hidden page or tab
// that shows every action does not rebuild itself on each keystroke in the action plan.
class RefreshWhenShown : public QObject {
public:
    RefreshWhenShown(QWidget* widget, std::function<void()> refresh);

    void request();
    // A refresh was asked for and waits for the widget to be shown.
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_widget;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace equimark
