#pragma once

#include "domain/Rating.h"

#include <QDateTime>
#include <QPair>
#include <QString>

namespace equimark {

// A cell of the equality summary grid: (element id, strand id).
using GridKey = QPair<QString, QString>;

// How the audit statements of one grid cell have been judged.
struct CellCounts {
    int red = 0;
    int amber = 0;
    int green = 0;
    int unjudged = 0;

    int judged() const { return red + amber + green; }
    int total() const { return judged() + unjudged; }
    // Counts one statement rated `rating` (None counts as unjudged).
    void add(Rating rating);

    friend bool operator==(const CellCounts&, const CellCounts&) = default;
};

// The rating the statements suggest for a cell; the rule is written out for schools in
// docs/summary-grid-rule.md. The group agrees the cell's rating itself: this is a hint.
Rating suggestedRating(const CellCounts& counts);
// One sentence saying why suggestedRating() chose what it did, for a tooltip or report.
QString suggestionReason(const CellCounts& counts);

// The rating the reference group agreed for one cell of the summary grid.
struct GridCell {
    QString elementId;
    QString strandId;
    Rating agreed = Rating::None;
    QString rationale;
    QString agreedBy;
    QDateTime agreedAt; // invalid while not agreed
};

// Year-on-year change of an agreed rating. Unknown when either year is not agreed.
enum class Trend { Unknown, Improved, Same, Declined };

Trend compareRatings(Rating previous, Rating current);
// Ids: unknown, improved, same, declined.
QString trendId(Trend trend);
QString trendLabel(Trend trend);

} // namespace equimark
