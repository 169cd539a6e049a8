#include "widgets/FlowLayout.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

namespace equimark {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent) {
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addGroup(const QList<QWidget*>& widgets) {
    auto* group = new QHBoxLayout;
    group->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        group->addWidget(widget);
    addChildLayout(group);
    addItem(group);
}

void FlowLayout::addItem(QLayoutItem* item) {
    m_items.append(item);
    invalidate();
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const {
    // Narrow enough for the widest single item: everything else can wrap.
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const {
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width +=
            item->sizeHint().width() + (width > 0 ? gap(QStyle::PM_LayoutHorizontalSpacing) : 0);
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::gap(QStyle::PixelMetric metric) const {
    if (spacing() >= 0)
        return spacing();
    const QWidget* parent = parentWidget();
    const int styled = parent ? parent->style()->pixelMetric(metric, nullptr, parent) : -1;
    return styled >= 0 ? styled : 6;
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int across = gap(QStyle::PM_LayoutHorizontalSpacing);
    const int down = gap(QStyle::PM_LayoutVerticalSpacing);

    // Split the visible items into lines that fit the width (at least one item a line).
    QList<QList<QLayoutItem*>> lines(1);
    int used = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = item->sizeHint().width();
        if (!lines.last().isEmpty() && used + across + width > area.width()) {
            lines.append(QList<QLayoutItem*>());
            used = 0;
        }
        used += (lines.last().isEmpty() ? 0 : across) + width;
        lines.last().append(item);
    }

    if (lines.first().isEmpty())
        return contentsMargins().top() + contentsMargins().bottom();
    int y = area.top();
    for (const auto& line : lines) {
        if (line.isEmpty())
            continue;
        int natural = -across;
        int height = 0;
        int expanding = 0;
        for (const QLayoutItem* item : line) {
            natural += across + item->sizeHint().width();
            height = qMax(height, item->sizeHint().height());
            expanding += (item->expandingDirections() & Qt::Horizontal) ? 1 : 0;
        }
        const int spare = qMax(0, area.width() - natural);
        int x = area.left();
        for (QLayoutItem* item : line) {
            int width = item->sizeHint().width();
            if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal))
                width += spare / expanding;
            width = qMin(width, area.width());
            if (apply) {
                const int itemHeight = qMin(height, item->sizeHint().height());
                item->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
            }
            x += width + across;
        }
        y += height + down;
    }
    return y - down - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace equimark
