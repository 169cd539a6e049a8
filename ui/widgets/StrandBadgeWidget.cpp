#include "widgets/StrandBadgeWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace equimark {

namespace {

constexpr int BadgeSize = 56;
constexpr int TextLines = 4;

// A shield: flat top, sides curving to a point.
QPainterPath shield(const QRectF& r) {
    QPainterPath path;
    path.moveTo(r.left(), r.top() + r.height() * 0.08);
    path.quadTo(r.center().x(), r.top() - r.height() * 0.06, r.right(),
                r.top() + r.height() * 0.08);
    path.lineTo(r.right(), r.top() + r.height() * 0.5);
    path.quadTo(r.right(), r.bottom() - r.height() * 0.15, r.center().x(), r.bottom());
    path.quadTo(r.left(), r.bottom() - r.height() * 0.15, r.left(), r.top() + r.height() * 0.5);
    path.closeSubpath();
    return path;
}

} // namespace

StrandBadgeWidget::StrandBadgeWidget(QWidget* parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void StrandBadgeWidget::setBadge(const QString& strandId, const QString& strandName, State state,
                                 const QString& stateText) {
    m_strandId = strandId;
    m_strandName = strandName;
    m_state = state;
    m_stateText = stateText;
    setAccessibleName(tr("%1 badge").arg(strandName));
    setAccessibleDescription(stateText);
    setToolTip(tr("%1: %2. Click to open its accreditation summary.").arg(strandName, stateText));
    update();
}

QSize StrandBadgeWidget::sizeHint() const {
    const int line = fontMetrics().height();
    return {160, BadgeSize + 12 + line * TextLines};
}

QSize StrandBadgeWidget::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {110, BadgeSize + 12 + line * TextLines};
}

void StrandBadgeWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF badgeRect((width() - BadgeSize * 0.85) / 2.0, 4, BadgeSize * 0.85, BadgeSize);
    const QPainterPath path = shield(badgeRect);

    QColor accent = pal.color(QPalette::Highlight);
    switch (m_state) {
    case State::Awarded:
        painter.fillPath(path, accent);
        painter.setPen(QPen(pal.color(QPalette::Text), 1.5));
        painter.drawPath(path);
        {
            // A tick: the award reads without colour.
            QPen tick(pal.color(QPalette::HighlightedText), 4, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin);
            painter.setPen(tick);
            const QPointF c = badgeRect.center();
            QPainterPath mark;
            mark.moveTo(c.x() - 11, c.y() - 1);
            mark.lineTo(c.x() - 3, c.y() + 8);
            mark.lineTo(c.x() + 12, c.y() - 10);
            painter.drawPath(mark);
        }
        break;
    case State::Expired:
    case State::InProgress: {
        QColor soft = accent;
        soft.setAlphaF(0.18F);
        painter.fillPath(path, soft);
        painter.setPen(QPen(accent, 2, Qt::DashLine));
        painter.drawPath(path);
        painter.setPen(pal.color(QPalette::Text));
        QFont big = font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.4);
        painter.setFont(big);
        painter.drawText(badgeRect, Qt::AlignCenter,
                         m_state == State::Expired ? QStringLiteral("!") : QStringLiteral("…"));
        painter.setFont(font());
        break;
    }
    case State::NotStarted:
        painter.setPen(QPen(pal.color(QPalette::Mid), 1.5, Qt::DotLine));
        painter.drawPath(path);
        break;
    }

    const int line = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    // The name may take two lines ("Gender and Gender Variance"); the state follows it.
    const QRect nameBox(2, static_cast<int>(badgeRect.bottom()) + 6, width() - 4, line * 2);
    QRect nameUsed;
    painter.drawText(nameBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_strandName,
                     &nameUsed);
    painter.setFont(font());
    QRect stateRect(2, nameUsed.bottom() + 2, width() - 4, line * 2);
    painter.drawText(stateRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_stateText);

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void StrandBadgeWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_strandId);
    QWidget::mouseReleaseEvent(event);
}

void StrandBadgeWidget::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter) {
        emit activated(m_strandId);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace equimark
