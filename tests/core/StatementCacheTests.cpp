#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/SchoolFile.h"
#include "storage/StatementCache.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace equimark;
using namespace equimark::test;

namespace {

// A second program on the same file, one that waits for no lock.
class OtherProgram {
public:
    explicit OtherProgram(const QString& path)
        : m_name(QStringLiteral("other-%1").arg(QRandomGenerator::global()->generate())) {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        db.open();
    }
    ~OtherProgram() {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool write(const QString& sql) {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")) && query.exec(sql) &&
            query.exec(QStringLiteral("COMMIT")))
            return true;
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QString m_name;
};

void makeTable(StatementCache& statements) {
    REQUIRE(statements.run(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")));
    for (int i = 1; i <= 5; ++i)
        REQUIRE(statements.run(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)"),
                               {i, QStringLiteral("row %1").arg(i)}));
}

const QString byId = QStringLiteral("SELECT v FROM t WHERE id = ?");

} // namespace

TEST_CASE("a kept statement runs again with new values", "[storage][statements]") {
    SchoolFixture fixture;
    StatementCache& statements = fixture.file->statements();
    makeTable(statements);
    const auto kept = statements.size();
    for (int i = 1; i <= 5; ++i) {
        auto row = statements.run(byId, {i});
        REQUIRE(row);
        REQUIRE(row->next());
        CHECK(row->value(0).toString() == QStringLiteral("row %1").arg(i));
        CHECK_FALSE(row->next());
    }
    CHECK(statements.size() == kept + 1); // prepared once, not five times

    // Text that was never set is stored as empty text, as sql::run stores it.
    REQUIRE(statements.run(QStringLiteral("UPDATE t SET v = ? WHERE id = ?"), {QString(), 2}));
    auto blank = statements.run(byId, {2});
    REQUIRE(blank);
    REQUIRE(blank->next());
    CHECK_FALSE(blank->value(0).isNull());
    CHECK(blank->value(0).toString().isEmpty());
}

TEST_CASE("a statement still being read is not lent a second time", "[storage][statements]") {
    SchoolFixture fixture;
    StatementCache& statements = fixture.file->statements();
    makeTable(statements);
    const QString all = QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id");
    auto outer = statements.run(all, {1});
    REQUIRE(outer);
    QStringList seen;
    while (outer->next()) {
        const int id = outer->value(0).toInt();
        // The same statement, nested: it must not disturb the outer read.
        auto inner = statements.run(all, {id});
        REQUIRE(inner);
        int later = 0;
        while (inner->next())
            ++later;
        seen << QStringLiteral("%1:%2").arg(id).arg(later);
    }
    CHECK(seen == QStringList{QStringLiteral("1:5"), QStringLiteral("2:4"), QStringLiteral("3:3"),
                              QStringLiteral("4:2"), QStringLiteral("5:1")});
}

TEST_CASE("a kept statement does not keep other programs from writing", "[storage][statements]") {
    SchoolFixture fixture;
    StatementCache& statements = fixture.file->statements();
    makeTable(statements);
    OtherProgram other(fixture.path);
    {
        auto row = statements.run(byId, {1});
        REQUIRE(row);
        REQUIRE(row->next()); // one row read, the statement not run to its end
        CHECK_FALSE(other.write(QStringLiteral("UPDATE t SET v = 'other' WHERE id = 3")));
    }
    // The lease has ended: the statement is reset and the file's read lock let go.
    CHECK(other.write(QStringLiteral("UPDATE t SET v = 'other' WHERE id = 3")));
    auto changed = statements.run(byId, {3});
    REQUIRE(changed);
    REQUIRE(changed->next());
    CHECK(changed->value(0).toString() == u"other");
}

TEST_CASE("a failed statement reports why and can run again", "[storage][statements]") {
    SchoolFixture fixture;
    StatementCache& statements = fixture.file->statements();
    makeTable(statements);
    const QString insert = QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)");
    auto clash = statements.run(insert, {1, QStringLiteral("again")});
    REQUIRE_FALSE(clash);
    CHECK(clash.errorMessage().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
    auto fine = statements.run(insert, {6, QStringLiteral("row 6")});
    REQUIRE(fine);
    CHECK(fine->lastInsertId().toInt() == 6);
    CHECK(fine->numRowsAffected() == 1);

    auto wrong = statements.run(QStringLiteral("SELECT nothing FROM nowhere"));
    REQUIRE_FALSE(wrong);
    CHECK_FALSE(wrong.errorMessage().isEmpty());
    CHECK(statements.run(QStringLiteral("SELECT count(*) FROM t")));
}

TEST_CASE("the cache stays within its size and forgets on clear", "[storage][statements]") {
    SchoolFixture fixture;
    StatementCache& statements = fixture.file->statements();
    makeTable(statements);
    {
        auto held = statements.run(byId, {4});
        REQUIRE(held);
        statements.clear();
        CHECK(statements.size() == 0);
        REQUIRE(held->next()); // a lease out across clear() keeps its statement to its end
        CHECK(held->value(0).toString() == u"row 4");
    }
    CHECK(statements.size() == 0); // and gives nothing back to the emptied cache

    for (std::size_t i = 0; i < StatementCache::Capacity + 40; ++i) {
        auto row = statements.run(QStringLiteral("SELECT v, %1 FROM t WHERE id = ?").arg(i), {1});
        REQUIRE(row);
        REQUIRE(row->next());
        CHECK(row->value(1).toULongLong() == i);
    }
    CHECK(statements.size() == StatementCache::Capacity);
}
