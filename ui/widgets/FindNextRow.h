#pragma once

#include <functional>

class QAbstractItemView;

namespace equimark {

// Edit > Find in a list or table: looks at the rows after the current one, wrapping round to
// the first, and makes the first row for which `matches(row)` holds the current one (in
// `column`), so pressing Find again moves on. False when no row matches.
bool findNextRow(QAbstractItemView* view, const std::function<bool(int row)>& matches,
                 int column = 0);

} // namespace equimark
