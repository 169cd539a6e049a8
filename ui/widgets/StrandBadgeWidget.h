#pragma once

#include <QWidget>

namespace equimark {

// One strand's Equality Badge as the overview shows it: a drawn badge (filled when awarded,
// outlined while a summary is on its way, faint when nothing has started) with the strand's
// name and the state in words beneath, so it never relies on colour. Clicking it (or Space
// when focused) emits activated().
class StrandBadgeWidget : public QWidget {
    Q_OBJECT

public:
    enum class State { NotStarted, InProgress, Awarded, Expired };

    explicit StrandBadgeWidget(QWidget* parent = nullptr);

    void setBadge(const QString& strandId, const QString& strandName, State state,
                  const QString& stateText);
    QString strandId() const { return m_strandId; }
    State state() const { return m_state; }
    QString stateText() const { return m_stateText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated(const QString& strandId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_strandId;
    QString m_strandName;
    State m_state = State::NotStarted;
    QString m_stateText;
};

} // namespace equimark
