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
    if (++m_recordsSincePrune >= 1000)
        prune(nowMs);
}

void LoginThrottle::recordFailure(const QString &handle, qint64 nowMs)
{
    m_failuresByHandle[handle].append(nowMs);
}

void LoginThrottle::prune(qint64 nowMs)
{
    m_recordsSincePrune = 0;
    for (auto *map : {&m_failuresByHandle, &m_attemptsByAddress}) {
        for (auto it = map->begin(); it != map->end();) {
            it->removeIf([nowMs](qint64 at) { return at <= nowMs - windowMs; });
            it = it->isEmpty() ? map->erase(it) : std::next(it);
        }
    }
}

} // namespace Hearth
