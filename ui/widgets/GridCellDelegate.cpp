#include "widgets/GridCellDelegate.h"

#include "domain/GridRule.h"
#include "models/SummaryGridModel.h"
#include "widgets/RagStyle.h"

#include <QApplication>
#include <QPainter>

namespace equimark {

namespace {
constexpr int Margin = 6;

QString trendArrow(Trend trend) {
    switch (trend) {
    case Trend::Improved:
        return QStringLiteral("\u25B2"); // ▲
    case Trend::Declined:
        return QStringLiteral("\u25BC"); // ▼
    case Trend::Same:
        return QStringLiteral("=");
    case Trend::Unknown:
        break;
    }
    return {};
}
} // namespace

void GridCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The item background and selection from the style, so light and dark palettes both work.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto agreed = Rating(index.data(SummaryGridModel::AgreedRole).toInt());
    const auto suggested = Rating(index.data(SummaryGridModel::SuggestedRole).toInt());
    const bool differs = index.data(SummaryGridModel::DiffersRole).toBool();
    const auto trend = Trend(index.data(SummaryGridModel::TrendRole).toInt());
    const QVariantList counts = index.data(SummaryGridModel::CountsRole).toList();

    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& palette = opt.palette;
    const QColor textColour =
        palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                      selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    const int barHeight = 5;
    const int chipHeight = qMin(area.height() - barHeight - 4, 30);
    const QRect chip(area.left(), area.top(), qMin(38, area.width() / 2), chipHeight);
    RagStyle::paintChip(painter, chip, agreed, palette);

    // The suggestion: a small chip after the big one, with the differ marker beside it.
    QFont smallFont = opt.font;
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    painter->setFont(smallFont);
    const QFontMetrics smallMetrics(smallFont);
    const int smallChipSize = qMax(smallMetrics.height() + 2, 16);
    int x = chip.right() + 8;
    const QRect smallChip(x, chip.top(), smallChipSize + 2, smallChipSize);
    // No suggestion yet: nothing is drawn (the tooltip says so) rather than a second dash.
    if (suggested != Rating::None && x + smallChip.width() <= area.right()) {
        RagStyle::paintChip(painter, smallChip, suggested, palette);
        x = smallChip.right() + 4;
    }
    if (differs) {
        QFont marker = opt.font;
        marker.setBold(true);
        painter->setFont(marker);
        painter->setPen(textColour);
        const QRect markerRect(x, smallChip.top(), area.right() - x, smallChip.height());
        painter->drawText(markerRect, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("\u2260"));
    }

    // The trend arrow under the suggestion.
    if (const QString arrow = trendArrow(trend); !arrow.isEmpty()) {
        QFont font = opt.font;
        font.setBold(trend != Trend::Same);
        painter->setFont(font);
        painter->setPen(textColour);
        const QRect arrowRect(chip.right() + 8, smallChip.bottom() + 1,
                              qMax(0, area.right() - chip.right() - 8),
                              qMax(0, chip.bottom() - smallChip.bottom()));
        painter->drawText(arrowRect, Qt::AlignLeft | Qt::AlignVCenter, arrow);
    }

    if (counts.size() == 4) {
        const QRect bar(area.left(), area.bottom() - barHeight + 1, area.width(), barHeight);
        RagStyle::paintStackedBar(painter, bar, counts[0].toInt(), counts[1].toInt(),
                                  counts[2].toInt(), counts[3].toInt(), palette);
    }
    painter->restore();

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        focus.state |= QStyle::State_KeyboardFocusChange;
        focus.backgroundColor = palette.color(selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize GridCellDelegate::sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return QSize(qMax(96, metrics.horizontalAdvance(QStringLiteral("MMMMMMM"))),
                 qMax(52, metrics.height() * 3 + 4));
}

} // namespace equimark
