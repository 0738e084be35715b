#pragma once

#include <QString>

namespace Hearth {

class RateEvents;

// Counts events per key (an address, a handle and an address, ...) over a sliding window
// and says how long a key must wait once it has had its limit. The events are kept in
// events (in memory, or in the database several processes share), under bucket: the name
// of this limit.
class RateWindow
{
public:
    RateWindow(RateEvents &events, QString bucket, int limit, int windowSeconds);

    // Seconds until key may have another event (at least 1), or 0 when it may now.
    int retryAfter(const QString &key, qint64 nowMs);
    void record(const QString &key, qint64 nowMs);
    // Takes back one event of key recorded at atMs.
    void forget(const QString &key, qint64 atMs);

    int limit() const { return m_limit; }

private:
    RateEvents *m_events;
    QString m_bucket;
    int m_limit;
    qint64 m_windowMs;
    // What has aged out of the window is dropped every so many records, so that ever new
    // keys cannot grow the events without end.
    int m_recordsSincePrune = 0;
};

} // namespace Hearth
