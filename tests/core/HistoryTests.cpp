#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "domain/HistoryDescription.h"
#include "domain/Rating.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace equimark;
using namespace equimark::test;

namespace {

// A history row written as an edit on `day` would have written it (local noon), so date
// filters have something known to find. Only inserts: the file's triggers allow nothing else.
void recordOn(SchoolFile& file, const QDate& day, const QString& who, const QString& entity,
              const QString& entityId, const QString& field, const QVariant& before,
              const QVariant& after) {
    const QString at = QDateTime(day, QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs);
    auto inserted = sql::run(file.database(),
                             QStringLiteral("INSERT INTO history (at, who, entity, entity_id, "
                                            "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, "
                                            "?, ?)"),
                             {at, who, entity, entityId, field, before, after});
    INFO(inserted.errorMessage().toStdString());
    REQUIRE(inserted.ok());
}

// Three people's edits over three days on three pages.
void knownHistory(SchoolFile& file) {
    recordOn(file, QDate(2026, 9, 10), QStringLiteral("Amira Haddad"), QStringLiteral("judgement"),
             QStringLiteral("2026-27/leadership.race.1"), QStringLiteral("rating"),
             QStringLiteral("amber"), QStringLiteral("green"));
    recordOn(file, QDate(2026, 10, 5), QStringLiteral("Ben Okafor"), QStringLiteral("action"),
             QStringLiteral("7"), QString(), QVariant(), QStringLiteral("Mentoring scheme"));
    recordOn(file, QDate(2026, 10, 5), QStringLiteral("Amira Haddad"), QStringLiteral("action"),
             QStringLiteral("7"), QStringLiteral("due_on"), QStringLiteral("2027-01-31"),
             QStringLiteral("2027-03-31"));
    recordOn(file, QDate(2026, 11, 23), QStringLiteral("Carys Jones"), QStringLiteral("grid-cell"),
             QStringLiteral("2026-27/curriculum.disability"), QStringLiteral("rationale"),
             QString(), QStringLiteral("Ramps & 50% of <b>rooms</b>"));
}

QStringList whoOf(const std::vector<HistoryEntry>& entries) {
    QStringList names;
    for (const auto& entry : entries)
        names << entry.who;
    return names;
}

std::vector<HistoryEntry> found(SchoolFile& file, const HistoryFilter& filter) {
    auto entries = ChangeHistory(file).find(filter);
    INFO(entries.errorMessage().toStdString());
    REQUIRE(entries.ok());
    return *entries;
}

} // namespace

TEST_CASE("the history is listed newest first, or oldest first when asked", "[history]") {
    SchoolFixture fixture;
    knownHistory(*fixture.file);
    fixture.reopen();
    const auto newest = found(*fixture.file, {});
    REQUIRE(newest.size() == 4);
    CHECK(whoOf(newest) == QStringList{QStringLiteral("Carys Jones"),
                                       QStringLiteral("Amira Haddad"), QStringLiteral("Ben Okafor"),
                                       QStringLiteral("Amira Haddad")});
    HistoryFilter oldest;
    oldest.oldestFirst = true;
    CHECK(found(*fixture.file, oldest).front().entity == u"judgement");
    CHECK(*ChangeHistory(*fixture.file).count({}) == 4);
}

TEST_CASE("the history filters by day, both ends included", "[history]") {
    SchoolFixture fixture;
    knownHistory(*fixture.file);
    HistoryFilter october;
    october.from = QDate(2026, 10, 5);
    october.to = QDate(2026, 10, 5);
    const auto entries = found(*fixture.file, october);
    CHECK(whoOf(entries) ==
          QStringList{QStringLiteral("Amira Haddad"), QStringLiteral("Ben Okafor")});
    HistoryFilter since;
    since.from = QDate(2026, 10, 6);
    REQUIRE(found(*fixture.file, since).size() == 1);
    CHECK(found(*fixture.file, since).front().who == u"Carys Jones");
    HistoryFilter until;
    until.to = QDate(2026, 9, 30);
    CHECK(found(*fixture.file, until).size() == 1);
    CHECK(*ChangeHistory(*fixture.file).count(october) == 2);
}

TEST_CASE("the history filters by person, page and words together", "[history]") {
    SchoolFixture fixture;
    knownHistory(*fixture.file);
    HistoryFilter amira;
    amira.who = QStringLiteral("Amira Haddad");
    CHECK(found(*fixture.file, amira).size() == 2);
    amira.who = QStringLiteral("amira haddad"); // a person is matched exactly
    CHECK(found(*fixture.file, amira).empty());

    HistoryFilter actionPlan;
    actionPlan.entities = historyEntitiesOf(QStringLiteral("action-plan"));
    CHECK(found(*fixture.file, actionPlan).size() == 2);
    actionPlan.who = QStringLiteral("Ben Okafor");
    CHECK(found(*fixture.file, actionPlan).size() == 1);

    HistoryFilter words;
    words.text = QStringLiteral("MENTORING");
    REQUIRE(found(*fixture.file, words).size() == 1);
    CHECK(found(*fixture.file, words).front().entityId == u"7");
    // LIKE's wildcards are searched for as typed, not as patterns.
    words.text = QStringLiteral("50%");
    CHECK(found(*fixture.file, words).size() == 1);
    words.text = QStringLiteral("%");
    CHECK(found(*fixture.file, words).size() == 1);
    words.text = QStringLiteral("leadership.race");
    CHECK(found(*fixture.file, words).size() == 1);
}

TEST_CASE("the history reads page by page and follows new entries", "[history]") {
    SchoolFixture fixture;
    knownHistory(*fixture.file);
    HistoryFilter page;
    page.limit = 3;
    const auto first = found(*fixture.file, page);
    REQUIRE(first.size() == 3);
    page.beforeId = first.back().id;
    const auto second = found(*fixture.file, page);
    REQUIRE(second.size() == 1);
    CHECK(second.front().entity == u"judgement");
    page = {};
    page.limit = 2;
    page.offset = 2;
    CHECK(found(*fixture.file, page).front().who == u"Ben Okafor");

    HistoryFilter after;
    after.afterId = first.front().id;
    CHECK(found(*fixture.file, after).empty());
}

TEST_CASE("real edits are found by who made them and on their page", "[history]") {
    SchoolFixture fixture;
    fixture.file->setUserName(QStringLiteral("Amira Haddad"));
    auto audit = AuditRepository(*fixture.file).ensureAudit(AcademicYear(2026));
    REQUIRE(audit.ok());
    const QString statement = equalityMark().statements.front().id;
    REQUIRE(AuditRepository(*fixture.file)
                .setJudgement(audit->id, statement, Rating::Amber, QStringLiteral("Plan agreed"))
                .ok());
    fixture.file->setUserName(QStringLiteral("Ben Okafor"));
    Action action;
    action.title = QStringLiteral("Audit the library for diverse authors");
    action.strandIds = {equalityMark().strands.front().id};
    REQUIRE(ActionRepository(*fixture.file).add(action).ok());
    fixture.reopen();

    auto people = ChangeHistory(*fixture.file).people();
    REQUIRE(people.ok());
    CHECK(*people == QStringList{QStringLiteral("Amira Haddad"), QStringLiteral("Ben Okafor")});

    HistoryFilter audits;
    audits.entities = historyEntitiesOf(QStringLiteral("audit"));
    audits.who = QStringLiteral("Amira Haddad");
    audits.from = QDate::currentDate();
    const auto judged = found(*fixture.file, audits);
    QStringList fields;
    for (const auto& entry : judged) {
        CHECK(historyPageOf(entry.entity) == u"audit");
        fields << entry.field;
    }
    CHECK(fields.contains(QStringLiteral("rating")));
    CHECK(fields.contains(QStringLiteral("note")));
    for (const auto& entry : judged) {
        if (entry.field == u"rating") {
            CHECK(entry.entityId == QStringLiteral("2026-27/") + statement);
            CHECK(historySummary(entry) == QStringLiteral("rating: Not yet judged → Amber"));
            CHECK(historyTarget(entry).toString() == statement);
        }
    }
    HistoryFilter actions;
    actions.entities = historyEntitiesOf(QStringLiteral("action-plan"));
    REQUIRE(found(*fixture.file, actions).size() == 1);
    CHECK(found(*fixture.file, actions).front().who == u"Ben Okafor");
}

TEST_CASE("people() is empty for a new file and lists each person once", "[history]") {
    SchoolFixture fixture;
    auto none = ChangeHistory(*fixture.file).people();
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    knownHistory(*fixture.file);
    auto people = ChangeHistory(*fixture.file).people();
    REQUIRE(people.ok());
    CHECK(*people == QStringList{QStringLiteral("Amira Haddad"), QStringLiteral("Ben Okafor"),
                                 QStringLiteral("Carys Jones")});
}

TEST_CASE("every entity a repository records belongs to a page and has a name", "[history]") {
    // Keep in step with the entity names in core/storage (grep `record(`).
    const QStringList recorded = {QStringLiteral("school"),
                                  QStringLiteral("framework"),
                                  QStringLiteral("member"),
                                  QStringLiteral("meeting"),
                                  QStringLiteral("audit"),
                                  QStringLiteral("judgement"),
                                  QStringLiteral("delegation"),
                                  QStringLiteral("grid-cell"),
                                  QStringLiteral("action"),
                                  QStringLiteral("evidence"),
                                  QStringLiteral("accreditation_summary"),
                                  QStringLiteral("badge"),
                                  QStringLiteral("visit"),
                                  QStringLiteral("network_meeting"),
                                  QStringLiteral("charter-judgement"),
                                  QStringLiteral("charter-status"),
                                  QStringLiteral("practitioner"),
                                  QStringLiteral("portfolio"),
                                  QStringLiteral("impact"),
                                  QStringLiteral("person"),
                                  QStringLiteral("training-session"),
                                  QStringLiteral("attendance"),
                                  QStringLiteral("programme"),
                                  QStringLiteral("rating"),
                                  QStringLiteral("case-study")};
    QStringList onPages;
    for (const auto& page : historyPageIds()) {
        CHECK_FALSE(historyPageLabel(page).isEmpty());
        onPages << historyEntitiesOf(page);
    }
    for (const auto& entity : recorded) {
        INFO(entity.toStdString());
        CHECK(onPages.count(entity) == 1);
        CHECK(historyEntityLabel(entity) != entity);
        CHECK(historyPageIds().contains(historyPageOf(entity)));
    }
    CHECK(historyEntityLabel(QStringLiteral("judgement")) == u"Audit judgement");
    CHECK(historyPageOf(QStringLiteral("charter-judgement")) == u"race-charter");
    CHECK(historyPageOf(QStringLiteral("impact")) == u"portfolios");
}

TEST_CASE("history entries read as words, with long values cut for the list", "[history]") {
    HistoryEntry due;
    due.entity = QStringLiteral("action");
    due.entityId = QStringLiteral("7");
    due.field = QStringLiteral("due_on");
    due.oldValue = QStringLiteral("2027-01-31");
    due.newValue = QStringLiteral("2027-03-31");
    CHECK(historySubject(due) == u"Action 7");
    CHECK(historySummary(due) == u"due date: 2027-01-31 → 2027-03-31");
    CHECK(historyRawSummary(due) == u"due_on: 2027-01-31 → 2027-03-31");
    CHECK(historyTarget(due).toLongLong() == 7);

    HistoryEntry status = due;
    status.field = QStringLiteral("status");
    status.oldValue = QString();
    status.newValue = actionStatusId(ActionStatus::Complete);
    CHECK(historySummary(status) ==
          QStringLiteral("status: (none) → ") + actionStatusLabel(ActionStatus::Complete));

    HistoryEntry created;
    created.entity = QStringLiteral("meeting");
    created.entityId = QStringLiteral("3");
    created.newValue = QStringLiteral("Autumn meeting");
    CHECK(historyChange(created) == HistoryChange::Created);
    CHECK(historySummary(created) == u"created: Autumn meeting");
    CHECK(historyTarget(created).toString() == u"meeting/3");
    HistoryEntry figures;
    figures.entity = QStringLiteral("outcome");
    figures.entityId = QStringLiteral("2025-26 attendance");
    CHECK(historyTarget(figures).toString() == u"attendance/2025-26");
    CHECK(historyPageOf(figures.entity) == u"outcomes");
    HistoryEntry removed = created;
    std::swap(removed.oldValue, removed.newValue);
    CHECK(historyRawSummary(removed) == u"removed: Autumn meeting");

    HistoryEntry note;
    note.entity = QStringLiteral("judgement");
    note.entityId = QStringLiteral("2026-27/leadership.race.1");
    note.field = QStringLiteral("note");
    note.newValue = QString(500, QLatin1Char('x')) + QStringLiteral("\nsecond line");
    const QString cut = historySummary(note, 40);
    CHECK_FALSE(cut.contains(QLatin1Char('\n')));
    CHECK(cut.endsWith(QChar(0x2026)));
    CHECK(cut.size() < 100);
    CHECK(historySummary(note).contains(QStringLiteral("second line")));

    HistoryEntry cell;
    cell.entity = QStringLiteral("grid-cell");
    cell.entityId = QStringLiteral("2026-27/curriculum.disability");
    const QVariantMap target = historyTarget(cell).toMap();
    CHECK(target.value(QStringLiteral("year")).toString() == u"2026-27");
    CHECK(target.value(QStringLiteral("element")).toString() == u"curriculum");
    CHECK(target.value(QStringLiteral("strand")).toString() == u"disability");
}

TEST_CASE("the history cannot be changed or removed, even by another program", "[history]") {
    SchoolFixture fixture;
    knownHistory(*fixture.file);
    auto& db = fixture.file->database();
    const QString statements[] = {
        QStringLiteral("UPDATE history SET who = 'someone else' WHERE who = 'Ben Okafor'"),
        QStringLiteral("DELETE FROM history WHERE who = 'Ben Okafor'"),
    };
    for (const auto& statement : statements) {
        INFO(statement.toStdString());
        auto refused = sql::run(db, statement);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Invalid);
        CHECK(refused.errorMessage().contains(QStringLiteral("cannot be edited")));
    }
    fixture.reopen();
    HistoryFilter ben;
    ben.who = QStringLiteral("Ben Okafor");
    REQUIRE(found(*fixture.file, ben).size() == 1);
    CHECK(found(*fixture.file, ben).front().newValue == u"Mentoring scheme");
    CHECK(*ChangeHistory(*fixture.file).count({}) == 4);
}
