#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/ChangeHistory.h"
#include "storage/VisitRepository.h"

using namespace equimark;

namespace {

Visit accreditationVisit(const QDate& on) {
    Visit visit;
    visit.visitedOn = on;
    visit.kind = VisitKind::Accreditation;
    visit.advisor = QStringLiteral("A. Advisor");
    visit.focus = QStringLiteral("Verify the race and gender summaries");
    visit.walkNotes = QStringLiteral("Displays in every corridor reflect the school community.");
    visit.meetings = {{0, MetWith::Pupils, QStringLiteral("Pupils know who to tell.")},
                      {0, MetWith::Governors,
                       QStringLiteral("The equality governor reports "
                                      "termly.")}};
    visit.outcomes = QStringLiteral("Race badge verified.");
    visit.nextSteps = QStringLiteral("Begin the disability strand.");
    return visit;
}

Visit advisoryVisit(const QDate& on) {
    Visit visit;
    visit.visitedOn = on;
    visit.kind = VisitKind::Advisory;
    return visit;
}

} // namespace

TEST_CASE("a visit with its meetings survives reopening", "[accred][visit]") {
    test::SchoolFixture fixture;
    const Visit visit = accreditationVisit(QDate(2026, 3, 20));
    auto id = VisitRepository(*fixture.file).add(visit);
    REQUIRE(id.ok());

    fixture.reopen();
    auto reread = VisitRepository(*fixture.file).visit(*id);
    REQUIRE(reread.ok());
    CHECK(reread->id == *id);
    CHECK(reread->visitedOn == QDate(2026, 3, 20));
    CHECK(reread->kind == VisitKind::Accreditation);
    CHECK(reread->advisor == visit.advisor);
    CHECK(reread->focus == visit.focus);
    CHECK(reread->walkNotes == visit.walkNotes);
    CHECK(reread->outcomes == visit.outcomes);
    CHECK(reread->nextSteps == visit.nextSteps);
    REQUIRE(reread->meetings.size() == 2);
    CHECK(reread->meetings[0].with == MetWith::Pupils);
    CHECK(reread->meetings[0].heard == QStringLiteral("Pupils know who to tell."));
    CHECK(reread->meetings[1].with == MetWith::Governors);
    CHECK(reread->meetings[0].id != 0);
}

TEST_CASE("a visit with only a date is stored with empty notes", "[accred][visit]") {
    test::SchoolFixture fixture;
    Visit bare;
    bare.visitedOn = QDate(2026, 1, 5);
    bare.meetings = {{0, MetWith::Staff, QString()}};
    auto id = VisitRepository(*fixture.file).add(bare);
    REQUIRE(id.ok());
    auto reread = VisitRepository(*fixture.file).visit(*id);
    REQUIRE(reread.ok());
    CHECK(reread->advisor.isEmpty());
    CHECK(reread->kind == VisitKind::Advisory);
    REQUIRE(reread->meetings.size() == 1);
    CHECK(reread->meetings[0].with == MetWith::Staff);
}

TEST_CASE("visits are listed newest first", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    REQUIRE(repo.add(advisoryVisit(QDate(2025, 10, 1))).ok());
    REQUIRE(repo.add(accreditationVisit(QDate(2026, 3, 20))).ok());
    REQUIRE(repo.add(advisoryVisit(QDate(2024, 11, 12))).ok());
    auto all = repo.visits();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).visitedOn == QDate(2026, 3, 20));
    CHECK(all->at(0).meetings.size() == 2);
    CHECK(all->at(1).visitedOn == QDate(2025, 10, 1));
    CHECK(all->at(2).visitedOn == QDate(2024, 11, 12));
}

TEST_CASE("editing a visit changes its fields and replaces its meetings", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    auto id = repo.add(accreditationVisit(QDate(2026, 3, 20)));
    REQUIRE(id.ok());
    auto visit = repo.visit(*id);
    REQUIRE(visit.ok());
    Visit edited = *visit;
    edited.visitedOn = QDate(2026, 3, 27);
    edited.kind = VisitKind::Advisory;
    edited.nextSteps = QStringLiteral("Share the survey with parents.");
    edited.meetings = {{0, MetWith::Parents, QStringLiteral("Parents want more updates.")}};
    REQUIRE(repo.update(edited).ok());

    fixture.reopen();
    auto reread = VisitRepository(*fixture.file).visit(*id);
    REQUIRE(reread.ok());
    CHECK(reread->visitedOn == QDate(2026, 3, 27));
    CHECK(reread->kind == VisitKind::Advisory);
    CHECK(reread->nextSteps == QStringLiteral("Share the survey with parents."));
    CHECK(reread->focus == visit->focus);
    REQUIRE(reread->meetings.size() == 1);
    CHECK(reread->meetings[0].with == MetWith::Parents);
    CHECK(reread->meetings[0].heard == QStringLiteral("Parents want more updates."));
}

TEST_CASE("visit edits are written to the change history", "[accred][visit]") {
    test::SchoolFixture fixture;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    VisitRepository repo(*fixture.file);
    auto id = repo.add(accreditationVisit(QDate(2026, 3, 20)));
    REQUIRE(id.ok());
    Visit edited = *repo.visit(*id);
    edited.outcomes = QStringLiteral("Two badges verified.");
    edited.meetings.clear();
    REQUIRE(repo.update(edited).ok());
    REQUIRE(repo.remove(*id).ok());

    auto history = ChangeHistory(*fixture.file).since(start);
    REQUIRE(history.ok());
    QStringList fields;
    for (const auto& entry : *history) {
        if (entry.entity == QStringLiteral("visit"))
            fields << entry.field + QLatin1Char('=') + entry.newValue;
    }
    CHECK(fields.contains(QStringLiteral("=2026-03-20")));
    CHECK(fields.contains(QStringLiteral("outcomes=Two badges verified.")));
    CHECK(fields.contains(QStringLiteral("meetings=")));
    CHECK(fields.contains(QStringLiteral("=")));
    CHECK_FALSE(fields.contains(QStringLiteral("focus=") + edited.focus));
}

TEST_CASE("a visit needs a date", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    auto refused = repo.add(advisoryVisit(QDate()));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(repo.visits()->empty());

    auto id = repo.add(advisoryVisit(QDate(2026, 2, 2)));
    REQUIRE(id.ok());
    Visit undated = *repo.visit(*id);
    undated.visitedOn = QDate();
    CHECK(repo.update(undated).error().code == Error::Code::Invalid);
    CHECK(repo.visit(*id)->visitedOn == QDate(2026, 2, 2));
}

TEST_CASE("an unknown visit is reported as not found", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    CHECK(repo.visit(41).error().code == Error::Code::NotFound);
    Visit ghost = advisoryVisit(QDate(2026, 2, 2));
    ghost.id = 41;
    CHECK(repo.update(ghost).error().code == Error::Code::NotFound);
    CHECK(repo.remove(41).error().code == Error::Code::NotFound);
}

TEST_CASE("a removed visit is gone after reopening, with its meetings", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    auto kept = repo.add(advisoryVisit(QDate(2025, 10, 1)));
    auto removed = repo.add(accreditationVisit(QDate(2026, 3, 20)));
    REQUIRE(kept.ok());
    REQUIRE(removed.ok());
    REQUIRE(repo.remove(*removed).ok());

    fixture.reopen();
    VisitRepository reopened(*fixture.file);
    auto all = reopened.visits();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->front().id == *kept);
    CHECK(reopened.visit(*removed).error().code == Error::Code::NotFound);
}

TEST_CASE("the next visit is the first dated today or later", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    auto none = repo.nextVisit(QDate(2026, 1, 1));
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    REQUIRE(repo.add(advisoryVisit(QDate(2025, 10, 1))).ok());
    REQUIRE(repo.add(accreditationVisit(QDate(2026, 6, 10))).ok());
    REQUIRE(repo.add(advisoryVisit(QDate(2026, 3, 20))).ok());

    auto next = repo.nextVisit(QDate(2026, 1, 1));
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK((*next)->visitedOn == QDate(2026, 3, 20));

    auto sameDay = repo.nextVisit(QDate(2026, 6, 10));
    REQUIRE(sameDay.ok());
    REQUIRE(sameDay->has_value());
    CHECK((*sameDay)->visitedOn == QDate(2026, 6, 10));
    CHECK((*sameDay)->meetings.size() == 2);

    auto after = repo.nextVisit(QDate(2026, 6, 11));
    REQUIRE(after.ok());
    CHECK_FALSE(after->has_value());
    CHECK(repo.nextVisit(QDate()).error().code == Error::Code::Invalid);
}

TEST_CASE("the visit of a day is found by its date", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    auto id = repo.add(accreditationVisit(QDate(2026, 3, 20)));
    REQUIRE(id.ok());
    auto found = repo.visitOn(QDate(2026, 3, 20));
    REQUIRE(found.ok());
    CHECK(found->id == *id);
    CHECK(found->meetings.size() == 2);
    CHECK(repo.visitOn(QDate(2026, 3, 21)).error().code == Error::Code::NotFound);
    CHECK(repo.visitOn(QDate()).error().code == Error::Code::Invalid);
}

TEST_CASE("network meetings with two representatives survive reopening", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    NetworkMeeting autumn{0, QDate(2025, 11, 4), QStringLiteral(" J. Coordinator "),
                          QStringLiteral("K. Governor"), QStringLiteral("Training on the PSED.")};
    NetworkMeeting spring{0, QDate(2026, 2, 10), QStringLiteral("J. Coordinator"), QString(),
                          QString()};
    auto first = repo.addNetworkMeeting(autumn);
    auto second = repo.addNetworkMeeting(spring);
    REQUIRE(first.ok());
    REQUIRE(second.ok());

    fixture.reopen();
    auto all = VisitRepository(*fixture.file).networkMeetings();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).id == *second);
    CHECK(all->at(0).heldOn == QDate(2026, 2, 10));
    CHECK(all->at(0).representative2.isEmpty());
    CHECK(all->at(1).heldOn == QDate(2025, 11, 4));
    CHECK(all->at(1).representative1 == QStringLiteral("J. Coordinator"));
    CHECK(all->at(1).representative2 == QStringLiteral("K. Governor"));
    CHECK(all->at(1).notes == QStringLiteral("Training on the PSED."));
}

TEST_CASE("a network meeting is edited and removed", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    auto id = repo.addNetworkMeeting(
        {0, QDate(2025, 11, 4), QStringLiteral("J. Coordinator"), QString(), QString()});
    REQUIRE(id.ok());
    NetworkMeeting edited = *repo.networkMeeting(*id);
    edited.representative2 = QStringLiteral("L. Teacher");
    edited.notes = QStringLiteral("Shared our pupil voice work.");
    REQUIRE(repo.updateNetworkMeeting(edited).ok());

    fixture.reopen();
    VisitRepository reopened(*fixture.file);
    auto reread = reopened.networkMeeting(*id);
    REQUIRE(reread.ok());
    CHECK(reread->representative2 == QStringLiteral("L. Teacher"));
    CHECK(reread->notes == QStringLiteral("Shared our pupil voice work."));

    REQUIRE(reopened.removeNetworkMeeting(*id).ok());
    CHECK(reopened.networkMeetings()->empty());
    CHECK(reopened.networkMeeting(*id).error().code == Error::Code::NotFound);
    CHECK(reopened.removeNetworkMeeting(*id).error().code == Error::Code::NotFound);
    edited.id = *id;
    CHECK(reopened.updateNetworkMeeting(edited).error().code == Error::Code::NotFound);
}

TEST_CASE("a network meeting needs a date", "[accred][visit]") {
    test::SchoolFixture fixture;
    VisitRepository repo(*fixture.file);
    NetworkMeeting undated{0, QDate(), QStringLiteral("J. Coordinator"), QString(), QString()};
    CHECK(repo.addNetworkMeeting(undated).error().code == Error::Code::Invalid);
    auto id = repo.addNetworkMeeting(
        {0, QDate(2025, 11, 4), QStringLiteral("J. Coordinator"), QString(), QString()});
    REQUIRE(id.ok());
    undated.id = *id;
    CHECK(repo.updateNetworkMeeting(undated).error().code == Error::Code::Invalid);
    CHECK(repo.networkMeeting(*id)->heldOn == QDate(2025, 11, 4));
}

TEST_CASE("visit kinds and meeting groups have stable ids", "[accred][visit]") {
    for (auto kind : {VisitKind::Advisory, VisitKind::Accreditation})
        CHECK(visitKindFromId(visitKindId(kind)) == kind);
    CHECK(visitKindId(VisitKind::Accreditation) == QStringLiteral("accreditation"));
    CHECK_FALSE(visitKindFromId(QStringLiteral("inspection")).has_value());
    for (const auto& id : metWithIds()) {
        auto with = metWithFromId(id);
        REQUIRE(with.has_value());
        CHECK(metWithId(*with) == id);
        CHECK_FALSE(metWithLabel(*with).isEmpty());
    }
    CHECK_FALSE(metWithFromId(QStringLiteral("press")).has_value());
}

TEST_CASE("a removed visit is restored under its id with the summaries verified at it",
          "[accred][visit][undo]") {
    test::SchoolFixture fixture;
    VisitRepository visits(*fixture.file);
    const Visit visit = accreditationVisit(QDate(2026, 3, 20));
    auto id = visits.add(visit);
    REQUIRE(id.ok());
    auto stored = visits.visit(*id);
    REQUIRE(stored.ok());
    REQUIRE(visits.remove(*id).ok());
    REQUIRE(visits.restore(*stored, {}).ok());
    fixture.reopen();
    auto back = VisitRepository(*fixture.file).visit(*id);
    REQUIRE(back.ok());
    CHECK(back->focus == visit.focus);
    CHECK(back->meetings.size() == 2);
    auto linked = VisitRepository(*fixture.file).summariesVerifiedAt(*id);
    REQUIRE(linked.ok());
    CHECK(linked->isEmpty());
}

TEST_CASE("a removed network meeting is restored under its id", "[accred][visit][undo]") {
    test::SchoolFixture fixture;
    VisitRepository visits(*fixture.file);
    NetworkMeeting meeting;
    meeting.heldOn = QDate(2026, 2, 4);
    meeting.representative1 = QStringLiteral("Amira Haddad");
    meeting.notes = QStringLiteral("Shared summaries.");
    auto id = visits.addNetworkMeeting(meeting);
    REQUIRE(id.ok());
    meeting.id = *id;
    REQUIRE(visits.removeNetworkMeeting(*id).ok());
    REQUIRE(visits.restoreNetworkMeeting(meeting).ok());
    auto back = visits.networkMeeting(*id);
    REQUIRE(back.ok());
    CHECK(back->notes == meeting.notes);
}
