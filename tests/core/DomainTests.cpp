#include "CatchCompat.h"
#include "domain/AcademicYear.h"
#include "domain/Rating.h"
#include "domain/School.h"

using namespace equimark;

TEST_CASE("academic years are read in both spellings and checked", "[domain]") {
    CHECK(AcademicYear::parse(QStringLiteral("2026-27"))->startYear() == 2026);
    CHECK(AcademicYear::parse(QStringLiteral("2026/27"))->startYear() == 2026);
    CHECK(AcademicYear::parse(QStringLiteral(" 2026-2027 "))->startYear() == 2026);
    CHECK(AcademicYear::parse(QStringLiteral("2099-00"))->startYear() == 2099);
    CHECK_FALSE(AcademicYear::parse(QStringLiteral("2026-28")).has_value());
    CHECK_FALSE(AcademicYear::parse(QStringLiteral("26-27")).has_value());
    CHECK_FALSE(AcademicYear::parse(QStringLiteral("2026")).has_value());
    CHECK_FALSE(AcademicYear::parse(QStringLiteral("next year")).has_value());
    CHECK(AcademicYear(2026).toString() == u"2026-27");
    CHECK(AcademicYear(2009).toString() == u"2009-10");
}

TEST_CASE("the academic year runs from September to August", "[domain]") {
    CHECK(AcademicYear::containing(QDate(2026, 9, 1)).toString() == u"2026-27");
    CHECK(AcademicYear::containing(QDate(2026, 8, 31)).toString() == u"2025-26");
    CHECK(AcademicYear(2026).firstDay() == QDate(2026, 9, 1));
    CHECK(AcademicYear(2026).lastDay() == QDate(2027, 8, 31));
    CHECK(AcademicYear(2026).next() > AcademicYear(2026));
}

TEST_CASE("ratings have stable ids and are never colour alone", "[domain]") {
    for (auto rating : {Rating::None, Rating::Red, Rating::Amber, Rating::Green}) {
        CHECK(ratingFromId(ratingId(rating)) == rating);
        CHECK_FALSE(ratingLetter(rating).isEmpty());
        CHECK_FALSE(ratingLabel(rating).isEmpty());
    }
    CHECK(ratingFromId(QStringLiteral("GREEN")) == Rating::Green);
    CHECK_FALSE(ratingFromId(QStringLiteral("purple")).has_value());
    CHECK(ratingLetter(Rating::Amber) == u"A");
}

TEST_CASE("support packages are priced by phase as the programme lists them", "[domain]") {
    CHECK(supportLevelPricePounds(SupportLevel::Bronze, Phase::Primary) == 399);
    CHECK(supportLevelPricePounds(SupportLevel::Bronze, Phase::Secondary) == 599);
    CHECK(supportLevelPricePounds(SupportLevel::Gold, Phase::Special) == 849);
    CHECK(supportLevelPricePounds(SupportLevel::Gold, Phase::Secondary) == 1049);
    CHECK(supportLevelIncludes(SupportLevel::Silver).size() == 5);
    for (const auto& id : phaseIds())
        CHECK(phaseId(*phaseFromId(id)) == id);
}
