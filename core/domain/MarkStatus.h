#pragma once

#include "domain/Badge.h"
#include "domain/Framework.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace equimark {

// Where one strand stands on a given day.
enum class StrandBadgeState {
    None,    // no badge awarded yet
    Current, // its most recent badge is still valid
    Expired, // it had a badge, but the most recent one has run out
};

struct StrandStanding {
    QString strandId;
    StrandBadgeState state = StrandBadgeState::None;
    QDate awardedOn;  // the strand's most recent badge; invalid when None
    QDate validUntil; // last day that badge is current; invalid when None
};

// The award rules of an equality-mark framework (Framework::awardRules) applied to a school's
// badges on a given day. Pure rule functions: no SQL, so every edge is unit-tested.
//
// Date arithmetic, decided once for all rules:
// - "N years after D" is the same day and month N years later; 29 February is followed,
//   in a year without one, by 1 March (as in English law for leap-day birthdays).
// - A badge is current from its award date up to and including the day before N years
//   after it (N = badgeValidityYears): awarded 2023-06-01 with 3 years, it is current up to
//   and including 2026-05-31 and expired on 2026-06-01.
// - Badges "within N years of each other" (N = markWindowYears): the latest is awarded on or
//   before N years after the earliest. 2023-06-01 and 2026-06-01 are within three years;
//   2023-06-01 and 2026-06-02 are not.
// - The Mark (markRequiresAllStrands true): every strand of the framework has a badge and the
//   most recent badge of each strand, taken together, fall within the window. It was earned
//   on the award date of the latest of them (the badge that completed the set), and
//   re-accreditation is due N years later (N = reaccreditationYears); the Mark is current
//   up to and including the day before that. Only the most recent badge per strand counts:
//   the Mark reported is the latest the school earned. Badge expiry does not un-earn a
//   Mark; re-accreditation does that.
// - markRequiresAllStrands false: the framework awards badges only, with no overall Mark,
//   so markApplies is false and the Mark is never earned.
// - Badges of strands not listed, and badges awarded after `today`, are ignored: the status
//   is as it stood on `today`.
struct MarkStatus {
    bool markApplies = true;
    std::vector<StrandStanding> strands; // in the order of the strand ids given
    bool earned = false;
    QDate earnedOn;           // invalid unless earned
    QDate reaccreditationDue; // invalid unless earned
    bool current = false;     // earned and re-accreditation not yet due on `today`

    int currentBadgeCount() const;
    int strandsWithBadgeEver() const;
    const StrandStanding* strand(const QString& strandId) const;

    static MarkStatus evaluate(const AwardRules& rules, const QStringList& strandIds,
                               const std::vector<Badge>& badges, const QDate& today);

    // `years` after `date`, with 29 February landing on 1 March in a common year.
    static QDate anniversary(const QDate& date, int years);
    static QDate badgeValidUntil(const AwardRules& rules, const QDate& awardedOn);
    static bool badgeIsCurrent(const AwardRules& rules, const QDate& awardedOn, const QDate& on);
    static bool withinWindow(const AwardRules& rules, const QDate& earliest, const QDate& latest);
};

} // namespace equimark
