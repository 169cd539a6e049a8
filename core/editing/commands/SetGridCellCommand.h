#pragma once

#include "domain/Rating.h"
#include "editing/EditCommand.h"

#include <QString>

namespace equimark {

// Records the rating the reference group agreed for one cell of a year's summary grid, with
// the rationale. Setting Rating::None with an empty rationale clears the cell.
class SetGridCellCommand : public EditCommand {
public:
    SetGridCellCommand(SchoolDocument& document, qint64 auditId, const QString& elementId,
                       const QString& strandId, Rating agreed, const QString& rationale);

    Status apply() override;
    Status revert() override;

private:
    Status write(Rating agreed, const QString& rationale);

    qint64 m_auditId;
    QString m_elementId;
    QString m_strandId;
    Rating m_agreed;
    QString m_rationale;
    Rating m_oldAgreed = Rating::None;
    QString m_oldRationale;
    bool m_knowsOld = false;
};

} // namespace equimark
