#pragma once

#include <QString>
#include <optional>

namespace equimark {

// One measure for one ethnic group in one academic year, as two aggregate counts: `count`
// out of `base` (sessions missed out of possible sessions; pupils at the expected standard
// out of pupils at the end of key stage 2). `pupils` is how many pupils stand behind a base
// that is not people (absence); small numbers are suppressed by it. Never a pupil's record.
struct OutcomeCount {
    QString year;      // "2025-26"
    QString measureId; // OutcomeMeasure id, "attendance"
    QString groupCode; // EthnicGroup code, "MWBC"
    qint64 count = 0;
    qint64 base = 0;
    std::optional<qint64> pupils;

    QString key() const { return year + u'/' + measureId + u'/' + groupCode; }
    friend bool operator==(const OutcomeCount&, const OutcomeCount&) = default;
};

// A national figure the user enters to compare with: a rate (0.064 for 6.4 %) or, for an
// average, points per pupil.
struct NationalFigure {
    QString year;
    QString measureId;
    double value = 0;
    friend bool operator==(const NationalFigure&, const NationalFigure&) = default;
};

} // namespace equimark
