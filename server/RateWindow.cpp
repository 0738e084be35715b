#include "RateWindow.h"

#include "RateEvents.h"

#include <algorithm>

namespace Hearth {

RateWindow::RateWindow(RateEvents &events, QString bucket, int limit, int windowSeconds)
    : m_events(&events)
    , m_bucket(std::move(bucket))
    , m_limit(limit)
    , m_windowMs(qint64(windowSeconds) * 1000)
{ }

int RateWindow::retryAfter(const QString &key, qint64 nowMs)
{
    const QList<qint64> inWindow = m_events->since(m_bucket, key, nowMs - m_windowMs);
    if (inWindow.size() < m_limit)
        return 0;
    // The oldest event in the window must age out before another is allowed.
    const qint64 oldest = inWindow.first();
    return int(std::max<qint64>(1, (oldest + m_windowMs - nowMs + 999) / 1000));
}

void RateWindow::record(const QString &key, qint64 nowMs)
{
    m_events->add(m_bucket, key, nowMs);
    if (++m_recordsSincePrune >= 1000) {
        m_recordsSincePrune = 0;
        m_events->prune(m_bucket, nowMs - m_windowMs);
    }
}

void RateWindow::forget(const QString &key, qint64 atMs)
{
    m_events->remove(m_bucket, key, atMs);
}

} // namespace Hearth
