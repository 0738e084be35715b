#include "RowHeights.h"

#include <algorithm>

namespace Hearth {

namespace {

constexpr size_t lowBit(size_t i)
{
    return i & (~i + 1);
}

} // namespace

qint64 RowHeights::total() const
{
    return offsetOf(count());
}

qint64 RowHeights::offsetOf(int row) const
{
    qint64 sum = 0;
    for (size_t i = size_t(std::clamp(row, 0, count())); i > 0; i -= lowBit(i))
        sum += m_tree[i];
    return sum;
}

int RowHeights::rowAt(qint64 y) const
{
    if (m_heights.empty())
        return -1;
    if (y < 0)
        return 0;
    // The largest prefix whose sum is at most y: that many rows end at or above y.
    size_t position = 0;
    size_t step = 1;
    while (step * 2 <= m_heights.size())
        step *= 2;
    for (; step > 0; step /= 2) {
        const size_t next = position + step;
        if (next <= m_heights.size() && m_tree[next] <= y) {
            position = next;
            y -= m_tree[next];
        }
    }
    return std::min(int(position), count() - 1);
}

void RowHeights::append(int height, bool measured)
{
    m_heights.push_back(height);
    m_measured.push_back(measured);
    if (m_tree.empty())
        m_tree.push_back(0);
    // The new node covers (i - lowBit(i), i]: its own height and the nodes that cover the
    // rest of that span.
    const size_t i = m_heights.size();
    qint64 sum = height;
    for (size_t j = i - 1; j > i - lowBit(i); j -= lowBit(j))
        sum += m_tree[j];
    m_tree.push_back(sum);
}

void RowHeights::set(int row, int height, bool measured)
{
    const qint64 delta = qint64(height) - m_heights[size_t(row)];
    m_heights[size_t(row)] = height;
    m_measured[size_t(row)] = measured;
    if (delta == 0)
        return;
    for (size_t i = size_t(row) + 1; i < m_tree.size(); i += lowBit(i))
        m_tree[i] += delta;
}

void RowHeights::insert(int row, int count, int height)
{
    if (row == this->count()) {
        for (int i = 0; i < count; ++i)
            append(height);
        return;
    }
    m_heights.insert(m_heights.begin() + row, size_t(count), height);
    m_measured.insert(m_measured.begin() + row, size_t(count), false);
    rebuild();
}

void RowHeights::remove(int row, int count)
{
    m_heights.erase(m_heights.begin() + row, m_heights.begin() + row + count);
    m_measured.erase(m_measured.begin() + row, m_measured.begin() + row + count);
    rebuild();
}

void RowHeights::clear()
{
    m_heights.clear();
    m_measured.clear();
    m_tree.clear();
}

void RowHeights::forgetMeasurements()
{
    std::fill(m_measured.begin(), m_measured.end(), false);
}

void RowHeights::rebuild()
{
    // Each node adds itself to its parent: O(n).
    m_tree.assign(m_heights.size() + 1, 0);
    for (size_t i = 1; i < m_tree.size(); ++i) {
        m_tree[i] += m_heights[i - 1];
        if (const size_t parent = i + lowBit(i); parent < m_tree.size())
            m_tree[parent] += m_tree[i];
    }
}

} // namespace Hearth
