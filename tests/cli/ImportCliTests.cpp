#include "CatchCompat.h"
#include "CliSupport.h"
#include "TempDir.h"
#include "storage/ActionRepository.h"
#include "storage/SchoolFile.h"

#include <QDir>
#include <QFileInfo>

using namespace equimark;
using namespace equimark::test;

namespace {

const QByteArray header = "title,strands,element,owner,start,due,success criteria,cost,status\r\n";

QString newSchool(const TempDir& dir, const QString& name = QStringLiteral("school.equimark")) {
    const QString path = dir.file(name);
    const auto run = runCli({QStringLiteral("new"), path, QStringLiteral("--school"),
                             QStringLiteral("Brookfield Primary")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return path;
}

std::vector<Action> actionsOf(const QString& path) {
    auto file = SchoolFile::open(path, SchoolFile::Access::ReadOnly);
    INFO(file.errorMessage());
    REQUIRE(file.ok());
    auto actions = ActionRepository(**file).all();
    REQUIRE(actions.ok());
    return *actions;
}

CliRun importCsv(const QString& school, const QString& csv) {
    return runCli({QStringLiteral("import"), QStringLiteral("actions"), school, csv});
}

} // namespace

TEST_CASE("import actions adds every row of a CSV file exactly", "[cli-import]") {
    TempDir dir;
    const QString school = newSchool(dir);
    const QString csv = dir.file(QStringLiteral("data.csv"));
    writeAll(csv, "\xEF\xBB\xBF" + header +
                      "\"Diversify the library, with pupils\",race;religion-belief,curriculum,"
                      "Ms Patel,2025-09-08,2026-03-27,\"Every class has books.\r\nPupils can "
                      "name three.\",\xC2\xA3"
                      "450,in-progress\r\n"
                      "Review uniform policy,gender,,,,,,,\r\n"
                      "\"'=Count incidents\",race,behaviour,Mr O'Neill,,2026-07-17,,,complete\r\n");
    const QByteArray csvBefore = fileHash(csv);

    const auto run = importCsv(school, csv);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("Added 3 actions."));
    CHECK(run.err.isEmpty());
    CHECK(fileHash(csv) == csvBefore);

    const auto actions = actionsOf(school);
    REQUIRE(actions.size() == 3);
    // The plan's order: by due date, undated last.
    CHECK(actions[0].title == QStringLiteral("Diversify the library, with pupils"));
    CHECK(actions[0].strandIds ==
          QStringList{QStringLiteral("race"), QStringLiteral("religion-belief")});
    CHECK(actions[0].elementId == QStringLiteral("curriculum"));
    CHECK(actions[0].owner == QStringLiteral("Ms Patel"));
    CHECK(actions[0].startOn == QDate(2025, 9, 8));
    CHECK(actions[0].dueOn == QDate(2026, 3, 27));
    CHECK(actions[0].successCriteria ==
          QStringLiteral("Every class has books.\r\nPupils can name three."));
    CHECK(actions[0].cost == QStringLiteral("£450"));
    CHECK(actions[0].status == ActionStatus::InProgress);
    CHECK(actions[0].createdBy == QStringLiteral("CLI Test"));
    CHECK(actions[1].title == QStringLiteral("=Count incidents"));
    CHECK(actions[1].owner == QStringLiteral("Mr O'Neill"));
    CHECK(actions[1].status == ActionStatus::Complete);
    CHECK(actions[2].title == QStringLiteral("Review uniform policy"));
    CHECK(actions[2].status == ActionStatus::NotStarted);
    CHECK_FALSE(actions[2].dueOn.isValid());
}

TEST_CASE("export actions writes a CSV that imports into another school unchanged",
          "[cli-import]") {
    TempDir dir;
    const QString first = newSchool(dir);
    const QString csv = dir.file(QStringLiteral("in.csv"));
    writeAll(csv, header + "\"=HYPERLINK(\"\"http://x\"\")\",race,,,,2027-01-31,,,\r\n"
                           "Assemblies,gender;disability,pupil-voice,Head,2026-09-01,,\"a\nb\","
                           "-3,dropped\r\n");
    REQUIRE(importCsv(first, csv).exitCode == 0);

    const QString out = dir.file(QStringLiteral("plan.csv"));
    const auto exported = runCli(
        {QStringLiteral("export"), QStringLiteral("actions"), first, QStringLiteral("-o"), out});
    INFO(exported.err);
    REQUIRE(exported.exitCode == 0);
    const QByteArray bytes = readAll(out);
    const QByteArray start = QByteArray("\xEF\xBB\xBF") + header;
    CHECK(bytes.startsWith(start));
    // The formula went out as text, with its apostrophe; a plain number did not.
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\",race,,,,2027-01-31,,,not-started\r\n"));
    CHECK(bytes.contains(",-3,dropped\r\n"));

    const QString second = newSchool(dir, QStringLiteral("second.equimark"));
    const auto imported = importCsv(second, out);
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.trimmed() == QStringLiteral("Added 2 actions."));

    const QString again = dir.file(QStringLiteral("again.csv"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("actions"), second,
                    QStringLiteral("-o"), again})
                .exitCode == 0);
    CHECK(readAll(again) == bytes);
    const auto actions = actionsOf(second);
    REQUIRE(actions.size() == 2);
    CHECK(actions[0].title == QStringLiteral("=HYPERLINK(\"http://x\")"));
    CHECK(actions[1].successCriteria == QStringLiteral("a\nb"));
}

TEST_CASE("a malformed CSV imports nothing: exit 4, file:line:column, school file unchanged",
          "[cli-import]") {
    struct Case {
        const char* what;
        QByteArray csv;
        QString place;
    };
    QByteArray longField = header + "\"";
    longField += QByteArray(10 * 1024 * 1024, 'x');
    longField += "\",race,,,,,,,\r\n";
    QByteArray manyColumns = "title";
    for (int i = 0; i < 100000; ++i)
        manyColumns += ",x";
    manyColumns += "\r\n";
    const Case cases[] = {
        {"unclosed quote", header + "Good,race,,,,,,,\r\nBad,race,,,,,\"never closed,,\r\n",
         QStringLiteral(":3:14: ")},
        {"stray quote", header + "Good,race,,,,,,,\r\nA 5\" screen,race,,,,,,,\r\n",
         QStringLiteral(":3:4: ")},
        {"NUL", header + QByteArray("Good,race,\0,,,,,,\r\n", 19), QStringLiteral(":2:11: ")},
        {"invalid UTF-8", header + "Caf\xE9,race,,,,,,,\r\n", QStringLiteral(":2:4: ")},
        {"ragged row", header + "Good,race,,,,,,,\r\nShort,race\r\n", QStringLiteral(":3:11: ")},
        {"unknown strand", header + "Good,race,,,,,,,\r\nBad,race;martian,,,,,,,\r\n",
         QStringLiteral(":3:5: ")},
        {"bad date", header + "Good,race,,,,31/03/2027,,,\r\n", QStringLiteral(":2:14: ")},
        {"unknown status", header + "Good,race,,,,,,,done\r\n", QStringLiteral(":2:17: ")},
        {"10 MB field", longField, QStringLiteral(":2:1: ")},
        {"100,000 columns", manyColumns, QStringLiteral(":1:2005: ")},
        {"unknown column", "title,strands,budget\r\nA,race,5\r\n", QStringLiteral(":1:15: ")},
    };
    TempDir dir;
    const QString school = newSchool(dir);
    const QString csv = dir.file(QStringLiteral("data.csv"));
    // One action already there, so "nothing imported" is not "nothing there".
    writeAll(csv, header + "Existing,race,,,,,,,\r\n");
    REQUIRE(importCsv(school, csv).exitCode == 0);
    const QByteArray before = fileHash(school);

    for (const auto& c : cases) {
        INFO(c.what);
        writeAll(csv, c.csv);
        const auto run = importCsv(school, csv);
        INFO(run.err);
        CHECK(run.exitCode == 4);
        REQUIRE(run.errLines().size() == 1);
        CHECK(run.errLines().first().startsWith(QStringLiteral("equimark-cli: ") +
                                                QDir::toNativeSeparators(csv) + c.place));
        CHECK(run.out.isEmpty());
        CHECK(run.milliseconds < 10000);
        CHECK(fileHash(school) == before);
    }
    CHECK(actionsOf(school).size() == 1);
}

TEST_CASE("import actions refuses a missing CSV file and leaves the school file unchanged",
          "[cli-import]") {
    TempDir dir;
    const QString school = newSchool(dir);
    const QByteArray before = fileHash(school);
    const auto run = importCsv(school, dir.file(QStringLiteral("missing.csv")));
    CHECK(run.exitCode == 4);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.err.contains(QStringLiteral("missing.csv")));
    CHECK(fileHash(school) == before);

    // A CSV with only its header row adds nothing and says so.
    const QString csv = dir.file(QStringLiteral("template.csv"));
    writeAll(csv, header);
    const auto empty = importCsv(school, csv);
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains(QStringLiteral("No actions were added")));
    CHECK(actionsOf(school).empty());
}

TEST_CASE("export actions to a folder that does not exist fails and writes nothing",
          "[cli-import]") {
    TempDir dir;
    const QString school = newSchool(dir);
    const QString out = dir.file(QStringLiteral("no-such-folder/plan.csv"));
    const auto run = runCli(
        {QStringLiteral("export"), QStringLiteral("actions"), school, QStringLiteral("-o"), out});
    CHECK(run.exitCode == 3);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.err.contains(QStringLiteral("plan.csv")));
    CHECK_FALSE(QFileInfo::exists(out));
}
