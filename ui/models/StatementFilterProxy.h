#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace equimark {

// Narrows a StatementListModel: to one element and/or strand (a grid cell, row or column),
// to a set of cells (a delegate's sections, as "element|strand" keys) and/or to the
// statements not yet judged.
class StatementFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    static QString cellKey(const QString& elementId, const QString& strandId);

    void setElement(const QString& elementId);
    void setStrand(const QString& strandId);
    // nullopt: every cell; otherwise only statements of these cells.
    void setCells(const std::optional<QSet<QString>>& cells);
    void setUnjudgedOnly(bool on);

    QString element() const { return m_element; }
    QString strand() const { return m_strand; }
    bool unjudgedOnly() const { return m_unjudgedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_element;
    QString m_strand;
    std::optional<QSet<QString>> m_cells;
    bool m_unjudgedOnly = false;
};

} // namespace equimark
