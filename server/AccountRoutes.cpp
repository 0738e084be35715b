#include "AccountRoutes.h"

#include "Sql.h"
#include "Store.h"

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

AccountRoutes::AccountRoutes(Store &store) : m_store(store) { }

void AccountRoutes::addTo(Router &router)
{
    router.add(Method::Post, u"/api/v1/auth/register"_s, Access::Anonymous,
        [this](Request &request) { return registerUser(request); });
    router.add(Method::Post, u"/api/v1/auth/login"_s, Access::Anonymous,
        [this](Request &request) { return login(request); });
    router.add(Method::Post, u"/api/v1/auth/logout"_s, Access::SignedIn,
        [this](Request &request) { return logout(request); });
    router.add(Method::Get, u"/api/v1/me"_s, Access::SignedIn,
        [this](Request &request) { return me(request); });
    router.add(Method::Get, u"/api/v1/me/blocks"_s, Access::SignedIn,
        [this](Request &request) { return blocks(request); });
}

HttpReply AccountRoutes::registerUser(Request &request)
{
    const Result<Registration> registration = request.json<Registration>();
    if (!registration)
        return HttpReply::error(registration.error());
    const auto session = m_store.accounts().registerUser(*registration);
    if (!session) {
        return HttpReply::error(ApiError::Code::HandleTaken,
            u"That handle is taken. Please choose another."_s, u"handle"_s);
    }
    return HttpReply::json(Json::toJson(*session), 201);
}

HttpReply AccountRoutes::login(Request &request)
{
    const qint64 now = Sql::nowMs();
    const QString address = clientAddress(request);
    const Result<Login> login = request.json<Login>();
    const QString handle = login ? login->handle : QString();
    if (const int wait = m_throttle.retryAfter(handle, address, now); wait > 0) {
        HttpReply reply = HttpReply::error(ApiError::Code::RateLimited,
            u"Too many sign-in attempts. Please try again in %1 seconds."_s.arg(wait));
        reply.addHeader("Retry-After", QByteArray::number(wait));
        return reply;
    }
    m_throttle.recordAttempt(address, now);
    if (!login)
        return HttpReply::error(login.error());
    const auto session = m_store.accounts().login(*login);
    if (!session) {
        m_throttle.recordFailure(handle, now);
        return HttpReply::error(
            ApiError::Code::InvalidCredentials, u"That handle and password do not match."_s);
    }
    return HttpReply::json(Json::toJson(*session));
}

QString AccountRoutes::clientAddress(const Request &request) const
{
    const QHostAddress peer = request.http().remoteAddress();
    if (m_trustedProxy.isNull()
        || !peer.isEqual(m_trustedProxy, QHostAddress::ConvertV4MappedToIPv4))
        return peer.toString();
    // The proxy appends the address it saw; earlier hops are the client's to claim.
    const QByteArrayList hops = request.header("X-Forwarded-For").split(',');
    const QHostAddress client(QString::fromLatin1(hops.last().trimmed()));
    return client.isNull() ? peer.toString() : client.toString();
}

HttpReply AccountRoutes::logout(Request &request)
{
    const QByteArray authorization = request.header("Authorization");
    m_store.accounts().revoke(QString::fromLatin1(authorization.mid(7).trimmed()));
    return HttpReply::noContent();
}

HttpReply AccountRoutes::me(Request &request)
{
    return HttpReply::json(Json::toJson(*request.user()));
}

HttpReply AccountRoutes::blocks(Request &request)
{
    const Result<FeedQuery> paging = request.paging();
    if (!paging)
        return HttpReply::error(paging.error());
    const Result<Page<User>> page
        = m_store.safety().blockedPage(request.viewerId(), paging->limit, paging->cursor);
    if (!page)
        return HttpReply::error(page.error());
    return HttpReply::json(Json::toJson(*page));
}

} // namespace Hearth
