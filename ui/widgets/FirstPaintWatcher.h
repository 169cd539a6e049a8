#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace equimark {

// Says once when a widget (or any widget inside it) has been painted for the first time: after its
// paint event has been handled and the event loop is free again, so what the user sees is on
// screen. Used by `equimark --startup-benchmark` and the benchmarks to measure time to first paint.
class FirstPaintWatcher : public QObject {
    Q_OBJECT

public:
    explicit FirstPaintWatcher(QWidget* widget, QObject* parent = nullptr);
    ~FirstPaintWatcher() override;

signals:
    void painted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_widget;
};

} // namespace equimark
