#pragma once

#include "domain/Visit.h"

#include <QPointer>
#include <QWidget>
#include <array>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace equimark {

class NetworkMeetingListModel;
class SchoolDocument;
class VisitListModel;

// Visits from the equality team (date, advisor, kind, focus, the learning environment walk,
// who was met and what was heard, outcomes, next steps) and the termly network meetings
// (date, up to two representatives, notes): a list and a form for each. Adding, changing and
// removing go through undoable commands.
class VisitsPanel : public QWidget {
    Q_OBJECT

public:
    explicit VisitsPanel(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    VisitListModel* visitModel() const { return m_visits; }
    NetworkMeetingListModel* networkModel() const { return m_network; }
    QTableView* visitView() const { return m_visitView; }

    // The actions behind the buttons; false (and errorOccurred) on failure.
    bool addVisit(const QDate& on);
    bool saveVisit();
    bool removeVisit();
    bool addNetworkMeeting(const QDate& on);
    bool saveNetworkMeeting();
    bool removeNetworkMeeting();

    // The form, for tests.
    QLineEdit* visitFocusEdit() const { return m_focus; }
    QPlainTextEdit* heardEdit(MetWith with) const;

signals:
    void errorOccurred(const QString& message);

private:
    QWidget* buildVisitTab();
    QWidget* buildNetworkTab();
    void showVisit();
    void showNetworkMeeting();
    void updateState();
    qint64 selectedVisitId() const;
    qint64 selectedMeetingId() const;
    void selectVisit(qint64 id);
    void selectMeeting(qint64 id);

    QPointer<SchoolDocument> m_document;
    VisitListModel* m_visits;
    NetworkMeetingListModel* m_network;
    QTableView* m_visitView = nullptr;
    QTableView* m_networkView = nullptr;
    QSplitter* m_visitSplitter = nullptr;
    QSplitter* m_networkSplitter = nullptr;

    QWidget* m_visitForm = nullptr;
    QDateEdit* m_visitDate = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_advisor = nullptr;
    QLineEdit* m_focus = nullptr;
    QPlainTextEdit* m_walk = nullptr;
    std::array<QPlainTextEdit*, 5> m_heard{};
    QPlainTextEdit* m_outcomes = nullptr;
    QPlainTextEdit* m_nextSteps = nullptr;
    QPushButton* m_addVisit = nullptr;
    QPushButton* m_saveVisit = nullptr;
    QPushButton* m_removeVisit = nullptr;

    QWidget* m_networkForm = nullptr;
    QDateEdit* m_heldOn = nullptr;
    QLineEdit* m_rep1 = nullptr;
    QLineEdit* m_rep2 = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_addMeeting = nullptr;
    QPushButton* m_saveMeeting = nullptr;
    QPushButton* m_removeMeeting = nullptr;
};

} // namespace equimark
