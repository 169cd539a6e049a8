#pragma once

#include "domain/AccreditationSummary.h"
#include "domain/Badge.h"
#include "editing/EditCommand.h"

#include <QDate>
#include <optional>
#include <vector>

namespace equimark {

// One step of an accreditation summary through the advisor's hands: submitting it,
// verifying it (which awards the strand's badge), returning it to the school, or withdrawing
// a verification (which takes the badge away). Undo puts the status, the events and the
// badges back exactly as they were.
class SummaryStatusCommand : public EditCommand {
public:
    enum class Kind { Submit, Verify, Return, Withdraw };

    struct Step {
        Kind kind = Kind::Submit;
        qint64 summaryId = 0;
        QDate on;                      // submit, verify, return
        QString advisor;               // verify, return
        QString comments;              // verify, return; the reason for withdraw
        std::optional<qint64> visitId; // verify
    };

    SummaryStatusCommand(SchoolDocument& document, const Step& step);

    Status apply() override;
    Status revert() override;

    static QString kindText(Kind kind);

private:
    Status perform();

    Step m_step;
    AccreditationSummary m_before;
    std::vector<Badge> m_badgesBefore;
    bool m_knowsOld = false;
};

} // namespace equimark
