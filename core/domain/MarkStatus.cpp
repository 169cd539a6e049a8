#include "domain/MarkStatus.h"

#include <algorithm>

namespace equimark {

QDate MarkStatus::anniversary(const QDate& date, int years) {
    if (!date.isValid())
        return {};
    const QDate same(date.year() + years, date.month(), date.day());
    if (same.isValid())
        return same;
    // Only 29 February has no twin in a common year.
    return QDate(date.year() + years, 3, 1);
}

QDate MarkStatus::badgeValidUntil(const AwardRules& rules, const QDate& awardedOn) {
    if (!awardedOn.isValid())
        return {};
    return anniversary(awardedOn, rules.badgeValidityYears).addDays(-1);
}

bool MarkStatus::badgeIsCurrent(const AwardRules& rules, const QDate& awardedOn, const QDate& on) {
    return awardedOn.isValid() && on.isValid() && awardedOn <= on &&
           on <= badgeValidUntil(rules, awardedOn);
}

bool MarkStatus::withinWindow(const AwardRules& rules, const QDate& earliest, const QDate& latest) {
    if (!earliest.isValid() || !latest.isValid())
        return false;
    const QDate first = std::min(earliest, latest);
    const QDate last = std::max(earliest, latest);
    return last <= anniversary(first, rules.markWindowYears);
}

int MarkStatus::currentBadgeCount() const {
    return static_cast<int>(std::count_if(strands.begin(), strands.end(), [](const auto& s) {
        return s.state == StrandBadgeState::Current;
    }));
}

int MarkStatus::strandsWithBadgeEver() const {
    return static_cast<int>(std::count_if(strands.begin(), strands.end(), [](const auto& s) {
        return s.state != StrandBadgeState::None;
    }));
}

const StrandStanding* MarkStatus::strand(const QString& strandId) const {
    const auto it = std::find_if(strands.begin(), strands.end(),
                                 [&strandId](const auto& s) { return s.strandId == strandId; });
    return it == strands.end() ? nullptr : &*it;
}

MarkStatus MarkStatus::evaluate(const AwardRules& rules, const QStringList& strandIds,
                                const std::vector<Badge>& badges, const QDate& today) {
    MarkStatus status;
    status.markApplies = rules.markRequiresAllStrands;
    for (const auto& strandId : strandIds) {
        StrandStanding standing;
        standing.strandId = strandId;
        for (const auto& badge : badges) {
            if (badge.strandId != strandId || !badge.awardedOn.isValid() ||
                (today.isValid() && badge.awardedOn > today))
                continue;
            if (!standing.awardedOn.isValid() || badge.awardedOn > standing.awardedOn)
                standing.awardedOn = badge.awardedOn;
        }
        if (standing.awardedOn.isValid()) {
            standing.validUntil = badgeValidUntil(rules, standing.awardedOn);
            standing.state = badgeIsCurrent(rules, standing.awardedOn, today)
                                 ? StrandBadgeState::Current
                                 : StrandBadgeState::Expired;
        }
        status.strands.push_back(std::move(standing));
    }

    if (!status.markApplies || status.strands.empty())
        return status;
    QDate earliest;
    QDate latest;
    for (const auto& standing : status.strands) {
        if (standing.state == StrandBadgeState::None)
            return status;
        if (!earliest.isValid() || standing.awardedOn < earliest)
            earliest = standing.awardedOn;
        if (!latest.isValid() || standing.awardedOn > latest)
            latest = standing.awardedOn;
    }
    if (!withinWindow(rules, earliest, latest))
        return status;
    status.earned = true;
    status.earnedOn = latest;
    status.reaccreditationDue = anniversary(latest, rules.reaccreditationYears);
    status.current = today.isValid() && today < status.reaccreditationDue;
    return status;
}

} // namespace equimark
