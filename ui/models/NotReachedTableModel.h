#pragma once

#include "analysis/TrainingCoverage.h"

#include <QAbstractTableModel>
#include <vector>

namespace equimark {

// The people in post in the period who have not attended: name, body, role, and whether they
// have at least been offered a session.
class NotReachedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, BodyColumn, RoleColumn, StateColumn, ColumnCount };

    explicit NotReachedTableModel(QObject* parent = nullptr);
    void setCoverage(const TrainingCoverage& coverage);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<TrainingCoverage::NotReached> m_rows;
};

} // namespace equimark
