#include "CatchCompat.h"
#include "domain/MarkStatus.h"

using namespace equimark;

namespace {

const QStringList SixStrands{QStringLiteral("race"),
                             QStringLiteral("gender"),
                             QStringLiteral("disability"),
                             QStringLiteral("socio-economic"),
                             QStringLiteral("sexual-orientation"),
                             QStringLiteral("religion-belief")};

AwardRules threeYearRules() {
    AwardRules rules;
    rules.badgeValidityYears = 3;
    rules.markRequiresAllStrands = true;
    rules.markWindowYears = 3;
    rules.reaccreditationYears = 3;
    return rules;
}

Badge badge(const QString& strand, const QDate& on) {
    Badge b;
    b.frameworkId = QStringLiteral("lancashire-equality-mark");
    b.strandId = strand;
    b.awardedOn = on;
    return b;
}

// One badge per strand: the first dated `first`, the others spread up to `last`.
std::vector<Badge> badgesFrom(const QStringList& strands, const QDate& first, const QDate& last) {
    std::vector<Badge> badges;
    for (int i = 0; i < strands.size(); ++i) {
        const QDate on = i == 0 ? first : (i == strands.size() - 1 ? last : first.addDays(30 * i));
        badges.push_back(badge(strands.at(i), on));
    }
    return badges;
}

} // namespace

TEST_CASE("a badge is current up to the day before the anniversary of its award",
          "[accred][mark]") {
    const auto rules = threeYearRules();
    const QDate awarded(2023, 6, 1);
    CHECK(MarkStatus::badgeValidUntil(rules, awarded) == QDate(2026, 5, 31));
    CHECK(MarkStatus::badgeIsCurrent(rules, awarded, awarded));
    CHECK(MarkStatus::badgeIsCurrent(rules, awarded, QDate(2026, 5, 31)));
    CHECK_FALSE(MarkStatus::badgeIsCurrent(rules, awarded, QDate(2026, 6, 1)));
    CHECK_FALSE(MarkStatus::badgeIsCurrent(rules, awarded, QDate(2023, 5, 31)));
}

TEST_CASE("a badge awarded on 29 February runs to the end of February", "[accred][mark]") {
    const auto rules = threeYearRules();
    CHECK(MarkStatus::anniversary(QDate(2024, 2, 29), 3) == QDate(2027, 3, 1));
    CHECK(MarkStatus::badgeValidUntil(rules, QDate(2024, 2, 29)) == QDate(2027, 2, 28));
    CHECK(MarkStatus::anniversary(QDate(2024, 2, 29), 4) == QDate(2028, 2, 29));
}

TEST_CASE("six badges exactly three years apart earn the Mark", "[accred][mark]") {
    const auto rules = threeYearRules();
    const auto badges = badgesFrom(SixStrands, QDate(2023, 6, 1), QDate(2026, 6, 1));
    const auto status = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2026, 6, 2));
    CHECK(status.markApplies);
    CHECK(status.earned);
    CHECK(status.earnedOn == QDate(2026, 6, 1));
    CHECK(status.reaccreditationDue == QDate(2029, 6, 1));
    CHECK(status.current);
}

TEST_CASE("six badges three years and one day apart do not earn the Mark", "[accred][mark]") {
    const auto rules = threeYearRules();
    const auto badges = badgesFrom(SixStrands, QDate(2023, 6, 1), QDate(2026, 6, 2));
    const auto status = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2026, 6, 2));
    CHECK_FALSE(status.earned);
    CHECK_FALSE(status.earnedOn.isValid());
    CHECK_FALSE(status.reaccreditationDue.isValid());
    CHECK_FALSE(status.current);
    // The first badge has run out by then; the strand shows it.
    REQUIRE(status.strand(QStringLiteral("race")));
    CHECK(status.strand(QStringLiteral("race"))->state == StrandBadgeState::Expired);
    CHECK(status.currentBadgeCount() == 5);
    CHECK(status.strandsWithBadgeEver() == 6);
}

TEST_CASE("five badges of six strands do not earn the Mark", "[accred][mark]") {
    const auto rules = threeYearRules();
    auto badges = badgesFrom(SixStrands, QDate(2024, 1, 10), QDate(2025, 3, 1));
    badges.erase(badges.begin() + 2); // no disability badge
    const auto status = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2025, 4, 1));
    CHECK_FALSE(status.earned);
    CHECK(status.currentBadgeCount() == 5);
    REQUIRE(status.strand(QStringLiteral("disability")));
    CHECK(status.strand(QStringLiteral("disability"))->state == StrandBadgeState::None);
    CHECK_FALSE(status.strand(QStringLiteral("disability"))->awardedOn.isValid());
}

TEST_CASE("a framework with five strands is earned by five badges: the rule is data",
          "[accred][mark]") {
    const auto rules = threeYearRules();
    const QStringList fiveStrands = SixStrands.mid(0, 5);
    const auto badges = badgesFrom(fiveStrands, QDate(2024, 1, 10), QDate(2025, 3, 1));
    const auto status = MarkStatus::evaluate(rules, fiveStrands, badges, QDate(2025, 4, 1));
    CHECK(status.earned);
    CHECK(status.earnedOn == QDate(2025, 3, 1));
    CHECK(status.strands.size() == 5);
}

TEST_CASE("a longer window in the rules earns the Mark a shorter one refuses", "[accred][mark]") {
    auto rules = threeYearRules();
    const auto badges = badgesFrom(SixStrands, QDate(2020, 1, 1), QDate(2024, 1, 1));
    CHECK_FALSE(MarkStatus::evaluate(rules, SixStrands, badges, QDate(2024, 2, 1)).earned);
    rules.markWindowYears = 4;
    rules.badgeValidityYears = 5;
    rules.reaccreditationYears = 2;
    const auto status = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2024, 2, 1));
    CHECK(status.earned);
    CHECK(status.reaccreditationDue == QDate(2026, 1, 1));
}

TEST_CASE("an expired badge shows as expired, and the Mark lapses when re-accreditation is due",
          "[accred][mark]") {
    const auto rules = threeYearRules();
    const auto badges = badgesFrom(SixStrands, QDate(2022, 9, 1), QDate(2023, 7, 1));
    // The race badge (2022-09-01) ran out on 2025-08-31.
    const auto midway = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2025, 9, 1));
    CHECK(midway.strand(QStringLiteral("race"))->state == StrandBadgeState::Expired);
    CHECK(midway.strand(QStringLiteral("race"))->validUntil == QDate(2025, 8, 31));
    CHECK(midway.strand(QStringLiteral("religion-belief"))->state == StrandBadgeState::Current);
    CHECK(midway.earned);
    CHECK(midway.earnedOn == QDate(2023, 7, 1));
    CHECK(midway.current);

    const auto dayBefore = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2026, 6, 30));
    CHECK(dayBefore.current);
    const auto due = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2026, 7, 1));
    CHECK(due.earned);
    CHECK_FALSE(due.current);
    CHECK(due.currentBadgeCount() == 0);
}

TEST_CASE("a strand's newest badge is the one that counts", "[accred][mark]") {
    const auto rules = threeYearRules();
    auto badges = badgesFrom(SixStrands, QDate(2021, 1, 1), QDate(2022, 1, 1));
    // Race renewed much later: the newest set no longer fits the window.
    badges.push_back(badge(QStringLiteral("race"), QDate(2025, 6, 1)));
    const auto status = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2025, 7, 1));
    CHECK(status.strand(QStringLiteral("race"))->awardedOn == QDate(2025, 6, 1));
    CHECK(status.strand(QStringLiteral("race"))->state == StrandBadgeState::Current);
    CHECK_FALSE(status.earned);
}

TEST_CASE("badges dated after the day asked about do not count yet", "[accred][mark]") {
    const auto rules = threeYearRules();
    const auto badges = badgesFrom(SixStrands, QDate(2024, 1, 10), QDate(2025, 3, 1));
    const auto before = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2025, 2, 28));
    CHECK_FALSE(before.earned);
    CHECK(before.strand(QStringLiteral("religion-belief"))->state == StrandBadgeState::None);
    CHECK(MarkStatus::evaluate(rules, SixStrands, badges, QDate(2025, 3, 1)).earned);
}

TEST_CASE("a framework that does not require all strands awards no Mark", "[accred][mark]") {
    auto rules = threeYearRules();
    rules.markRequiresAllStrands = false;
    const auto badges = badgesFrom(SixStrands, QDate(2024, 1, 10), QDate(2025, 3, 1));
    const auto status = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2025, 4, 1));
    CHECK_FALSE(status.markApplies);
    CHECK_FALSE(status.earned);
    // The badges themselves still stand.
    CHECK(status.currentBadgeCount() == 6);
}

TEST_CASE("badges of other strands are ignored and no strands earn nothing", "[accred][mark]") {
    const auto rules = threeYearRules();
    std::vector<Badge> badges{badge(QStringLiteral("not-a-strand"), QDate(2024, 1, 1))};
    const auto none = MarkStatus::evaluate(rules, SixStrands, badges, QDate(2024, 2, 1));
    CHECK(none.strandsWithBadgeEver() == 0);
    CHECK_FALSE(none.earned);
    CHECK_FALSE(MarkStatus::evaluate(rules, {}, badges, QDate(2024, 2, 1)).earned);
}
