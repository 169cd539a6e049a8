#include "CatchCompat.h"
#include "CliSupport.h"
#include "PdfText.h"
#include "TempDir.h"
#include "interchange/CsvReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace equimark;
using namespace equimark::test;

namespace {

const QString demoCsv = QStringLiteral(EQUIMARK_SOURCE_DIR "/docs/examples/demo-outcomes.csv");

QString demoSchool(const TempDir& dir) {
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    const auto run = runCli({QStringLiteral("demo"), path});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return path;
}

QString writeFile(const TempDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

int outcomeRows(const QString& school) {
    const auto run = runCli({QStringLiteral("info"), school, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    REQUIRE(info.contains(QStringLiteral("outcomeRows")));
    return info.value(QStringLiteral("outcomeRows")).toInt();
}

} // namespace

TEST_CASE("outcomes template prints every measure and group of a year", "[outcomes][cli]") {
    const auto run = runCli({QStringLiteral("outcomes"), QStringLiteral("template"),
                             QStringLiteral("--year"), QStringLiteral("2025-26")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("year,measure,group,count,base,pupils,")));
    CHECK(run.out.contains(QStringLiteral("2025-26,attendance,BCRB,,,,Absence,Black Caribbean")));
    CHECK(run.out.count(QStringLiteral("\r\n")) == 1 + 14 * 20);
    const auto bad = runCli({QStringLiteral("outcomes"), QStringLiteral("template"),
                             QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(bad.exitCode == 4);
}

TEST_CASE("import outcomes adds the demo figures, info counts them, a re-import replaces them",
          "[outcomes][cli]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    CHECK(outcomeRows(school) == 0);
    auto run = runCli({QStringLiteral("import"), QStringLiteral("outcomes"), school, demoCsv});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Imported 450 figures.")));
    CHECK(outcomeRows(school) == 450);
    run = runCli({QStringLiteral("import"), QStringLiteral("outcomes"), school, demoCsv});
    REQUIRE(run.exitCode == 0);
    CHECK(outcomeRows(school) == 450);
}

TEST_CASE("import outcomes refuses a bad file whole, naming line and column", "[outcomes][cli]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString csv = writeFile(dir, QStringLiteral("bad.csv"),
                                  "year,measure,group,count,base,pupils\r\n"
                                  "2025-26,ks2-rwm-expected,BCRB,3,8,\r\n"
                                  "2025-26,ks2-rwm-expected,WBRI,30,x,\r\n");
    const auto run = runCli({QStringLiteral("import"), QStringLiteral("outcomes"), school, csv});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("bad.csv:3:34: \"x\" is not a count")));
    CHECK(outcomeRows(school) == 0);
    const auto missing = runCli({QStringLiteral("import"), QStringLiteral("outcomes"), school,
                                 dir.file(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode == 4);
}

TEST_CASE("export outcomes writes the report and a suppressed CSV", "[outcomes][cli][pdf]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString pdf = dir.file(QStringLiteral("outcomes.pdf"));
    auto run = runCli(
        {QStringLiteral("export"), QStringLiteral("outcomes"), school, QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 4); // no figures yet
    CHECK(run.err.contains(QStringLiteral("no outcome figures")));
    REQUIRE(
        runCli({QStringLiteral("import"), QStringLiteral("outcomes"), school, demoCsv}).exitCode ==
        0);
    run = runCli(
        {QStringLiteral("export"), QStringLiteral("outcomes"), school, QStringLiteral("-o"), pdf});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Outcomes and gaps by ethnic group")));
    CHECK(text.contains(QStringLiteral("Black Caribbean")));
    CHECK(text.contains(QStringLiteral("suppressed (small numbers)")));

    const QString csv = dir.file(QStringLiteral("shared.csv"));
    run = runCli(
        {QStringLiteral("export"), QStringLiteral("outcomes"), school, QStringLiteral("-o"), csv});
    REQUIRE(run.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto rows = CsvReader().read(file.readAll());
    REQUIRE(rows.ok());
    // Gypsy/Roma (3 pupils) never shows a count.
    int roma = 0;
    for (const auto& row : *rows) {
        if (row.fields.at(3) == u"WROM") {
            ++roma;
            CHECK(row.fields.at(5) == u"c");
        }
    }
    CHECK(roma > 0);

    // The threshold is the school file's own.
    run = runCli({QStringLiteral("outcomes"), QStringLiteral("threshold"), school,
                  QStringLiteral("--set"), QStringLiteral("2")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == u"2");
    CHECK(runCli({QStringLiteral("outcomes"), QStringLiteral("threshold"), school,
                  QStringLiteral("--set"), QStringLiteral("0")})
              .exitCode == 4);
}

TEST_CASE("import outcomes into a file another program is writing leaves it as it was",
          "[outcomes][cli]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString connection = QStringLiteral("outcomes-test-lock");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(school);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const auto run =
            runCli({QStringLiteral("import"), QStringLiteral("outcomes"), school, demoCsv});
        INFO(run.err);
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("in use")));
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);
    CHECK(outcomeRows(school) == 0);
    CHECK(runCli({QStringLiteral("check"), school}).exitCode == 0);
}
