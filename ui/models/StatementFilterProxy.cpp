#include "models/StatementFilterProxy.h"

#include "domain/Rating.h"
#include "models/StatementListModel.h"

namespace equimark {

QString StatementFilterProxy::cellKey(const QString& elementId, const QString& strandId) {
    return elementId + QLatin1Char('|') + strandId;
}

void StatementFilterProxy::setElement(const QString& elementId) {
    if (m_element == elementId)
        return;
    m_element = elementId;
    invalidateRowsFilter();
}

void StatementFilterProxy::setStrand(const QString& strandId) {
    if (m_strand == strandId)
        return;
    m_strand = strandId;
    invalidateRowsFilter();
}

void StatementFilterProxy::setCells(const std::optional<QSet<QString>>& cells) {
    m_cells = cells;
    invalidateRowsFilter();
}

void StatementFilterProxy::setUnjudgedOnly(bool on) {
    if (m_unjudgedOnly == on)
        return;
    m_unjudgedOnly = on;
    invalidateRowsFilter();
}

bool StatementFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString element = index.data(StatementListModel::ElementIdRole).toString();
    const QString strand = index.data(StatementListModel::StrandIdRole).toString();
    if (!m_element.isEmpty() && element != m_element)
        return false;
    if (!m_strand.isEmpty() && strand != m_strand)
        return false;
    if (m_cells && !m_cells->contains(cellKey(element, strand)))
        return false;
    if (m_unjudgedOnly &&
        Rating(index.data(StatementListModel::RatingValueRole).toInt()) != Rating::None)
        return false;
    return true;
}

} // namespace equimark
