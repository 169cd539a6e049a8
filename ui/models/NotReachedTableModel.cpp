#include "models/NotReachedTableModel.h"

namespace equimark {

NotReachedTableModel::NotReachedTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void NotReachedTableModel::setCoverage(const TrainingCoverage& coverage) {
    beginResetModel();
    m_rows = coverage.notReached;
    endResetModel();
}

int NotReachedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotReachedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotReachedTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()) ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case NameColumn:
        return row.person.name;
    case BodyColumn:
        return bodyLabel(row.person.body);
    case RoleColumn:
        return row.person.role;
    case StateColumn:
        return row.offered ? tr("Offered, not yet attended") : tr("Not yet offered");
    }
    return {};
}

QVariant NotReachedTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BodyColumn:
        return tr("Body");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("Where they are");
    }
    return {};
}

} // namespace equimark
