#include "CatchCompat.h"
#include "analysis/GroupRate.h"
#include "analysis/RiskRatio.h"
#include "analysis/Target.h"
#include "analysis/Trend.h"

#include <cmath>

using namespace equimark;

namespace {
bool near(double a, double b, double within = 1e-4) {
    return std::abs(a - b) <= within;
}
} // namespace

// Worked by hand: 12 of a group's 200 pupils suspended against 30 of the other 2,800.
// RR = (12/200) / (30/2800) = 0.06 / 0.0107143 = 5.6;
// SE(ln RR) = sqrt(1/12 - 1/200 + 1/30 - 1/2800) = sqrt(0.111310) = 0.33363;
// 95 % CI = exp(ln 5.6 -+ 1.96 x 0.33363) = exp(1.72277 -+ 0.65391) = 2.912 to 10.769.
TEST_CASE("a risk ratio and its 95% interval match the log method worked by hand", "[analysis]") {
    const auto comparison =
        GroupComparison::against(GroupRate{12, 200}, GroupRate{42, 3000}); // school total
    CHECK(comparison.others.events == 30);
    CHECK(comparison.others.base == 2800);
    const auto rr = RiskRatio::of(comparison);
    REQUIRE(rr.has_value());
    CHECK(near(rr->ratio, 5.6));
    CHECK(near(rr->lower, 2.9121));
    CHECK(near(rr->upper, 10.7690));
    CHECK_FALSE(rr->corrected);
    CHECK(rr->significant());
}

// Attendance in sessions: the group missed 800 of 10,000 possible sessions (8.0 %), the
// school 6,200 of 100,000, so all other pupils 5,400 of 90,000 (6.0 %): a gap of +2.0
// points, 1.33 times as likely to be absent (interval 1.242 to 1.432).
TEST_CASE("rates, the gap to all other pupils and to national are worked out from counts",
          "[analysis]") {
    const auto comparison = GroupComparison::against({800, 10000}, {6200, 100000});
    CHECK(near(*comparison.group.rate(), 0.08));
    CHECK(near(*comparison.others.rate(), 0.06));
    CHECK(near(*comparison.gapToOthers(), 0.02));
    CHECK(near(*comparison.gapTo(0.064), 0.016)); // against a national 6.4 %
    const auto rr = RiskRatio::of(comparison);
    REQUIRE(rr.has_value());
    CHECK(near(rr->ratio, 1.3333));
    CHECK(near(rr->lower, 1.2416));
    CHECK(near(rr->upper, 1.4319));
}

TEST_CASE("a count of zero is corrected by a half, and nonsense gives no figure", "[analysis]") {
    // 0 of 40 against 20 of 1,000: with 0.5 added to each cell, (0.5/41) / (20.5/1001).
    const auto rr = RiskRatio::of(GroupComparison{{0, 40}, {20, 1000}});
    REQUIRE(rr.has_value());
    CHECK(rr->corrected);
    CHECK(near(rr->ratio, 0.59548));
    CHECK(near(rr->lower, 0.03665));
    CHECK(near(rr->upper, 9.6753, 1e-3));
    CHECK_FALSE(rr->significant()); // one small group tells little

    CHECK_FALSE(RiskRatio::of(GroupComparison{{0, 40}, {0, 1000}}).has_value());
    CHECK_FALSE(RiskRatio::of(GroupComparison{{5, 0}, {20, 1000}}).has_value());
    CHECK_FALSE(RiskRatio::of(GroupComparison{{50, 40}, {20, 1000}}).has_value());
    CHECK_FALSE(GroupRate{3, 0}.rate().has_value());
    CHECK_FALSE(GroupRate{-1, 10}.rate().has_value());
    CHECK_FALSE(GroupComparison::against({10, 100}, {10, 100}).gapToOthers().has_value());
}

TEST_CASE("a trend is the least-squares slope through the years", "[analysis]") {
    // 10 %, 9 %, 7 % absence over three years: slope (-1.5 points a year) by hand,
    // sum((x - 1)(y - 0.0867)) / sum((x - 1)^2) = (-0.0133 - 0.0167) / 2 = -0.015.
    const auto slope = Trend::slopePerYear({{2023, 0.10}, {2024, 0.09}, {2025, 0.07}});
    REQUIRE(slope.has_value());
    CHECK(near(*slope, -0.015, 1e-9));
    CHECK_FALSE(Trend::slopePerYear({{2025, 0.07}}).has_value());
    CHECK_FALSE(Trend::slopePerYear({{2025, 0.07}, {2025, 0.08}}).has_value());
}

TEST_CASE("a target in line with all other groups is met, on track or off track", "[analysis]") {
    Target absence; // less is better: a positive gap is a shortfall
    absence.higherIsBetter = false;
    absence.tolerance = 0.005;
    CHECK(absence.status({0.03, 0.004}) == Target::Status::Met);
    CHECK(absence.status({0.03, -0.02}) == Target::Status::Met); // better than the others
    CHECK(absence.status({0.03, 0.02}) == Target::Status::OnTrack);
    CHECK(absence.status({0.02, 0.03}) == Target::Status::OffTrack);
    CHECK(absence.status({0.02}) == Target::Status::OffTrack);
    CHECK(absence.status({std::nullopt, 0.02}) == Target::Status::OffTrack);
    CHECK(absence.status({0.02, std::nullopt}) == Target::Status::NoData);
    CHECK(absence.status({}) == Target::Status::NoData);

    Target attainment; // more is better: a negative gap is a shortfall
    attainment.tolerance = 0.01;
    CHECK(attainment.status({-0.12, -0.05}) == Target::Status::OnTrack);
    CHECK(attainment.status({-0.05, -0.008}) == Target::Status::Met);
    CHECK(attainment.status({-0.05, 0.04}) == Target::Status::Met);
    CHECK(near(attainment.shortfall(-0.05), 0.05));
    CHECK(attainment.shortfall(0.05) == 0.0);
}
