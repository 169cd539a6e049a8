#pragma once

#include "domain/Rating.h"

#include <QColor>
#include <QPalette>
#include <QRect>

class QPainter;

namespace equimark {

// How a RAG rating looks everywhere in the app: a coloured chip that always carries its
// letter (R, A, G, or a dash), so it reads in greyscale and for colour-blind users, in light
// and dark palettes alike.
class RagStyle {
public:
    static QColor fill(Rating rating, const QPalette& palette);
    static QColor text(Rating rating, const QPalette& palette);
    // A rounded chip with the letter centred; `label` replaces the letter when given.
    static void paintChip(QPainter* painter, const QRect& rect, Rating rating,
                          const QPalette& palette, const QString& label = {});
    // A horizontal bar split by counts (greens, ambers, reds, not yet judged).
    static void paintStackedBar(QPainter* painter, const QRect& rect, int red, int amber, int green,
                                int unjudged, const QPalette& palette);
    // Words for screen readers and tooltips: "Amber", "Not yet judged".
    static QString accessibleText(Rating rating) { return ratingLabel(rating); }
};

} // namespace equimark
