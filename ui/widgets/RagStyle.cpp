#include "widgets/RagStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace equimark {

namespace {
bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

QColor RagStyle::fill(Rating rating, const QPalette& palette) {
    const bool dark = isDark(palette);
    switch (rating) {
    case Rating::Red:
        return dark ? QColor(0xe5, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28);
    case Rating::Amber:
        return dark ? QColor(0xff, 0xc1, 0x07) : QColor(0xf5, 0xa6, 0x23);
    case Rating::Green:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Rating::None:
        break;
    }
    return palette.color(QPalette::Mid);
}

QColor RagStyle::text(Rating rating, const QPalette& palette) {
    // Chosen for contrast against fill(): white on the dark fills, near-black on the light.
    const bool dark = isDark(palette);
    switch (rating) {
    case Rating::Red:
    case Rating::Green:
        return dark ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
    case Rating::Amber:
        return QColor(0x1a, 0x1a, 0x1a);
    case Rating::None:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void RagStyle::paintChip(QPainter* painter, const QRect& rect, Rating rating,
                         const QPalette& palette, const QString& label) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const qreal radius = qMin(rect.height(), rect.width()) / 4.0;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    if (rating == Rating::None) {
        painter->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill(rating, palette));
    }
    painter->drawPath(path);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(text(rating, palette));
    painter->drawText(rect, Qt::AlignCenter, label.isEmpty() ? ratingLetter(rating) : label);
    painter->restore();
}

void RagStyle::paintStackedBar(QPainter* painter, const QRect& rect, int red, int amber, int green,
                               int unjudged, const QPalette& palette) {
    const int total = red + amber + green + unjudged;
    if (total <= 0 || rect.width() <= 0)
        return;
    painter->save();
    int x = rect.left();
    const struct {
        int count;
        Rating rating;
    } parts[] = {{green, Rating::Green},
                 {amber, Rating::Amber},
                 {red, Rating::Red},
                 {unjudged, Rating::None}};
    int used = 0;
    int accumulated = 0;
    for (const auto& part : parts) {
        if (part.count == 0)
            continue;
        accumulated += part.count;
        // Widths from running totals, so rounding never leaves a gap at the end.
        const int end = rect.width() * accumulated / total;
        const QRect piece(x, rect.top(), end - used, rect.height());
        if (part.rating == Rating::None)
            painter->fillRect(piece, palette.color(QPalette::Midlight));
        else
            painter->fillRect(piece, fill(part.rating, palette));
        x += end - used;
        used = end;
    }
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawRect(rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace equimark
