#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Hearth {

// Slows down password guessing: at most Limits::LoginFailuresPerHandle failed logins per
// handle and Limits::LoginAttemptsPerAddress attempts per client address in a sliding
// window of Limits::LoginWindowSeconds. Kept in memory: a restart forgets it, which is
// acceptable for a rate limit and keeps attempts out of the database.
class LoginThrottle
{
public:
    // Seconds to wait before the next attempt is allowed, or 0 when it is allowed now.
    int retryAfter(const QString &handle, const QString &address, qint64 nowMs);
    void recordAttempt(const QString &address, qint64 nowMs);
    void recordFailure(const QString &handle, qint64 nowMs);

private:
    static int wait(QList<qint64> &times, int limit, qint64 nowMs);
    // Drops what has aged out of the window, so that guesses with ever new handles or
    // addresses cannot grow the maps without end.
    void prune(qint64 nowMs);

    int m_recordsSincePrune = 0;

    QHash<QString, QList<qint64>> m_failuresByHandle;
    QHash<QString, QList<qint64>> m_attemptsByAddress;
};

} // namespace Hearth
