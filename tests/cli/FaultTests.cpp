// Issue 7, items 4, 5, 7 and 9, driven through the real equimark-cli: files from other
// versions, two writers, read-only files and folders, and copies or exports killed mid-write.
#include "CatchCompat.h"
#include "CliSupport.h"
#include "SchoolFixture.h"
#include "TempDir.h"
#include "storage/SchoolFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace equimark;
using namespace equimark::test;

namespace {

const QString Item = QStringLiteral("leadership.race.1");

QString newSchool(const QString& path) {
    const auto run = runCli({QStringLiteral("new"), path, QStringLiteral("--school"),
                             QStringLiteral("Fault Line Academy")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return path;
}

QStringList addAction(const QString& path, const QString& title) {
    return {
        QStringLiteral("action"),   QStringLiteral("add"), path, QStringLiteral("--title"), title,
        QStringLiteral("--strand"), QStringLiteral("race")};
}

QStringList setJudgement(const QString& path, const QString& rating) {
    return {QStringLiteral("audit"),
            QStringLiteral("set"),
            path,
            QStringLiteral("--year"),
            QStringLiteral("2026-27"),
            QStringLiteral("--item"),
            Item,
            QStringLiteral("--rating"),
            rating};
}

int actionCount(const QString& path) {
    return sqlColumn(path, QStringLiteral("SELECT count(*) FROM action")).value(0).toInt();
}

QStringList entries(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Waits until `condition` holds (a process reached the point a test kills it at).
template <typename Condition> bool waitFor(Condition condition, int milliseconds = 15000) {
    QElapsedTimer waited;
    waited.start();
    while (!condition()) {
        if (waited.elapsed() > milliseconds)
            return false;
        QThread::msleep(5);
    }
    return true;
}

// A refused write: the expected exit, one clear line, the file byte-for-byte as it was.
void requireRefusedUnchanged(const QStringList& arguments, int exitCode, const QString& path,
                             const QString& messagePart) {
    const QByteArray before = fileHash(path);
    const auto run = runCli(arguments);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.errLines().size() == 1);
    CHECK(run.err.contains(messagePart, Qt::CaseInsensitive));
    CHECK(fileHash(path) == before);
}

} // namespace

// ---- 4. Versions --------------------------------------------------------------------------

TEST_CASE("a file from a newer Equimark is refused by every command and left byte-for-byte",
          "[fault][versions]") {
    TempDir dir;
    const QString path = newSchool(dir.file(QStringLiteral("newer.equimark")));
    REQUIRE(runCli(addAction(path, QStringLiteral("Written by the newer version"))).exitCode == 0);
    execSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    const QString copy = dir.file(QStringLiteral("copy.equimark"));
    const QString pdf = dir.file(QStringLiteral("summary.pdf"));

    const QString newer = QStringLiteral("newer version");
    requireRefusedUnchanged({QStringLiteral("check"), path}, 3, path, newer);
    requireRefusedUnchanged(addAction(path, QStringLiteral("Lost")), 3, path, newer);
    requireRefusedUnchanged({QStringLiteral("backup"), path, copy}, 3, path, newer);
    requireRefusedUnchanged({QStringLiteral("export"), QStringLiteral("summary"), path,
                             QStringLiteral("--strand"), QStringLiteral("race"),
                             QStringLiteral("-o"), pdf},
                            3, path, newer);
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK_FALSE(QFileInfo::exists(pdf));
    // Nothing was written beside it either: no journal, no backup, no temporary.
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("newer.equimark")});
}

TEST_CASE("an older file edited from the command line is updated after a backup of the original",
          "[fault][versions]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.equimark"));
    makeVersionOneSchool(path);
    // The audit framework, as version 1 stored it, so that an action can be added.
    QString definition = QString::fromUtf8(readAll(
        QStringLiteral(EQUIMARK_SOURCE_DIR "/resources/frameworks/lancashire-equality-mark.json")));
    definition.replace(QLatin1Char('\''), QStringLiteral("''"));
    execSql(path, {QStringLiteral("INSERT INTO framework VALUES ('lancashire-equality-mark', "
                                  "'equality-mark', 'Lancashire Equality Mark', '2026.1', '") +
                   definition + QStringLiteral("', '2025-01-01')")});
    const QByteArray original = fileHash(path);

    const auto run = runCli(addAction(path, QStringLiteral("After the update")));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QString backup = dir.file(QStringLiteral("old.v1-backup.equimark"));
    REQUIRE(QFileInfo::exists(backup));
    CHECK(fileHash(backup) != QByteArray()); // a consistent copy, not necessarily byte-equal
    CHECK(sqlColumn(backup, QStringLiteral("PRAGMA user_version")).value(0).toInt() == 1);
    CHECK(sqlColumn(backup, QStringLiteral("SELECT name FROM school")).value(0).toString() ==
          u"Version One School");
    CHECK(sqlColumn(backup, QStringLiteral("PRAGMA integrity_check")).value(0).toString() == u"ok");

    CHECK(sqlColumn(path, QStringLiteral("PRAGMA user_version")).value(0).toInt() ==
          SchoolFile::schemaVersion());
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
    CHECK(sqlColumn(path, QStringLiteral("SELECT title FROM action")).value(0).toString() ==
          u"After the update");
    CHECK(fileHash(path) != original);
}

TEST_CASE("reading an older file from the command line updates a private copy and leaves it as it "
          "was",
          "[fault][versions]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.equimark"));
    makeVersionOneSchool(path);
    const QByteArray original = fileHash(path);

    const auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8())
              .object()
              .value(u"school")
              .toObject()
              .value(u"name")
              .toString() == u"Version One School");
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
    CHECK(fileHash(path) == original);
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("old.equimark")});
}

// ---- 5. Two writers -----------------------------------------------------------------------

TEST_CASE("a second writer is told the file is in use within the busy timeout and the first "
          "writer's edit is kept",
          "[fault][writers]") {
    TempDir dir;
    const QString path = newSchool(dir.file(QStringLiteral("shared.equimark")));
    REQUIRE(runCli(setJudgement(path, QStringLiteral("amber"))).exitCode == 0);
    // What starting a process and opening the file costs here, to leave out of the wait.
    const qint64 startUp = runCli({QStringLiteral("info"), path}).milliseconds;

    // The first writer: another equimark-cli, held inside its write transaction.
    QProcess first;
    startCli(first, addAction(path, QStringLiteral("The first writer's action")),
             {{QStringLiteral("EQUIMARK_TEST_STALL_COMMIT_MS"), QStringLiteral("4000")}});
    REQUIRE(waitFor([&] { return QFileInfo::exists(path + QStringLiteral("-journal")); }));

    constexpr int BusyTimeout = 400;
    for (const auto& arguments :
         {setJudgement(path, QStringLiteral("green")), addAction(path, QStringLiteral("Second"))}) {
        const auto second =
            runCli(arguments,
                   {{QStringLiteral("EQUIMARK_BUSY_TIMEOUT_MS"), QString::number(BusyTimeout)}});
        INFO(second.err.toStdString());
        CHECK(second.exitCode == 3);
        CHECK(second.errLines().size() == 1);
        CHECK(second.err.contains(QStringLiteral("in use")));
        CHECK(second.err.contains(QStringLiteral("nothing was")));
        CHECK(second.milliseconds - startUp < BusyTimeout + 1000);
    }
    // Reading is not blocked by a writer that has not reached its commit.
    CHECK(runCli({QStringLiteral("info"), path}).exitCode == 0);

    REQUIRE(first.waitForFinished(20000));
    CHECK(first.exitStatus() == QProcess::NormalExit);
    CHECK(first.exitCode() == 0);

    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
    CHECK(sqlColumn(path, QStringLiteral("SELECT title FROM action")) ==
          QVariantList{QStringLiteral("The first writer's action")});
    CHECK(sqlColumn(path, QStringLiteral("SELECT rating FROM judgement")) ==
          QVariantList{QStringLiteral("amber")});
}

TEST_CASE("a writer that waited for another commit goes ahead once the lock is free",
          "[fault][writers]") {
    TempDir dir;
    const QString path = newSchool(dir.file(QStringLiteral("shared.equimark")));
    QProcess first;
    startCli(first, addAction(path, QStringLiteral("First")),
             {{QStringLiteral("EQUIMARK_TEST_STALL_COMMIT_MS"), QStringLiteral("700")}});
    REQUIRE(waitFor([&] { return QFileInfo::exists(path + QStringLiteral("-journal")); }));
    // A patient second writer (a user's few seconds) outlasts the first one's transaction.
    const auto second =
        runCli(addAction(path, QStringLiteral("Second")),
               {{QStringLiteral("EQUIMARK_BUSY_TIMEOUT_MS"), QStringLiteral("8000")}});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    REQUIRE(first.waitForFinished(20000));
    CHECK(first.exitCode() == 0);
    CHECK(actionCount(path) == 2);
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
}

// ---- 7. Read-only files and folders -------------------------------------------------------

namespace {

// A folder the unprivileged user can enter, holding a school file, with the modes asked for.
struct ReadOnlyPlace {
    TempDir dir;
    QString folder;
    QString path;

    ReadOnlyPlace(QFile::Permissions folderMode, QFile::Permissions fileMode,
                  bool olderVersion = false) {
        const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QFile::setPermissions(dir.path(), open);
        folder = dir.file(QStringLiteral("school"));
        REQUIRE(QDir().mkpath(folder));
        path = folder + QStringLiteral("/school.equimark");
        if (olderVersion)
            makeVersionOneSchool(path);
        else
            newSchool(path);
        REQUIRE(QFile::setPermissions(path, fileMode));
        REQUIRE(QFile::setPermissions(folder, folderMode));
    }
    ~ReadOnlyPlace() {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
};

const auto AllRead = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
const auto AllReadExe = AllRead | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
const auto AllWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;

void requireReadableNotWritable(const ReadOnlyPlace& place, const QString& why) {
    const QByteArray before = fileHash(place.path);
    const auto info = runCliUnprivileged({QStringLiteral("info"), place.path});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Fault Line Academy")));

    const auto edit = runCliUnprivileged(setJudgement(place.path, QStringLiteral("red")));
    INFO(edit.err.toStdString());
    CHECK(edit.exitCode == 3);
    CHECK(edit.err.contains(QStringLiteral("cannot be changed here")));
    CHECK(edit.err.contains(why));
    CHECK(edit.err.contains(QStringLiteral("nothing was changed")));

    CHECK(fileHash(place.path) == before);
    CHECK(entries(place.folder) == QStringList{QStringLiteral("school.equimark")});
}

} // namespace

TEST_CASE("a school file that cannot be written is read but never changed", "[fault][readonly]") {
    ReadOnlyPlace place(AllReadExe | AllWrite, AllRead);
    requireReadableNotWritable(place, QStringLiteral("the file cannot be written"));
}

TEST_CASE("a school file in a folder that cannot be written is read but never changed",
          "[fault][readonly]") {
    ReadOnlyPlace place(AllReadExe, AllRead | AllWrite);
    requireReadableNotWritable(place, QStringLiteral("the folder holding the file"));
}

TEST_CASE("an older school file in a read-only folder is read from an updated copy and left alone",
          "[fault][readonly]") {
    ReadOnlyPlace place(AllReadExe, AllRead, true);
    const QByteArray before = fileHash(place.path);
    const auto info = runCliUnprivileged({QStringLiteral("info"), place.path});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Version One School")));
    const auto edit = runCliUnprivileged(addAction(place.path, QStringLiteral("Not here")));
    CHECK(edit.exitCode == 3);
    CHECK(edit.err.contains(QStringLiteral("older version")));
    CHECK(fileHash(place.path) == before);
    CHECK(entries(place.folder) == QStringList{QStringLiteral("school.equimark")});
}

// Run by the test below in a process of its own, as the unprivileged user: what the GUI gets
// from SchoolFile::open when it asks to edit a file it may not write (its banner shows the
// reason).
TEST_CASE("(helper) open the file named by EQUIMARK_TEST_FAULT_FILE for editing",
          "[.fault-helper]") {
    const QString path = qEnvironmentVariable("EQUIMARK_TEST_FAULT_FILE");
    REQUIRE_FALSE(path.isEmpty());
    auto opened = SchoolFile::open(path);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    CHECK((*opened)->isReadOnly());
    CHECK_FALSE((*opened)->readOnlyReason().isEmpty());
    std::printf("readOnly=%d reason=%s\n", (*opened)->isReadOnly() ? 1 : 0,
                qPrintable((*opened)->readOnlyReason()));
}

TEST_CASE("opening a read-only school file for editing gives a read-only file with its reason",
          "[fault][readonly]") {
    ReadOnlyPlace place(AllReadExe, AllRead);
    const QByteArray before = fileHash(place.path);
    const QString self = QCoreApplication::applicationFilePath();
    QStringList arguments{self, QStringLiteral("[.fault-helper]")};
    QString program = arguments.takeFirst();
    if (runningAsRoot()) {
        arguments.prepend(program);
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups")} +
                    arguments;
        program = QStringLiteral("setpriv");
    }
    QProcess helper;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("EQUIMARK_TEST_FAULT_FILE"), place.path);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), QDir::tempPath());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    helper.setProcessEnvironment(environment);
    helper.start(program, arguments);
    REQUIRE(helper.waitForFinished(60000));
    const QString out = QString::fromUtf8(helper.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(helper.readAllStandardError()).toStdString());
    CHECK(helper.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("readOnly=1 reason=the file cannot be written here")));
    CHECK(fileHash(place.path) == before);
}

// ---- 9. Interrupted copy and export -------------------------------------------------------

namespace {

// Starts `arguments` stalled just before its finished output is renamed into place, waits
// for the temporary beside `target`, and kills the process there.
QString killBeforeRename(const QStringList& arguments, const QString& target, const QString& tag) {
    const QString folder = QFileInfo(target).absolutePath();
    const QString prefix = QStringLiteral(".%1.%2-").arg(QFileInfo(target).fileName(), tag);
    QProcess writer;
    startCli(writer, arguments,
             {{QStringLiteral("EQUIMARK_TEST_STALL_WRITE_MS"), QStringLiteral("20000")}});
    QString temporary;
    const bool reached = waitFor([&] {
        for (const auto& name : entries(folder)) {
            if (name.startsWith(prefix) && QFileInfo(folder + u'/' + name).size() > 0)
                temporary = name;
        }
        return !temporary.isEmpty() ||
               writer.state() == QProcess::NotRunning; // finished early: a failure below
    });
    REQUIRE(reached);
    REQUIRE(writer.state() == QProcess::Running);
    // Past the write and the sync: give the stall a moment to begin, then kill.
    QThread::msleep(200);
    writer.kill();
    writer.waitForFinished(5000);
    return temporary;
}

bool isCompletePdf(const QString& path) {
    const QByteArray bytes = readAll(path);
    return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
}

} // namespace

TEST_CASE("a copy killed before it is finished leaves no copy and the school file untouched",
          "[fault][copy]") {
    TempDir dir;
    const QString path = newSchool(dir.file(QStringLiteral("school.equimark")));
    REQUIRE(runCli(addAction(path, QStringLiteral("In the copy"))).exitCode == 0);
    const QByteArray source = fileHash(path);
    const QString copy = dir.file(QStringLiteral("copy.equimark"));

    const QString temporary =
        killBeforeRename({QStringLiteral("backup"), path, copy}, copy, QStringLiteral("copy"));
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(fileHash(path) == source);

    // The next copy removes what the killed one left and finishes.
    const auto again = runCli({QStringLiteral("backup"), path, copy});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(dir.file(temporary)));
    CHECK(entries(dir.path()) ==
          (QStringList{QStringLiteral("copy.equimark"), QStringLiteral("school.equimark")}));
    CHECK(runCli({QStringLiteral("check"), copy}).exitCode == 0);
    CHECK(actionCount(copy) == 1);
    CHECK(fileHash(path) == source);
}

TEST_CASE("a copy killed while replacing an earlier copy leaves the earlier copy whole",
          "[fault][copy]") {
    TempDir dir;
    const QString path = newSchool(dir.file(QStringLiteral("school.equimark")));
    const QString copy = dir.file(QStringLiteral("copy.equimark"));
    REQUIRE(runCli({QStringLiteral("backup"), path, copy}).exitCode == 0);
    const QByteArray earlier = fileHash(copy);
    REQUIRE(runCli(addAction(path, QStringLiteral("Only in the newer copy"))).exitCode == 0);
    const QByteArray source = fileHash(path);

    killBeforeRename({QStringLiteral("backup"), path, copy}, copy, QStringLiteral("copy"));
    CHECK(fileHash(copy) == earlier);
    CHECK(runCli({QStringLiteral("check"), copy}).exitCode == 0);
    CHECK(actionCount(copy) == 0);
    CHECK(fileHash(path) == source);
}

TEST_CASE("copies killed at 30 random moments leave either no copy or a whole one",
          "[fault][copy]") {
    TempDir dir;
    const QString path = newSchool(dir.file(QStringLiteral("school.equimark")));
    REQUIRE(runCli(addAction(path, QStringLiteral("In every whole copy"))).exitCode == 0);
    const QByteArray source = fileHash(path);
    const qint64 span =
        runCli({QStringLiteral("backup"), path, dir.file(QStringLiteral("t"))}).milliseconds * 6 /
        5;
    QFile::remove(dir.file(QStringLiteral("t")));
    auto* random = QRandomGenerator::global();
    int whole = 0;
    for (int round = 0; round < 30; ++round) {
        const QString copy = dir.file(QStringLiteral("copy-%1.equimark").arg(round));
        QProcess writer;
        startCli(writer, {QStringLiteral("backup"), path, copy});
        if (!writer.waitForFinished(static_cast<int>(random->bounded(span + 1)))) {
            writer.kill();
            writer.waitForFinished(5000);
        }
        INFO("round " << round);
        if (QFileInfo::exists(copy)) {
            ++whole;
            CHECK(actionCount(copy) == 1);
            CHECK(sqlColumn(copy, QStringLiteral("PRAGMA integrity_check")).value(0).toString() ==
                  u"ok");
        }
        CHECK(fileHash(path) == source);
    }
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
    INFO(whole << " of 30 copies finished before the kill");
}

TEST_CASE("a PDF export killed before it is finished leaves no PDF and the school file untouched",
          "[fault][export]") {
    TempDir dir;
    const QString path = newSchool(dir.file(QStringLiteral("school.equimark")));
    REQUIRE(runCli(addAction(path, QStringLiteral("Printed"))).exitCode == 0);
    const QByteArray source = fileHash(path);
    const QString pdf = dir.file(QStringLiteral("plan.pdf"));
    const QStringList exportPlan{QStringLiteral("export"), QStringLiteral("action-plan"), path,
                                 QStringLiteral("-o"), pdf};

    const QString temporary = killBeforeRename(exportPlan, pdf, QStringLiteral("pdf"));
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(fileHash(path) == source);

    // An earlier PDF of the same name survives a killed export whole.
    const auto done = runCli(exportPlan);
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(isCompletePdf(pdf));
    CHECK_FALSE(QFileInfo::exists(dir.file(temporary)));
    const QByteArray earlier = fileHash(pdf);
    killBeforeRename(exportPlan, pdf, QStringLiteral("pdf"));
    CHECK(fileHash(pdf) == earlier);
    CHECK(isCompletePdf(pdf));
    CHECK(fileHash(path) == source);

    // The next export cleans up after the killed one.
    REQUIRE(runCli(exportPlan).exitCode == 0);
    CHECK(entries(dir.path()) ==
          (QStringList{QStringLiteral("plan.pdf"), QStringLiteral("school.equimark")}));
}
