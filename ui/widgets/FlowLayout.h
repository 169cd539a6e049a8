#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace equimark {

// Lays items out left to right and wraps them onto further lines when the width runs out,
// so a page's tool and filter bars fit a narrow window (a laptop at 150 % scaling) instead
// of widening it past the screen. Items keep their preferred widths; on each line, items
// that expand horizontally (a search field) share what is left. A label and its control
// go in together as one sub-layout, so they never part across lines.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    // Adds `widgets` side by side as one item that wraps as a whole.
    void addGroup(const QList<QWidget*>& widgets);

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (when `apply`) and returns the height they take.
    int arrange(const QRect& rect, bool apply) const;
    int gap(QStyle::PixelMetric metric) const;

    QList<QLayoutItem*> m_items;
};

} // namespace equimark
