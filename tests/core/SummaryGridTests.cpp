#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "domain/GridRule.h"
#include "storage/AuditRepository.h"
#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"
#include "storage/SummaryGridRepository.h"

#include <QDateTime>
#include <algorithm>

using namespace equimark;

namespace {

CellCounts cellOf(int red, int amber, int green, int unjudged) {
    CellCounts c;
    c.red = red;
    c.amber = amber;
    c.green = green;
    c.unjudged = unjudged;
    return c;
}

const QString leadership = QStringLiteral("leadership");
const QString race = QStringLiteral("race");

qint64 gridAudit(SchoolFile& file, int startYear = 2025) {
    auto audit = AuditRepository(file).ensureAudit(AcademicYear(startYear));
    REQUIRE(audit.ok());
    return audit->id;
}

void agree(SchoolFile& file, qint64 auditId, const QString& element, const QString& strand,
           Rating rating, const QString& rationale = {}) {
    auto set = SummaryGridRepository(file).setCell(auditId, element, strand, rating, rationale);
    INFO(set.errorMessage());
    REQUIRE(set.ok());
}

} // namespace

TEST_CASE("the grid suggests nothing until half a cell's statements are judged", "[grid]") {
    CHECK(suggestedRating(CellCounts{}) == Rating::None);
    CHECK(suggestedRating(cellOf(0, 0, 0, 3)) == Rating::None);
    CHECK(suggestedRating(cellOf(0, 0, 1, 3)) == Rating::None);  // 1 of 4
    CHECK(suggestedRating(cellOf(0, 0, 2, 2)) == Rating::Green); // exactly half
    CHECK(suggestedRating(cellOf(0, 0, 2, 1)) == Rating::Green); // 2 of 3
}

TEST_CASE("the grid suggests red when more than a third of judged statements are red", "[grid]") {
    CHECK(suggestedRating(cellOf(1, 0, 0, 0)) == Rating::Red);
    CHECK(suggestedRating(cellOf(1, 0, 1, 0)) == Rating::Red);   // a half
    CHECK(suggestedRating(cellOf(2, 0, 1, 0)) == Rating::Red);   // two-thirds
    CHECK(suggestedRating(cellOf(1, 0, 2, 0)) == Rating::Amber); // exactly a third
    CHECK(suggestedRating(cellOf(1, 1, 1, 0)) == Rating::Amber);
    CHECK(suggestedRating(cellOf(2, 1, 2, 0)) == Rating::Red); // 2 of 5 is over a third
}

TEST_CASE("the grid suggests green when two-thirds are green and none is red", "[grid]") {
    CHECK(suggestedRating(cellOf(0, 0, 3, 0)) == Rating::Green);
    CHECK(suggestedRating(cellOf(0, 1, 2, 0)) == Rating::Green); // exactly two-thirds
    CHECK(suggestedRating(cellOf(0, 2, 2, 0)) == Rating::Amber); // a half
    CHECK(suggestedRating(cellOf(1, 0, 3, 0)) == Rating::Amber); // a red blocks green
    CHECK(suggestedRating(cellOf(0, 3, 0, 0)) == Rating::Amber);
}

TEST_CASE("each suggestion comes with a reason a group can read", "[grid]") {
    const CellCounts cases[] = {cellOf(0, 0, 0, 3), cellOf(0, 0, 1, 3), cellOf(2, 0, 1, 0),
                                cellOf(0, 0, 3, 0), cellOf(0, 1, 2, 0), cellOf(1, 1, 1, 0)};
    QStringList reasons;
    for (const auto& c : cases) {
        const QString reason = suggestionReason(c);
        CHECK_FALSE(reason.isEmpty());
        reasons << reason;
    }
    reasons.removeDuplicates();
    CHECK(reasons.size() == 6);
    CHECK(suggestionReason(cellOf(2, 0, 1, 0)).contains(QStringLiteral("2 of the 3")));
}

TEST_CASE("cell counts add up judged and unjudged statements", "[grid]") {
    CellCounts c;
    for (auto r : {Rating::Red, Rating::Amber, Rating::Amber, Rating::Green, Rating::None})
        c.add(r);
    CHECK(c == cellOf(1, 2, 1, 1));
    CHECK(c.judged() == 4);
    CHECK(c.total() == 5);
}

TEST_CASE("year-on-year change compares agreed ratings", "[grid]") {
    CHECK(compareRatings(Rating::Red, Rating::Amber) == Trend::Improved);
    CHECK(compareRatings(Rating::Amber, Rating::Green) == Trend::Improved);
    CHECK(compareRatings(Rating::Green, Rating::Green) == Trend::Same);
    CHECK(compareRatings(Rating::Green, Rating::Red) == Trend::Declined);
    CHECK(compareRatings(Rating::None, Rating::Green) == Trend::Unknown);
    CHECK(compareRatings(Rating::Amber, Rating::None) == Trend::Unknown);
    CHECK(trendId(Trend::Declined) == QStringLiteral("declined"));
    CHECK_FALSE(trendLabel(Trend::Improved).isEmpty());
}

TEST_CASE("grid counts match the audit judgements cell by cell", "[grid]") {
    test::SchoolFixture fixture;
    const qint64 audit = gridAudit(*fixture.file);
    const Framework& mark = test::equalityMark();
    AuditRepository audits(*fixture.file);
    REQUIRE(audits.setJudgement(audit, QStringLiteral("leadership.race.1"), Rating::Red, {}).ok());
    REQUIRE(
        audits.setJudgement(audit, QStringLiteral("leadership.race.2"), Rating::Green, {}).ok());
    REQUIRE(audits
                .setJudgement(audit, QStringLiteral("leadership.race.3"), Rating::None,
                              QStringLiteral("Not discussed yet"))
                .ok());
    REQUIRE(
        audits.setJudgement(audit, QStringLiteral("curriculum.gender.1"), Rating::Amber, {}).ok());

    fixture.reopen();
    auto counts = SummaryGridRepository(*fixture.file).counts(audit);
    REQUIRE(counts.ok());
    CHECK(counts->size() == static_cast<qsizetype>(mark.elements.size() * mark.strands.size()));
    const int raceCell = static_cast<int>(mark.statementsFor(leadership, race).size());
    CHECK(counts->value({leadership, race}) == cellOf(1, 0, 1, raceCell - 2));
    const CellCounts curriculumGender =
        counts->value({QStringLiteral("curriculum"), QStringLiteral("gender")});
    CHECK(curriculumGender.amber == 1);
    CHECK(curriculumGender.total() ==
          static_cast<int>(
              mark.statementsFor(QStringLiteral("curriculum"), QStringLiteral("gender")).size()));
    const CellCounts untouched = counts->value({QStringLiteral("data"), QStringLiteral("race")});
    CHECK(untouched.judged() == 0);
    CHECK(untouched.unjudged > 0);
    int judged = 0;
    for (const auto& c : *counts)
        judged += c.judged();
    CHECK(judged == AuditRepository(*fixture.file).progress(audit)->judged);
}

TEST_CASE("an agreed grid cell keeps its rationale, who agreed it and when", "[grid]") {
    test::SchoolFixture fixture;
    const qint64 audit = gridAudit(*fixture.file);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    agree(*fixture.file, audit, leadership, race, Rating::Amber,
          QStringLiteral("Policy in place; training not yet reached all staff."));

    fixture.reopen();
    SummaryGridRepository grid(*fixture.file);
    auto cell = grid.cell(audit, leadership, race);
    REQUIRE(cell.ok());
    CHECK(cell->agreed == Rating::Amber);
    CHECK(cell->rationale ==
          QStringLiteral("Policy in place; training not yet reached all staff."));
    CHECK(cell->agreedBy == QStringLiteral("Test User"));
    CHECK(cell->agreedAt >= before);
    auto cells = grid.cells(audit);
    REQUIRE(cells.ok());
    REQUIRE(cells->size() == 1);
    CHECK(cells->at(0).strandId == race);

    auto open = grid.cell(audit, QStringLiteral("data"), race);
    REQUIRE(open.ok());
    CHECK(open->agreed == Rating::None);
    CHECK_FALSE(open->agreedAt.isValid());

    auto history = ChangeHistory(*fixture.file).since(QDateTime());
    REQUIRE(history.ok());
    const auto rated = std::find_if(history->begin(), history->end(), [](const HistoryEntry& e) {
        return e.entity == QStringLiteral("grid-cell") && e.field == QStringLiteral("rating");
    });
    REQUIRE(rated != history->end());
    CHECK(rated->entityId == QStringLiteral("2025-26/leadership.race"));
    CHECK(rated->oldValue == QStringLiteral("none"));
    CHECK(rated->newValue == QStringLiteral("amber"));
}

TEST_CASE("agreeing a cell of an unknown element or strand is refused, naming it", "[grid]") {
    test::SchoolFixture fixture;
    const qint64 audit = gridAudit(*fixture.file);
    SummaryGridRepository grid(*fixture.file);
    auto element = grid.setCell(audit, QStringLiteral("leadrship"), race, Rating::Red, {});
    REQUIRE_FALSE(element.ok());
    CHECK(element.error().code == Error::Code::Invalid);
    CHECK(element.errorMessage().contains(QStringLiteral("leadrship")));
    auto strand = grid.setCell(audit, leadership, QStringLiteral("age"), Rating::Red, {});
    REQUIRE_FALSE(strand.ok());
    CHECK(strand.errorMessage().contains(QStringLiteral("age")));
    auto audit404 = grid.setCell(audit + 9, leadership, race, Rating::Red, {});
    REQUIRE_FALSE(audit404.ok());
    CHECK(audit404.error().code == Error::Code::NotFound);
    CHECK(grid.cells(audit)->empty());
}

TEST_CASE("setting a cell back to not agreed with no rationale clears it", "[grid]") {
    test::SchoolFixture fixture;
    const qint64 audit = gridAudit(*fixture.file);
    agree(*fixture.file, audit, leadership, race, Rating::Green, QStringLiteral("Strong"));
    agree(*fixture.file, audit, leadership, race, Rating::None);
    fixture.reopen();
    CHECK(SummaryGridRepository(*fixture.file).cells(audit)->empty());
}

TEST_CASE("the grid shows how each cell changed since last year", "[grid]") {
    test::SchoolFixture fixture;
    const qint64 last = gridAudit(*fixture.file, 2024);
    const qint64 now = gridAudit(*fixture.file, 2025);
    const QString gender = QStringLiteral("gender");
    agree(*fixture.file, last, leadership, race, Rating::Red);
    agree(*fixture.file, last, leadership, gender, Rating::Green);
    agree(*fixture.file, now, leadership, race, Rating::Amber);
    agree(*fixture.file, now, leadership, gender, Rating::Amber);

    fixture.reopen();
    SummaryGridRepository grid(*fixture.file);
    auto previous = grid.previousYearRatings(now);
    REQUIRE(previous.ok());
    CHECK(previous->value({leadership, race}) == Rating::Red);
    auto trends = grid.trends(now);
    REQUIRE(trends.ok());
    CHECK(trends->value({leadership, race}) == Trend::Improved);
    CHECK(trends->value({leadership, gender}) == Trend::Declined);
    CHECK(trends->value({QStringLiteral("data"), race}) == Trend::Unknown);
    CHECK(grid.previousYearRatings(last)->isEmpty());
}

TEST_CASE("a file opened read-only refuses to agree a grid cell", "[grid]") {
    test::SchoolFixture fixture;
    const qint64 audit = gridAudit(*fixture.file);
    agree(*fixture.file, audit, leadership, race, Rating::Amber);
    fixture.file.reset();
    auto opened = SchoolFile::open(fixture.path, SchoolFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    SummaryGridRepository grid(**opened);
    auto refused = grid.setCell(audit, leadership, race, Rating::Green, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::ReadOnly);
    CHECK(grid.cell(audit, leadership, race)->agreed == Rating::Amber);
}
