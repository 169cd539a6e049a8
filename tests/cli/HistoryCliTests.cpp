#include "CatchCompat.h"
#include "CliSupport.h"
#include "TempDir.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace equimark;
using namespace equimark::test;

namespace {

const QString History = QStringLiteral("history");

struct EditedSchool {
    QString path;
    QString statement;
};

// A new school where Amira judged a statement amber then green and Ben added an action.
EditedSchool editedSchool(const TempDir& dir) {
    EditedSchool school;
    school.path = dir.file(QStringLiteral("school.equimark"));
    auto run = runCli({QStringLiteral("new"), school.path, QStringLiteral("--school"),
                       QStringLiteral("Brookfield Primary")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = runCli({QStringLiteral("audit"), QStringLiteral("items"), school.path});
    REQUIRE(run.exitCode == 0);
    school.statement = run.out.section(QLatin1Char('\n'), 0, 0).trimmed();
    REQUIRE_FALSE(school.statement.isEmpty());
    for (const char* rating : {"amber", "green"}) {
        run = runCli({QStringLiteral("--user"), QStringLiteral("Amira Haddad"),
                      QStringLiteral("audit"), QStringLiteral("set"), school.path,
                      QStringLiteral("--year"), QStringLiteral("2026-27"), QStringLiteral("--item"),
                      school.statement, QStringLiteral("--rating"), QLatin1String(rating)});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    run = runCli({QStringLiteral("action"), QStringLiteral("add"), school.path,
                  QStringLiteral("--title"), QStringLiteral("Mentoring scheme"),
                  QStringLiteral("--strand"), QStringLiteral("race")},
                 {{QStringLiteral("EQUIMARK_USER"), QStringLiteral("Ben Okafor")}});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return school;
}

QStringList lines(const QString& text) {
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("history prints one line per change, oldest first", "[cli-history]") {
    TempDir dir;
    const auto school = editedSchool(dir);
    const auto run = runCli({History, school.path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QStringList out = lines(run.out);
    // The two ratings, the audit year they started, and the action.
    const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d\d-\d\d \d\d:\d\d  \S.*  \S.*  \S.*$)"));
    for (const auto& line : out) {
        INFO(line.toStdString());
        CHECK(shape.match(line).hasMatch());
        CHECK_FALSE(line.contains(QLatin1Char('\x1b'))); // no colour codes
    }
    const QString judged = QStringLiteral("  Amira Haddad  Audit judgement 2026-27/") +
                           school.statement + QStringLiteral("  rating: ");
    int amber = -1;
    int green = -1;
    for (int i = 0; i < out.size(); ++i) {
        if (out[i].endsWith(judged + QStringLiteral("none → amber")))
            amber = i;
        if (out[i].endsWith(judged + QStringLiteral("amber → green")))
            green = i;
    }
    CHECK(amber >= 0);
    CHECK(green > amber);
    REQUIRE_FALSE(out.isEmpty());
    CHECK(out.last().endsWith(QStringLiteral("  Ben Okafor  Action 1  created: Mentoring scheme")));
    CHECK(out.last().startsWith(QDate::currentDate().toString(Qt::ISODate)));
}

TEST_CASE("history --since leaves out what changed before the day", "[cli-history]") {
    TempDir dir;
    const auto school = editedSchool(dir);
    const auto all = runCli({History, school.path});
    REQUIRE(all.exitCode == 0);
    const auto today = runCli({History, school.path, QStringLiteral("--since"),
                               QDate::currentDate().toString(Qt::ISODate)});
    REQUIRE(today.exitCode == 0);
    CHECK(today.out == all.out);
    const auto tomorrow = runCli({History, school.path, QStringLiteral("--since"),
                                  QDate::currentDate().addDays(1).toString(Qt::ISODate)});
    REQUIRE(tomorrow.exitCode == 0);
    CHECK(tomorrow.out.isEmpty());
    // An ISO date-time works too.
    const auto later = runCli({History, school.path, QStringLiteral("--since"),
                               QDateTime::currentDateTime().addSecs(3600).toString(Qt::ISODate)});
    REQUIRE(later.exitCode == 0);
    CHECK(later.out.isEmpty());
}

TEST_CASE("history --json gives every change with its fields", "[cli-history]") {
    TempDir dir;
    const auto school = editedSchool(dir);
    const auto run = runCli({History, school.path, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(json.isArray());
    const QJsonArray entries = json.array();
    REQUIRE(entries.size() == lines(runCli({History, school.path}).out).size());
    const QStringList keys = {QStringLiteral("at"),       QStringLiteral("entity"),
                              QStringLiteral("entityId"), QStringLiteral("field"),
                              QStringLiteral("new"),      QStringLiteral("old"),
                              QStringLiteral("who")};
    for (const auto& value : entries) {
        QStringList present = value.toObject().keys();
        present.sort();
        CHECK(present == keys);
        CHECK(QDateTime::fromString(value[QStringLiteral("at")].toString(), Qt::ISODateWithMs)
                  .isValid());
    }
    const QJsonObject last = entries.last().toObject();
    CHECK(last[QStringLiteral("who")].toString() == u"Ben Okafor");
    CHECK(last[QStringLiteral("entity")].toString() == u"action");
    CHECK(last[QStringLiteral("entityId")].toString() == u"1");
    CHECK(last[QStringLiteral("old")].isNull());
    CHECK(last[QStringLiteral("new")].toString() == u"Mentoring scheme");
    bool judged = false;
    for (const auto& value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry[QStringLiteral("field")].toString() == u"rating" &&
            entry[QStringLiteral("new")].toString() == u"green") {
            judged = true;
            CHECK(entry[QStringLiteral("old")].toString() == u"amber");
            CHECK(entry[QStringLiteral("entityId")].toString() ==
                  QStringLiteral("2026-27/") + school.statement);
        }
    }
    CHECK(judged);
}

TEST_CASE("history with a bad date is an invalid request and reads nothing", "[cli-history]") {
    TempDir dir;
    const auto school = editedSchool(dir);
    const QByteArray before = bytesOf(school.path);
    for (const char* bad : {"23/11/2026", "2026-13-01", "yesterday", ""}) {
        INFO(bad);
        const auto run =
            runCli({History, school.path, QStringLiteral("--since"), QLatin1String(bad)});
        CHECK(run.exitCode == 4);
        CHECK(run.out.isEmpty());
        REQUIRE(run.errLines().size() == 1);
        CHECK(run.errLines().front().contains(QStringLiteral("YYYY-MM-DD")));
    }
    CHECK(bytesOf(school.path) == before);
    const auto missing = runCli({History, dir.file(QStringLiteral("none.equimark"))});
    CHECK(missing.exitCode == 3);
    const auto noFile = runCli({History});
    CHECK(noFile.exitCode == 2);
}
