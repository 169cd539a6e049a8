#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/SchoolChecker.h"

#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

using namespace equimark;
using namespace equimark::test;

namespace {

// Breaks the file behind the repositories' back, the way a hand edit or another tool
// could: foreign keys and CHECK constraints off for this connection.
void breakFile(SchoolFixture& fixture, const QStringList& statements, bool reopen = true) {
    auto& db = fixture.file->database();
    for (const auto& statement : QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                                             QStringLiteral("PRAGMA ignore_check_constraints = "
                                                            "ON")} +
                                     statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            throw std::runtime_error(
                QString(statement + QStringLiteral(": ") + query.lastError().text()).toStdString());
    }
    // A later session has the rules back on.
    if (reopen)
        fixture.reopen();
}

QStringList problems(SchoolFixture& fixture) {
    auto report = SchoolChecker(*fixture.file).run();
    REQUIRE(report.ok());
    return report->problems;
}

bool mentions(const QStringList& problems, const QString& word) {
    for (const auto& problem : problems) {
        if (problem.contains(word))
            return true;
    }
    return false;
}

const QString AuditRow = QStringLiteral("INSERT INTO audit (id, framework_id, year, started_on) "
                                        "VALUES (1, 'lancashire-equality-mark', '2026-27', "
                                        "'2026-09-01')");

} // namespace

TEST_CASE("a fresh school file passes every check", "[checker]") {
    SchoolFixture fixture;
    CHECK(problems(fixture).isEmpty());
}

TEST_CASE("the checker names a judgement of an unknown statement", "[checker]") {
    SchoolFixture fixture;
    breakFile(fixture, {AuditRow, QStringLiteral("INSERT INTO judgement (audit_id, statement_id, "
                                                 "rating) VALUES (1, 'leadership.race.99', "
                                                 "'red'), (1, 'leadership.race.1', 'green')")});
    const auto found = problems(fixture);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(QStringLiteral("leadership.race.99")));
    CHECK(found.first().contains(QStringLiteral("2026-27")));
}

TEST_CASE("the checker reports a record whose parent is missing", "[checker]") {
    SchoolFixture fixture;
    breakFile(fixture, {QStringLiteral("INSERT INTO judgement (audit_id, statement_id, rating) "
                                       "VALUES (42, 'leadership.race.1', 'red')")});
    const auto found = problems(fixture);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(QStringLiteral("judgement")));
    CHECK(found.first().contains(QStringLiteral("audit")));
}

TEST_CASE("the checker reports a file without its school", "[checker]") {
    SchoolFixture fixture;
    breakFile(fixture, {QStringLiteral("DELETE FROM school")});
    CHECK(mentions(problems(fixture), QStringLiteral("no school")));
}

TEST_CASE("the checker reports a stored framework that cannot be read", "[checker]") {
    SchoolFixture fixture;
    breakFile(fixture, {QStringLiteral("UPDATE framework SET definition = '{\"broken\": ' WHERE "
                                       "id = 'race-charter-mark'")});
    const auto found = problems(fixture);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(QStringLiteral("race-charter-mark")));
}

TEST_CASE("the checker names grid cells outside the framework", "[checker]") {
    SchoolFixture fixture;
    breakFile(fixture, {AuditRow, QStringLiteral("INSERT INTO grid_cell (audit_id, element_id, "
                                                 "strand_id, rating) VALUES (1, 'leadership', "
                                                 "'astrology', 'red'), (1, 'gardening', 'race', "
                                                 "'green'), (1, 'leadership', 'race', 'amber')")});
    const auto found = problems(fixture);
    CHECK(found.size() == 2);
    CHECK(mentions(found, QStringLiteral("\"astrology\"")));
    CHECK(mentions(found, QStringLiteral("\"gardening\"")));
}

TEST_CASE("the checker names actions without a strand or with unknown ids", "[checker]") {
    SchoolFixture fixture;
    breakFile(fixture,
              {QStringLiteral("INSERT INTO action (id, title, element_id, created_at) VALUES "
                              "(1, 'No strand at all', '', '2026-01-01'), (2, 'Odd strand', "
                              "'curriculum', '2026-01-01'), (3, 'Odd element', 'gardening', "
                              "'2026-01-01'), (4, 'Fine', 'curriculum', '2026-01-01')"),
               QStringLiteral("INSERT INTO action_strand (action_id, strand_id) VALUES "
                              "(2, 'astrology'), (3, 'race'), (4, 'race'), (4, 'gender')")});
    const auto found = problems(fixture);
    CHECK(found.size() == 3);
    CHECK(mentions(found, QStringLiteral("No strand at all")));
    CHECK(mentions(found, QStringLiteral("\"astrology\"")));
    CHECK(mentions(found, QStringLiteral("\"gardening\"")));
    CHECK_FALSE(mentions(found, QStringLiteral("Fine")));
}

TEST_CASE("the checker names evidence linked to unknown statements or strands", "[checker]") {
    SchoolFixture fixture;
    breakFile(fixture,
              {QStringLiteral("INSERT INTO evidence (id, title, kind, added_at) VALUES "
                              "(1, 'Pupil survey', 'pupil-voice', '2026-01-01')"),
               QStringLiteral("INSERT INTO evidence_statement (evidence_id, statement_id) VALUES "
                              "(1, 'leadership.race.1'), (1, 'nowhere.race.1')"),
               QStringLiteral("INSERT INTO evidence_strand (evidence_id, strand_id) VALUES "
                              "(1, 'race'), (1, 'astrology')")});
    const auto found = problems(fixture);
    CHECK(found.size() == 2);
    CHECK(mentions(found, QStringLiteral("\"nowhere.race.1\"")));
    CHECK(mentions(found, QStringLiteral("\"astrology\"")));
}

TEST_CASE("the checker names summaries and badges of unknown strands", "[checker]") {
    SchoolFixture fixture;
    breakFile(fixture,
              {QStringLiteral("INSERT INTO accreditation_summary (id, framework_id, strand_id, "
                              "created_at) VALUES (1, 'lancashire-equality-mark', 'astrology', "
                              "'2026-01-01')"),
               QStringLiteral("INSERT INTO badge (framework_id, strand_id, awarded_on) VALUES "
                              "('lancashire-equality-mark', 'alchemy', '2026-06-01')")});
    const auto found = problems(fixture);
    CHECK(found.size() == 2);
    CHECK(mentions(found, QStringLiteral("\"astrology\"")));
    CHECK(mentions(found, QStringLiteral("\"alchemy\"")));
}

TEST_CASE("the checker reports a verified summary without a date", "[checker]") {
    SchoolFixture fixture;
    // SchoolFile::open refuses such a file (its quick check sees the broken CHECK), so the
    // checker is run on the connection that broke it.
    breakFile(fixture,
              {QStringLiteral("INSERT INTO accreditation_summary (id, framework_id, strand_id, "
                              "status, submitted_on, created_at) VALUES (7, "
                              "'lancashire-equality-mark', 'race', 'verified', '2026-03-01', "
                              "'2026-01-01')"),
               QStringLiteral("INSERT INTO badge (framework_id, strand_id, awarded_on, "
                              "summary_id) VALUES ('lancashire-equality-mark', 'race', "
                              "'2026-04-01', 7)")},
              false);
    const auto found = problems(fixture);
    CHECK(mentions(found, QStringLiteral("summary 7 (strand \"race\") is marked verified but "
                                         "has no date")));
}

TEST_CASE("the checker reports two verified summaries of a strand waiting for a badge",
          "[checker]") {
    SchoolFixture fixture;
    const QString summary = QStringLiteral(
        "INSERT INTO accreditation_summary (id, framework_id, strand_id, status, submitted_on, "
        "verified_on, created_at) VALUES (%1, 'lancashire-equality-mark', 'disability', "
        "'verified', '2026-03-01', '2026-04-01', '2026-01-01')");
    breakFile(fixture, {summary.arg(1)});
    CHECK(problems(fixture).isEmpty()); // one awaiting its badge is the normal state

    breakFile(fixture, {summary.arg(2)});
    const auto found = problems(fixture);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(QStringLiteral("\"disability\"")));

    // Once one of them has its badge, the strand is in order again.
    breakFile(fixture, {QStringLiteral("INSERT INTO badge (framework_id, strand_id, awarded_on, "
                                       "summary_id) VALUES ('lancashire-equality-mark', "
                                       "'disability', '2026-04-01', 1)")});
    CHECK(problems(fixture).isEmpty());
}
