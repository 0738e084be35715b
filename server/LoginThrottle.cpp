#include "LoginThrottle.h"

#include "api/Limits.h"

#include <algorithm>

namespace Hearth {

namespace {

constexpr qint64 windowMs = qint64(Limits::LoginWindowSeconds) * 1000;

} // namespace

int LoginThrottle::wait(QList<qint64> &times, int limit, qint64 nowMs)
{
    times.removeIf([nowMs](qint64 at) { return at <= nowMs - windowMs; });
    if (times.size() < limit)
        return 0;
    // The oldest attempt in the window must age out before another is allowed.
    const qint64 oldest = *std::min_element(times.begin(), times.end());
    return int(std::max<qint64>(1, (oldest + windowMs - nowMs + 999) / 1000));
}

int LoginThrottle::retryAfter(const QString &handle, const QString &address, qint64 nowMs)
{
    int seconds = 0;
    if (auto it = m_failuresByHandle.find(handle); it != m_failuresByHandle.end())
        seconds = std::max(seconds, wait(*it, Limits::LoginFailuresPerHandle, nowMs));
    if (auto it = m_attemptsByAddress.find(address); it != m_attemptsByAddress.end())
        seconds = std::max(seconds, wait(*it, Limits::LoginAttemptsPerAddress, nowMs));
    return seconds;
}

void LoginThrottle::recordAttempt(const QString &address, qint64 nowMs)
{
    m_attemptsByAddress[address].append(nowMs);
}

void LoginThrottle::recordFailure(const QString &handle, qint64 nowMs)
{
    m_failuresByHandle[handle].append(nowMs);
}

} // namespace Hearth
