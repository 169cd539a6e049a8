#include "analysis/Suppression.h"

namespace equimark {

namespace {

// Every number the table shows (counts, row and column totals, the grand total) and the sums
// that tie them: each row's counts add up to its total, each column's to its, and the row
// totals, like the column totals, to the grand total.
struct Entry {
    long long value = 0;
    bool hidden = false;
};

struct Line {
    std::vector<std::size_t> members;
    std::size_t total;
};

} // namespace

Suppression::Result Suppression::apply(const Counts& counts) const {
    const std::size_t rows = counts.size();
    const std::size_t columns = rows ? counts.front().size() : 0;
    // Entries: the counts row by row, then the row totals, the column totals, the grand total.
    std::vector<Entry> entries(rows * columns + rows + columns + 1);
    auto cell = [columns](std::size_t r, std::size_t c) { return r * columns + c; };
    const std::size_t rowTotals = rows * columns;
    const std::size_t columnTotals = rowTotals + rows;
    const std::size_t grand = columnTotals + columns;
    std::vector<Line> lines;
    for (std::size_t r = 0; r < rows; ++r) {
        Line line{{}, rowTotals + r};
        for (std::size_t c = 0; c < columns; ++c) {
            entries[cell(r, c)].value = counts[r][c];
            entries[rowTotals + r].value += counts[r][c];
            entries[columnTotals + c].value += counts[r][c];
            entries[grand].value += counts[r][c];
            line.members.push_back(cell(r, c));
        }
        lines.push_back(line);
    }
    for (std::size_t c = 0; c < columns; ++c) {
        Line line{{}, columnTotals + c};
        for (std::size_t r = 0; r < rows; ++r)
            line.members.push_back(cell(r, c));
        lines.push_back(line);
    }
    Line byRow{{}, grand};
    for (std::size_t r = 0; r < rows; ++r)
        byRow.members.push_back(rowTotals + r);
    lines.push_back(byRow);
    Line byColumn{{}, grand};
    for (std::size_t c = 0; c < columns; ++c)
        byColumn.members.push_back(columnTotals + c);
    lines.push_back(byColumn);

    Result result;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        entries[i].hidden = small(entries[i].value);
        if (entries[i].hidden && i < rowTotals)
            ++result.primary;
    }

    // Where a line's total is shown, what it hides adds up to the total less what it shows. One
    // hidden number is then given away, and so are several whose sum is small (two zeros
    // beside a shown total are both zero): hide the line's smallest shown number, or else its
    // total, until every line is safe.
    for (bool changed = true; changed;) {
        changed = false;
        for (const Line& line : lines) {
            if (entries[line.total].hidden)
                continue;
            int hidden = 0;
            long long hiddenSum = 0;
            std::size_t smallest = entries.size();
            for (std::size_t member : line.members) {
                if (entries[member].hidden) {
                    ++hidden;
                    hiddenSum += entries[member].value;
                } else if (smallest == entries.size() ||
                           entries[member].value < entries[smallest].value) {
                    smallest = member;
                }
            }
            if (hidden == 0 || (hidden >= 2 && !small(hiddenSum)))
                continue;
            const std::size_t next = smallest < entries.size() ? smallest : line.total;
            entries[next].hidden = true;
            if (next < rowTotals)
                ++result.secondary;
            changed = true;
        }
    }

    result.cell.assign(rows, std::vector<bool>(columns, false));
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c)
            result.cell[r][c] = entries[cell(r, c)].hidden;
    for (std::size_t r = 0; r < rows; ++r)
        result.rowTotal.push_back(entries[rowTotals + r].hidden);
    for (std::size_t c = 0; c < columns; ++c)
        result.columnTotal.push_back(entries[columnTotals + c].hidden);
    result.grandTotal = entries[grand].hidden;
    return result;
}

} // namespace equimark
