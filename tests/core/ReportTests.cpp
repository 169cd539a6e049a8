#include "CatchCompat.h"
#include "PdfText.h"
#include "SchoolFixture.h"
#include "TempDir.h"
#include "demo/DemoSchool.h"
#include "reports/AccreditationSummaryReport.h"
#include "reports/ReportWriter.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"

#include <QDir>
#include <QFile>

using namespace equimark;
using namespace equimark::test;

namespace {
struct DemoFile {
    DemoFile()
        : path(dir.file(QStringLiteral("demo.equimark"))) {
        if (!DemoSchool::build(path, QDate(2026, 11, 23)))
            throw std::runtime_error("demo");
        auto opened = SchoolFile::open(path);
        if (!opened)
            throw std::runtime_error("open");
        file = std::move(*opened);
    }
    TempDir dir;
    QString path;
    std::unique_ptr<SchoolFile> file;
};
} // namespace

TEST_CASE("the accreditation summary PDF carries the school, strand, actions and pages",
          "[reports]") {
    DemoFile demo;
    auto report = AccreditationSummaryReport::build(*demo.file, QStringLiteral("race"));
    REQUIRE(report.ok());
    const QString pdf = demo.dir.file(QStringLiteral("race.pdf"));
    auto pages =
        ReportWriter::writePdf(*report, pdf, QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(pages.ok());
    CHECK(pdfPageCount(pdf) == *pages);

    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Millbrook Vale Primary School")));
    CHECK(text.contains(QStringLiteral("Accreditation summary: Race")));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(*pages)));
    CHECK(text.contains(QStringLiteral("Lancashire Equality Mark, edition 2026.1")));
    auto summary = AccreditationRepository(*demo.file).latestForStrand(QStringLiteral("race"));
    for (qint64 id : (*summary)->actionIds) {
        const QString title = ActionRepository(*demo.file).byId(id)->title;
        CHECK(text.simplified().contains(title.left(40).simplified()));
    }
    CHECK(text.contains(QStringLiteral("Verified")));
}

TEST_CASE("HTML typed into a summary prints literally and loads nothing", "[reports]") {
    DemoFile demo;
    AccreditationRepository repository(*demo.file);
    auto disability = repository.latestForStrand(QStringLiteral("disability"));
    AccreditationSummary summary = **disability;
    summary.outcomes =
        QStringLiteral("<img src=\"file:///etc/passwd\"> <b>bold</b> <a href=\"http://x\">x</a>");
    REQUIRE(repository.updateContent(summary).ok());
    auto report = AccreditationSummaryReport::build(*demo.file, QStringLiteral("disability"));
    REQUIRE(report.ok());
    CHECK(report->plainText().contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
    CHECK(report->document->toHtml().contains(QStringLiteral("&lt;img")));
    CHECK_FALSE(report->document->toHtml().contains(QStringLiteral("<img")));
    const QString pdf = demo.dir.file(QStringLiteral("disability.pdf"));
    REQUIRE(ReportWriter::writePdf(*report, pdf).ok());
    CHECK(pdfText(pdf).contains(QStringLiteral("<b>bold</b>")));
}

TEST_CASE("a PDF that cannot be written leaves nothing behind", "[reports]") {
    DemoFile demo;
    auto report = AccreditationSummaryReport::build(*demo.file, QStringLiteral("race"));
    REQUIRE(report.ok());
    const QString missingFolder = demo.dir.file(QStringLiteral("no/such/folder/race.pdf"));
    auto written = ReportWriter::writePdf(*report, missingFolder);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == Error::Code::Io);
    CHECK_FALSE(QFile::exists(missingFolder));
}

TEST_CASE("a summary report for a strand without a summary is refused clearly", "[reports]") {
    DemoFile demo;
    auto report =
        AccreditationSummaryReport::build(*demo.file, QStringLiteral("sexual-orientation"));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == Error::Code::NotFound);
    auto unknown = AccreditationSummaryReport::build(*demo.file, QStringLiteral("astrology"));
    CHECK(unknown.error().code == Error::Code::Invalid);
}

TEST_CASE("reports use A4 except where the locale uses US Letter", "[reports]") {
    CHECK(ReportWriter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)) ==
          QPageSize::A4);
    CHECK(ReportWriter::pageSizeFor(QLocale(QLocale::Welsh, QLocale::UnitedKingdom)) ==
          QPageSize::A4);
    CHECK(ReportWriter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QPageSize::Letter);
}
