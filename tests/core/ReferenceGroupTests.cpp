#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/ChangeHistory.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolFile.h"

#include <QDate>
#include <QDateTime>
#include <algorithm>

using namespace equimark;

namespace {

Member person(const QString& name, MemberRole role, QDate joined = QDate(2025, 9, 1)) {
    Member m;
    m.name = name;
    m.role = role;
    m.joinedOn = joined;
    return m;
}

qint64 addMember(SchoolFile& file, const Member& member) {
    auto added = ReferenceGroupRepository(file).addMember(member);
    REQUIRE(added.ok());
    return *added;
}

std::vector<HistoryEntry> historyOf(SchoolFile& file, const QString& entity) {
    auto all = ChangeHistory(file).since(QDateTime());
    REQUIRE(all.ok());
    std::vector<HistoryEntry> result;
    std::copy_if(all->begin(), all->end(), std::back_inserter(result),
                 [&entity](const HistoryEntry& e) { return e.entity == entity; });
    return result;
}

} // namespace

TEST_CASE("every member role survives the trip through its stored id", "[refgroup]") {
    const QStringList ids = memberRoleIds();
    REQUIRE(ids.size() == 7);
    for (const auto& id : ids) {
        const auto role = memberRoleFromId(id);
        REQUIRE(role.has_value());
        CHECK(memberRoleId(*role) == id);
        CHECK_FALSE(memberRoleLabel(*role).isEmpty());
    }
    CHECK(memberRoleFromId(QStringLiteral(" Senior-Leader ")) == MemberRole::SeniorLeader);
    CHECK_FALSE(memberRoleFromId(QStringLiteral("headteacher")).has_value());
}

TEST_CASE("a member is current from joining until the day they leave", "[refgroup]") {
    Member m = person(QStringLiteral("Ms Ahmed"), MemberRole::Governor, QDate(2025, 9, 1));
    CHECK_FALSE(m.isCurrent(QDate(2025, 8, 31)));
    CHECK(m.isCurrent(QDate(2025, 9, 1)));
    m.leftOn = QDate(2026, 7, 20);
    CHECK(m.isCurrent(QDate(2026, 7, 19)));
    CHECK_FALSE(m.isCurrent(QDate(2026, 7, 20)));
    m.joinedOn = QDate();
    CHECK(m.isCurrent(QDate(2000, 1, 1)));
}

TEST_CASE("a member added to the reference group is still there after reopening", "[refgroup]") {
    test::SchoolFixture fixture;
    Member m = person(QStringLiteral("Mrs Okafor"), MemberRole::ParentCarer);
    m.notes = QStringLiteral("Chair of the PTA");
    m.leftOn = QDate(2026, 7, 20);
    const qint64 id = addMember(*fixture.file, m);
    addMember(*fixture.file, person(QStringLiteral("Mr Bell"), MemberRole::Teacher));

    fixture.reopen();
    ReferenceGroupRepository group(*fixture.file);
    auto members = group.members();
    REQUIRE(members.ok());
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).name == QStringLiteral("Mr Bell")); // by name
    auto stored = group.member(id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Mrs Okafor"));
    CHECK(stored->role == MemberRole::ParentCarer);
    CHECK(stored->notes == QStringLiteral("Chair of the PTA"));
    CHECK(stored->joinedOn == QDate(2025, 9, 1));
    CHECK(stored->leftOn == QDate(2026, 7, 20));
}

TEST_CASE("a member without a name or leaving before joining is refused", "[refgroup]") {
    test::SchoolFixture fixture;
    ReferenceGroupRepository group(*fixture.file);

    auto unnamed = group.addMember(person(QStringLiteral("   "), MemberRole::Teacher));
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().code == Error::Code::Invalid);

    Member backwards = person(QStringLiteral("Mr Grey"), MemberRole::Governor, QDate(2026, 1, 5));
    backwards.leftOn = QDate(2025, 12, 1);
    auto refused = group.addMember(backwards);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("Mr Grey")));

    auto members = group.members();
    REQUIRE(members.ok());
    CHECK(members->empty());
}

TEST_CASE("editing a member records each changed field in the history", "[refgroup]") {
    test::SchoolFixture fixture;
    const qint64 id =
        addMember(*fixture.file, person(QStringLiteral("Ms Shah"), MemberRole::Teacher));
    ReferenceGroupRepository group(*fixture.file);
    Member changed = *group.member(id);
    changed.role = MemberRole::SeniorLeader;
    REQUIRE(group.updateMember(changed).ok());

    fixture.reopen();
    auto stored = ReferenceGroupRepository(*fixture.file).member(id);
    REQUIRE(stored.ok());
    CHECK(stored->role == MemberRole::SeniorLeader);
    const auto history = historyOf(*fixture.file, QStringLiteral("member"));
    REQUIRE(history.size() == 2); // created, then the role
    CHECK(history[1].entityId == QString::number(id));
    CHECK(history[1].field == QStringLiteral("role"));
    CHECK(history[1].oldValue == QStringLiteral("teacher"));
    CHECK(history[1].newValue == QStringLiteral("senior-leader"));
    CHECK(history[1].who == QStringLiteral("Test User"));
}

TEST_CASE("an unknown member cannot be edited or removed", "[refgroup]") {
    test::SchoolFixture fixture;
    ReferenceGroupRepository group(*fixture.file);
    Member ghost = person(QStringLiteral("Nobody"), MemberRole::Other);
    ghost.id = 4242;
    auto updated = group.updateMember(ghost);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().code == Error::Code::NotFound);
    auto removed = group.removeMember(4242);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == Error::Code::NotFound);
    CHECK(group.member(4242).error().code == Error::Code::NotFound);
}

TEST_CASE("meetings are listed newest first with who attended", "[refgroup]") {
    test::SchoolFixture fixture;
    const qint64 lead =
        addMember(*fixture.file, person(QStringLiteral("Mrs Lee"), MemberRole::SeniorLeader));
    const qint64 governor =
        addMember(*fixture.file, person(QStringLiteral("Mr Khan"), MemberRole::Governor));
    ReferenceGroupRepository group(*fixture.file);

    Meeting autumn;
    autumn.heldOn = QDate(2025, 10, 14);
    autumn.attendeeIds = {governor, lead, lead};
    autumn.decisions = QStringLiteral("Start with the race strand.");
    REQUIRE(group.addMeeting(autumn).ok());
    Meeting spring;
    spring.heldOn = QDate(2026, 2, 3);
    spring.attendeeIds = {lead};
    spring.notes = QStringLiteral("Reviewed the audit.");
    REQUIRE(group.addMeeting(spring).ok());

    fixture.reopen();
    auto meetings = ReferenceGroupRepository(*fixture.file).meetings();
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 2);
    CHECK(meetings->at(0).heldOn == QDate(2026, 2, 3));
    CHECK(meetings->at(0).attendeeIds == QList<qint64>{lead});
    CHECK(meetings->at(0).notes == QStringLiteral("Reviewed the audit."));
    CHECK(meetings->at(1).heldOn == QDate(2025, 10, 14));
    CHECK(meetings->at(1).attendeeIds.size() == 2); // the repeated id is stored once
    CHECK(meetings->at(1).decisions == QStringLiteral("Start with the race strand."));
}

TEST_CASE("a meeting without a date or with an unknown attendee is refused", "[refgroup]") {
    test::SchoolFixture fixture;
    const qint64 lead =
        addMember(*fixture.file, person(QStringLiteral("Mrs Lee"), MemberRole::SeniorLeader));
    ReferenceGroupRepository group(*fixture.file);

    Meeting undated;
    undated.attendeeIds = {lead};
    auto noDate = group.addMeeting(undated);
    REQUIRE_FALSE(noDate.ok());
    CHECK(noDate.error().code == Error::Code::Invalid);

    Meeting stranger;
    stranger.heldOn = QDate(2025, 11, 4);
    stranger.attendeeIds = {lead, 999};
    auto unknown = group.addMeeting(stranger);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Code::Invalid);
    CHECK(unknown.errorMessage().contains(QStringLiteral("999")));

    auto meetings = group.meetings();
    REQUIRE(meetings.ok());
    CHECK(meetings->empty());
}

TEST_CASE("changing who attended a meeting is saved and recorded", "[refgroup]") {
    test::SchoolFixture fixture;
    const qint64 lead =
        addMember(*fixture.file, person(QStringLiteral("Mrs Lee"), MemberRole::SeniorLeader));
    const qint64 pupil =
        addMember(*fixture.file, person(QStringLiteral("School council rep"), MemberRole::Pupil));
    ReferenceGroupRepository group(*fixture.file);
    Meeting m;
    m.heldOn = QDate(2025, 10, 14);
    m.attendeeIds = {lead};
    auto id = group.addMeeting(m);
    REQUIRE(id.ok());

    m.id = *id;
    m.attendeeIds = {lead, pupil};
    m.decisions = QStringLiteral("Pupils join the group.");
    REQUIRE(group.updateMeeting(m).ok());

    fixture.reopen();
    auto stored = ReferenceGroupRepository(*fixture.file).meeting(*id);
    REQUIRE(stored.ok());
    CHECK(stored->attendeeIds.size() == 2);
    CHECK(stored->decisions == QStringLiteral("Pupils join the group."));
    const auto history = historyOf(*fixture.file, QStringLiteral("meeting"));
    const bool attendeesLogged = std::any_of(history.begin(), history.end(), [](const auto& e) {
        return e.field == QStringLiteral("attendees");
    });
    CHECK(attendeesLogged);
}

TEST_CASE("removing a member or a meeting removes their attendance records", "[refgroup]") {
    test::SchoolFixture fixture;
    const qint64 lead =
        addMember(*fixture.file, person(QStringLiteral("Mrs Lee"), MemberRole::SeniorLeader));
    const qint64 parent =
        addMember(*fixture.file, person(QStringLiteral("Mr Ode"), MemberRole::ParentCarer));
    ReferenceGroupRepository group(*fixture.file);
    Meeting m;
    m.heldOn = QDate(2025, 10, 14);
    m.attendeeIds = {lead, parent};
    auto id = group.addMeeting(m);
    REQUIRE(id.ok());

    REQUIRE(group.removeMember(parent).ok());
    fixture.reopen();
    ReferenceGroupRepository reopened(*fixture.file);
    CHECK(reopened.meeting(*id)->attendeeIds == QList<qint64>{lead});
    REQUIRE(reopened.removeMeeting(*id).ok());
    CHECK(reopened.meeting(*id).error().code == Error::Code::NotFound);
    CHECK(reopened.removeMeeting(*id).error().code == Error::Code::NotFound);
}

TEST_CASE("the group lacks a senior leader until a current member has that role", "[refgroup]") {
    test::SchoolFixture fixture;
    ReferenceGroupRepository group(*fixture.file);
    const QDate today(2026, 3, 1);
    CHECK_FALSE(*group.hasSeniorLeader(today));

    addMember(*fixture.file, person(QStringLiteral("Mr Bell"), MemberRole::Teacher));
    CHECK_FALSE(*group.hasSeniorLeader(today));

    Member head = person(QStringLiteral("Mrs Lee"), MemberRole::SeniorLeader, QDate(2025, 9, 1));
    head.id = addMember(*fixture.file, head);
    CHECK(*group.hasSeniorLeader(today));

    head.leftOn = QDate(2026, 2, 14);
    REQUIRE(group.updateMember(head).ok());
    fixture.reopen();
    ReferenceGroupRepository reopened(*fixture.file);
    CHECK_FALSE(*reopened.hasSeniorLeader(today));
    CHECK(*reopened.hasSeniorLeader(QDate(2026, 2, 13)));
}

TEST_CASE("a file opened read-only refuses to change the reference group", "[refgroup]") {
    test::SchoolFixture fixture;
    const qint64 id =
        addMember(*fixture.file, person(QStringLiteral("Mrs Lee"), MemberRole::SeniorLeader));
    fixture.file.reset();
    auto opened = SchoolFile::open(fixture.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    ReferenceGroupRepository group(**opened);

    auto added = group.addMember(person(QStringLiteral("Mr Bell"), MemberRole::Teacher));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::ReadOnly);
    auto removed = group.removeMember(id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == Error::Code::ReadOnly);
    CHECK(group.members()->size() == 1);
}

TEST_CASE("a removed member comes back under the same id with their attendance", "[refgroup]") {
    test::SchoolFixture fixture;
    const qint64 lead =
        addMember(*fixture.file, person(QStringLiteral("Mrs Lee"), MemberRole::SeniorLeader));
    const qint64 parent =
        addMember(*fixture.file, person(QStringLiteral("Mr Ode"), MemberRole::ParentCarer));
    ReferenceGroupRepository group(*fixture.file);
    Meeting first;
    first.heldOn = QDate(2025, 10, 14);
    first.attendeeIds = {lead, parent};
    Meeting second = first;
    second.heldOn = QDate(2025, 12, 2);
    auto one = group.addMeeting(first);
    auto two = group.addMeeting(second);
    REQUIRE(one.ok());
    REQUIRE(two.ok());

    auto before = group.member(lead);
    REQUIRE(before.ok());
    auto attended = group.meetingsAttendedBy(lead);
    REQUIRE(attended.ok());
    CHECK(*attended == QList<qint64>{*one, *two});
    REQUIRE(group.removeMember(lead).ok());
    CHECK_FALSE(*group.hasSeniorLeader(QDate(2026, 1, 1)));
    // A meeting removed in the meantime stays removed.
    REQUIRE(group.removeMeeting(*two).ok());
    REQUIRE(group.restoreMember(*before, *attended).ok());

    fixture.reopen();
    ReferenceGroupRepository reopened(*fixture.file);
    auto back = reopened.member(lead);
    REQUIRE(back.ok());
    CHECK(back->name == QStringLiteral("Mrs Lee"));
    CHECK(back->role == MemberRole::SeniorLeader);
    CHECK(back->joinedOn == before->joinedOn);
    CHECK(reopened.meeting(*one)->attendeeIds == QList<qint64>{lead, parent});
    CHECK(*reopened.hasSeniorLeader(QDate(2026, 1, 1)));
    // Putting back a member who is there already is refused, not duplicated.
    CHECK_FALSE(reopened.restoreMember(*back, {}).ok());
    CHECK(reopened.members()->size() == 2);
}

TEST_CASE("a removed meeting comes back under the same id with its attendees", "[refgroup]") {
    test::SchoolFixture fixture;
    const qint64 lead =
        addMember(*fixture.file, person(QStringLiteral("Mrs Lee"), MemberRole::SeniorLeader));
    const qint64 pupil = addMember(*fixture.file, person(QStringLiteral("Sam"), MemberRole::Pupil));
    ReferenceGroupRepository group(*fixture.file);
    Meeting m;
    m.heldOn = QDate(2025, 10, 14);
    m.attendeeIds = {lead, pupil};
    m.notes = QStringLiteral("Survey results");
    m.decisions = QStringLiteral("Hold a parents' forum");
    auto id = group.addMeeting(m);
    REQUIRE(id.ok());
    auto before = group.meeting(*id);
    REQUIRE(before.ok());
    REQUIRE(group.removeMeeting(*id).ok());
    // A member who left the group since is not brought back as an attendee.
    REQUIRE(group.removeMember(pupil).ok());
    REQUIRE(group.restoreMeeting(*before).ok());

    fixture.reopen();
    auto back = ReferenceGroupRepository(*fixture.file).meeting(*id);
    REQUIRE(back.ok());
    CHECK(back->heldOn == QDate(2025, 10, 14));
    CHECK(back->notes == QStringLiteral("Survey results"));
    CHECK(back->decisions == QStringLiteral("Hold a parents' forum"));
    CHECK(back->attendeeIds == QList<qint64>{lead});
}
