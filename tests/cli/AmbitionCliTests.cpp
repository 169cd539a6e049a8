#include "CatchCompat.h"
#include "CliSupport.h"
#include "PdfText.h"
#include "TempDir.h"
#include "domain/AcademicYear.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace equimark;
using namespace equimark::test;

namespace {

QString demoSchool(const TempDir& dir) {
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    const auto run = runCli({QStringLiteral("demo"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return path;
}

QString thisYear() {
    return AcademicYear::containing(QDate::currentDate()).toString();
}

QString lastYear() {
    return AcademicYear::containing(QDate::currentDate()).previous().toString();
}

} // namespace

TEST_CASE("export ambitions writes where the school stands this year and last", "[ambitions]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString out = dir.file(QStringLiteral("ambitions.pdf"));
    const auto run = runCli(
        {QStringLiteral("export"), QStringLiteral("ambitions"), school, QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    REQUIRE(pdfPageCount(out) >= 2);
    // pdftotext breaks lines inside narrow cells: compare with whitespace run together.
    const QString text = pdfText(out).simplified();
    CHECK(text.contains(QStringLiteral("Race equality leadership ambitions %1").arg(thisYear())));
    CHECK(text.contains(QStringLiteral("Ambition 1: Leadership")));
    CHECK(text.contains(QStringLiteral("Ambition 5: Inclusive recruitment and retention")));
    // This year's status, last year's beside it, notes, evidence and actions.
    CHECK(text.contains(QStringLiteral("%1: Developing").arg(lastYear())));
    CHECK(text.contains(QStringLiteral("Anti-racist policy written")));
    CHECK(text.contains(QStringLiteral("Evidence: Governors'")));
    CHECK(text.contains(QStringLiteral("Action: Set up a parent")));
    CHECK(text.contains(QStringLiteral("Outcome measure: Persistent absence")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));

    // Last year: nothing met, and the year before it shows as not started.
    const QString older = dir.file(QStringLiteral("last.pdf"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("ambitions"), school,
                    QStringLiteral("--year"), lastYear(), QStringLiteral("-o"), older})
                .exitCode == 0);
    const QString before = pdfText(older).simplified();
    CHECK(before.contains(QStringLiteral("Race equality leadership ambitions %1").arg(lastYear())));
    CHECK(before.contains(QStringLiteral("0 of 17")));
}

TEST_CASE("export ambitions refuses a year that is not one", "[ambitions]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString out = dir.file(QStringLiteral("ambitions.pdf"));
    const auto run =
        runCli({QStringLiteral("export"), QStringLiteral("ambitions"), school,
                QStringLiteral("--year"), QStringLiteral("last year"), QStringLiteral("-o"), out});
    CHECK(run.exitCode == 4);
    CHECK(run.errLines().size() == 1);
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("info --json gives each ambition's criteria met and developing", "[ambitions]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const auto run = runCli({QStringLiteral("info"), school, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(info.value(u"ambitionsYear").toString() == thisYear());
    const QJsonArray ambitions = info.value(u"ambitions").toArray();
    REQUIRE(ambitions.size() == 5);
    const QJsonObject leadership = ambitions.at(0).toObject();
    CHECK(leadership.value(u"id").toString() == u"leadership");
    CHECK(leadership.value(u"criteria").toInt() == 3);
    CHECK(leadership.value(u"met").toInt() == 2);
    CHECK(leadership.value(u"developing").toInt() == 1);
    const QJsonObject cultures = ambitions.at(3).toObject();
    CHECK(cultures.value(u"id").toString() == u"cultures");
    CHECK(cultures.value(u"met").toInt() == 1);
    // The keys that were there before are all still there.
    for (const char* key :
         {"school", "frameworks", "audits", "actions", "charter", "practitioners"})
        CHECK(info.contains(QLatin1String(key)));

    const auto text = runCli({QStringLiteral("info"), school});
    CHECK(text.out.contains(QStringLiteral("leadership 2 of 3 met")));
}
