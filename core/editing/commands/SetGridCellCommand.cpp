#include "editing/commands/SetGridCellCommand.h"

#include "editing/SchoolDocument.h"
#include "storage/SummaryGridRepository.h"

namespace equimark {

namespace {
QString commandText(SchoolDocument& document, const QString& elementId, const QString& strandId,
                    Rating agreed) {
    const Framework& mark = document.equalityMark();
    const Element* element = mark.element(elementId);
    const Strand* strand = mark.strand(strandId);
    const QString cell = SchoolDocument::tr("%1 / %2").arg(element ? element->name : elementId,
                                                           strand ? strand->name : strandId);
    if (agreed == Rating::None)
        return SchoolDocument::tr("Change grid cell %1").arg(cell);
    return SchoolDocument::tr("Agree %1 as %2").arg(cell, ratingLabel(agreed));
}
} // namespace

SetGridCellCommand::SetGridCellCommand(SchoolDocument& document, qint64 auditId,
                                       const QString& elementId, const QString& strandId,
                                       Rating agreed, const QString& rationale)
    : EditCommand(document, commandText(document, elementId, strandId, agreed))
    , m_auditId(auditId)
    , m_elementId(elementId)
    , m_strandId(strandId)
    , m_agreed(agreed)
    , m_rationale(rationale) {}

Status SetGridCellCommand::apply() {
    if (!m_knowsOld) {
        auto old =
            SummaryGridRepository(document().file()).cell(m_auditId, m_elementId, m_strandId);
        if (!old)
            return old.error();
        m_oldAgreed = old->agreed;
        m_oldRationale = old->rationale;
        m_knowsOld = true;
    }
    return write(m_agreed, m_rationale);
}

Status SetGridCellCommand::revert() {
    return write(m_oldAgreed, m_oldRationale);
}

Status SetGridCellCommand::write(Rating agreed, const QString& rationale) {
    if (auto written = SummaryGridRepository(document().file())
                           .setCell(m_auditId, m_elementId, m_strandId, agreed, rationale);
        !written)
        return written;
    emit document().gridCellChanged(m_auditId, m_elementId, m_strandId);
    return {};
}

} // namespace equimark
