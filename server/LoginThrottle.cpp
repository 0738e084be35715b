#include "LoginThrottle.h"

#include "api/Limits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

LoginThrottle::LoginThrottle(RateEvents &events)
    : m_failuresByHandleAndAddress(events, u"login-failures"_s,
        Limits::LoginFailuresPerHandleAndAddress, Limits::LoginWindowSeconds)
    , m_attemptsByAddress(
          events, u"login-attempts"_s, Limits::LoginAttemptsPerAddress, Limits::LoginWindowSeconds)
{ }

QString LoginThrottle::pairKey(const QString &handle, const QString &address)
{
    // A handle never holds a newline (it may be anything a client sends, but the pair must
    // not collide with another pair).
    return QString::fromLatin1(handle.toUtf8().toHex()) + u'\n' + address;
}

int LoginThrottle::retryAfter(const QString &handle, const QString &address, qint64 nowMs)
{
    return std::max(m_attemptsByAddress.retryAfter(address, nowMs),
        m_failuresByHandleAndAddress.retryAfter(pairKey(handle, address), nowMs));
}

void LoginThrottle::recordAttempt(const QString &address, qint64 nowMs)
{
    m_attemptsByAddress.record(address, nowMs);
}

void LoginThrottle::recordFailure(const QString &handle, const QString &address, qint64 nowMs)
{
    m_failuresByHandleAndAddress.record(pairKey(handle, address), nowMs);
}

void LoginThrottle::forgetFailure(const QString &handle, const QString &address, qint64 atMs)
{
    m_failuresByHandleAndAddress.forget(pairKey(handle, address), atMs);
}

} // namespace Hearth
