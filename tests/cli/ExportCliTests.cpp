#include "CatchCompat.h"
#include "CliSupport.h"
#include "PdfText.h"
#include "TempDir.h"
#include "domain/AcademicYear.h"
#include "storage/SchoolFile.h"
#include "storage/VisitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

// The demo's visit at which the Race summary was verified.
QDate verifyingVisitDate(const QString& path) {
    auto file = SchoolFile::open(path, SchoolFile::Access::ReadOnly);
    REQUIRE(file.ok());
    VisitRepository visits(**file);
    // Held in a variable: a range-for over `*visits.visits()` would read the vector after
    // the Result that holds it was destroyed (AddressSanitizer: stack-use-after-scope).
    const auto all = visits.visits();
    REQUIRE(all.ok());
    for (const auto& visit : *all) {
        if (!visits.summariesVerifiedAt(visit.id)->isEmpty())
            return visit.visitedOn;
    }
    FAIL("the demo has no visit with a verified summary");
    return {};
}

// Runs an export that must succeed and returns the PDF's text.
QString exported(const QStringList& arguments, const QString& out) {
    const auto run = runCli(arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const int pages = pdfPageCount(out);
    CHECK(pages >= 1);
    CHECK(run.out.trimmed() ==
          (pages == 1 ? QStringLiteral("Wrote %1 (1 page).").arg(QDir::toNativeSeparators(out))
                      : QStringLiteral("Wrote %1 (%2 pages).")
                            .arg(QDir::toNativeSeparators(out))
                            .arg(pages)));
    return pdfText(out);
}

// A refused export: the code, one line on stderr, no PDF and the school file untouched.
void refused(const QStringList& arguments, int exitCode, const QString& school,
             const QString& out) {
    const QByteArray before = fileHash(school);
    const auto run = runCli(arguments);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.errLines().first().startsWith(QStringLiteral("equimark-cli: ")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(fileHash(school) == before);
}

} // namespace

TEST_CASE("export summary writes the strand's accreditation summary", "[cli][export]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString out = dir.file(QStringLiteral("race.pdf"));
    const QByteArray before = fileHash(school);
    const QString text =
        exported({QStringLiteral("export"), QStringLiteral("summary"), school,
                  QStringLiteral("--strand"), QStringLiteral("race"), QStringLiteral("-o"), out},
                 out);
    CHECK(text.contains(QStringLiteral("Accreditation summary: Race")));
    CHECK(text.contains(QStringLiteral("Millbrook Vale Primary School")));
    // Exports open the file read-only: not a byte of it changes.
    CHECK(fileHash(school) == before);
}

TEST_CASE("export action-plan writes the plan, filtered when asked", "[cli][export]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString all = dir.file(QStringLiteral("plan.pdf"));
    const QString allText = exported({QStringLiteral("export"), QStringLiteral("action-plan"),
                                      school, QStringLiteral("-o"), all},
                                     all);
    CHECK(allText.contains(QStringLiteral("Equality action plan")));
    CHECK(allText.contains(QStringLiteral("All actions")));

    const QString race = dir.file(QStringLiteral("race-plan.pdf"));
    const QString raceText =
        exported({QStringLiteral("export"), QStringLiteral("action-plan"), school,
                  QStringLiteral("--strand"), QStringLiteral("race"), QStringLiteral("--status"),
                  QStringLiteral("in-progress"), QStringLiteral("--group-by"),
                  QStringLiteral("element"), QStringLiteral("-o"), race},
                 race);
    CHECK(raceText.contains(QStringLiteral("Equality action plan: Race")));
    CHECK(raceText.contains(QStringLiteral("Only strand Race, status In progress")));

    const QString element = dir.file(QStringLiteral("element-plan.pdf"));
    const QString elementText =
        exported({QStringLiteral("export"), QStringLiteral("action-plan"), school,
                  QStringLiteral("--element"), QStringLiteral("curriculum"),
                  QStringLiteral("--output"), element},
                 element);
    CHECK(elementText.contains(QStringLiteral("Only element Curriculum")));
}

TEST_CASE("export grid and export audit write the year asked for", "[cli][export]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString grid = dir.file(QStringLiteral("grid.pdf"));
    const QString gridText = exported(
        {QStringLiteral("export"), QStringLiteral("grid"), school, QStringLiteral("-o"), grid},
        grid);
    CHECK(gridText.contains(QStringLiteral("Equality summary grid")));

    const QString audit = dir.file(QStringLiteral("audit.pdf"));
    const QString year = AcademicYear::containing(QDate::currentDate()).previous().toString();
    const QString auditText =
        exported({QStringLiteral("export"), QStringLiteral("audit"), school,
                  QStringLiteral("--year"), year, QStringLiteral("-o"), audit},
                 audit);
    CHECK(auditText.contains(QStringLiteral("Whole-school audit %1").arg(year)));
    CHECK(auditText.contains(QStringLiteral("judged")));
}

TEST_CASE("export visit writes the visit on that day with the summary it verified",
          "[cli][export]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QDate date = verifyingVisitDate(school);
    const QString out = dir.file(QStringLiteral("visit.pdf"));
    const QString text =
        exported({QStringLiteral("export"), QStringLiteral("visit"), school,
                  QStringLiteral("--date"), date.toString(Qt::ISODate), QStringLiteral("-o"), out},
                 out);
    CHECK(text.contains(QStringLiteral("Accreditation visit")));
    CHECK(text.contains(QStringLiteral("Race Equality Badge awarded")));
}

TEST_CASE("exports refuse unknown strands, statuses, years and visit days with exit 4",
          "[cli][export]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString out = dir.file(QStringLiteral("out.pdf"));
    const QString exportWord = QStringLiteral("export");
    refused({exportWord, QStringLiteral("summary"), school, QStringLiteral("--strand"),
             QStringLiteral("astrology"), QStringLiteral("-o"), out},
            4, school, out);
    refused({exportWord, QStringLiteral("action-plan"), school, QStringLiteral("--strand"),
             QStringLiteral("astrology"), QStringLiteral("-o"), out},
            4, school, out);
    refused({exportWord, QStringLiteral("action-plan"), school, QStringLiteral("--status"),
             QStringLiteral("finished-ish"), QStringLiteral("-o"), out},
            4, school, out);
    refused({exportWord, QStringLiteral("action-plan"), school, QStringLiteral("--group-by"),
             QStringLiteral("owner"), QStringLiteral("-o"), out},
            4, school, out);
    refused({exportWord, QStringLiteral("grid"), school, QStringLiteral("--year"),
             QStringLiteral("1999-00"), QStringLiteral("-o"), out},
            4, school, out);
    refused({exportWord, QStringLiteral("grid"), school, QStringLiteral("--year"),
             QStringLiteral("last year"), QStringLiteral("-o"), out},
            4, school, out);
    refused({exportWord, QStringLiteral("audit"), school, QStringLiteral("--year"),
             QStringLiteral("2010-11"), QStringLiteral("-o"), out},
            4, school, out);
    refused({exportWord, QStringLiteral("visit"), school, QStringLiteral("--date"),
             QStringLiteral("2001-01-01"), QStringLiteral("-o"), out},
            4, school, out);
    refused({exportWord, QStringLiteral("visit"), school, QStringLiteral("--date"),
             QStringLiteral("tomorrow"), QStringLiteral("-o"), out},
            4, school, out);
}

TEST_CASE("an export without -o is a usage error", "[cli][export]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString out = dir.file(QStringLiteral("out.pdf"));
    refused({QStringLiteral("export"), QStringLiteral("grid"), school}, 2, school, out);
    refused(
        {QStringLiteral("export"), QStringLiteral("summary"), school, QStringLiteral("-o"), out}, 2,
        school, out);
    refused({QStringLiteral("export"), QStringLiteral("visit"), school, QStringLiteral("-o"), out},
            2, school, out);
}

TEST_CASE("an export into a missing folder fails and writes nothing", "[cli][export]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    const QString out = dir.file(QStringLiteral("no/such/folder/plan.pdf"));
    const auto run = runCli({QStringLiteral("export"), QStringLiteral("action-plan"), school,
                             QStringLiteral("-o"), out});
    CHECK(run.exitCode != 0);
    CHECK(run.errLines().size() == 1);
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("no"))));
}

TEST_CASE("an export of a missing school file exits 3", "[cli][export]") {
    TempDir dir;
    const QString out = dir.file(QStringLiteral("plan.pdf"));
    const auto run =
        runCli({QStringLiteral("export"), QStringLiteral("action-plan"),
                dir.file(QStringLiteral("missing.equimark")), QStringLiteral("-o"), out});
    CHECK(run.exitCode == 3);
    CHECK(run.errLines().size() == 1);
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("an export of a damaged school file writes no PDF and says the file is damaged",
          "[cli][export][damaged]") {
    TempDir dir;
    const QString school = demoSchool(dir);
    // The change history's table: no page of the summary or the plan reads it, so only the
    // whole-file check (run alongside the export) can find the damage.
    const int page =
        sqlColumn(school, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                         "'history'"))
            .value(0)
            .toInt();
    const int pageSize = sqlColumn(school, QStringLiteral("PRAGMA page_size")).value(0).toInt();
    REQUIRE(page > 1);
    {
        QFile file(school);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(qint64(page - 1) * pageSize));
        REQUIRE(file.write("\xff", 1) == 1); // no kind of b-tree page
    }
    for (const QString& report : {QStringLiteral("summary"), QStringLiteral("action-plan")}) {
        const QString out = dir.file(report + QStringLiteral(".pdf"));
        QStringList arguments{QStringLiteral("export"), report, school, QStringLiteral("-o"), out};
        if (report == u"summary")
            arguments << QStringLiteral("--strand") << QStringLiteral("race");
        refused(arguments, 3, school, out);
        const auto run = runCli(arguments);
        CHECK(run.err.contains(QStringLiteral("is damaged")));
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty());
    }
}
