#pragma once

#include <QStyledItemDelegate>

namespace equimark {

// Paints RAG data in item views through RagStyle, so a rating is never colour alone:
// - an index with RagDelegate::RatingRole (an int holding a Rating) gets a chip with its
//   letter, followed by the index's display text (the word);
// - an index with RagDelegate::CountsRole (a QVariantList {red, amber, green, unjudged})
//   gets a stacked bar with the display text ("3 of 5") beneath it;
// - DelegatesRole (a QStringList, non-empty) adds a small corner marker for delegated
//   sections, and DimmedRole (bool) fades the cell, e.g. sections that are not "mine".
// Any model can use it: set these roles and keep DisplayRole/ToolTipRole in words.
class RagDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum Role {
        RatingRole = Qt::UserRole + 100,
        CountsRole,
        DelegatesRole,
        DimmedRole,
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace equimark
