#pragma once

#include "pages/Page.h"

class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace equimark {

class MeetingTableModel;
class MemberTableModel;

// Step 1 of the process: the Equality Reference Group. Members with their roles (edited in
// the table), a warning while no senior leader is a current member, the group's make-up,
// how often it meets, and its meetings with who attended, notes and decisions.
class ReferenceGroupPage : public Page {
    Q_OBJECT

public:
    explicit ReferenceGroupPage(QWidget* parent = nullptr);
    ~ReferenceGroupPage() override;

    static QString id() { return QStringLiteral("reference-group"); }
    QString pageId() const override { return id(); }
    static QString staticTitle();
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    // A number selects that member; "meeting/<id>" selects that meeting.
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    MemberTableModel* memberModel() const { return m_members; }
    MeetingTableModel* meetingModel() const { return m_meetings; }
    // The warning shown while the group has no senior leader.
    bool isSeniorLeaderWarningShown() const;
    qint64 currentMeetingId() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createMembersPanel();
    QWidget* createMeetingsPanel();
    void addMember();
    void removeSelectedMembers();
    void updateGroupState(); // warning banner and make-up summary
    void showSchool();
    void commitFrequency();
    void addMeeting();
    void removeMeeting();
    void showMeeting();
    void fillAttendees(const QList<qint64>& attendeeIds);
    void commitMeeting();
    void selectMeeting(qint64 meetingId);
    void selectMember(qint64 memberId);
    void updateEditable();
    bool editable() const;
    void reportError(const QString& message);

    SchoolDocument* m_document = nullptr;
    MemberTableModel* m_members;
    MeetingTableModel* m_meetings;
    QSortFilterProxyModel* m_memberProxy;
    QSortFilterProxyModel* m_meetingProxy;

    QFrame* m_warning = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_frequency = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newRole = nullptr;
    QPushButton* m_addMember = nullptr;
    QTableView* m_memberView = nullptr;
    QPushButton* m_removeMember = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_meetingSplitter = nullptr;
    QTableView* m_meetingView = nullptr;
    QPushButton* m_addMeeting = nullptr;
    QPushButton* m_removeMeeting = nullptr;
    QWidget* m_meetingEditor = nullptr;
    QLabel* m_noMeeting = nullptr;
    QDateEdit* m_meetingDate = nullptr;
    QListWidget* m_attendees = nullptr;
    QLabel* m_attendeeCount = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_decisions = nullptr;
    bool m_loading = false;
};

} // namespace equimark
