#pragma once

#include "LoginThrottle.h"
#include "RateWindow.h"
#include "Router.h"

#include <QHostAddress>

namespace Hearth {

class Store;

// /auth/register, /auth/login, /auth/logout, /me and /me/blocks. Passwords are hashed and
// checked off the server's thread (DeferredReply); sign-ins and new accounts are rate
// limited per client address (LoginThrottle, RateWindow).
class AccountRoutes
{
public:
    explicit AccountRoutes(Store &store);
    void addTo(Router &router);

    // Behind a reverse proxy every request comes from the proxy: for requests from this
    // address, the client is the last hop of X-Forwarded-For (for the rate limits).
    void setTrustedProxy(const QHostAddress &proxy) { m_trustedProxy = proxy; }
    // New accounts one address may make per hour (Limits::RegistrationsPerAddress unless set).
    void setRegistrationsPerHour(int count);

private:
    Answer registerUser(Request &request);
    Answer login(Request &request);
    HttpReply logout(Request &request);
    HttpReply me(Request &request);
    HttpReply blocks(Request &request);

    QString clientAddress(const Request &request) const;
    static HttpReply handleTaken();

    Store &m_store;
    LoginThrottle m_throttle;
    RateWindow m_registrations;
    QHostAddress m_trustedProxy;
};

} // namespace Hearth
