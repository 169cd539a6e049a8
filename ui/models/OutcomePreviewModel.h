#pragma once

#include "domain/OutcomeCount.h"

#include <QAbstractTableModel>
#include <QSet>
#include <vector>

namespace equimark {

// The figures an outcomes CSV would import, before anything is written: a row each, marked
// where it replaces a figure already in the file.
class OutcomePreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        YearColumn,
        MeasureColumn,
        GroupColumn,
        CountColumn,
        BaseColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit OutcomePreviewModel(QObject* parent = nullptr);

    void setRows(std::vector<OutcomeCount> rows, QSet<QString> replacing);
    const std::vector<OutcomeCount>& rows() const { return m_rows; }
    int replacing() const { return int(m_replacing.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<OutcomeCount> m_rows;
    QSet<QString> m_replacing; // keys of rows already in the file
};

} // namespace equimark
