#include "CatchCompat.h"
#include "CliSupport.h"
#include "TempDir.h"
#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace equimark;
using namespace equimark::test;

namespace {

const QString Item = QStringLiteral("leadership.race.1");

// A school file made the way a county script makes one.
QString newSchool(const TempDir& dir, const QString& name = QStringLiteral("school.equimark")) {
    const QString path = dir.file(name);
    const auto run =
        runCli({QStringLiteral("new"), path, QStringLiteral("--school"),
                QStringLiteral("Brookfield Primary"), QStringLiteral("--urn"),
                QStringLiteral("123456"), QStringLiteral("--phase"), QStringLiteral("secondary"),
                QStringLiteral("--local-authority"), QStringLiteral("Lancashire")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return path;
}

QJsonObject infoJson(const QString& path) {
    const auto run = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(error.errorString());
    REQUIRE(document.isObject());
    return document.object();
}

// A refused command: the expected code, one line on stderr, the file byte-identical.
void requireRefused(const QStringList& arguments, int exitCode, const QString& path,
                    const QString& messagePart = {}) {
    const QByteArray before = QFileInfo::exists(path) ? fileHash(path) : QByteArray();
    const auto run = runCli(arguments);
    INFO(run.err);
    CHECK(run.exitCode == exitCode);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.errLines().first().startsWith(QStringLiteral("equimark-cli: ")));
    if (!messagePart.isEmpty())
        CHECK(run.err.contains(messagePart, Qt::CaseInsensitive));
    if (!before.isEmpty())
        CHECK(fileHash(path) == before);
    else
        CHECK_FALSE(QFileInfo::exists(path));
}

} // namespace

TEST_CASE("info --json describes a new school file", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    const QJsonObject info = infoJson(path);

    CHECK(info.value(u"schemaVersion").toInt() == SchoolFile::schemaVersion());
    const QJsonObject school = info.value(u"school").toObject();
    CHECK(school.value(u"name").toString() == u"Brookfield Primary");
    CHECK(school.value(u"urn").toString() == u"123456");
    CHECK(school.value(u"phase").toString() == u"secondary");
    CHECK(school.value(u"localAuthority").toString() == u"Lancashire");

    QJsonObject mark;
    for (const auto& framework : info.value(u"frameworks").toArray()) {
        CHECK_FALSE(framework.toObject().value(u"name").toString().isEmpty());
        CHECK_FALSE(framework.toObject().value(u"version").toString().isEmpty());
        if (framework.toObject().value(u"id").toString() == u"lancashire-equality-mark")
            mark = framework.toObject();
    }
    REQUIRE_FALSE(mark.isEmpty());
    CHECK(mark.value(u"kind").toString() == u"equality-mark");
    QStringList strands;
    for (const auto& strand : mark.value(u"strands").toArray())
        strands << strand.toObject().value(u"id").toString();
    CHECK(strands.size() == 6);
    CHECK(strands.contains(QStringLiteral("race")));

    CHECK(info.value(u"audits").toArray().isEmpty());
    CHECK(info.value(u"actions").isDouble());
    CHECK(info.value(u"actions").toInt() == 0);
    CHECK(info.value(u"actionsByStatus").isObject());
    CHECK(info.value(u"badges").toArray().isEmpty());
}

TEST_CASE("info without --json prints the school for a person", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    const auto run = runCli({QStringLiteral("info"), path});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Brookfield Primary")));
    CHECK(run.out.contains(QStringLiteral("Lancashire Equality Mark")));
}

TEST_CASE("new refuses to overwrite an existing file", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    requireRefused(
        {QStringLiteral("new"), path, QStringLiteral("--school"), QStringLiteral("Another School")},
        4, path, QStringLiteral("already exists"));
    CHECK(infoJson(path).value(u"school").toObject().value(u"name").toString() ==
          u"Brookfield Primary");
}

TEST_CASE("new refuses an unknown phase and creates nothing", "[cli]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("x.equimark"));
    requireRefused({QStringLiteral("new"), path, QStringLiteral("--school"), QStringLiteral("X"),
                    QStringLiteral("--phase"), QStringLiteral("college")},
                   4, path, QStringLiteral("college"));
}

TEST_CASE("info on a missing file exits 3", "[cli]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("nowhere.equimark"));
    requireRefused({QStringLiteral("info"), path}, 3, path);
}

TEST_CASE("info on a PDF renamed to .equimark exits 3 and leaves it alone", "[cli]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("report.equimark"));
    writeAll(path, QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog "
                                     ">>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"));
    requireRefused({QStringLiteral("info"), path, QStringLiteral("--json")}, 3, path);
}

TEST_CASE("info on random bytes exits 3 and leaves them alone", "[cli]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("noise.equimark"));
    QByteArray noise(8192, '\0');
    for (auto& byte : noise)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    writeAll(path, noise);
    requireRefused({QStringLiteral("info"), path}, 3, path);
}

TEST_CASE("info on another program's SQLite database exits 3", "[cli]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("other.equimark"));
    execSql(path, {QStringLiteral("PRAGMA application_id = 123"),
                   QStringLiteral("CREATE TABLE t (x INTEGER)"),
                   QStringLiteral("INSERT INTO t VALUES (1)")});
    requireRefused({QStringLiteral("info"), path}, 3, path, QStringLiteral("another program"));
}

TEST_CASE("info on a file from a newer Equimark exits 3", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    execSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    requireRefused({QStringLiteral("info"), path}, 3, path, QStringLiteral("newer"));
    requireRefused({QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
                    QStringLiteral("2026-27"), QStringLiteral("--item"), Item,
                    QStringLiteral("--rating"), QStringLiteral("green")},
                   3, path, QStringLiteral("newer"));
}

TEST_CASE("usage errors exit 2 with the usage on stderr", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    const QList<QStringList> mistakes{
        {},
        {QStringLiteral("frobnicate"), path},
        {QStringLiteral("info")},
        {QStringLiteral("info"), path, QStringLiteral("--colour")},
        {QStringLiteral("info"), path, QStringLiteral("extra")},
        {QStringLiteral("new"), dir.file(QStringLiteral("n.equimark"))},
        {QStringLiteral("audit"), path},
        {QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
         QStringLiteral("2026-27"), QStringLiteral("--item"), Item},
        {QStringLiteral("action"), QStringLiteral("add"), path, QStringLiteral("--title"),
         QStringLiteral("No strand")},
        {QStringLiteral("backup"), path},
    };
    const QByteArray before = fileHash(path);
    for (const auto& arguments : mistakes) {
        const auto run = runCli(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.contains(QStringLiteral("--help)")));
    }
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("n.equimark"))));
}

TEST_CASE("--help of a command prints its options and exits 0", "[cli]") {
    const auto run =
        runCli({QStringLiteral("audit"), QStringLiteral("set"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("--rating")));
    CHECK(run.err.isEmpty());
}

TEST_CASE("audit items lists the statement ids of the framework", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    const auto run = runCli({QStringLiteral("audit"), QStringLiteral("items"), path});
    REQUIRE(run.exitCode == 0);
    const QStringList ids = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(ids.size() > 100);
    CHECK(ids.contains(Item));

    const auto json =
        runCli({QStringLiteral("audit"), QStringLiteral("items"), path, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const auto items =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"items").toArray();
    CHECK(items.size() == ids.size());
    CHECK(items.first().toObject().value(u"id").toString() == ids.first());
}

TEST_CASE("audit set accepts both spellings of the school year", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    const auto first =
        runCli({QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
                QStringLiteral("2026-27"), QStringLiteral("--item"), Item,
                QStringLiteral("--rating"), QStringLiteral("green"), QStringLiteral("--note"),
                QStringLiteral("Governors minutes, March")});
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    const auto second = runCli({QStringLiteral("audit"), QStringLiteral("set"), path,
                                QStringLiteral("--year"), QStringLiteral("2026/27"),
                                QStringLiteral("--item"), QStringLiteral("leadership.gender.1"),
                                QStringLiteral("--rating"), QStringLiteral("amber")});
    INFO(second.err);
    REQUIRE(second.exitCode == 0);

    const QJsonArray audits = infoJson(path).value(u"audits").toArray();
    REQUIRE(audits.size() == 1);
    const QJsonObject audit = audits.first().toObject();
    CHECK(audit.value(u"year").toString() == u"2026-27");
    CHECK(audit.value(u"judged").toInt() == 2);
    CHECK(audit.value(u"total").toInt() > 100);
}

TEST_CASE("audit set refuses an unknown statement and changes nothing", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    requireRefused({QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
                    QStringLiteral("2026-27"), QStringLiteral("--item"),
                    QStringLiteral("leadrship.race.1"), QStringLiteral("--rating"),
                    QStringLiteral("green")},
                   4, path, QStringLiteral("leadrship.race.1"));
    CHECK(infoJson(path).value(u"audits").toArray().isEmpty());
}

TEST_CASE("audit set refuses a bad rating or year and changes nothing", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    requireRefused({QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
                    QStringLiteral("2026-27"), QStringLiteral("--item"), Item,
                    QStringLiteral("--rating"), QStringLiteral("purple")},
                   4, path, QStringLiteral("purple"));
    requireRefused({QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
                    QStringLiteral("2026-28"), QStringLiteral("--item"), Item,
                    QStringLiteral("--rating"), QStringLiteral("red")},
                   4, path, QStringLiteral("2026-28"));
}

TEST_CASE("action add puts an action in the plan", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    const auto run =
        runCli({QStringLiteral("action"), QStringLiteral("add"), path, QStringLiteral("--title"),
                QStringLiteral("Audit the library for diverse authors"), QStringLiteral("--strand"),
                QStringLiteral("race"), QStringLiteral("--element"), QStringLiteral("curriculum"),
                QStringLiteral("--owner"), QStringLiteral("Ms Patel"), QStringLiteral("--due"),
                QStringLiteral("2027-03-31")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonObject info = infoJson(path);
    CHECK(info.value(u"actions").toInt() == 1);
    CHECK(info.value(u"actionsByStatus").toObject().value(u"not-started").toInt() == 1);
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
}

TEST_CASE("action add refuses a bad date or an unknown strand and changes nothing", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    requireRefused({QStringLiteral("action"), QStringLiteral("add"), path,
                    QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--strand"),
                    QStringLiteral("race"), QStringLiteral("--due"), QStringLiteral("31/03/2027")},
                   4, path, QStringLiteral("31/03/2027"));
    requireRefused({QStringLiteral("action"), QStringLiteral("add"), path,
                    QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--strand"),
                    QStringLiteral("astrology")},
                   4, path, QStringLiteral("astrology"));
    CHECK(infoJson(path).value(u"actions").toInt() == 0);
}

TEST_CASE("the name given with --user is recorded on the edit", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const auto run =
        runCli({QStringLiteral("--user"), QStringLiteral("Mr Governor"), QStringLiteral("audit"),
                QStringLiteral("set"), path, QStringLiteral("--year"), QStringLiteral("2026-27"),
                QStringLiteral("--item"), Item, QStringLiteral("--rating"), QStringLiteral("red")});
    REQUIRE(run.exitCode == 0);
    auto file = SchoolFile::open(path, SchoolFile::Access::ReadOnly);
    REQUIRE(file.ok());
    auto history = ChangeHistory(**file).since(before);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->empty());
    for (const auto& entry : *history)
        CHECK(entry.who == u"Mr Governor");
}

TEST_CASE("backup writes a copy that opens and passes check", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    REQUIRE(runCli({QStringLiteral("action"), QStringLiteral("add"), path,
                    QStringLiteral("--title"), QStringLiteral("Kept in the copy"),
                    QStringLiteral("--strand"), QStringLiteral("gender")})
                .exitCode == 0);
    const QString copy = dir.file(QStringLiteral("copy.equimark"));
    const auto run = runCli({QStringLiteral("backup"), path, copy});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(runCli({QStringLiteral("check"), copy}).exitCode == 0);
    const QJsonObject info = infoJson(copy);
    CHECK(info.value(u"school").toObject().value(u"name").toString() == u"Brookfield Primary");
    CHECK(info.value(u"actions").toInt() == 1);
}

TEST_CASE("check passes a fresh school file", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    const auto run = runCli({QStringLiteral("check"), path});
    INFO(run.out << run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
}

TEST_CASE("check names a judgement of a statement the framework does not have", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    execSql(path, {QStringLiteral("INSERT INTO audit (id, framework_id, year, started_on) VALUES "
                                  "(1, 'lancashire-equality-mark', '2026-27', '2026-09-01')"),
                   QStringLiteral("INSERT INTO judgement (audit_id, statement_id, rating) VALUES "
                                  "(1, 'made.up.7', 'green')")});
    const auto run = runCli({QStringLiteral("check"), path});
    CHECK(run.exitCode != 0);
    CHECK(run.exitCode != 2);
    CHECK(run.out.contains(QStringLiteral("made.up.7")));
    CHECK(run.errLines().size() == 1);
}

TEST_CASE("audit set on a file another program is writing reports it in use", "[cli]") {
    TempDir dir;
    const QString path = newSchool(dir);
    REQUIRE(runCli({QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
                    QStringLiteral("2026-27"), QStringLiteral("--item"), Item,
                    QStringLiteral("--rating"), QStringLiteral("amber")})
                .exitCode == 0);
    const QString connection = QStringLiteral("cli-test-lock");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        const auto run =
            runCli({QStringLiteral("audit"), QStringLiteral("set"), path, QStringLiteral("--year"),
                    QStringLiteral("2026-27"), QStringLiteral("--item"), Item,
                    QStringLiteral("--rating"), QStringLiteral("green")});
        INFO(run.err);
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("in use")));
        CHECK(run.errLines().size() == 1);
        CHECK(run.milliseconds < 10000);

        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);

    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
    const QJsonArray audits = infoJson(path).value(u"audits").toArray();
    REQUIRE(audits.size() == 1);
    CHECK(audits.first().toObject().value(u"judged").toInt() == 1);
    auto file = SchoolFile::open(path, SchoolFile::Access::ReadOnly);
    REQUIRE(file.ok());
    auto history = ChangeHistory(**file).since(QDateTime::currentDateTimeUtc().addDays(-1));
    REQUIRE(history.ok());
    for (const auto& entry : *history)
        CHECK(entry.newValue != u"green");
}

TEST_CASE("demo makes a school with every step filled in that passes check", "[cli]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    const auto run = runCli({QStringLiteral("demo"), path});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonObject info = infoJson(path);
    CHECK_FALSE(info.value(u"school").toObject().value(u"name").toString().isEmpty());
    CHECK_FALSE(info.value(u"audits").toArray().isEmpty());
    CHECK(info.value(u"actions").toInt() > 0);
    CHECK_FALSE(info.value(u"badges").toArray().isEmpty());
    const auto check = runCli({QStringLiteral("check"), path});
    INFO(check.out);
    CHECK(check.exitCode == 0);

    requireRefused({QStringLiteral("demo"), path}, 4, path, QStringLiteral("already exists"));
}

TEST_CASE("the CLI speaks the system's language and keeps its JSON keys", "[cli][i18n]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("ysgol.equimark"));
    const QMap<QString, QString> welsh{{QStringLiteral("LC_ALL"), QStringLiteral("cy_GB.UTF-8")}};
    const auto demo = runCli({QStringLiteral("demo"), path}, welsh);
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.startsWith(QStringLiteral("Crëwyd yr ysgol enghreifftiol")));

    const auto info = runCli({QStringLiteral("info"), path}, welsh);
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Ysgol:")));
    CHECK(info.out.contains(QStringLiteral("Cyfnod: Cynradd")));

    const auto json = runCli({QStringLiteral("info"), path, QStringLiteral("--json")}, welsh);
    const QJsonObject school = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(school.contains(QStringLiteral("school")));
    CHECK(school.value(QStringLiteral("school")).toObject().value(QStringLiteral("phase")) ==
          QStringLiteral("primary"));
}

TEST_CASE("translation template and check help a translator of a framework", "[cli][i18n]") {
    const auto made = runCli({QStringLiteral("translation"), QStringLiteral("template"),
                              QStringLiteral("lancashire-equality-mark"), QStringLiteral("cy")});
    REQUIRE(made.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(made.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("framework")) == QStringLiteral("lancashire-equality-mark"));
    CHECK(root.value(QStringLiteral("language")) == QStringLiteral("cy"));
    const int texts = int(root.value(QStringLiteral("texts")).toArray().size());
    CHECK(texts > 300);

    const auto checked = runCli(
        {QStringLiteral("translation"), QStringLiteral("check"),
         QStringLiteral(EQUIMARK_TEST_DATA "/translations/lancashire-equality-mark_cy.json")});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("11 of %1 texts translated").arg(texts)));
    CHECK(checked.out.contains(QStringLiteral("1 entry matches no text")));

    TempDir dir;
    const QString bad = dir.file(QStringLiteral("bad.json"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "equimark-framework-translation", "language": "cy", "texts": []})");
    file.close();
    const auto refused = runCli({QStringLiteral("translation"), QStringLiteral("check"), bad});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QStringLiteral("framework")));
    CHECK(runCli({QStringLiteral("translation"), QStringLiteral("check"),
                  dir.file(QStringLiteral("missing.json"))})
              .exitCode == 3);
    CHECK(runCli({QStringLiteral("translation"), QStringLiteral("template"),
                  QStringLiteral("no-such-framework"), QStringLiteral("cy")})
              .exitCode == 4);
    CHECK(runCli({QStringLiteral("translation"), QStringLiteral("template"),
                  QStringLiteral("lancashire-equality-mark"), QStringLiteral("welsh")})
              .exitCode == 4);
}
