#include "CatchCompat.h"
#include "TempDir.h"
#include "demo/DemoSchool.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolChecker.h"
#include "storage/SchoolFile.h"
#include "storage/SchoolRepository.h"
#include "storage/SummaryGridRepository.h"
#include "storage/VisitRepository.h"

#include <QDir>

using namespace equimark;
using namespace equimark::test;

namespace {
const QDate today(2026, 11, 23);
}

TEST_CASE("the demo school has every step of the process filled in", "[demo]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    REQUIRE(DemoSchool::build(path, today).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);

    auto opened = SchoolFile::open(path);
    REQUIRE(opened.ok());
    auto& file = **opened;
    CHECK(SchoolRepository(file).load()->name == QLatin1String(DemoSchool::Name));

    ReferenceGroupRepository group(file);
    CHECK(*group.hasSeniorLeader(today));
    CHECK(group.meetings()->size() >= 4);

    AuditRepository audits(file);
    auto years = audits.audits();
    REQUIRE(years->size() == 2);
    auto last = audits.progress(years->at(0).id);
    auto current = audits.progress(years->at(1).id);
    CHECK(last->judged == last->total);
    CHECK(current->judged > 0);
    CHECK(current->judged < current->total);
    CHECK(SummaryGridRepository(file).cells(years->at(0).id)->size() == 60);

    ActionRepository actions(file);
    auto counts = *actions.statusCounts();
    for (const auto& [status, count] : counts) {
        CAPTURE(actionStatusId(status));
        CHECK(count > 0);
    }
    CHECK(*actions.overdueCount(today) > 0);
    CHECK(actions.all()->size() >= 12);

    auto evidence = EvidenceRepository(file).all();
    REQUIRE(evidence->size() >= 5);
    bool hasImage = false;
    for (const auto& item : *evidence)
        for (const auto& attachment : item.attachments)
            hasImage = hasImage || attachment.mimeType == u"image/png";
    CHECK(hasImage);

    AccreditationRepository accreditation(file);
    auto badges = accreditation.badges();
    REQUIRE(badges->size() == 1);
    CHECK(badges->front().strandId == u"race");
    auto race = accreditation.latestForStrand(QStringLiteral("race"));
    REQUIRE(race->has_value());
    CHECK((*race)->status == SummaryStatus::Verified);
    CHECK(VisitRepository(file).nextVisit(today)->has_value());
}

TEST_CASE("the demo school passes every check", "[demo]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    REQUIRE(DemoSchool::build(path, today).ok());
    auto opened = SchoolFile::open(path);
    REQUIRE(opened.ok());
    auto report = SchoolChecker(**opened).run();
    REQUIRE(report.ok());
    CAPTURE(report->problems);
    CHECK(report->ok());
}

TEST_CASE("the demo school is never built over an existing file", "[demo]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.equimark"));
    writeAll(path, QByteArrayLiteral("precious"));
    auto built = DemoSchool::build(path, today);
    REQUIRE_FALSE(built.ok());
    CHECK(readAll(path) == QByteArrayLiteral("precious"));
}
