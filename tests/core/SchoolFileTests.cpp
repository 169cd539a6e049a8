#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "TempDir.h"
#include "frameworks/FrameworkLoader.h"
#include "storage/ChangeHistory.h"
#include "storage/FrameworkRepository.h"
#include "storage/Migrations.h"
#include "storage/SchoolFile.h"
#include "storage/SchoolRepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace equimark;
using namespace equimark::test;

namespace {

// A raw connection for poking at files behind the app's back, as another program would.
class RawDb {
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate())) {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb() {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString& sql) {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.exec(sql);
        return query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString& sql) {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }

private:
    QString m_name;
};

QVariant pragma(SchoolFile& file, const char* name) {
    QSqlQuery query(file.database());
    query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return query.next() ? query.value(0) : QVariant();
}

School testSchool(const QString& name = QStringLiteral("Hollins Brook Primary")) {
    School school;
    school.name = name;
    school.phase = Phase::Secondary;
    return school;
}

// Opening must refuse the file with the expected kind of error and leave it byte-identical.
void requireRefusedUntouched(const QString& path, Error::Code code, const QString& fragment = {}) {
    const QByteArray before = fileHash(path);
    auto opened = SchoolFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == code);
    if (!fragment.isEmpty())
        CHECK(opened.errorMessage().contains(fragment));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("a new school file carries its identity, schema version and safe settings", "[storage]") {
    SchoolFixture fixture;
    auto& file = *fixture.file;
    CHECK(pragma(file, "application_id").toLongLong() == SchoolFile::ApplicationId);
    CHECK(pragma(file, "user_version").toInt() == SchoolFile::schemaVersion());
    CHECK(pragma(file, "journal_mode").toString() == u"delete");
    CHECK(pragma(file, "synchronous").toInt() == 2); // FULL
    CHECK(pragma(file, "foreign_keys").toInt() == 1);
    CHECK(pragma(file, "trusted_schema").toInt() == 0);

    fixture.reopen();
    CHECK(pragma(*fixture.file, "foreign_keys").toInt() == 1);
    CHECK(pragma(*fixture.file, "trusted_schema").toInt() == 0);
    CHECK(pragma(*fixture.file, "synchronous").toInt() == 2);
}

TEST_CASE("a new school file keeps the school and a copy of every framework", "[storage]") {
    SchoolFixture fixture;
    fixture.reopen();
    auto school = SchoolRepository(*fixture.file).load();
    REQUIRE(school.ok());
    CHECK(school->name == u"Brookfield Test Primary");
    CHECK(school->urn == u"999001");
    CHECK(school->localAuthority == u"Testshire");

    auto frameworks = FrameworkRepository(*fixture.file).all();
    REQUIRE(frameworks.ok());
    REQUIRE(frameworks->size() == 3);
    CHECK(frameworks->at(0).id == u"lancashire-equality-mark");
    CHECK(frameworks->at(0).statements.size() == equalityMark().statements.size());
}

TEST_CASE("a school file reads its own stored framework, not the one that ships now",
          "[storage][frameworks]") {
    TempDir dir;
    Framework edited = equalityMark();
    QByteArray json = edited.source;
    json.replace("Leadership and governance", "Leadership, governance and ethos");
    auto reloaded = FrameworkLoader::load(json);
    REQUIRE(reloaded.ok());
    const QString path = dir.file(QStringLiteral("old.equimark"));
    REQUIRE(SchoolFile::create(path, testSchool(), {*reloaded}).ok());

    auto file = SchoolFile::open(path);
    REQUIRE(file.ok());
    auto stored = FrameworkRepository(**file).ofKind(Framework::Kind::EqualityMark);
    REQUIRE(stored.ok());
    CHECK(stored->element(QStringLiteral("leadership"))->name ==
          u"Leadership, governance and ethos");
}

TEST_CASE("creating a school file never overwrites and leaves no temporary files", "[storage]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("a.equimark"));
    REQUIRE(SchoolFile::create(path, testSchool(), shippedFrameworks()).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("a.equimark")});

    const QByteArray before = fileHash(path);
    auto again = SchoolFile::create(path, testSchool(QStringLiteral("Other")), shippedFrameworks());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Invalid);
    CHECK(again.errorMessage().contains(QStringLiteral("already exists")));
    CHECK(fileHash(path) == before);

    auto unnamed = SchoolFile::create(dir.file(QStringLiteral("b.equimark")),
                                      testSchool(QStringLiteral("  ")), shippedFrameworks());
    CHECK_FALSE(unnamed.ok());
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("b.equimark"))));
}

TEST_CASE("a missing file is reported and not created", "[storage][badfile]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("missing.equimark"));
    auto opened = SchoolFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == Error::Code::NotFound);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a folder is refused", "[storage][badfile]") {
    TempDir dir;
    auto opened = SchoolFile::open(dir.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == Error::Code::NotSchoolFile);
    CHECK(opened.errorMessage().contains(QStringLiteral("folder")));
}

TEST_CASE("an empty file is refused and left empty", "[storage][badfile]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.equimark"));
    writeAll(path, {});
    requireRefusedUntouched(path, Error::Code::NotSchoolFile, QStringLiteral("empty"));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("random bytes are refused as not a school file", "[storage][badfile]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("noise.equimark"));
    QByteArray noise(8192, '\0');
    QRandomGenerator generator(42);
    for (auto& byte : noise)
        byte = static_cast<char>(generator.bounded(256));
    writeAll(path, noise);
    requireRefusedUntouched(path, Error::Code::NotSchoolFile);
}

TEST_CASE("a PDF renamed .equimark fails at open with a clear message", "[storage][badfile]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("summary.equimark"));
    writeAll(path,
             QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"));
    requireRefusedUntouched(path, Error::Code::NotSchoolFile,
                            QStringLiteral("not an Equimark school file"));
}

TEST_CASE("another program's SQLite database is refused", "[storage][badfile]") {
    TempDir dir;
    const QString foreign = dir.file(QStringLiteral("foreign.equimark"));
    const QString plain = dir.file(QStringLiteral("plain.equimark"));
    {
        RawDb db(foreign);
        db.exec(QStringLiteral("PRAGMA application_id = 123"));
        db.exec(QStringLiteral("CREATE TABLE t (x)"));
        RawDb other(plain);
        other.exec(QStringLiteral("CREATE TABLE t (x)"));
    }
    requireRefusedUntouched(foreign, Error::Code::NotSchoolFile, QStringLiteral("another program"));
    requireRefusedUntouched(plain, Error::Code::NotSchoolFile, QStringLiteral("another program"));
}

TEST_CASE("a file from a newer Equimark is refused and not changed", "[storage][badfile]") {
    SchoolFixture fixture;
    fixture.file.reset();
    {
        RawDb db(fixture.path);
        db.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    requireRefusedUntouched(fixture.path, Error::Code::NewerVersion,
                            QStringLiteral("made by a newer version of Equimark"));
}

TEST_CASE("a truncated school file is refused and not changed", "[storage][badfile]") {
    SchoolFixture fixture;
    fixture.file.reset();
    const QByteArray whole = readAll(fixture.path);
    REQUIRE(whole.size() > 8 * 4096);
    for (const qsizetype length : {qsizetype(1), qsizetype(99), qsizetype(100), qsizetype(4096),
                                   whole.size() / 2, whole.size() - 4096}) {
        CAPTURE(length);
        writeAll(fixture.path, whole.left(length));
        const QByteArray before = fileHash(fixture.path);
        auto opened = SchoolFile::open(fixture.path);
        CHECK_FALSE(opened.ok());
        CHECK_FALSE(opened.errorMessage().isEmpty());
        CHECK(fileHash(fixture.path) == before);
    }
}

TEST_CASE("bit flips give a clear error or a clean open, and never change the file",
          "[storage][badfile]") {
    SchoolFixture fixture;
    fixture.file.reset();
    const QByteArray original = readAll(fixture.path);
    QRandomGenerator generator(20261123);
    int refused = 0;
    for (int trial = 0; trial < 40; ++trial) {
        QByteArray damaged = original;
        const int flips = 1 + generator.bounded(16);
        for (int i = 0; i < flips; ++i) {
            const auto at = generator.bounded(static_cast<int>(damaged.size()));
            damaged[at] = static_cast<char>(damaged[at] ^ (1 << generator.bounded(8)));
        }
        writeAll(fixture.path, damaged);
        const QByteArray before = fileHash(fixture.path);
        auto opened = SchoolFile::open(fixture.path);
        if (!opened.ok()) {
            ++refused;
            CHECK_FALSE(opened.errorMessage().isEmpty());
        }
        opened = Error{};
        CHECK(fileHash(fixture.path) == before);
    }
    CHECK(refused > 0);
}

TEST_CASE("an older file is updated after a backup copy is written beside it",
          "[storage][migration]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.equimark"));
    makeVersionOneSchool(path);
    auto opened = SchoolFile::open(path);
    REQUIRE(opened.ok());
    auto& file = **opened;
    CHECK(pragma(file, "user_version").toInt() == SchoolFile::schemaVersion());
    CHECK(SchoolRepository(file).load()->name == u"Version One School");
    CHECK(ChangeHistory(file).since(QDateTime()).ok());

    const QString backup = file.migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).fileName() == u"old.v1-backup.equimark");
    RawDb copy(backup);
    CHECK(copy.value(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(copy.value(QStringLiteral("SELECT name FROM school")).toString() ==
          u"Version One School");
}

TEST_CASE("a migration that fails leaves the file as it was", "[storage][migration]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.equimark"));
    // A table in the way of step 2 makes the update fail part-way.
    makeVersionOneSchool(path, QStringLiteral("CREATE TABLE history (x)"));
    auto opened = SchoolFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QStringLiteral("left as it was")));
    RawDb check(path);
    CHECK(check.value(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(check.value(QStringLiteral("SELECT name FROM school")).toString() ==
          u"Version One School");
}

TEST_CASE("save a copy makes a consistent file that opens, without temporary leftovers",
          "[storage][backup]") {
    SchoolFixture fixture;
    const QString target = fixture.dir.file(QStringLiteral("copy.equimark"));
    REQUIRE(fixture.file->backupTo(target).ok());
    auto copy = SchoolFile::open(target);
    REQUIRE(copy.ok());
    CHECK(SchoolRepository(**copy).load()->name == u"Brookfield Test Primary");
    CHECK(pragma(**copy, "application_id").toLongLong() == SchoolFile::ApplicationId);
    copy = Error{};

    // Saving again replaces the old copy in one step.
    School renamed = *SchoolRepository(*fixture.file).load();
    renamed.name = QStringLiteral("Renamed Primary");
    REQUIRE(SchoolRepository(*fixture.file).update(renamed).ok());
    REQUIRE(fixture.file->backupTo(target).ok());
    CHECK(SchoolRepository(**SchoolFile::open(target)).load()->name == u"Renamed Primary");

    const auto files = QDir(fixture.dir.path()).entryList(QDir::Files | QDir::Hidden);
    CHECK(files == QStringList{QStringLiteral("copy.equimark"), QStringLiteral("school.equimark")});

    auto overSelf = fixture.file->backupTo(fixture.path);
    CHECK_FALSE(overSelf.ok());
}

TEST_CASE("a read-only school file can be read and copied but refuses edits", "[storage]") {
    SchoolFixture fixture;
    fixture.file.reset();
    const QByteArray before = fileHash(fixture.path);
    auto opened = SchoolFile::open(fixture.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    auto& file = **opened;
    CHECK(file.isReadOnly());
    School school = *SchoolRepository(file).load();
    school.name = QStringLiteral("Changed");
    auto edit = SchoolRepository(file).update(school);
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == Error::Code::ReadOnly);
    REQUIRE(file.backupTo(fixture.dir.file(QStringLiteral("visit-copy.equimark"))).ok());
    CHECK(fileHash(fixture.path) == before);
}

TEST_CASE("a file held by another writer is reported in use, and nothing is lost",
          "[storage][lock]") {
    SchoolFixture fixture;
    School school = *SchoolRepository(*fixture.file).load();
    fixture.file->setBusyTimeout(200);

    RawDb other(fixture.path);
    REQUIRE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    school.name = QStringLiteral("First Try");
    auto blocked = SchoolRepository(*fixture.file).update(school);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code == Error::Code::InUse);
    CHECK(blocked.errorMessage().contains(QStringLiteral("in use")));
    REQUIRE(other.exec(QStringLiteral("ROLLBACK")));

    school.name = QStringLiteral("Second Try");
    REQUIRE(SchoolRepository(*fixture.file).update(school).ok());
    fixture.reopen();
    CHECK(SchoolRepository(*fixture.file).load()->name == u"Second Try");
}

TEST_CASE("every edit is committed at once and recorded in the history", "[storage][history]") {
    SchoolFixture fixture;
    School school = *SchoolRepository(*fixture.file).load();
    school.localAuthority = QStringLiteral("Northshire");
    REQUIRE(SchoolRepository(*fixture.file).update(school).ok());

    // Another connection (a second window, the CLI) sees it without any save step.
    auto second = SchoolFile::open(fixture.path);
    REQUIRE(second.ok());
    CHECK(SchoolRepository(**second).load()->localAuthority == u"Northshire");

    auto history = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->front().field == u"local_authority");
    CHECK(history->front().oldValue == u"Testshire");
    CHECK(history->front().newValue == u"Northshire");
    CHECK(history->front().who == u"Test User");

    QSqlQuery tamper(fixture.file->database());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE history SET who = 'someone else'")));
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM history")));
}

TEST_CASE("another connection's commit is visible through the data version", "[storage]") {
    SchoolFixture fixture;
    auto before = fixture.file->dataVersion();
    REQUIRE(before.ok());
    auto second = SchoolFile::open(fixture.path);
    REQUIRE(second.ok());
    School school = *SchoolRepository(**second).load();
    school.urn = QStringLiteral("999002");
    REQUIRE(SchoolRepository(**second).update(school).ok());
    CHECK(*fixture.file->dataVersion() != *before);
}

TEST_CASE("an older file that cannot be written is read from an updated copy, untouched",
          "[storage][migration]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.equimark"));
    makeVersionOneSchool(path);
    const QByteArray before = fileHash(path);
    {
        auto opened = SchoolFile::open(path, SchoolFile::Access::ReadOnly);
        REQUIRE(opened.ok());
        CHECK((*opened)->isReadOnly());
        CHECK((*opened)->readOnlyReason().contains(QStringLiteral("older version")));
        CHECK((*opened)->path() == QFileInfo(path).absoluteFilePath());
        CHECK(SchoolRepository(**opened).load()->name == u"Version One School");
        CHECK(ChangeHistory(**opened).since(QDateTime()).ok());
    }
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("old.equimark")});
}
