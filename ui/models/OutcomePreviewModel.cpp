#include "models/OutcomePreviewModel.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeMeasure.h"

#include <QLocale>

namespace equimark {

OutcomePreviewModel::OutcomePreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void OutcomePreviewModel::setRows(std::vector<OutcomeCount> rows, QSet<QString> replacing) {
    beginResetModel();
    m_rows = std::move(rows);
    m_replacing = std::move(replacing);
    endResetModel();
}

int OutcomePreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutcomePreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomePreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const OutcomeCount& row = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == CountColumn || index.column() == BaseColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case YearColumn:
        return row.year;
    case MeasureColumn:
        return OutcomeMeasure::find(row.measureId)->name();
    case GroupColumn:
        return EthnicGroup::find(row.groupCode)->name();
    case CountColumn:
        return QLocale().toString(row.count);
    case BaseColumn:
        return QLocale().toString(row.base);
    case ChangeColumn:
        return m_replacing.contains(row.key()) ? tr("replaces") : tr("new");
    }
    return {};
}

QVariant OutcomePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case YearColumn:
        return tr("Year");
    case MeasureColumn:
        return tr("Measure");
    case GroupColumn:
        return tr("Group");
    case CountColumn:
        return tr("Count");
    case BaseColumn:
        return tr("Base");
    case ChangeColumn:
        return tr("In the file");
    }
    return {};
}

} // namespace equimark
