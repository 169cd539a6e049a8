#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeAnalysis.h"
#include "analysis/OutcomeMeasure.h"
#include "interchange/CsvReader.h"
#include "interchange/OutcomeCsv.h"
#include "reports/OutcomesReport.h"
#include "storage/ChangeHistory.h"
#include "storage/OutcomeRepository.h"
#include "storage/SchoolChecker.h"
#include "storage/SchoolFile.h"

#include <QFile>
#include <QSqlQuery>
#include <cmath>
#include <random>

using namespace equimark;
using namespace equimark::test;

namespace {

QByteArray demoCsv() {
    QFile file(QStringLiteral(EQUIMARK_SOURCE_DIR "/docs/examples/demo-outcomes.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

OutcomeCount row(const char* year, const char* measure, const char* group, qint64 count,
                 qint64 base, std::optional<qint64> pupils = std::nullopt) {
    return {QString::fromLatin1(year),
            QString::fromLatin1(measure),
            QString::fromLatin1(group),
            count,
            base,
            pupils};
}

CsvProblem rejected(const QByteArray& bytes) {
    CsvProblem problem;
    auto parsed = OutcomeCsv::parse(bytes, &problem);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == Error::Code::Invalid);
    return problem;
}

const QByteArray header = "year,measure,group,count,base,pupils\n";

} // namespace

TEST_CASE("outcome figures are stored, replaced and undone by year, measure and group",
          "[outcomes]") {
    SchoolFixture fx;
    OutcomeRepository repository(*fx.file);
    REQUIRE(repository
                .write({row("2025-26", "persistent-absence", "BCRB", 7, 28),
                        row("2025-26", "persistent-absence", "WBRI", 20, 177)})
                .ok());
    REQUIRE(repository.write({row("2025-26", "persistent-absence", "BCRB", 6, 28)}).ok());
    fx.reopen();
    auto stored = OutcomeRepository(*fx.file).all();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    // Census order: White British before Black Caribbean.
    CHECK(stored->at(0).groupCode == u"WBRI");
    CHECK(stored->at(1).count == 6);
    CHECK(*OutcomeRepository(*fx.file).rowCount() == 2);
    CHECK(*OutcomeRepository(*fx.file).years() == QStringList{QStringLiteral("2025-26")});

    // Each write leaves a history row per year and measure, with the counts before and after.
    HistoryFilter filter;
    filter.entities = {QStringLiteral("outcome")};
    auto history = ChangeHistory(*fx.file).find(filter);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->front().oldValue == u"BCRB 7/28");
    CHECK(history->front().newValue == u"BCRB 6/28");
}

TEST_CASE("outcome figures that make no sense are refused before anything is written",
          "[outcomes]") {
    SchoolFixture fx;
    OutcomeRepository repository(*fx.file);
    CHECK_FALSE(repository.write({row("2025-26", "ks2-rwm-expected", "BCRB", 9, 4)}).ok());
    CHECK_FALSE(repository.write({row("2025-26", "no-such-measure", "BCRB", 1, 4)}).ok());
    CHECK_FALSE(repository.write({row("2025-26", "ks2-rwm-expected", "XXXX", 1, 4)}).ok());
    CHECK_FALSE(repository.write({row("2025-27", "ks2-rwm-expected", "BCRB", 1, 4)}).ok());
    // Absence needs the pupils behind the sessions, for suppression.
    CHECK_FALSE(repository.write({row("2025-26", "attendance", "BCRB", 100, 1000)}).ok());
    // One bad row stops the good ones too.
    CHECK_FALSE(repository
                    .write({row("2025-26", "ks2-rwm-expected", "WBRI", 20, 25),
                            row("2025-26", "ks2-rwm-expected", "BCRB", -1, 4)})
                    .ok());
    CHECK(*repository.rowCount() == 0);
    // A rate may pass its base: a pupil suspended twice counts twice.
    CHECK(repository.write({row("2025-26", "suspensions", "BCRB", 9, 4)}).ok());
}

TEST_CASE("the demo outcomes CSV imports whole", "[outcomes][csv]") {
    auto counts = OutcomeCsv::parse(demoCsv());
    INFO(counts.errorMessage());
    REQUIRE(counts.ok());
    CHECK(counts->size() == 450);
    SchoolFixture fx;
    REQUIRE(OutcomeRepository(*fx.file).write(*counts).ok());
    CHECK(*OutcomeRepository(*fx.file).rowCount() == 450);
}

TEST_CASE("an outcomes CSV is read with a BOM, CRLF, quotes, names and the template's notes",
          "[outcomes][csv]") {
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "Year,Measure,Group,Count,Base,Pupils,Measure name,Definition\r\n"
                             "2025/26,\"Persistent absence\",Black Caribbean,7,28,,x,\"a, b\"\r\n"
                             "2025-26,attendance,MWBC,600,9048,24,,\r\n"
                             "2025-26,ks2-rwm-expected,WBRI,,,,,\r\n"; // unfilled: skipped
    auto counts = OutcomeCsv::parse(bytes);
    INFO(counts.errorMessage());
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == 2);
    CHECK(counts->at(0) == row("2025-26", "persistent-absence", "BCRB", 7, 28));
    CHECK(counts->at(1) == row("2025-26", "attendance", "MWBC", 600, 9048, 24));
}

TEST_CASE("the outcomes template lists every measure and group and imports as nothing",
          "[outcomes][csv]") {
    const QByteArray bytes = OutcomeCsv::blankTemplate(QStringLiteral("2025-26"));
    auto rows = CsvReader().read(bytes);
    REQUIRE(rows.ok());
    CHECK(rows->size() == 1 + OutcomeMeasure::all().size() * 20);
    auto counts = OutcomeCsv::parse(bytes);
    REQUIRE(counts.ok());
    CHECK(counts->empty());
}

TEST_CASE("a malformed outcomes CSV names the line and column of its first problem",
          "[outcomes][csv]") {
    struct Case {
        QByteArray bytes;
        int line;
        int column;
        const char* says;
    };
    const std::vector<Case> cases{
        {"", 1, 1, "empty"},
        {"year,measure,group,count\n", 1, 1, "\"base\""},
        {"year,measure,group,count,base,colour\n", 1, 31, "\"colour\""},
        {"year,measure,group,count,base,count\n", 1, 31, "twice"},
        {header + "2025,attendance,BCRB,1,2,3\n", 2, 1, "academic year"},
        {header + "2025-26,absences,BCRB,1,2,3\n", 2, 9, "not an outcome measure"},
        {header + "2025-26,attendance,Martian,1,2,3\n", 2, 20, "not an ethnic group"},
        {header + "2025-26,suspensions,BCRB,1.5,20,\n", 2, 26, "whole number"},
        {header + "2025-26,suspensions,BCRB,-1,20,\n", 2, 26, "whole number"},
        {header + "2025-26,suspensions,BCRB,1,\"2,0\",\n", 2, 28, "whole number"},
        {header + "2025-26,suspensions,BCRB,1,,\n", 2, 28, "\"base\" column is empty"},
        {header + "2025-26,attendance,BCRB,100,1000,\n", 2, 34, "\"pupils\" column is empty"},
        {header + "2025-26,ks2-rwm-expected,BCRB,9,4,\n", 2, 31, "more than the base"},
        {header + "2025-26,ks2-rwm-expected,BCRB,1,4,\n2025-26,ks2-rwm-expected,BCRB,2,4,\n", 3, 26,
         "first on line 2"},
        {header + "2025-26,\"attendance,BCRB,1,2,3\n", 2, 9, "quoted field"},
        {header + "2025-26,attendance,BCRB,1,2\n", 2, 28, "fewer fields"},
    };
    for (const auto& c : cases) {
        INFO(QString::fromUtf8(c.bytes));
        const CsvProblem problem = rejected(c.bytes);
        INFO(problem.reason);
        CHECK(problem.at.line == c.line);
        CHECK(problem.at.column == c.column);
        CHECK(problem.reason.contains(QString::fromUtf8(c.says)));
    }
}

TEST_CASE("outcome analysis works out rates, gaps, intervals and risk against hand-worked "
          "figures",
          "[outcomes][analysis]") {
    // Pupils with one or more suspensions: 6 of 30 Black Caribbean, 9 of 270 others.
    const OutcomeAnalysis analysis(
        {row("2025-26", "suspended-pupils", "BCRB", 6, 30),
         row("2025-26", "suspended-pupils", "WBRI", 9, 270)},
        {{QStringLiteral("2025-26"), QStringLiteral("suspended-pupils"), 0.02}}, 5);
    const MeasureYear figures =
        analysis.of(QStringLiteral("suspended-pupils"), QStringLiteral("2025-26"));
    REQUIRE(figures.groups.size() == 2);
    const GroupOutcome& bcrb = figures.groups.at(1);
    CHECK(bcrb.groupCode == u"BCRB");
    CHECK(*bcrb.value == Approx(0.2));
    // 0.2 - 9/270 = 0.16667
    CHECK(*bcrb.gapToOthers == Approx(0.166667).epsilon(1e-4));
    CHECK(*bcrb.gapToNational == Approx(0.18));
    // SE = sqrt(.2 x .8 / 30 + (1/30)(29/30) / 270) = 0.073843; 0.16667 -/+ 1.96 SE.
    CHECK(bcrb.gapInterval->first == Approx(0.021938).epsilon(1e-3));
    CHECK(bcrb.gapInterval->second == Approx(0.311396).epsilon(1e-3));
    // RR = 0.2 / (9/270) = 6; SE(ln RR) = sqrt(1/6 - 1/30 + 1/9 - 1/270) = 0.490654, so
    // 6 x exp(-/+ 1.96 SE) = 2.2935 to 15.6963.
    CHECK(bcrb.riskRatio->ratio == Approx(6.0));
    CHECK(bcrb.riskRatio->lower == Approx(6.0 * std::exp(-1.959964 * 0.490654)).epsilon(1e-3));
    CHECK(bcrb.riskRatio->upper == Approx(6.0 * std::exp(1.959964 * 0.490654)).epsilon(1e-3));
    CHECK(figures.school.count == 15);
    CHECK(figures.school.base == 300);
    CHECK_FALSE(bcrb.hidden());
}

TEST_CASE("small numbers are hidden in the analysis, with what would give them away",
          "[outcomes][analysis]") {
    // Three groups: 3 (small), 12 and 40 pupils at the expected standard. Hiding 3 alone
    // would leave it as the total less 12 and 40, so the next smallest (12) goes too.
    const OutcomeAnalysis analysis({row("2025-26", "ks2-rwm-expected", "WBRI", 40, 50),
                                    row("2025-26", "ks2-rwm-expected", "MWBC", 12, 20),
                                    row("2025-26", "ks2-rwm-expected", "BCRB", 3, 8)},
                                   {}, 5);
    const MeasureYear figures =
        analysis.of(QStringLiteral("ks2-rwm-expected"), QStringLiteral("2025-26"));
    REQUIRE(figures.groups.size() == 3);
    CHECK_FALSE(figures.groups[0].countHidden);
    CHECK(figures.groups[1].countHidden); // secondary
    CHECK(figures.groups[2].countHidden); // primary
    CHECK(figures.groups[2].hidden());
    CHECK(figures.secondary >= 1);
    // A suppressed point never reaches a chart.
    for (const auto& series : analysis.series(QStringLiteral("ks2-rwm-expected"))) {
        if (series.groupCode == u"BCRB" || series.groupCode == u"MWBC")
            CHECK(series.points.empty());
    }
    // With threshold 2 nothing is small.
    const OutcomeAnalysis open({row("2025-26", "ks2-rwm-expected", "WBRI", 40, 50),
                                row("2025-26", "ks2-rwm-expected", "BCRB", 3, 8)},
                               {}, 2);
    CHECK_FALSE(
        open.of(QStringLiteral("ks2-rwm-expected"), QStringLiteral("2025-26")).groups[1].hidden());
}

TEST_CASE("no suppressed figure of a group can be worked out from the school's total",
          "[outcomes][analysis]") {
    // Random small schools: in every column of people counts, a shown total never sits over
    // exactly one hidden group, and every shown count is at least the threshold.
    std::mt19937 random(20261202);
    std::uniform_int_distribution<int> size(0, 30);
    std::uniform_int_distribution<int> groups(1, 6);
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<OutcomeCount> rows;
        const int n = groups(random);
        for (int g = 0; g < n; ++g) {
            const qint64 base = size(random);
            rows.push_back({QStringLiteral("2025-26"), QStringLiteral("ks2-rwm-expected"),
                            EthnicGroup::all()[std::size_t(g)].code(),
                            base == 0 ? 0 : std::uniform_int_distribution<qint64>(0, base)(random),
                            base, std::nullopt});
        }
        const OutcomeAnalysis analysis(rows, {}, 5);
        const MeasureYear figures =
            analysis.of(QStringLiteral("ks2-rwm-expected"), QStringLiteral("2025-26"));
        int hiddenCounts = 0;
        int hiddenBases = 0;
        for (const auto& group : figures.groups) {
            hiddenCounts += group.countHidden;
            hiddenBases += group.baseHidden;
            if (!group.countHidden)
                CHECK(group.count >= 5);
            if (!group.baseHidden)
                CHECK(group.base >= 5);
        }
        if (!figures.school.countHidden)
            CHECK(hiddenCounts != 1);
        if (!figures.school.baseHidden)
            CHECK(hiddenBases != 1);
    }
}

TEST_CASE("a focus group's target is judged from its gap to all other pupils year by year",
          "[outcomes][analysis]") {
    // Absence (lower is better): Black Caribbean 9 %, then 7 %, against others at 5 %.
    const OutcomeAnalysis analysis({row("2024-25", "attendance", "BCRB", 900, 10000, 27),
                                    row("2024-25", "attendance", "WBRI", 5000, 100000, 270),
                                    row("2025-26", "attendance", "BCRB", 700, 10000, 27),
                                    row("2025-26", "attendance", "WBRI", 5000, 100000, 270)},
                                   {}, 5);
    CHECK(analysis.target(QStringLiteral("attendance"), QStringLiteral("BCRB")) ==
          Target::Status::OnTrack);
    const auto series = analysis.series(QStringLiteral("attendance"));
    REQUIRE(series.size() == 3); // WBRI, BCRB and all pupils
    CHECK(*series[1].slopePerYear == Approx(-0.02));
}

TEST_CASE("the shared CSV export suppresses small numbers and reads as a spreadsheet would",
          "[outcomes][csv]") {
    const OutcomeAnalysis analysis({row("2025-26", "ks2-rwm-expected", "WBRI", 40, 50),
                                    row("2025-26", "ks2-rwm-expected", "MWBC", 12, 20),
                                    row("2025-26", "ks2-rwm-expected", "BCRB", 3, 8)},
                                   {}, 5);
    auto rows = CsvReader().read(OutcomeCsv::sharedExport(analysis));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 5); // header, three groups, all pupils
    const QStringList bcrb = rows->at(3).fields;
    CHECK(bcrb.at(3) == u"BCRB");
    CHECK(bcrb.at(5) == u"c");  // count
    CHECK(bcrb.at(9) == u"c");  // rate
    CHECK(bcrb.at(10) == u"c"); // gap
    CHECK_FALSE(rows->at(3).fields.join(u',').contains(QStringLiteral("37.5")));
    CHECK(rows->at(1).fields.at(5) == u"40");
    CHECK(rows->at(1).fields.at(9) == u"80.00");
    // Through the project's CSV writer: a negative gap stays a number a spreadsheet can add
    // up, not text behind an apostrophe.
    const OutcomeAnalysis open({row("2025-26", "ks2-rwm-expected", "WBRI", 40, 50),
                                row("2025-26", "ks2-rwm-expected", "MWBC", 12, 20)},
                               {}, 2);
    auto openRows = CsvReader().read(OutcomeCsv::sharedExport(open));
    REQUIRE(openRows.ok());
    // 12/20 - 40/50 = -20 points.
    CHECK(openRows->at(2).fields.at(10) == u"-20.00");
    CHECK(OutcomeCsv::sharedExport(analysis).startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("the outcomes report hides small numbers and names what it hides", "[outcomes][pdf]") {
    SchoolFixture fx;
    auto counts = OutcomeCsv::parse(demoCsv());
    REQUIRE(counts.ok());
    REQUIRE(OutcomeRepository(*fx.file).write(*counts).ok());
    auto report = OutcomesReport::build(*fx.file);
    INFO(report.errorMessage());
    REQUIRE(report.ok());
    const QString text = report->plainText();
    CHECK(text.contains(QStringLiteral("Where the focus groups stand")));
    CHECK(text.contains(QStringLiteral("Persistent absence")));
    CHECK(text.contains(QStringLiteral("Counts below 5")));
    // Gypsy/Roma has 3 pupils: none of its KS2 figures may show.
    CHECK(text.contains(QStringLiteral("Gypsy/Roma\nc\nc\nc")));
    CHECK_FALSE(OutcomesReport::build(*fx.file, QStringLiteral("2019-20")).ok());
}

TEST_CASE("the file check finds outcome figures another program wrote wrong", "[outcomes]") {
    SchoolFixture fx;
    REQUIRE(
        OutcomeRepository(*fx.file).write({row("2025-26", "ks2-rwm-expected", "BCRB", 3, 8)}).ok());
    auto clean = SchoolChecker(*fx.file).run();
    REQUIRE(clean.ok());
    CHECK(clean->ok());
    QSqlQuery query(fx.file->database());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO outcome VALUES ('2025-26', 'ks2-rwm-expected', "
                                      "'MARS', 1, 2, NULL), ('2025-26', 'gcse-em-5', 'WBRI', 9, "
                                      "4, NULL)")));
    auto found = SchoolChecker(*fx.file).run();
    REQUIRE(found.ok());
    REQUIRE(found->problems.size() == 2);
    CHECK(found->problems.join(u'\n').contains(QStringLiteral("MARS")));
    CHECK(found->problems.join(u'\n').contains(QStringLiteral("cannot be more than")));
}
