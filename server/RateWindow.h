#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Hearth {

// Counts events per key (an address, a handle and an address, ...) over a sliding window
// and says how long a key must wait once it has had its limit. Kept in memory: a restart
// forgets it, which is acceptable for a rate limit and keeps attempts out of the database.
class RateWindow
{
public:
    RateWindow(int limit, int windowSeconds);

    // Seconds until key may have another event (at least 1), or 0 when it may now.
    int retryAfter(const QString &key, qint64 nowMs);
    void record(const QString &key, qint64 nowMs);
    // Takes back one event of key recorded at atMs.
    void forget(const QString &key, qint64 atMs);

    int limit() const { return m_limit; }

private:
    // Drops what has aged out of the window, so that ever new keys cannot grow the map
    // without end.
    void prune(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    int m_recordsSincePrune = 0;
    QHash<QString, QList<qint64>> m_events;
};

} // namespace Hearth
