#pragma once

#include "domain/AccreditationSummary.h"
#include "editing/EditCommand.h"

namespace equimark {

// Writes a summary's content: outcomes, measurable results, the group's statement and the
// linked actions and evidence. Refused while the summary is verified.
class UpdateSummaryCommand : public EditCommand {
public:
    UpdateSummaryCommand(SchoolDocument& document, const AccreditationSummary& summary);

    Status apply() override;
    Status revert() override;

private:
    Status write(const AccreditationSummary& summary);

    AccreditationSummary m_summary;
    AccreditationSummary m_old;
    bool m_knowsOld = false;
};

} // namespace equimark
