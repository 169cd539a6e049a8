#include "CatchCompat.h"
#include "CliSupport.h"
#include "PdfText.h"
#include "TempDir.h"

#include <QDate>
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

// The demo's sessions are dated from the day it is built: a year back to a month ahead
// holds them all, whatever day the tests run.
QStringList demoPeriod() {
    return {QStringLiteral("--from"), QDate::currentDate().addDays(-365).toString(Qt::ISODate),
            QStringLiteral("--to"), QDate::currentDate().addDays(30).toString(Qt::ISODate)};
}

} // namespace

TEST_CASE("export training writes coverage, who is not reached, sessions, evaluation and case "
          "studies",
          "[training]") {
    TempDir dir;
    const QString path = demoSchool(dir);
    const QString out = dir.file(QStringLiteral("training.pdf"));
    const auto run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("training"), path,
                                        QStringLiteral("-o"), out} +
                            demoPeriod());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"Wrote"));
    const QString text = pdfText(out);
    CHECK(text.contains(u"Training coverage"));
    CHECK(text.contains(u"Coverage by body"));
    CHECK(text.contains(u"Race equality, Anti-racist leadership, Unconscious bias"));
    // Offered the whole-staff day but did not come; two governors missed the refresher.
    CHECK(text.contains(u"Not yet reached"));
    CHECK(text.contains(u"Kwame Asante"));
    CHECK(text.contains(u"Hannah Wood"));
    // Came to everything, so not listed; names appear nowhere else.
    CHECK_FALSE(text.contains(u"Leila Bakr"));
    CHECK(text.contains(u"Unconscious bias: whole"));
    CHECK(text.contains(u"(does not count)"));
    // Seven leaders rated the programme: means shown, single-figure counts suppressed.
    CHECK(text.contains(u"Mean change"));
    CHECK(text.contains(u"+1.7")); // (27 - 15) / 7
    CHECK(text.contains(u"suppressed"));
    CHECK(text.contains(u"How leaders changed their approach"));
    CHECK(text.contains(u"Train all staff and governors"));
    CHECK(text.contains(u"Positive action in recruiting teaching assistants"));
    CHECK(text.contains(u"Staff survey on confidence in discussing race"));
    CHECK(text.contains(u"Page 1 of"));
}

TEST_CASE("export training of a school with no training says so", "[training]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("new.equimark"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--school"),
                    QStringLiteral("Brookfield Primary")})
                .exitCode == 0);
    const QString out = dir.file(QStringLiteral("training.pdf"));
    const auto run = runCli(
        {QStringLiteral("export"), QStringLiteral("training"), path, QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(out);
    CHECK(text.contains(u"Nobody in the file was in post in this period."));
    CHECK(text.contains(u"No case studies are recorded yet."));
}

TEST_CASE("export training refuses bad dates with exit 4 and no PDF", "[training]") {
    TempDir dir;
    const QString path = demoSchool(dir);
    const QString out = dir.file(QStringLiteral("training.pdf"));
    const auto bad =
        runCli({QStringLiteral("export"), QStringLiteral("training"), path, QStringLiteral("-o"),
                out, QStringLiteral("--from"), QStringLiteral("1 Sept")});
    CHECK(bad.exitCode == 4);
    CHECK(bad.err.contains(u"is not a date"));
    const auto backwards =
        runCli({QStringLiteral("export"), QStringLiteral("training"), path, QStringLiteral("-o"),
                out, QStringLiteral("--from"), QStringLiteral("2027-08-31"), QStringLiteral("--to"),
                QStringLiteral("2026-09-01")});
    CHECK(backwards.exitCode == 4);
    CHECK(backwards.err.contains(u"before"));
    CHECK_FALSE(QFile::exists(out));
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("training"), path}).exitCode == 2);
}

TEST_CASE("info --json counts people and training sessions", "[training]") {
    TempDir dir;
    const QString path = demoSchool(dir);
    const auto run = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(info.value(u"people").toInt() == 29);
    CHECK(info.value(u"trainingSessions").toInt() == 7);
    // Existing keys stay.
    CHECK(info.contains(u"practitioners"));
    CHECK(info.contains(u"actions"));
}
