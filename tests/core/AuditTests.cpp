#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/AuditRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"

#include <QDateTime>
#include <algorithm>

using namespace equimark;

namespace {

const AcademicYear lastYear(2024);
const AcademicYear thisYear(2025);

// Statements of the leadership x race cell, as the shipped framework defines them.
QString leadershipRace(int n) {
    return QStringLiteral("leadership.race.%1").arg(n);
}

Audit startedAudit(SchoolFile& file, AcademicYear year) {
    auto audit = AuditRepository(file).ensureAudit(year);
    REQUIRE(audit.ok());
    return *audit;
}

void judge(SchoolFile& file, qint64 auditId, const QString& statementId, Rating rating,
           const QString& note = {}) {
    auto set = AuditRepository(file).setJudgement(auditId, statementId, rating, note);
    INFO(set.errorMessage());
    REQUIRE(set.ok());
}

std::vector<HistoryEntry> judgementHistory(SchoolFile& file) {
    auto all = ChangeHistory(file).since(QDateTime());
    REQUIRE(all.ok());
    std::vector<HistoryEntry> result;
    std::copy_if(all->begin(), all->end(), std::back_inserter(result),
                 [](const HistoryEntry& e) { return e.entity == QStringLiteral("judgement"); });
    return result;
}

} // namespace

TEST_CASE("a year's audit is started once and listed oldest year first", "[audit]") {
    test::SchoolFixture fixture;
    const Audit later = startedAudit(*fixture.file, thisYear);
    const Audit earlier = startedAudit(*fixture.file, lastYear);
    CHECK(startedAudit(*fixture.file, thisYear).id == later.id);
    CHECK(later.frameworkId == test::equalityMark().id);
    CHECK(later.startedOn == QDate::currentDate());

    fixture.reopen();
    AuditRepository audits(*fixture.file);
    auto all = audits.audits();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).id == earlier.id);
    CHECK(all->at(0).year == lastYear);
    CHECK(all->at(1).year == thisYear);
    auto found = audits.audit(thisYear);
    REQUIRE(found.ok());
    CHECK(found->id == later.id);
}

TEST_CASE("a year without an audit is reported as not found", "[audit]") {
    test::SchoolFixture fixture;
    auto missing = AuditRepository(*fixture.file).audit(thisYear);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.errorMessage().contains(QStringLiteral("2025-26")));
    auto unknownId = AuditRepository(*fixture.file).judgements(777);
    REQUIRE_FALSE(unknownId.ok());
    CHECK(unknownId.error().code == Error::Code::NotFound);
}

TEST_CASE("a judgement is kept with who made it and when", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    judge(*fixture.file, audit.id, leadershipRace(1), Rating::Amber,
          QStringLiteral("Governors discussed the race equality policy in June."));

    fixture.reopen();
    auto stored = AuditRepository(*fixture.file).judgement(audit.id, leadershipRace(1));
    REQUIRE(stored.ok());
    CHECK(stored->rating == Rating::Amber);
    CHECK(stored->note == QStringLiteral("Governors discussed the race equality policy in June."));
    CHECK(stored->judgedBy == QStringLiteral("Test User"));
    CHECK(stored->judgedAt >= before);

    auto untouched = AuditRepository(*fixture.file).judgement(audit.id, leadershipRace(2));
    REQUIRE(untouched.ok());
    CHECK(untouched->rating == Rating::None);
    CHECK(untouched->note.isEmpty());
    auto byStatement = AuditRepository(*fixture.file).judgementsByStatement(audit.id);
    REQUIRE(byStatement.ok());
    CHECK(byStatement->size() == 1);
    CHECK(byStatement->value(leadershipRace(1)).rating == Rating::Amber);
}

TEST_CASE("judging a statement the framework does not have is refused, naming it", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    auto refused = AuditRepository(*fixture.file)
                       .setJudgement(audit.id, QStringLiteral("leadrship.race.1"), Rating::Red, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.errorMessage().contains(QStringLiteral("leadrship.race.1")));

    auto noAudit = AuditRepository(*fixture.file)
                       .setJudgement(audit.id + 50, leadershipRace(1), Rating::Red, {});
    REQUIRE_FALSE(noAudit.ok());
    CHECK(noAudit.error().code == Error::Code::NotFound);
    CHECK(AuditRepository(*fixture.file).judgements(audit.id)->empty());
}

TEST_CASE("every change to a judgement is in the change history", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    judge(*fixture.file, audit.id, leadershipRace(1), Rating::Red);
    judge(*fixture.file, audit.id, leadershipRace(1), Rating::Red); // no change, no row
    judge(*fixture.file, audit.id, leadershipRace(1), Rating::Green,
          QStringLiteral("Policy adopted."));

    fixture.reopen();
    const auto history = judgementHistory(*fixture.file);
    REQUIRE(history.size() == 3);
    CHECK(history[0].entityId == QStringLiteral("2025-26/") + leadershipRace(1));
    CHECK(history[0].field == QStringLiteral("rating"));
    CHECK(history[0].oldValue == QStringLiteral("none"));
    CHECK(history[0].newValue == QStringLiteral("red"));
    CHECK(history[1].field == QStringLiteral("rating"));
    CHECK(history[1].oldValue == QStringLiteral("red"));
    CHECK(history[1].newValue == QStringLiteral("green"));
    CHECK(history[2].field == QStringLiteral("note"));
    CHECK(history[2].newValue == QStringLiteral("Policy adopted."));
    CHECK(history[2].who == QStringLiteral("Test User"));
}

TEST_CASE("progress counts judged statements out of the whole framework", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    AuditRepository audits(*fixture.file);
    const int total = static_cast<int>(test::equalityMark().statements.size());

    auto empty = audits.progress(audit.id);
    REQUIRE(empty.ok());
    CHECK(empty->judged == 0);
    CHECK(empty->total == total);

    judge(*fixture.file, audit.id, leadershipRace(1), Rating::Green);
    judge(*fixture.file, audit.id, leadershipRace(2), Rating::Red);
    judge(*fixture.file, audit.id, leadershipRace(3), Rating::None,
          QStringLiteral("Ask the governors first.")); // a note alone is not a judgement

    fixture.reopen();
    auto some = AuditRepository(*fixture.file).progress(audit.id);
    REQUIRE(some.ok());
    CHECK(some->judged == 2);
    CHECK(some->total == total);
}

TEST_CASE("taking a rating back to not judged with no note clears the judgement", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    judge(*fixture.file, audit.id, leadershipRace(1), Rating::Amber, QStringLiteral("Draft"));
    judge(*fixture.file, audit.id, leadershipRace(1), Rating::None, QStringLiteral("  "));

    fixture.reopen();
    AuditRepository audits(*fixture.file);
    CHECK(audits.judgements(audit.id)->empty());
    CHECK(audits.progress(audit.id)->judged == 0);
    CHECK(audits.judgement(audit.id, leadershipRace(1))->rating == Rating::None);
}

TEST_CASE("a year that already has an audit cannot be started again", "[audit]") {
    test::SchoolFixture fixture;
    startedAudit(*fixture.file, thisYear);
    auto again =
        AuditRepository(*fixture.file).startAudit(thisYear, AuditRepository::CarryForward::Nothing);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Invalid);
    CHECK(AuditRepository(*fixture.file).audits()->size() == 1);
}

TEST_CASE("a new year can start from last year's notes, with nothing judged", "[audit]") {
    test::SchoolFixture fixture;
    const Audit previous = startedAudit(*fixture.file, lastYear);
    judge(*fixture.file, previous.id, leadershipRace(1), Rating::Green,
          QStringLiteral("Race equality lead appointed."));
    judge(*fixture.file, previous.id, leadershipRace(2), Rating::Red); // no note: not carried

    auto started =
        AuditRepository(*fixture.file).startAudit(thisYear, AuditRepository::CarryForward::Notes);
    REQUIRE(started.ok());
    CHECK(started->year == thisYear);

    fixture.reopen();
    AuditRepository audits(*fixture.file);
    auto carried = audits.judgements(started->id);
    REQUIRE(carried.ok());
    REQUIRE(carried->size() == 1);
    CHECK(carried->at(0).statementId == leadershipRace(1));
    CHECK(carried->at(0).note == QStringLiteral("Race equality lead appointed."));
    CHECK(carried->at(0).rating == Rating::None);
    CHECK_FALSE(carried->at(0).judgedAt.isValid());
    CHECK(audits.progress(started->id)->judged == 0);
    // Last year's audit is untouched.
    CHECK(audits.judgement(previous.id, leadershipRace(1))->rating == Rating::Green);
}

TEST_CASE("a new year started from nothing has no notes", "[audit]") {
    test::SchoolFixture fixture;
    const Audit previous = startedAudit(*fixture.file, lastYear);
    judge(*fixture.file, previous.id, leadershipRace(1), Rating::Green, QStringLiteral("Note"));
    auto started =
        AuditRepository(*fixture.file).startAudit(thisYear, AuditRepository::CarryForward::Nothing);
    REQUIRE(started.ok());
    CHECK(AuditRepository(*fixture.file).judgements(started->id)->empty());
}

TEST_CASE("last year's judgement of a statement is offered as a hint", "[audit]") {
    test::SchoolFixture fixture;
    const Audit previous = startedAudit(*fixture.file, lastYear);
    judge(*fixture.file, previous.id, leadershipRace(1), Rating::Amber, QStringLiteral("Partly"));
    const Audit current = startedAudit(*fixture.file, thisYear);

    AuditRepository audits(*fixture.file);
    auto hint = audits.previousYearJudgement(current.id, leadershipRace(1));
    REQUIRE(hint.ok());
    REQUIRE(hint->has_value());
    CHECK((*hint)->rating == Rating::Amber);
    CHECK((*hint)->note == QStringLiteral("Partly"));

    auto none = audits.previousYearJudgement(current.id, leadershipRace(2));
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    auto firstYear = audits.previousYearJudgement(previous.id, leadershipRace(1));
    REQUIRE(firstYear.ok());
    CHECK_FALSE(firstYear->has_value());
}

TEST_CASE("a delegation covers its element, its strand or its one cell", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    AuditRepository audits(*fixture.file);
    REQUIRE(audits.delegate(audit.id, QStringLiteral("leadership"), {}, QStringLiteral("Governors"))
                .ok());
    REQUIRE(audits.delegate(audit.id, {}, QStringLiteral("race"), QStringLiteral("Ms Shah")).ok());
    REQUIRE(audits
                .delegate(audit.id, QStringLiteral("curriculum"), QStringLiteral("gender"),
                          QStringLiteral("Year 6 team"))
                .ok());

    fixture.reopen();
    AuditRepository reopened(*fixture.file);
    CHECK(reopened.delegations(audit.id)->size() == 3);
    auto leadershipRaceCell =
        reopened.delegatesFor(audit.id, QStringLiteral("leadership"), QStringLiteral("race"));
    REQUIRE(leadershipRaceCell.ok());
    CHECK(leadershipRaceCell->size() == 2);
    CHECK(leadershipRaceCell->contains(QStringLiteral("Governors")));
    CHECK(leadershipRaceCell->contains(QStringLiteral("Ms Shah")));
    CHECK(
        *reopened.delegatesFor(audit.id, QStringLiteral("curriculum"), QStringLiteral("gender")) ==
        QStringList{QStringLiteral("Year 6 team")});
    CHECK(
        reopened.delegatesFor(audit.id, QStringLiteral("curriculum"), QStringLiteral("disability"))
            ->isEmpty());
    CHECK(*reopened.delegatesFor(audit.id, QStringLiteral("data"), QStringLiteral("race")) ==
          QStringList{QStringLiteral("Ms Shah")});
}

TEST_CASE("delegating an unknown or empty section, or to nobody, is refused", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    AuditRepository audits(*fixture.file);

    auto unknownElement =
        audits.delegate(audit.id, QStringLiteral("playground"), {}, QStringLiteral("Mr Bell"));
    REQUIRE_FALSE(unknownElement.ok());
    CHECK(unknownElement.error().code == Error::Code::Invalid);
    CHECK(unknownElement.errorMessage().contains(QStringLiteral("playground")));

    auto unknownStrand =
        audits.delegate(audit.id, {}, QStringLiteral("age"), QStringLiteral("Mr Bell"));
    REQUIRE_FALSE(unknownStrand.ok());
    CHECK(unknownStrand.errorMessage().contains(QStringLiteral("age")));

    auto nothing = audits.delegate(audit.id, {}, {}, QStringLiteral("Mr Bell"));
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().code == Error::Code::Invalid);

    auto nobody = audits.delegate(audit.id, QStringLiteral("data"), {}, QStringLiteral("  "));
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == Error::Code::Invalid);
    CHECK(audits.delegations(audit.id)->empty());
}

TEST_CASE("delegating a section again hands it to the new delegate", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    AuditRepository audits(*fixture.file);
    auto first = audits.delegate(audit.id, QStringLiteral("data"), {}, QStringLiteral("Mr Bell"));
    REQUIRE(first.ok());
    auto second =
        audits.delegate(audit.id, QStringLiteral("data"), {}, QStringLiteral("Data team"));
    REQUIRE(second.ok());
    CHECK(*second == *first);
    CHECK(*audits.delegatesFor(audit.id, QStringLiteral("data"), QStringLiteral("race")) ==
          QStringList{QStringLiteral("Data team")});

    REQUIRE(audits.removeDelegation(*first).ok());
    fixture.reopen();
    AuditRepository reopened(*fixture.file);
    CHECK(reopened.delegations(audit.id)->empty());
    auto again = reopened.removeDelegation(*first);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::NotFound);
}

TEST_CASE("a file opened read-only refuses a judgement and keeps the old one", "[audit]") {
    test::SchoolFixture fixture;
    const Audit audit = startedAudit(*fixture.file, thisYear);
    judge(*fixture.file, audit.id, leadershipRace(1), Rating::Amber);
    fixture.file.reset();

    auto opened = SchoolFile::open(fixture.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    AuditRepository audits(**opened);
    auto refused = audits.setJudgement(audit.id, leadershipRace(1), Rating::Green, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::ReadOnly);
    auto newYear = audits.ensureAudit(AcademicYear(2026));
    REQUIRE_FALSE(newYear.ok());
    CHECK(newYear.error().code == Error::Code::ReadOnly);
    CHECK(audits.judgement(audit.id, leadershipRace(1))->rating == Rating::Amber);
    CHECK(audits.ensureAudit(thisYear).ok()); // an existing year opens read-only too
}
