#pragma once

#include <QWidget>

class QListWidget;

namespace equimark {

// What the window shows with no file open: start a new school, open a file, a recent file,
// or the demo school.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void refreshRecent();

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace equimark
