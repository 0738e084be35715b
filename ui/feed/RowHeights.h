#pragma once

#include <QtGlobal>

#include <vector>

namespace Hearth {

// The heights of a long list's rows, each either estimated or measured, with the offset of
// any row and the row at any offset in O(log n) (a Fenwick tree of the heights). Appending
// rows costs O(log n) each, so a page appended at the 100,000th row costs what one at the
// 20th does; inserting or removing rows elsewhere rebuilds the tree in O(n).
class RowHeights
{
public:
    int count() const { return int(m_heights.size()); }
    // The height of every row added up.
    qint64 total() const;
    int height(int row) const { return m_heights[size_t(row)]; }
    bool isMeasured(int row) const { return m_measured[size_t(row)]; }
    // The top of row (count() gives the total).
    qint64 offsetOf(int row) const;
    // The row whose span holds y: 0 above the first, count() - 1 below the last, -1 when empty.
    int rowAt(qint64 y) const;

    void append(int height, bool measured = false);
    void set(int row, int height, bool measured);
    // Rows inserted before row (estimated), or removed from it.
    void insert(int row, int count, int height);
    void remove(int row, int count);
    void clear();
    // Every row unmeasured again (a new width, new rules for folding).
    void forgetMeasurements();
    // Rebuilds the sums after heights were changed in place by assign().
    void assign(int row, int height) { m_heights[size_t(row)] = height; }
    void rebuild();

private:
    std::vector<int> m_heights;
    std::vector<bool> m_measured;
    std::vector<qint64> m_tree; // 1-based Fenwick tree over m_heights
};

} // namespace Hearth
