#include "AccountRoutes.h"

#include "Passwords.h"
#include "Sql.h"
#include "Store.h"
#include "api/Limits.h"

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

AccountRoutes::AccountRoutes(Store &store)
    : m_store(store)
    , m_throttle(store.rateEvents())
    , m_registrations(store.rateEvents(), u"registrations"_s, Limits::RegistrationsPerAddress,
          Limits::RegistrationWindowSeconds)
{ }

void AccountRoutes::setRegistrationsPerHour(int count)
{
    m_registrations = RateWindow(m_store.rateEvents(), u"registrations"_s, count, 60 * 60);
}

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

Answer AccountRoutes::registerUser(Request &request)
{
    const Result<Registration> registration = request.json<Registration>();
    if (!registration)
        return HttpReply::error(registration.error());
    if (m_store.accounts().userIdForHandle(registration->handle))
        return handleTaken();
    // Counted once a registration is worth hashing a password for: a person who fixes a
    // field the server refused has not made an account.
    const qint64 now = Sql::nowMs();
    const QString address = clientAddress(request);
    if (const int wait = m_registrations.retryAfter(address, now); wait > 0)
        return HttpReply::rateLimited(
            wait, u"Too many new accounts from here. Please try again later."_s);
    m_registrations.record(address, now);
    return DeferredReply{[this, registration = *registration]() -> std::function<HttpReply()> {
        const QByteArray hash = Passwords::hash(registration.password);
        return [this, registration, hash] {
            if (hash.isEmpty())
                throw Sql::Error(u"password hashing failed (out of memory?)"_s);
            // Someone may have taken the handle while the password was hashed.
            const auto session = m_store.accounts().createUser(registration, hash);
            if (!session)
                return handleTaken();
            return HttpReply::json(Json::toJson(*session), 201);
        };
    }};
}

Answer AccountRoutes::login(Request &request)
{
    const qint64 now = Sql::nowMs();
    const QString address = clientAddress(request);
    const Result<Login> login = request.json<Login>();
    const QString handle = login ? login->handle : QString();
    if (const int wait = m_throttle.retryAfter(handle, address, now); wait > 0)
        return HttpReply::rateLimited(
            wait, u"Too many sign-in attempts. Please try again in %1 seconds."_s.arg(wait));
    m_throttle.recordAttempt(address, now);
    if (!login)
        return HttpReply::error(login.error());

    // Counted as a failure until the password is found good, so that guesses sent side by
    // side cannot all pass the limit while their hashes are checked.
    m_throttle.recordFailure(handle, address, now);
    const auto credentials = m_store.accounts().credentials(handle);
    return DeferredReply{[this, credentials, password = login->password, handle, address,
                             now]() -> std::function<HttpReply()> {
        // An unknown handle costs the same as a wrong password, so that timing does not tell
        // which handles exist.
        static const QByteArray decoy = Passwords::hash(u"not anyone's password"_s);
        const bool good
            = Passwords::verify(credentials ? credentials->passwordHash : decoy, password)
            && credentials;
        const QByteArray newHash = good && Passwords::needsRehash(credentials->passwordHash)
            ? Passwords::hash(password)
            : QByteArray();
        return [this, credentials, good, newHash, handle, address, now] {
            if (!good) {
                return HttpReply::error(ApiError::Code::InvalidCredentials,
                    u"That handle and password do not match."_s);
            }
            m_throttle.forgetFailure(handle, address, now);
            if (!newHash.isEmpty())
                m_store.accounts().setPasswordHash(credentials->user.id, newHash);
            return HttpReply::json(Json::toJson(m_store.accounts().openSession(credentials->user)));
        };
    }};
}

HttpReply AccountRoutes::handleTaken()
{
    return HttpReply::error(ApiError::Code::HandleTaken,
        u"That handle is taken. Please choose another."_s, u"handle"_s);
}

QString AccountRoutes::clientAddress(const Request &request) const
{
    return request.clientAddress(m_trustedProxy);
}

HttpReply AccountRoutes::logout(Request &request)
{
    m_store.accounts().revoke(QString::fromLatin1(request.bearerToken().value_or(QByteArray())));
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
