#include "CatchCompat.h"
#include "DemoDocument.h"
#include "models/MeetingTableModel.h"
#include "models/MemberTableModel.h"
#include "pages/ReferenceGroupPage.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace equimark;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

std::vector<Member> membersOf(SchoolDocument& document) {
    auto members = ReferenceGroupRepository(document.file()).members();
    REQUIRE(members.ok());
    return *members;
}

// Changes every senior leader into a teacher through the table, as a user would.
void demoteSeniorLeaders(MemberTableModel& model) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.memberAt(row)->role == MemberRole::SeniorLeader)
            REQUIRE(model.setData(model.index(row, MemberTableModel::RoleColumn),
                                  int(MemberRole::Teacher)));
    }
}

void leaveField(QWidget* widget) {
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(widget, &out);
}

} // namespace

TEST_CASE("the senior leader warning follows the group's members, with undo", "[ui-group]") {
    test::DemoDocument demo;
    SchoolDocument& document = *demo.document;
    ReferenceGroupPage page;
    page.setDocument(&document);
    auto& model = *page.memberModel();

    demoteSeniorLeaders(model);
    CHECK(page.isSeniorLeaderWarningShown());
    CHECK_FALSE(child<QLabel>(page, "groupSummary")->text().contains(QStringLiteral("senior")));

    child<QLineEdit>(page, "newMemberName")->setText(QStringLiteral("Mrs Okafor"));
    auto* role = child<QComboBox>(page, "newMemberRole");
    role->setCurrentIndex(role->findData(int(MemberRole::SeniorLeader)));
    QTest::mouseClick(child<QPushButton>(page, "addMember"), Qt::LeftButton);
    CHECK_FALSE(page.isSeniorLeaderWarningShown());
    CHECK(child<QLabel>(page, "groupSummary")->text().contains(QStringLiteral("1 senior leader")));
    CHECK(child<QLineEdit>(page, "newMemberName")->text().isEmpty());

    auto members = membersOf(document);
    auto added = std::find_if(members.begin(), members.end(), [](const Member& m) {
        return m.name == QStringLiteral("Mrs Okafor");
    });
    REQUIRE(added != members.end());
    CHECK(added->role == MemberRole::SeniorLeader);
    const qint64 id = added->id;

    // The new member is selected; Delete removes them.
    auto* table = child<QTableView>(page, "memberTable");
    REQUIRE(table->currentIndex().data(MemberTableModel::IdRole).toLongLong() == id);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(page.isSeniorLeaderWarningShown());
    CHECK(model.rowOf(id) < 0);

    document.undoStack()->undo();
    CHECK_FALSE(page.isSeniorLeaderWarningShown());
    REQUIRE(model.rowOf(id) >= 0);
    CHECK(model.memberAt(model.rowOf(id))->name == QStringLiteral("Mrs Okafor"));

    demo.reopen();
    auto restored = ReferenceGroupRepository(demo.document->file()).member(id);
    REQUIRE(restored.ok());
    CHECK(restored->role == MemberRole::SeniorLeader);
}

TEST_CASE("changing a member's role in the table updates the warning at once", "[ui-group]") {
    test::DemoDocument demo;
    ReferenceGroupPage page;
    page.setDocument(demo.document.get());
    auto& model = *page.memberModel();
    demoteSeniorLeaders(model);
    REQUIRE(page.isSeniorLeaderWarningShown());

    const int row = 0;
    REQUIRE(model.memberAt(row)->isCurrent(QDate::currentDate()));
    REQUIRE(model.setData(model.index(row, MemberTableModel::RoleColumn),
                          int(MemberRole::SeniorLeader)));
    CHECK_FALSE(page.isSeniorLeaderWarningShown());
    CHECK(model.index(row, MemberTableModel::RoleColumn).data().toString() ==
          memberRoleLabel(MemberRole::SeniorLeader));

    demo.document->undoStack()->undo();
    CHECK(page.isSeniorLeaderWarningShown());
}

TEST_CASE("a refused member edit reports the reason and changes nothing", "[ui-group]") {
    test::DemoDocument demo;
    ReferenceGroupPage page;
    page.setDocument(demo.document.get());
    QStringList errors;
    QObject::connect(&page, &Page::errorOccurred, [&](const QString& m) { errors << m; });
    auto& model = *page.memberModel();
    const QString name = model.memberAt(0)->name;
    CHECK_FALSE(model.setData(model.index(0, MemberTableModel::NameColumn), QStringLiteral("  ")));
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().contains(QStringLiteral("name")));
    CHECK(model.memberAt(0)->name == name);
}

TEST_CASE("meeting attendees, notes and decisions survive reopening", "[ui-group]") {
    test::DemoDocument demo;
    qint64 meetingId = 0;
    QList<qint64> chosen;
    {
        ReferenceGroupPage page;
        page.setDocument(demo.document.get());
        const int before = page.meetingModel()->rowCount();
        QTest::mouseClick(child<QPushButton>(page, "addMeeting"), Qt::LeftButton);
        REQUIRE(page.meetingModel()->rowCount() == before + 1);
        meetingId = page.currentMeetingId();
        REQUIRE(meetingId != 0);

        auto* attendees = child<QListWidget>(page, "meetingAttendees");
        REQUIRE(attendees->count() >= 2);
        for (int j = 0; j < attendees->count(); ++j)
            REQUIRE(attendees->item(j)->checkState() == Qt::Unchecked);
        const qint64 first = attendees->item(0)->data(Qt::UserRole).toLongLong();
        const qint64 second = attendees->item(1)->data(Qt::UserRole).toLongLong();
        attendees->item(0)->setCheckState(Qt::Checked);
        attendees->item(1)->setCheckState(Qt::Checked);
        chosen = {first, second};
        std::sort(chosen.begin(), chosen.end());

        auto* notes = child<QPlainTextEdit>(page, "meetingNotes");
        notes->setPlainText(QStringLiteral("Looked at the pupil survey <b>results</b>."));
        leaveField(notes);
        auto* decisions = child<QPlainTextEdit>(page, "meetingDecisions");
        decisions->setPlainText(QStringLiteral("Run a parents' forum\nReview the library"));
        leaveField(decisions);
        const int row = page.meetingModel()->rowOf(meetingId);
        CHECK(
            page.meetingModel()->index(row, MeetingTableModel::DecisionsColumn).data().toString() ==
            QStringLiteral("Run a parents' forum"));
        CHECK(
            page.meetingModel()->index(row, MeetingTableModel::AttendeesColumn).data().toString() ==
            QStringLiteral("2"));
    }
    demo.reopen();
    auto meeting = ReferenceGroupRepository(demo.document->file()).meeting(meetingId);
    REQUIRE(meeting.ok());
    CHECK(meeting->attendeeIds == chosen);
    CHECK(meeting->notes == QStringLiteral("Looked at the pupil survey <b>results</b>."));
    CHECK(meeting->decisions == QStringLiteral("Run a parents' forum\nReview the library"));

    ReferenceGroupPage page;
    page.setDocument(demo.document.get());
    page.navigateTo(QStringLiteral("meeting/%1").arg(meetingId));
    REQUIRE(page.currentMeetingId() == meetingId);
    auto* attendees = child<QListWidget>(page, "meetingAttendees");
    QList<qint64> ticked;
    for (int i = 0; i < attendees->count(); ++i) {
        if (attendees->item(i)->checkState() == Qt::Checked)
            ticked << attendees->item(i)->data(Qt::UserRole).toLongLong();
    }
    std::sort(ticked.begin(), ticked.end());
    CHECK(ticked == chosen);
    CHECK(child<QPlainTextEdit>(page, "meetingNotes")->toPlainText() == meeting->notes);
}

TEST_CASE("removing a meeting can be undone", "[ui-group]") {
    test::DemoDocument demo;
    ReferenceGroupPage page;
    page.setDocument(demo.document.get());
    REQUIRE(page.meetingModel()->rowCount() > 0);
    const qint64 id = page.currentMeetingId();
    REQUIRE(id != 0);
    auto before = ReferenceGroupRepository(demo.document->file()).meeting(id);
    REQUIRE(before.ok());
    QTest::mouseClick(child<QPushButton>(page, "removeMeeting"), Qt::LeftButton);
    CHECK(page.meetingModel()->rowOf(id) < 0);
    demo.document->undoStack()->undo();
    auto after = ReferenceGroupRepository(demo.document->file()).meeting(id);
    REQUIRE(after.ok());
    CHECK(after->attendeeIds == before->attendeeIds);
    CHECK(after->decisions == before->decisions);
    CHECK(page.meetingModel()->rowOf(id) >= 0);
}

TEST_CASE("the meeting frequency is saved with undo", "[ui-group]") {
    test::DemoDocument demo;
    ReferenceGroupPage page;
    page.setDocument(demo.document.get());
    auto* frequency = child<QLineEdit>(page, "meetingFrequency");
    const QString before = frequency->text();
    frequency->setText(QStringLiteral("Every three weeks"));
    emit frequency->editingFinished();
    auto school = SchoolRepository(demo.document->file()).load();
    REQUIRE(school.ok());
    CHECK(school->meetingFrequency == QStringLiteral("Every three weeks"));
    demo.document->undoStack()->undo();
    CHECK(frequency->text() == before);
}

TEST_CASE("a read-only school file disables editing of the reference group", "[ui-group]") {
    test::DemoDocument demo;
    demo.document.reset();
    auto opened = SchoolFile::open(demo.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    SchoolDocument document(std::move(*opened));
    ReferenceGroupPage page;
    page.setDocument(&document);
    CHECK_FALSE(child<QLineEdit>(page, "newMemberName")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "addMember")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "removeMember")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "addMeeting")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "removeMeeting")->isEnabled());
    CHECK(child<QLineEdit>(page, "meetingFrequency")->isReadOnly());
    CHECK(child<QPlainTextEdit>(page, "meetingNotes")->isReadOnly());
    CHECK(child<QDateEdit>(page, "meetingDate")->isReadOnly());
    auto* attendees = child<QListWidget>(page, "meetingAttendees");
    REQUIRE(attendees->count() > 0);
    CHECK_FALSE(attendees->item(0)->flags().testFlag(Qt::ItemIsUserCheckable));
    auto& model = *page.memberModel();
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("the member and meeting models pass the model tester through edits", "[ui-group]") {
    test::DemoDocument demo;
    SchoolDocument& document = *demo.document;
    ReferenceGroupPage page;
    page.setDocument(&document);
    QAbstractItemModelTester memberTester(page.memberModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester meetingTester(page.meetingModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int members = page.memberModel()->rowCount();
    child<QLineEdit>(page, "newMemberName")->setText(QStringLiteral("Mr Patel"));
    QTest::mouseClick(child<QPushButton>(page, "addMember"), Qt::LeftButton);
    CHECK(page.memberModel()->rowCount() == members + 1);
    QTest::mouseClick(child<QPushButton>(page, "addMeeting"), Qt::LeftButton);
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(page.memberModel()->rowCount() == members);
    document.undoStack()->redo();
    CHECK(page.memberModel()->rowCount() == members + 1);
    emit document.reloaded();
    CHECK(page.memberModel()->rowCount() == members + 1);
}
