#include "RateWindow.h"

#include <algorithm>

namespace Hearth {

RateWindow::RateWindow(int limit, int windowSeconds)
    : m_limit(limit), m_windowMs(qint64(windowSeconds) * 1000)
{ }

int RateWindow::retryAfter(const QString &key, qint64 nowMs)
{
    const auto it = m_events.find(key);
    if (it == m_events.end())
        return 0;
    it->removeIf([&](qint64 at) { return at <= nowMs - m_windowMs; });
    if (it->size() < m_limit)
        return 0;
    // The oldest event in the window must age out before another is allowed.
    const qint64 oldest = *std::min_element(it->begin(), it->end());
    return int(std::max<qint64>(1, (oldest + m_windowMs - nowMs + 999) / 1000));
}

void RateWindow::record(const QString &key, qint64 nowMs)
{
    m_events[key].append(nowMs);
    if (++m_recordsSincePrune >= 1000)
        prune(nowMs);
}

void RateWindow::forget(const QString &key, qint64 atMs)
{
    const auto it = m_events.find(key);
    if (it == m_events.end())
        return;
    it->removeOne(atMs);
    if (it->isEmpty())
        m_events.erase(it);
}

void RateWindow::prune(qint64 nowMs)
{
    m_recordsSincePrune = 0;
    for (auto it = m_events.begin(); it != m_events.end();) {
        it->removeIf([&](qint64 at) { return at <= nowMs - m_windowMs; });
        it = it->isEmpty() ? m_events.erase(it) : std::next(it);
    }
}

} // namespace Hearth
