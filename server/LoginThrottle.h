#pragma once

#include "RateWindow.h"

#include <QString>

namespace Hearth {

// Slows down password guessing without handing anyone a lock on someone else's account:
// failed sign-ins are counted per (handle, client address), and all sign-in attempts per
// client address, each over a sliding window of Limits::LoginWindowSeconds. Nothing is
// counted per handle alone, so a correct password from an address that has not been
// guessing is never refused, however many guesses came from elsewhere (docs/server.md says
// why).
class LoginThrottle
{
public:
    // The events are kept in events (RateEvents: this process's, or the database's).
    explicit LoginThrottle(RateEvents &events);

    // Seconds to wait before this attempt is allowed, or 0 when it is allowed now.
    int retryAfter(const QString &handle, const QString &address, qint64 nowMs);
    // Every attempt counts toward its address's limit, well-formed or not.
    void recordAttempt(const QString &address, qint64 nowMs);
    // A sign-in that is not known to be good yet: it counts as failed until forgotten.
    void recordFailure(const QString &handle, const QString &address, qint64 nowMs);
    // The sign-in recorded at atMs had the right password after all.
    void forgetFailure(const QString &handle, const QString &address, qint64 atMs);

private:
    static QString pairKey(const QString &handle, const QString &address);

    RateWindow m_failuresByHandleAndAddress;
    RateWindow m_attemptsByAddress;
};

} // namespace Hearth
