#include "CatchCompat.h"
#include "analysis/Suppression.h"

#include <algorithm>
#include <functional>

using namespace equimark;

namespace {

using Counts = Suppression::Counts;

// Whether the hidden count at (row, column) could, as far as anyone reading the table can
// tell, be other than it is: a search for whole numbers of 0 or more in every hidden place
// that agree with every shown count and total, with a different number there. Depth-first,
// pruned on the shown totals; the tables here are tiny.
bool couldDiffer(const Counts& counts, const Suppression::Result& hidden, std::size_t row,
                 std::size_t column) {
    const std::size_t rows = counts.size();
    const std::size_t columns = counts.front().size();
    std::vector<long long> rowSum(rows, 0);
    std::vector<long long> columnSum(columns, 0);
    long long grand = 0;
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c) {
            rowSum[r] += counts[r][c];
            columnSum[c] += counts[r][c];
            grand += counts[r][c];
        }
    // The place asked about first, then the other hidden places row by row.
    std::vector<std::pair<std::size_t, std::size_t>> unknown{{row, column}};
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c)
            if (hidden.cell[r][c] && !(r == row && c == column))
                unknown.emplace_back(r, c);
    // Partial sums of the trial table: shown counts in from the start.
    std::vector<long long> rowTrial(rows, 0);
    std::vector<long long> columnTrial(columns, 0);
    std::vector<int> rowLeft(rows, 0);
    std::vector<int> columnLeft(columns, 0);
    long long grandTrial = 0;
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c) {
            if (hidden.cell[r][c]) {
                ++rowLeft[r];
                ++columnLeft[c];
            } else {
                rowTrial[r] += counts[r][c];
                columnTrial[c] += counts[r][c];
                grandTrial += counts[r][c];
            }
        }
    const long long cap = grand + 2;
    std::function<bool(std::size_t)> search = [&](std::size_t index) -> bool {
        if (index == unknown.size())
            return hidden.grandTotal || grandTrial == grand;
        const auto [r, c] = unknown[index];
        for (long long value = 0; value <= cap; ++value) {
            if (index == 0 && value == counts[r][c])
                continue;
            rowTrial[r] += value;
            columnTrial[c] += value;
            grandTrial += value;
            --rowLeft[r];
            --columnLeft[c];
            const bool rowOk = hidden.rowTotal[r] || (rowLeft[r] > 0 ? rowTrial[r] <= rowSum[r]
                                                                     : rowTrial[r] == rowSum[r]);
            const bool columnOk =
                hidden.columnTotal[c] || (columnLeft[c] > 0 ? columnTrial[c] <= columnSum[c]
                                                            : columnTrial[c] == columnSum[c]);
            const bool grandOk = hidden.grandTotal || grandTrial <= grand;
            const bool found = rowOk && columnOk && grandOk && search(index + 1);
            rowTrial[r] -= value;
            columnTrial[c] -= value;
            grandTrial -= value;
            ++rowLeft[r];
            ++columnLeft[c];
            if (found)
                return true;
            // Past a shown total nothing larger can agree.
            if ((!hidden.rowTotal[r] && rowTrial[r] + value > rowSum[r]) ||
                (!hidden.columnTotal[c] && columnTrial[c] + value > columnSum[c]) ||
                (!hidden.grandTotal && grandTrial + value > grand))
                break;
        }
        return false;
    };
    return search(0);
}

// The promise, checked on one table: small counts and totals are hidden, and every hidden
// count could have had more than one value as far as anyone reading the table can tell.
void checkSafe(const Counts& counts, const Suppression& suppression, bool bruteForce) {
    const auto result = suppression.apply(counts);
    std::string shape;
    for (const auto& row : counts) {
        shape += '[';
        for (long long count : row)
            shape += std::to_string(count) + ' ';
        shape += ']';
    }
    INFO("table " << shape);
    const std::size_t rows = counts.size();
    const std::size_t columns = counts.front().size();
    long long grand = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        long long sum = 0;
        int hiddenInRow = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            if (suppression.small(counts[r][c]))
                REQUIRE(result.cell[r][c]);
            hiddenInRow += result.cell[r][c] ? 1 : 0;
            sum += counts[r][c];
        }
        if (suppression.small(sum))
            REQUIRE(result.rowTotal[r]);
        if (!result.rowTotal[r])
            REQUIRE(hiddenInRow != 1);
        grand += sum;
    }
    for (std::size_t c = 0; c < columns; ++c) {
        long long sum = 0;
        int hiddenInColumn = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            sum += counts[r][c];
            hiddenInColumn += result.cell[r][c] ? 1 : 0;
        }
        if (suppression.small(sum))
            REQUIRE(result.columnTotal[c]);
        if (!result.columnTotal[c])
            REQUIRE(hiddenInColumn != 1);
    }
    if (suppression.small(grand))
        REQUIRE(result.grandTotal);
    if (!bruteForce)
        return;
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c)
            if (result.cell[r][c]) {
                INFO("the hidden count at row " << r << ", column " << c << " is given away");
                REQUIRE(couldDiffer(counts, result, r, c));
            }
}

// Every table of the given shape with counts from `values`.
void everyTable(std::size_t rows, std::size_t columns, const std::vector<long long>& values,
                const std::function<void(const Counts&)>& check) {
    Counts table(rows, std::vector<long long>(columns, 0));
    const std::size_t cells = rows * columns;
    std::function<void(std::size_t)> fill = [&](std::size_t index) {
        if (index == cells) {
            check(table);
            return;
        }
        for (long long value : values) {
            table[index / columns][index % columns] = value;
            fill(index + 1);
        }
    };
    fill(0);
}

} // namespace

// Three groups over two years, threshold 5: 3 and 2 are small; each leaves its row with one
// hidden count beside a shown total, so the smallest other count of the row goes too (12 and
// 8); the columns then hide two each. Nothing else is hidden.
TEST_CASE("small counts are hidden, and the counts that would give them away too",
          "[suppression]") {
    const Counts counts{{3, 12}, {20, 25}, {8, 2}};
    const auto result = Suppression().apply(counts);
    CHECK(result.hidden(0, 0));
    CHECK(result.hidden(0, 1));
    CHECK_FALSE(result.hidden(1, 0));
    CHECK_FALSE(result.hidden(1, 1));
    CHECK(result.hidden(2, 0));
    CHECK(result.hidden(2, 1));
    CHECK(result.primary == 2);
    CHECK(result.secondary == 2);
    CHECK(std::none_of(result.rowTotal.begin(), result.rowTotal.end(), [](bool b) { return b; }));
    CHECK_FALSE(result.grandTotal);
}

TEST_CASE("a total below the threshold is hidden, and so is a line's only count's total",
          "[suppression]") {
    // One column: the rows' totals are their counts.
    const auto one = Suppression().apply({{3}, {10}, {20}});
    CHECK(one.hidden(0, 0));
    CHECK(one.hidden(1, 0)); // else 3 = column total - 10 - 20
    CHECK(one.rowTotal[0]);
    CHECK(one.rowTotal[1]);
    CHECK_FALSE(one.rowTotal[2]);
    CHECK_FALSE(one.columnTotal[0]);

    const auto tiny = Suppression().apply({{1, 1}, {30, 30}});
    CHECK(tiny.rowTotal[0]); // 2 pupils
    CHECK(tiny.hidden(1, 0));
    CHECK(tiny.hidden(1, 1));

    // The school sets its own threshold.
    const auto ten = Suppression(10).apply({{8, 40}, {40, 40}});
    CHECK(ten.hidden(0, 0));
    CHECK(ten.secondary == 3);
    CHECK(Suppression(10).threshold() == 10);
}

TEST_CASE("no hidden count of any small table can be worked out from what is shown",
          "[suppression]") {
    const Suppression suppression;
    // Every 2x2 and 1x3 table of counts 0 to 7, and every 2x3 table of counts from a spread
    // that crosses the threshold, solved by brute force.
    int tables = 0;
    everyTable(2, 2, {0, 1, 2, 3, 4, 5, 6, 7}, [&](const Counts& counts) {
        checkSafe(counts, suppression, true);
        ++tables;
    });
    everyTable(1, 3, {0, 1, 2, 3, 4, 5, 6, 7}, [&](const Counts& counts) {
        checkSafe(counts, suppression, true);
        ++tables;
    });
    everyTable(3, 1, {0, 1, 4, 5, 6, 9}, [&](const Counts& counts) {
        checkSafe(counts, suppression, true);
        ++tables;
    });
    everyTable(2, 3, {0, 3, 5, 8}, [&](const Counts& counts) {
        checkSafe(counts, suppression, true);
        ++tables;
    });
    CHECK(tables == 4096 + 512 + 216 + 4096);
}

TEST_CASE("bigger tables keep the line rule: no shown total beside a single hidden count",
          "[suppression]") {
    const Suppression suppression;
    int tables = 0;
    everyTable(3, 3, {0, 2, 5, 9}, [&](const Counts& counts) {
        checkSafe(counts, suppression, false);
        ++tables;
    });
    CHECK(tables == 262144);
}
