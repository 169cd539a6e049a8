#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace equimark {

class AttendanceTableModel;
class SchoolDocument;
class TrainingSessionTableModel;

// The training page's "Sessions" tab: the sessions, newest first, beside an editor for the
// selected one (its details, and who was offered it and attended, with "offer to everyone
// in post"). Every change is saved as the user makes it, undoably.
class TrainingSessionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingSessionsPanel(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    TrainingSessionTableModel* model() const { return m_model; }
    AttendanceTableModel* attendanceModel() const { return m_attendance; }
    QTableView* view() const { return m_view; }
    qint64 currentSessionId() const;
    void selectSession(qint64 id);
    bool find(const QString& text);

signals:
    void errorOccurred(const QString& message);

private:
    void add();
    void remove();
    void showSession();
    void commit();
    void offerToEveryone();
    void fillProgrammes();
    void updateState();

    SchoolDocument* m_document = nullptr;
    TrainingSessionTableModel* m_model;
    AttendanceTableModel* m_attendance;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QTabWidget* m_editor;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QComboBox* m_topic;
    QCheckBox* m_refresher;
    QComboBox* m_programme;
    QLineEdit* m_provider;
    QLineEdit* m_audience;
    QLabel* m_counts;
    QPushButton* m_offerAll;
    QTableView* m_attendanceView;
    bool m_filling = false;
};

} // namespace equimark
