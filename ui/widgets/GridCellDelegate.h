#pragma once

#include <QStyledItemDelegate>

namespace equimark {

// Paints a cell of the summary grid from SummaryGridModel's roles: the agreed rating as a
// large chip with its letter (a dashed chip while not agreed), the suggestion as a small chip,
// a "≠" marker when the two differ, the year-on-year arrow (▲ ▼ =) and a thin bar of how the
// cell's statements are judged. Nothing relies on colour alone: letters and symbols carry it,
// and the model's tooltip and accessible text say it in words.
class GridCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace equimark
