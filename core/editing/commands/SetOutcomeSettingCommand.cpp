#include "editing/commands/SetOutcomeSettingCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/OutcomeRepository.h"

namespace equimark {

SetOutcomeSettingCommand::SetOutcomeSettingCommand(SchoolDocument& document, const QString& year,
                                                   const QString& measureId,
                                                   std::optional<double> national)
    : EditCommand(document, SchoolDocument::tr("Set the national figure"))
    , m_isThreshold(false)
    , m_year(year)
    , m_measureId(measureId)
    , m_national(national) {}

SetOutcomeSettingCommand::SetOutcomeSettingCommand(SchoolDocument& document, int threshold)
    : EditCommand(document, SchoolDocument::tr("Set the threshold for small numbers"))
    , m_isThreshold(true)
    , m_threshold(threshold) {}

Status SetOutcomeSettingCommand::apply() {
    OutcomeRepository repository(document().file());
    if (!m_knowsOld) {
        if (m_isThreshold) {
            auto old = repository.suppressionThreshold();
            if (!old)
                return old.error();
            m_oldThreshold = *old;
        } else {
            auto old = repository.nationalFigure(m_year, m_measureId);
            if (!old)
                return old.error();
            m_oldNational = *old;
        }
        m_knowsOld = true;
    }
    return m_isThreshold ? writeThreshold(m_threshold) : writeNational(m_national);
}

Status SetOutcomeSettingCommand::revert() {
    return m_isThreshold ? writeThreshold(m_oldThreshold) : writeNational(m_oldNational);
}

Status SetOutcomeSettingCommand::writeNational(std::optional<double> value) {
    if (auto written =
            OutcomeRepository(document().file()).setNationalFigure(m_year, m_measureId, value);
        !written)
        return written;
    emit document().outcomesChanged();
    return {};
}

Status SetOutcomeSettingCommand::writeThreshold(int value) {
    if (auto written = OutcomeRepository(document().file()).setSuppressionThreshold(value);
        !written)
        return written;
    emit document().outcomesChanged();
    return {};
}

} // namespace equimark
