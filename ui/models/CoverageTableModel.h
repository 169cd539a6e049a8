#pragma once

#include "analysis/TrainingCoverage.h"

#include <QAbstractTableModel>

namespace equimark {

// Coverage for a period, one row per group (staff, governors, leaders, everyone): in post,
// offered and attended with their shares. The panel sets the computed coverage.
class CoverageTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        InPostColumn,
        OfferedColumn,
        OfferedShareColumn,
        AttendedColumn,
        AttendedShareColumn,
        ColumnCount
    };

    explicit CoverageTableModel(QObject* parent = nullptr);
    void setCoverage(const TrainingCoverage& coverage);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TrainingCoverage m_coverage;
};

} // namespace equimark
