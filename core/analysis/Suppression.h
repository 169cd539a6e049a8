#pragma once

#include <vector>

namespace equimark {

// Hides small numbers in a table of counts before it is shared (a PDF, a CSV, a summary on
// screen): groups by rows, measures or years by columns, each row and column with its total,
// and a grand total. Primary: every number below the threshold (5 unless the school file sets
// another), totals included. Secondary: wherever a line (a row, a column, or the row or column
// totals against the grand total) shows its total and hides one number, or several whose sum
// is small, its smallest shown number is hidden too (or else its total), again until nothing
// changes, so that no hidden number can be worked out by subtracting from a total.
class Suppression {
public:
    using Counts = std::vector<std::vector<long long>>; // [row][column], every row as long

    struct Result {
        std::vector<std::vector<bool>> cell; // [row][column]: hidden
        std::vector<bool> rowTotal;
        std::vector<bool> columnTotal;
        bool grandTotal = false;
        int primary = 0;   // counts hidden for being small
        int secondary = 0; // counts hidden so that those cannot be worked out

        bool hidden(int row, int column) const {
            return cell[std::size_t(row)][std::size_t(column)];
        }
    };

    static constexpr int DefaultThreshold = 5;

    explicit Suppression(int threshold = DefaultThreshold)
        : m_threshold(threshold) {}

    int threshold() const { return m_threshold; }
    bool small(long long count) const { return count < m_threshold; }
    Result apply(const Counts& counts) const;

private:
    int m_threshold;
};

} // namespace equimark
