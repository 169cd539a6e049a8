#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/AccreditationRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/Sql.h"
#include "storage/VisitRepository.h"

using namespace equimark;

namespace {

const QString Race = QStringLiteral("race");

// Actions and evidence belong to other repositories; a bare row is all a link needs.
qint64 insertAction(SchoolFile& file, const QString& title) {
    auto inserted = sql::run(file.database(),
                             QStringLiteral("INSERT INTO action (title, created_at) VALUES (?, ?)"),
                             {title, sql::timestamp()});
    REQUIRE(inserted.ok());
    return inserted->lastInsertId().toLongLong();
}

qint64 insertEvidence(SchoolFile& file, const QString& title) {
    auto inserted = sql::run(file.database(),
                             QStringLiteral("INSERT INTO evidence (title, kind, added_at) "
                                            "VALUES (?, 'pupil-voice', ?)"),
                             {title, sql::timestamp()});
    REQUIRE(inserted.ok());
    return inserted->lastInsertId().toLongLong();
}

AccreditationSummary load(SchoolFile& file, qint64 id) {
    auto summary = AccreditationRepository(file).summary(id);
    REQUIRE(summary.ok());
    return *summary;
}

// A race summary with its outcomes written, ready to submit.
qint64 draftWithOutcomes(SchoolFile& file, const QString& strand = Race) {
    AccreditationRepository repo(file);
    auto id = repo.create(strand);
    REQUIRE(id.ok());
    auto summary = load(file, *id);
    summary.outcomes = QStringLiteral("Pupils from every background see themselves in the "
                                      "library and the curriculum.");
    REQUIRE(repo.updateContent(summary).ok());
    return *id;
}

qint64 submitted(SchoolFile& file, const QDate& on = QDate(2026, 3, 2),
                 const QString& strand = Race) {
    const qint64 id = draftWithOutcomes(file, strand);
    REQUIRE(AccreditationRepository(file).submit(id, on).ok());
    return id;
}

qint64 verified(SchoolFile& file, const QDate& on = QDate(2026, 3, 20),
                const QString& strand = Race) {
    const qint64 id = submitted(file, on.addDays(-10), strand);
    REQUIRE(AccreditationRepository(file)
                .verify(id, QStringLiteral("A. Advisor"), on, QStringLiteral("Strong pupil voice."))
                .ok());
    return id;
}

} // namespace

TEST_CASE("a new accreditation summary is a draft whose content survives reopening", "[accred]") {
    test::SchoolFixture fixture;
    const qint64 action = insertAction(*fixture.file, QStringLiteral("Diverse library stock"));
    const qint64 evidence = insertEvidence(*fixture.file, QStringLiteral("Pupil survey"));
    AccreditationRepository repo(*fixture.file);
    auto id = repo.create(Race);
    REQUIRE(id.ok());

    auto summary = load(*fixture.file, *id);
    CHECK(summary.status == SummaryStatus::Draft);
    CHECK(summary.strandId == Race);
    CHECK(summary.frameworkId == test::equalityMark().id);
    CHECK_FALSE(summary.isLocked());

    summary.outcomes = QStringLiteral("Pupils say the library reflects them.");
    summary.measurableResults = QStringLiteral("Survey: 62% -> 88% agree.");
    summary.groupStatement = QStringLiteral("The reference group agrees.");
    summary.actionIds = {action, action};
    summary.evidenceIds = {evidence};
    REQUIRE(repo.updateContent(summary).ok());

    fixture.reopen();
    const auto reread = load(*fixture.file, *id);
    CHECK(reread.outcomes == summary.outcomes);
    CHECK(reread.measurableResults == summary.measurableResults);
    CHECK(reread.groupStatement == summary.groupStatement);
    CHECK(reread.actionIds == QList<qint64>{action});
    CHECK(reread.evidenceIds == QList<qint64>{evidence});
    CHECK(reread.events.empty());

    auto all = AccreditationRepository(*fixture.file).summaries();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->front().id == *id);
}

TEST_CASE("a summary for an unknown strand or an unknown summary is refused", "[accred]") {
    test::SchoolFixture fixture;
    AccreditationRepository repo(*fixture.file);
    auto bad = repo.create(QStringLiteral("astrology"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Error::Code::Invalid);
    CHECK(bad.errorMessage().contains(QStringLiteral("astrology")));
    CHECK(repo.latestForStrand(QStringLiteral("astrology")).error().code == Error::Code::Invalid);

    CHECK(repo.summary(999).error().code == Error::Code::NotFound);
    AccreditationSummary ghost;
    ghost.id = 999;
    CHECK(repo.updateContent(ghost).error().code == Error::Code::NotFound);
    CHECK(repo.submit(999, QDate(2026, 1, 1)).error().code == Error::Code::NotFound);
    CHECK(repo.verify(999, QStringLiteral("A"), QDate(2026, 1, 1), {}).error().code ==
          Error::Code::NotFound);
    CHECK(repo.returnToSchool(999, QStringLiteral("A"), QDate(2026, 1, 1), QStringLiteral("x"))
              .error()
              .code == Error::Code::NotFound);
    CHECK(repo.withdrawVerification(999, QStringLiteral("x")).error().code ==
          Error::Code::NotFound);
    auto none = repo.summaries();
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("a strand has one summary in progress at a time", "[accred]") {
    test::SchoolFixture fixture;
    AccreditationRepository repo(*fixture.file);
    auto latest = repo.latestForStrand(Race);
    REQUIRE(latest.ok());
    CHECK_FALSE(latest->has_value());

    const qint64 first = verified(*fixture.file);
    // A verified summary does not block starting the next one (re-accreditation).
    auto second = repo.create(Race);
    REQUIRE(second.ok());
    auto third = repo.create(Race);
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().code == Error::Code::Invalid);
    CHECK(repo.create(QStringLiteral("gender")).ok());

    latest = repo.latestForStrand(Race);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->id == *second);
    CHECK((*latest)->id != first);
}

TEST_CASE("a linked action or evidence that does not exist is refused", "[accred]") {
    test::SchoolFixture fixture;
    AccreditationRepository repo(*fixture.file);
    auto id = repo.create(Race);
    REQUIRE(id.ok());
    auto summary = load(*fixture.file, *id);
    summary.outcomes = QStringLiteral("Changed");
    summary.actionIds = {4242};
    auto refused = repo.updateContent(summary);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::NotFound);
    summary.actionIds.clear();
    summary.evidenceIds = {4343};
    CHECK(repo.updateContent(summary).error().code == Error::Code::NotFound);
    // Nothing of the refused edits was kept.
    CHECK(load(*fixture.file, *id).outcomes.isEmpty());
}

TEST_CASE("verifying a submitted summary awards the strand's badge on the same day", "[accred]") {
    test::SchoolFixture fixture;
    Visit visit;
    visit.visitedOn = QDate(2026, 3, 20);
    visit.kind = VisitKind::Accreditation;
    auto visitId = VisitRepository(*fixture.file).add(visit);
    REQUIRE(visitId.ok());

    const qint64 id = submitted(*fixture.file, QDate(2026, 3, 2));
    AccreditationRepository repo(*fixture.file);
    CHECK(load(*fixture.file, id).status == SummaryStatus::Submitted);
    CHECK(load(*fixture.file, id).submittedOn == QDate(2026, 3, 2));
    auto none = repo.badges();
    REQUIRE(none.ok());
    CHECK(none->empty());

    REQUIRE(repo.verify(id, QStringLiteral("A. Advisor"), QDate(2026, 3, 20),
                        QStringLiteral("Strong pupil voice."), *visitId)
                .ok());

    fixture.reopen();
    AccreditationRepository reopened(*fixture.file);
    const auto summary = load(*fixture.file, id);
    CHECK(summary.status == SummaryStatus::Verified);
    CHECK(summary.isLocked());
    CHECK(summary.verifiedBy == QStringLiteral("A. Advisor"));
    CHECK(summary.verifiedOn == QDate(2026, 3, 20));
    CHECK(summary.advisorComments == QStringLiteral("Strong pupil voice."));
    REQUIRE(summary.verifiedVisitId.has_value());
    CHECK(*summary.verifiedVisitId == *visitId);
    REQUIRE(summary.events.size() == 2);
    CHECK(summary.events[0].event == QStringLiteral("submitted"));
    CHECK(summary.events[0].by == QStringLiteral("Test User"));
    CHECK(summary.events[1].event == QStringLiteral("verified"));
    CHECK(summary.events[1].by == QStringLiteral("A. Advisor"));
    CHECK(summary.events[1].on == QDate(2026, 3, 20));

    auto badges = reopened.badges();
    REQUIRE(badges.ok());
    REQUIRE(badges->size() == 1);
    CHECK(badges->front().strandId == Race);
    CHECK(badges->front().awardedOn == QDate(2026, 3, 20));
    CHECK(badges->front().frameworkId == test::equalityMark().id);
    REQUIRE(badges->front().summaryId.has_value());
    CHECK(*badges->front().summaryId == id);
}

TEST_CASE("removing the visit keeps the verification and the badge", "[accred]") {
    test::SchoolFixture fixture;
    Visit visit;
    visit.visitedOn = QDate(2026, 3, 20);
    auto visitId = VisitRepository(*fixture.file).add(visit);
    REQUIRE(visitId.ok());
    const qint64 id = submitted(*fixture.file);
    AccreditationRepository repo(*fixture.file);
    REQUIRE(repo.verify(id, QStringLiteral("A. Advisor"), QDate(2026, 3, 20), {}, *visitId).ok());
    REQUIRE(VisitRepository(*fixture.file).remove(*visitId).ok());
    const auto summary = load(*fixture.file, id);
    CHECK(summary.status == SummaryStatus::Verified);
    CHECK_FALSE(summary.verifiedVisitId.has_value());
    CHECK(repo.badges()->size() == 1);
}

TEST_CASE("steps a summary's status does not allow are refused with a reason", "[accred]") {
    test::SchoolFixture fixture;
    AccreditationRepository repo(*fixture.file);
    const QString advisor = QStringLiteral("A. Advisor");
    const QDate day(2026, 3, 20);

    SECTION("a draft can only be submitted") {
        auto id = repo.create(Race);
        REQUIRE(id.ok());
        CHECK(repo.verify(*id, advisor, day, {}).error().code == Error::Code::Invalid);
        CHECK(repo.returnToSchool(*id, advisor, day, QStringLiteral("More")).error().code ==
              Error::Code::Invalid);
        CHECK(repo.withdrawVerification(*id, QStringLiteral("Why")).error().code ==
              Error::Code::Invalid);
        // Without outcomes there is nothing to submit.
        auto empty = repo.submit(*id, day);
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().code == Error::Code::Invalid);
        CHECK(load(*fixture.file, *id).status == SummaryStatus::Draft);
    }
    SECTION("a submitted summary is verified or returned, not submitted again") {
        const qint64 id = submitted(*fixture.file, QDate(2026, 3, 2));
        CHECK(repo.submit(id, day).error().code == Error::Code::Invalid);
        CHECK(repo.withdrawVerification(id, QStringLiteral("Why")).error().code ==
              Error::Code::Invalid);
        CHECK(repo.verify(id, QString(), day, {}).error().code == Error::Code::Invalid);
        CHECK(repo.verify(id, advisor, QDate(), {}).error().code == Error::Code::Invalid);
        CHECK(repo.verify(id, advisor, QDate(2026, 3, 1), {}).error().code == Error::Code::Invalid);
        CHECK(repo.verify(id, advisor, day, {}, 777).error().code == Error::Code::NotFound);
        CHECK(repo.returnToSchool(id, advisor, day, QStringLiteral("  ")).error().code ==
              Error::Code::Invalid);
        CHECK(load(*fixture.file, id).status == SummaryStatus::Submitted);
        CHECK(repo.badges()->empty());
    }
    SECTION("a verified summary is locked except for withdrawal") {
        const qint64 id = verified(*fixture.file, day);
        CHECK(repo.submit(id, day).error().code == Error::Code::Locked);
        CHECK(repo.verify(id, advisor, day, {}).error().code == Error::Code::Locked);
        CHECK(repo.returnToSchool(id, advisor, day, QStringLiteral("More")).error().code ==
              Error::Code::Locked);
        CHECK(repo.withdrawVerification(id, QStringLiteral("   ")).error().code ==
              Error::Code::Invalid);
        CHECK(load(*fixture.file, id).status == SummaryStatus::Verified);
        CHECK(repo.badges()->size() == 1);
    }
    SECTION("a returned summary can be submitted but not verified or returned") {
        const qint64 id = submitted(*fixture.file, QDate(2026, 3, 2));
        REQUIRE(repo.returnToSchool(id, advisor, day, QStringLiteral("More evidence")).ok());
        CHECK(repo.verify(id, advisor, day, {}).error().code == Error::Code::Invalid);
        CHECK(repo.returnToSchool(id, advisor, day, QStringLiteral("Again")).error().code ==
              Error::Code::Invalid);
        CHECK(repo.withdrawVerification(id, QStringLiteral("Why")).error().code ==
              Error::Code::Invalid);
        CHECK(repo.submit(id, QDate()).error().code == Error::Code::Invalid);
        CHECK(repo.submit(id, day.addDays(7)).ok());
    }
}

TEST_CASE("a verified summary cannot be edited", "[accred]") {
    test::SchoolFixture fixture;
    const qint64 id = verified(*fixture.file);
    auto summary = load(*fixture.file, id);
    const QString before = summary.outcomes;
    summary.outcomes = QStringLiteral("Rewritten after the visit");
    auto refused = AccreditationRepository(*fixture.file).updateContent(summary);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Locked);
    CHECK(refused.errorMessage().contains(QStringLiteral("verified")));
    fixture.reopen();
    CHECK(load(*fixture.file, id).outcomes == before);
}

TEST_CASE("a returned summary is edited and submitted again", "[accred]") {
    test::SchoolFixture fixture;
    AccreditationRepository repo(*fixture.file);
    const qint64 id = submitted(*fixture.file, QDate(2026, 3, 2));
    REQUIRE(repo.returnToSchool(id, QStringLiteral("A. Advisor"), QDate(2026, 3, 20),
                                QStringLiteral("Add the survey results."))
                .ok());
    auto summary = load(*fixture.file, id);
    CHECK(summary.status == SummaryStatus::Returned);
    CHECK(summary.advisorComments == QStringLiteral("Add the survey results."));

    summary.measurableResults = QStringLiteral("88% of pupils agree.");
    REQUIRE(repo.updateContent(summary).ok());
    REQUIRE(repo.submit(id, QDate(2026, 4, 1)).ok());
    REQUIRE(repo.verify(id, QStringLiteral("A. Advisor"), QDate(2026, 5, 5), {}).ok());

    fixture.reopen();
    const auto reread = load(*fixture.file, id);
    CHECK(reread.status == SummaryStatus::Verified);
    CHECK(reread.measurableResults == QStringLiteral("88% of pupils agree."));
    CHECK(reread.submittedOn == QDate(2026, 4, 1));
    REQUIRE(reread.events.size() == 4);
    CHECK(reread.events[1].event == QStringLiteral("returned"));
    CHECK(reread.events[1].comments == QStringLiteral("Add the survey results."));
    CHECK(reread.events[2].event == QStringLiteral("submitted"));
    CHECK(reread.events[3].event == QStringLiteral("verified"));
}

TEST_CASE("withdrawing a verification takes the badge away and records who, when and why",
          "[accred]") {
    test::SchoolFixture fixture;
    const qint64 id = verified(*fixture.file, QDate(2026, 3, 20));
    const qint64 other = verified(*fixture.file, QDate(2026, 3, 21), QStringLiteral("gender"));
    AccreditationRepository repo(*fixture.file);
    REQUIRE(repo.badges()->size() == 2);

    REQUIRE(
        repo.withdrawVerification(id, QStringLiteral("Verified against the wrong strand.")).ok());

    fixture.reopen();
    AccreditationRepository reopened(*fixture.file);
    auto summary = load(*fixture.file, id);
    CHECK(summary.status == SummaryStatus::Submitted);
    CHECK_FALSE(summary.isLocked());
    CHECK(summary.verifiedBy.isEmpty());
    CHECK_FALSE(summary.verifiedOn.isValid());
    REQUIRE_FALSE(summary.events.empty());
    const auto& withdrawn = summary.events.back();
    CHECK(withdrawn.event == QStringLiteral("withdrawn"));
    CHECK(withdrawn.by == QStringLiteral("Test User"));
    CHECK(withdrawn.on == QDate::currentDate());
    CHECK(withdrawn.comments == QStringLiteral("Verified against the wrong strand."));

    auto badges = reopened.badges();
    REQUIRE(badges.ok());
    REQUIRE(badges->size() == 1);
    CHECK(badges->front().strandId == QStringLiteral("gender"));
    CHECK(*badges->front().summaryId == other);

    // Unlocked again: it can be edited and verified afresh.
    summary.groupStatement = QStringLiteral("Corrected");
    REQUIRE(reopened.updateContent(summary).ok());
    REQUIRE(reopened.verify(id, QStringLiteral("B. Advisor"), QDate(2026, 4, 1), {}).ok());
    CHECK(reopened.badges()->size() == 2);
}

TEST_CASE("every accreditation edit is written to the change history", "[accred]") {
    test::SchoolFixture fixture;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id = verified(*fixture.file);
    REQUIRE(AccreditationRepository(*fixture.file)
                .withdrawVerification(id, QStringLiteral("Mistake"))
                .ok());
    auto history = ChangeHistory(*fixture.file).since(start);
    REQUIRE(history.ok());
    QStringList seen;
    for (const auto& entry : *history)
        seen << entry.entity + QLatin1Char('.') + entry.field + QLatin1Char('=') + entry.newValue;
    CHECK(seen.contains(QStringLiteral("accreditation_summary.=race")));
    CHECK(seen.contains(QStringLiteral("accreditation_summary.status=submitted")));
    CHECK(seen.contains(QStringLiteral("accreditation_summary.status=verified")));
    CHECK(seen.contains(QStringLiteral("accreditation_summary.verified_by=A. Advisor")));
    CHECK(seen.contains(QStringLiteral("badge.=race 2026-03-20")));
    CHECK(seen.contains(QStringLiteral("badge.=")));
    for (const auto& entry : *history)
        CHECK(entry.who == QStringLiteral("Test User"));
}

TEST_CASE("the file's Mark is earned when every strand is verified within the window", "[accred]") {
    test::SchoolFixture fixture;
    const auto& framework = test::equalityMark();
    REQUIRE(framework.strands.size() == 6);
    QDate day(2025, 1, 15);
    for (std::size_t i = 0; i + 1 < framework.strands.size(); ++i) {
        verified(*fixture.file, day, framework.strands[i].id);
        day = day.addMonths(4);
    }
    AccreditationRepository repo(*fixture.file);
    auto partial = repo.markStatus(day);
    REQUIRE(partial.ok());
    CHECK_FALSE(partial->earned);
    CHECK(partial->currentBadgeCount() == 5);

    verified(*fixture.file, day, framework.strands.back().id);
    fixture.reopen();
    auto status = AccreditationRepository(*fixture.file).markStatus(day);
    REQUIRE(status.ok());
    CHECK(status->earned);
    CHECK(status->earnedOn == day);
    CHECK(status->reaccreditationDue == day.addYears(framework.awardRules.reaccreditationYears));
}

TEST_CASE("a verification that cannot award its badge changes nothing", "[accred]") {
    test::SchoolFixture fixture;
    const qint64 id = submitted(*fixture.file, QDate(2026, 3, 2));
    // A badge for the strand already stands on that day (e.g. copied from another file).
    REQUIRE(sql::run(fixture.file->database(),
                     QStringLiteral("INSERT INTO badge (framework_id, strand_id, awarded_on) "
                                    "VALUES (?, 'race', '2026-03-20')"),
                     {test::equalityMark().id})
                .ok());
    AccreditationRepository repo(*fixture.file);
    auto refused = repo.verify(id, QStringLiteral("A. Advisor"), QDate(2026, 3, 20), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    fixture.reopen();
    const auto summary = load(*fixture.file, id);
    CHECK(summary.status == SummaryStatus::Submitted);
    CHECK(summary.verifiedBy.isEmpty());
    CHECK(summary.events.size() == 1);
    CHECK(AccreditationRepository(*fixture.file).badges()->size() == 1);
}

TEST_CASE("restoring a status puts back the verification, its events and its badge",
          "[accred][undo]") {
    test::SchoolFixture fixture;
    AccreditationRepository repo(*fixture.file);
    const qint64 id = verified(*fixture.file);
    const AccreditationSummary before = load(*fixture.file, id);
    auto badges = repo.badgesForSummary(id);
    REQUIRE(badges.ok());
    REQUIRE(badges->size() == 1);

    REQUIRE(repo.withdrawVerification(id, QStringLiteral("Evidence missing")).ok());
    REQUIRE(repo.badgesForSummary(id)->empty());
    REQUIRE(repo.restoreStatus(before, *badges).ok());
    fixture.reopen();
    AccreditationRepository reopened(*fixture.file);
    const auto after = load(*fixture.file, id);
    CHECK(after.status == SummaryStatus::Verified);
    CHECK(after.verifiedOn == before.verifiedOn);
    CHECK(after.verifiedBy == before.verifiedBy);
    CHECK(after.events.size() == before.events.size());
    auto restored = reopened.badgesForSummary(id);
    REQUIRE(restored.ok());
    REQUIRE(restored->size() == 1);
    CHECK(restored->front().awardedOn == badges->front().awardedOn);
    auto mark = reopened.markStatus(QDate(2026, 4, 1));
    REQUIRE(mark.ok());
    CHECK(mark->strand(Race)->state == StrandBadgeState::Current);
}

TEST_CASE("restoring a draft's status undoes a submission", "[accred][undo]") {
    test::SchoolFixture fixture;
    AccreditationRepository repo(*fixture.file);
    const qint64 id = draftWithOutcomes(*fixture.file);
    const AccreditationSummary draft = load(*fixture.file, id);
    REQUIRE(repo.submit(id, QDate(2026, 3, 2)).ok());
    REQUIRE(repo.restoreStatus(draft, {}).ok());
    const auto after = load(*fixture.file, id);
    CHECK(after.status == SummaryStatus::Draft);
    CHECK_FALSE(after.submittedOn.isValid());
    CHECK(after.events.empty());
}

TEST_CASE("a never-submitted draft can be removed and recreated under its id", "[accred][undo]") {
    test::SchoolFixture fixture;
    AccreditationRepository repo(*fixture.file);
    auto id = repo.create(Race);
    REQUIRE(id.ok());
    REQUIRE(repo.removeDraft(*id).ok());
    auto none = repo.latestForStrand(Race);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    REQUIRE(repo.recreate(*id, Race).ok());
    CHECK(load(*fixture.file, *id).strandId == Race);

    const qint64 sent = submitted(*fixture.file, QDate(2026, 3, 2), QStringLiteral("gender"));
    auto refused = repo.removeDraft(sent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
}
