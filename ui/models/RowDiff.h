#pragma once

#include <QAbstractTableModel>
#include <algorithm>
#include <functional>
#include <vector>

namespace equimark {

// A table model whose rows are refreshed by applyRowDiff(): it offers the begin/end pairs
// the diff needs around each change of its row storage.
class RowDiffModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void diffChanged(int row, int columnCount) {
        emit dataChanged(index(row, 0), index(row, columnCount - 1));
    }
    void diffInsert(int row, const std::function<void()>& change) {
        beginInsertRows({}, row, row);
        change();
        endInsertRows();
    }
    void diffRemove(int row, const std::function<void()>& change) {
        beginRemoveRows({}, row, row);
        change();
        endRemoveRows();
    }
    void diffReset(const std::function<void()>& change) {
        beginResetModel();
        change();
        endResetModel();
    }
};

// Brings a model's rows (records with an `id`) from `rows` to `fresh` with the precise
// signals views need: one insertion or one removal when that is all that happened,
// dataChanged for rows whose values moved, a reset only when the order changed wholesale.
template <typename Row, typename Same>
void applyRowDiff(RowDiffModel& model, std::vector<Row>& rows, std::vector<Row> fresh, Same same,
                  int columnCount) {
    const auto ids = [](const std::vector<Row>& list) {
        std::vector<qint64> result;
        result.reserve(list.size());
        for (const auto& row : list)
            result.push_back(row.id);
        return result;
    };
    const std::vector<qint64> before = ids(rows);
    const std::vector<qint64> after = ids(fresh);
    if (before == after) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const bool changed = !same(rows[i], fresh[i]);
            rows[i] = std::move(fresh[i]);
            if (changed)
                model.diffChanged(static_cast<int>(i), columnCount);
        }
        return;
    }
    if (after.size() == before.size() + 1) {
        std::size_t at = 0;
        while (at < before.size() && before[at] == after[at])
            ++at;
        if (std::equal(before.begin() + static_cast<std::ptrdiff_t>(at), before.end(),
                       after.begin() + static_cast<std::ptrdiff_t>(at) + 1)) {
            model.diffInsert(static_cast<int>(at), [&] {
                rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(at), std::move(fresh[at]));
            });
            return;
        }
    }
    if (before.size() == after.size() + 1) {
        std::size_t at = 0;
        while (at < after.size() && before[at] == after[at])
            ++at;
        if (std::equal(after.begin() + static_cast<std::ptrdiff_t>(at), after.end(),
                       before.begin() + static_cast<std::ptrdiff_t>(at) + 1)) {
            model.diffRemove(static_cast<int>(at),
                             [&] { rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(at)); });
            return;
        }
    }
    model.diffReset([&] { rows = std::move(fresh); });
}

} // namespace equimark
