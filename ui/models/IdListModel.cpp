#include "models/IdListModel.h"

#include "models/PlainToolTip.h"

namespace equimark {

IdListModel::IdListModel(bool checkable, QObject* parent)
    : QAbstractListModel(parent)
    , m_checkable(checkable) {}

void IdListModel::setItems(std::vector<Item> items) {
    std::vector<qint64> before, after;
    for (const auto& item : m_items)
        before.push_back(item.id);
    for (const auto& item : items)
        after.push_back(item.id);
    if (before != after) {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (m_items[i] == items[i])
            continue;
        m_items[i] = std::move(items[i]);
        emit dataChanged(index(int(i)), index(int(i)));
    }
}

int IdListModel::rowOf(qint64 id) const {
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

QList<qint64> IdListModel::checkedIds() const {
    QList<qint64> ids;
    for (const auto& item : m_items) {
        if (item.checked)
            ids << item.id;
    }
    return ids;
}

int IdListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant IdListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const Item& item = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item.text;
    case Qt::ToolTipRole:
        return plainToolTip(item.toolTip.isEmpty() ? item.text : item.toolTip);
    case Qt::CheckStateRole:
        return m_checkable ? QVariant(item.checked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

Qt::ItemFlags IdListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (m_checkable && index.isValid())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool IdListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_checkable || role != Qt::CheckStateRole || !index.isValid())
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    emit toggled(m_items[std::size_t(index.row())].id, checked);
    return true;
}

} // namespace equimark
