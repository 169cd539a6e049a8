// Issue 7, item 1: a writer killed (SIGKILL, nothing flushed, nothing cleaned up) at random
// moments never corrupts the file, and every edit it reported as made is still there.
#include "CatchCompat.h"
#include "CliSupport.h"
#include "TempDir.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <algorithm>

using namespace equimark;
using namespace equimark::test;

namespace {

const QString Year = QStringLiteral("2026-27");

QString newSchool(const TempDir& dir) {
    const QString path = dir.file(QStringLiteral("school.equimark"));
    const auto run = runCli({QStringLiteral("new"), path, QStringLiteral("--school"),
                             QStringLiteral("Killed Writer Primary")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return path;
}

QStringList auditItems(const QString& path) {
    const auto run = runCli({QStringLiteral("audit"), QStringLiteral("items"), path});
    REQUIRE(run.exitCode == 0);
    const QStringList items = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(items.size() >= 20);
    return items;
}

// What the test knows about the edits it asked for: those whose command reported success
// must be there; those killed may or may not be, but nothing else may appear.
struct Ledger {
    // statement id -> the note it must have (last success), and notes a later killed
    // attempt may have left instead
    QMap<QString, QString> judgedNote;
    QMap<QString, QSet<QString>> mayHaveNote;
    QSet<QString> actionsAdded;
    QSet<QString> actionsMaybe;
    int succeeded = 0;
    int killed = 0;
};

// The file after a kill, opened as the next session opens it: SQLite's own checks, the
// app's invariants (`check`), and every reported edit present.
void requireIntact(const QString& path, const Ledger& ledger) {
    const auto quick = sqlColumn(path, QStringLiteral("PRAGMA quick_check"));
    REQUIRE(quick.size() == 1);
    REQUIRE(quick.first().toString() == u"ok");
    REQUIRE(sqlColumn(path, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    const auto check = runCli({QStringLiteral("check"), path});
    INFO(check.out.toStdString() << check.err.toStdString());
    REQUIRE(check.exitCode == 0);

    QMap<QString, QString> notes;
    const auto rows = sqlColumn(
        path, QStringLiteral("SELECT j.statement_id || char(9) || j.note FROM judgement j "
                             "JOIN audit a ON a.id = j.audit_id WHERE a.year = '2026-27'"));
    for (const auto& row : rows) {
        const auto parts = row.toString().split(QLatin1Char('\t'));
        notes.insert(parts.value(0), parts.value(1));
    }
    for (auto it = ledger.judgedNote.cbegin(); it != ledger.judgedNote.cend(); ++it) {
        INFO("statement " << it.key().toStdString());
        REQUIRE(notes.contains(it.key()));
        const QString note = notes.value(it.key());
        CHECK((note == it.value() || ledger.mayHaveNote.value(it.key()).contains(note)));
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        INFO("statement " << it.key().toStdString() << " note " << it.value().toStdString());
        CHECK((ledger.judgedNote.value(it.key()) == it.value() ||
               ledger.mayHaveNote.value(it.key()).contains(it.value())));
    }

    const auto titles = sqlColumn(path, QStringLiteral("SELECT title FROM action"));
    QSet<QString> present;
    for (const auto& title : titles) {
        INFO("action " << title.toString().toStdString());
        CHECK_FALSE(present.contains(title.toString())); // never added twice
        present.insert(title.toString());
        CHECK((ledger.actionsAdded.contains(title.toString()) ||
               ledger.actionsMaybe.contains(title.toString())));
    }
    for (const auto& title : ledger.actionsAdded) {
        INFO("action reported as added " << title.toStdString());
        CHECK(present.contains(title));
    }
}

// How long one uncontended edit takes here (a sanitizer build is slower): kill moments are
// spread over that span, so they land in start-up, opening, writing and committing alike.
int editMilliseconds(const QString& path) {
    QElapsedTimer timer;
    timer.start();
    const auto run =
        runCli({QStringLiteral("action"), QStringLiteral("add"), path, QStringLiteral("--title"),
                QStringLiteral("Timing run"), QStringLiteral("--strand"), QStringLiteral("race")});
    REQUIRE(run.exitCode == 0);
    return std::max<int>(20, static_cast<int>(timer.elapsed()));
}

// Runs `kills` edits that are each killed after a random 0 to 1.2 x (one edit's time), so
// that some finish first; checks the file after every kill.
void killEditsAtRandom(const QString& path, Ledger& ledger, int kills, bool withActions,
                       bool withJudgements) {
    const QStringList items = auditItems(path);
    ledger.actionsAdded.insert(QStringLiteral("Timing run"));
    const int span = editMilliseconds(path) * 6 / 5;
    auto* random = QRandomGenerator::global();
    int attempt = 0;
    while (ledger.killed < kills) {
        ++attempt;
        REQUIRE(attempt < kills * 4); // the kill moments must not all miss the process
        const bool action = withActions && (!withJudgements || random->bounded(2) == 0);
        QString item;
        QString label;
        QStringList arguments;
        if (action) {
            label = QStringLiteral("Action %1").arg(attempt);
            arguments = {QStringLiteral("action"),
                         QStringLiteral("add"),
                         path,
                         QStringLiteral("--title"),
                         label,
                         QStringLiteral("--strand"),
                         QStringLiteral("race"),
                         QStringLiteral("--due"),
                         QStringLiteral("2027-03-31")};
        } else {
            // Few statements, many attempts: judgements are overwritten as well as added.
            item = items.at(random->bounded(std::min<qsizetype>(items.size(), 12)));
            label = QStringLiteral("Note %1").arg(attempt);
            arguments = {QStringLiteral("audit"),
                         QStringLiteral("set"),
                         path,
                         QStringLiteral("--year"),
                         Year,
                         QStringLiteral("--item"),
                         item,
                         QStringLiteral("--rating"),
                         QStringLiteral("amber"),
                         QStringLiteral("--note"),
                         label};
        }
        QProcess writer;
        startCli(writer, arguments);
        const int delay = static_cast<int>(random->bounded(span + 1));
        const bool finished = writer.waitForFinished(delay);
        if (!finished) {
            writer.kill();
            writer.waitForFinished(5000);
        }
        const bool reported =
            finished && writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0;
        if (finished && !reported) {
            INFO(QString::fromUtf8(writer.readAllStandardError()).toStdString());
            FAIL("an uncontended edit failed without being killed");
        }
        if (reported) {
            ++ledger.succeeded;
            if (action) {
                CHECK(QString::fromUtf8(writer.readAllStandardOutput()).contains(label));
                ledger.actionsAdded.insert(label);
            } else {
                ledger.judgedNote.insert(item, label);
                ledger.mayHaveNote.remove(item);
            }
        } else {
            ++ledger.killed;
            if (action)
                ledger.actionsMaybe.insert(label);
            else
                ledger.mayHaveNote[item].insert(label);
        }
        INFO("after attempt " << attempt << ", killed at " << delay << " ms");
        requireIntact(path, ledger);
    }
    // Random moments that never let an edit finish (or never kill one) test nothing.
    CHECK(ledger.succeeded > 0);
}

} // namespace

TEST_CASE("audit judgements killed at 80 random moments leave a sound file with every reported "
          "judgement",
          "[fault][kill]") {
    TempDir dir;
    const QString path = newSchool(dir);
    Ledger ledger;
    killEditsAtRandom(path, ledger, 80, false, true);
    CHECK(ledger.killed >= 80);
}

TEST_CASE("actions added and killed at 80 random moments leave a sound file with every "
          "reported action",
          "[fault][kill]") {
    TempDir dir;
    const QString path = newSchool(dir);
    Ledger ledger;
    killEditsAtRandom(path, ledger, 80, true, false);
    CHECK(ledger.killed >= 80);
}

TEST_CASE("mixed edits killed at 60 random moments leave a sound file with every reported edit",
          "[fault][kill]") {
    TempDir dir;
    const QString path = newSchool(dir);
    Ledger ledger;
    killEditsAtRandom(path, ledger, 60, true, true);
    CHECK(ledger.killed >= 60);
}

TEST_CASE("a writer killed with its edit written but not committed leaves the file as it was",
          "[fault][kill]") {
    TempDir dir;
    const QString path = newSchool(dir);
    Ledger ledger;
    const auto first = runCli({QStringLiteral("action"), QStringLiteral("add"), path,
                               QStringLiteral("--title"), QStringLiteral("Committed before"),
                               QStringLiteral("--strand"), QStringLiteral("gender")});
    REQUIRE(first.exitCode == 0);
    ledger.actionsAdded.insert(QStringLiteral("Committed before"));
    const QString journal = path + QStringLiteral("-journal");

    for (int round = 0; round < 5; ++round) {
        QProcess writer;
        startCli(writer,
                 {QStringLiteral("action"), QStringLiteral("add"), path, QStringLiteral("--title"),
                  QStringLiteral("Never committed %1").arg(round), QStringLiteral("--strand"),
                  QStringLiteral("race")},
                 {{QStringLiteral("EQUIMARK_TEST_STALL_COMMIT_MS"), QStringLiteral("5000")}});
        // The rollback journal exists from the first write of the transaction to its end.
        QElapsedTimer waited;
        waited.start();
        while (!QFileInfo::exists(journal) && waited.elapsed() < 10000)
            QThread::msleep(5);
        REQUIRE(QFileInfo::exists(journal));
        writer.kill();
        writer.waitForFinished(5000);
        // The hot journal is still beside the file; the next session rolls it back.
        CHECK(QFileInfo(journal).size() > 0);
        requireIntact(path, ledger);
    }
    CHECK(sqlColumn(path, QStringLiteral("SELECT count(*) FROM action")).value(0).toInt() == 1);
}
