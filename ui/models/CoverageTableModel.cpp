#include "models/CoverageTableModel.h"

#include <QLocale>

namespace equimark {

namespace {

QString percent(const std::optional<double>& share) {
    return share ? QStringLiteral("%1%").arg(QLocale().toString(*share, 'f', 0))
                 : QStringLiteral("\u2013");
}

} // namespace

CoverageTableModel::CoverageTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CoverageTableModel::setCoverage(const TrainingCoverage& coverage) {
    m_coverage = coverage;
    emit dataChanged(index(0, 0), index(3, ColumnCount - 1));
}

int CoverageTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 4;
}

int CoverageTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const TrainingCoverage::Group* groups[] = {&m_coverage.staff, &m_coverage.governors,
                                               &m_coverage.leaders, &m_coverage.everyone};
    const auto& group = *groups[index.row()];
    switch (index.column()) {
    case GroupColumn: {
        const QString names[] = {tr("Staff"), tr("Governors"), tr("Leaders"), tr("Everyone")};
        return names[index.row()];
    }
    case InPostColumn:
        return group.inPost;
    case OfferedColumn:
        return group.offered;
    case OfferedShareColumn:
        return percent(group.offeredShare());
    case AttendedColumn:
        return group.attended;
    case AttendedShareColumn:
        return percent(group.attendedShare());
    }
    return {};
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case InPostColumn:
        return tr("In post");
    case OfferedColumn:
        return tr("Offered");
    case OfferedShareColumn:
        return tr("Offered %");
    case AttendedColumn:
        return tr("Attended");
    case AttendedShareColumn:
        return tr("Attended %");
    }
    return {};
}

} // namespace equimark
