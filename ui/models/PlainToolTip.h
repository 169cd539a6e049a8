#pragma once

#include <QString>

namespace equimark {

// Qt shows a tooltip as rich text whenever it looks like HTML, so "<img src=...>" typed into a
// field would be loaded. User text goes into tooltips through here: escaped, line breaks kept,
// and no tooltip at all for empty text.
inline QString plainToolTip(const QString& text) {
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace equimark
