#pragma once

#include "LoginThrottle.h"
#include "Router.h"

#include <QHostAddress>

namespace Hearth {

class Store;

// /auth/register, /auth/login, /auth/logout, /me and /me/blocks.
class AccountRoutes
{
public:
    explicit AccountRoutes(Store &store);
    void addTo(Router &router);

    // Behind a reverse proxy every request comes from the proxy: for requests from this
    // address, the client is the last hop of X-Forwarded-For (for the login rate limit).
    void setTrustedProxy(const QHostAddress &proxy) { m_trustedProxy = proxy; }

private:
    HttpReply registerUser(Request &request);
    HttpReply login(Request &request);
    HttpReply logout(Request &request);
    HttpReply me(Request &request);
    HttpReply blocks(Request &request);

    QString clientAddress(const Request &request) const;

    Store &m_store;
    LoginThrottle m_throttle;
    QHostAddress m_trustedProxy;
};

} // namespace Hearth
