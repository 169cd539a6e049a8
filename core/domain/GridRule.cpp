#include "domain/GridRule.h"

#include <QCoreApplication>

namespace equimark {

namespace {
int rank(Rating rating) {
    switch (rating) {
    case Rating::Red:
        return 1;
    case Rating::Amber:
        return 2;
    case Rating::Green:
        return 3;
    case Rating::None:
        break;
    }
    return 0;
}

// The thresholds of docs/summary-grid-rule.md, in integers so no rounding decides a cell.
bool tooFewJudged(const CellCounts& c) {
    return c.judged() == 0 || c.judged() * 2 < c.total();
}
bool mostlyRed(const CellCounts& c) {
    return c.red * 3 > c.judged();
}
bool mostlyGreen(const CellCounts& c) {
    return c.red == 0 && c.green * 3 >= c.judged() * 2;
}
} // namespace

void CellCounts::add(Rating rating) {
    switch (rating) {
    case Rating::Red:
        ++red;
        return;
    case Rating::Amber:
        ++amber;
        return;
    case Rating::Green:
        ++green;
        return;
    case Rating::None:
        break;
    }
    ++unjudged;
}

Rating suggestedRating(const CellCounts& counts) {
    if (tooFewJudged(counts))
        return Rating::None;
    if (mostlyRed(counts))
        return Rating::Red;
    if (mostlyGreen(counts))
        return Rating::Green;
    return Rating::Amber;
}

QString suggestionReason(const CellCounts& counts) {
    if (counts.judged() == 0)
        return QCoreApplication::translate("GridRule",
                                           "No statement in this cell has been judged yet.");
    if (tooFewJudged(counts))
        return QCoreApplication::translate("GridRule",
                                           "Judged so far: %1 of %2 statements. A suggestion "
                                           "needs at least half of them judged.")
            .arg(counts.judged())
            .arg(counts.total());
    if (mostlyRed(counts))
        return QCoreApplication::translate("GridRule",
                                           "Red: %1 of the %2 judged statements are red, which "
                                           "is more than a third.")
            .arg(counts.red)
            .arg(counts.judged());
    if (mostlyGreen(counts)) {
        if (counts.green == counts.judged())
            return QCoreApplication::translate("GridRule",
                                               "Green: every judged statement (%1) is green.")
                .arg(counts.judged());
        return QCoreApplication::translate("GridRule",
                                           "Green: %1 of the %2 judged statements are green "
                                           "and none is red.")
            .arg(counts.green)
            .arg(counts.judged());
    }
    return QCoreApplication::translate("GridRule",
                                       "Amber: %1 red, %2 amber and %3 green. Practice is "
                                       "partly in place.")
        .arg(counts.red)
        .arg(counts.amber)
        .arg(counts.green);
}

Trend compareRatings(Rating previous, Rating current) {
    if (previous == Rating::None || current == Rating::None)
        return Trend::Unknown;
    const int change = rank(current) - rank(previous);
    if (change > 0)
        return Trend::Improved;
    if (change < 0)
        return Trend::Declined;
    return Trend::Same;
}

QString trendId(Trend trend) {
    switch (trend) {
    case Trend::Improved:
        return QStringLiteral("improved");
    case Trend::Same:
        return QStringLiteral("same");
    case Trend::Declined:
        return QStringLiteral("declined");
    case Trend::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString trendLabel(Trend trend) {
    switch (trend) {
    case Trend::Improved:
        return QCoreApplication::translate("GridRule", "Improved since last year");
    case Trend::Same:
        return QCoreApplication::translate("GridRule", "Same as last year");
    case Trend::Declined:
        return QCoreApplication::translate("GridRule", "Lower than last year");
    case Trend::Unknown:
        break;
    }
    return QCoreApplication::translate("GridRule", "No comparison with last year");
}

} // namespace equimark
