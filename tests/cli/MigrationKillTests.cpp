#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "storage/SchoolFile.h"
#include "storage/SchoolRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace equimark;
using namespace equimark::test;

namespace {

// What another program sees in the file: opening it read-write rolls back any journal a
// killed writer left behind, exactly as the next Equimark session would.
QVariant readValue(const QString& path, const QString& sql) {
    const QString name = QStringLiteral("inspect");
    QVariant value;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(sql);
        value = query.next() ? query.value(0) : QVariant();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST_CASE("a process killed while updating an older file leaves the original intact",
          "[cli][migration]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.equimark"));
    makeVersionOneSchool(path);

    QProcess writer;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("EQUIMARK_TEST_STALL_MIGRATION_MS"), QStringLiteral("4000"));
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(EQUIMARK_CLI),
                 {QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
                  QStringLiteral("2025-26"), QStringLiteral("--item"),
                  QStringLiteral("leadership.race.1"), QStringLiteral("--rating"),
                  QStringLiteral("red")});
    REQUIRE(writer.waitForStarted());

    // The journal appears once the update has written into the file: kill it right there.
    const QString journal = path + QStringLiteral("-journal");
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(journal) && waited.elapsed() < 10000)
        QThread::msleep(10);
    REQUIRE(QFileInfo::exists(journal));
    writer.kill();
    writer.waitForFinished();

    CHECK(QFileInfo::exists(dir.file(QStringLiteral("old.v1-backup.equimark"))));
    CHECK(readValue(path, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(readValue(path, QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");
    CHECK(readValue(path, QStringLiteral("SELECT name FROM school")).toString() ==
          u"Version One School");

    // The next session updates it properly.
    auto opened = SchoolFile::open(path);
    REQUIRE(opened.ok());
    CHECK(SchoolRepository(**opened).load()->name == u"Version One School");
}
