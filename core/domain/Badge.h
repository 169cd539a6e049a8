#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace equimark {

// An Equality Badge: one strand accredited on a day. Awarded when an advisor verifies the
// strand's accreditation summary; how long it lasts is the framework's awardRules.
struct Badge {
    qint64 id = 0;
    QString frameworkId;
    QString strandId;
    QDate awardedOn;
    std::optional<qint64> summaryId; // the verified summary it rests on, if any
};

} // namespace equimark
