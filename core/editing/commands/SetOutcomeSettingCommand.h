#pragma once

#include "editing/EditCommand.h"

#include <QString>
#include <optional>

namespace equimark {

// Sets a national figure for a measure and year (empty: none), or the threshold below which
// counts are suppressed when shared.
class SetOutcomeSettingCommand : public EditCommand {
public:
    SetOutcomeSettingCommand(SchoolDocument& document, const QString& year,
                             const QString& measureId, std::optional<double> national);
    SetOutcomeSettingCommand(SchoolDocument& document, int threshold);

    Status apply() override;
    Status revert() override;

private:
    Status writeNational(std::optional<double> value);
    Status writeThreshold(int value);

    bool m_isThreshold;
    QString m_year;
    QString m_measureId;
    std::optional<double> m_national;
    std::optional<double> m_oldNational;
    int m_threshold = 0;
    int m_oldThreshold = 0;
    bool m_knowsOld = false;
};

} // namespace equimark
