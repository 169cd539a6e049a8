#include "widgets/RagDelegate.h"

#include "domain/Rating.h"
#include "widgets/RagStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace equimark {

namespace {
constexpr int margin = 4;

int chipSize(const QStyleOptionViewItem& option) {
    return option.fontMetrics.height() + 2;
}
} // namespace

void RagDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const {
    const QVariant rating = index.data(RatingRole);
    const QVariant counts = index.data(CountsRole);
    if (!rating.isValid() && !counts.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The background, selection and focus come from the style; the text is drawn here.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor textColour =
        palette.color(option.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled,
                      selected ? QPalette::HighlightedText : QPalette::Text);
    if (index.data(DimmedRole).toBool())
        painter->setOpacity(0.35);
    const QRect area = option.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    const QString text = index.data(Qt::DisplayRole).toString();

    if (rating.isValid()) {
        const int size = chipSize(option);
        const QRect chip(area.left(), area.center().y() - size / 2 + 1, size + 4, size);
        RagStyle::paintChip(painter, chip, static_cast<Rating>(rating.toInt()), palette);
        const QRect textRect = area.adjusted(chip.width() + margin, 0, 0, 0);
        painter->setPen(textColour);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    } else {
        const QVariantList parts = counts.toList();
        const int red = parts.value(0).toInt();
        const int amber = parts.value(1).toInt();
        const int green = parts.value(2).toInt();
        const int unjudged = parts.value(3).toInt();
        const int lineHeight = option.fontMetrics.height();
        painter->setPen(textColour);
        if (area.height() >= 2 * lineHeight + 8) {
            // Tall enough: the bar above, the count beneath it.
            const int barHeight = qMax(6, area.height() - lineHeight - 6);
            const QRect bar(area.left(), area.top() + 2, area.width(), barHeight);
            RagStyle::paintStackedBar(painter, bar, red, amber, green, unjudged, palette);
            const QRect textRect(area.left(), bar.bottom() + 2, area.width(),
                                 area.bottom() - bar.bottom() - 2);
            painter->drawText(
                textRect, Qt::AlignCenter,
                option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        } else {
            // A short row: the count on the right, the bar filling the rest.
            const int textWidth = option.fontMetrics.horizontalAdvance(text) + margin;
            const int barHeight = qMin(area.height() - 4, lineHeight);
            const QRect bar(area.left(), area.center().y() - barHeight / 2,
                            qMax(8, area.width() - textWidth - margin), barHeight);
            RagStyle::paintStackedBar(painter, bar, red, amber, green, unjudged, palette);
            const QRect textRect(bar.right() + margin, area.top(),
                                 area.right() - bar.right() - margin, area.height());
            painter->drawText(
                textRect, Qt::AlignVCenter | Qt::AlignRight,
                option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        }
    }

    if (!index.data(DelegatesRole).toStringList().isEmpty()) {
        // A folded corner in the highlight colour: the tooltip names who has the section.
        painter->setOpacity(1.0);
        painter->setRenderHint(QPainter::Antialiasing);
        const int corner = qMax(8, option.fontMetrics.height() / 2 + 2);
        const QPoint topRight = option.rect.topRight();
        QPainterPath path;
        path.moveTo(topRight.x() + 1 - corner, topRight.y());
        path.lineTo(topRight.x() + 1, topRight.y());
        path.lineTo(topRight.x() + 1, topRight.y() + corner);
        path.closeSubpath();
        painter->fillPath(path, palette.color(QPalette::Highlight));
        painter->setPen(palette.color(QPalette::Base));
        painter->drawLine(QPointF(topRight.x() + 1 - corner, topRight.y()),
                          QPointF(topRight.x() + 1, topRight.y() + corner));
    }
    painter->restore();
}

QSize RagDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(CountsRole).isValid()) {
        const int line = option.fontMetrics.height();
        size.setHeight(qMax(size.height(), 2 * line + 14));
        size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(
                                             index.data(Qt::DisplayRole).toString()) +
                                             4 * margin));
    } else if (index.data(RatingRole).isValid()) {
        size.setHeight(qMax(size.height(), chipSize(option) + margin));
        size.setWidth(size.width() + chipSize(option) + 4 + 2 * margin);
    }
    return size;
}

} // namespace equimark
