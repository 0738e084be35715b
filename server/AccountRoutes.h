#pragma once

#include "LoginThrottle.h"
#include "Router.h"

namespace Hearth {

class Store;

// /auth/register, /auth/login, /auth/logout, /me and /me/blocks.
class AccountRoutes
{
public:
    explicit AccountRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply registerUser(Request &request);
    HttpReply login(Request &request);
    HttpReply logout(Request &request);
    HttpReply me(Request &request);
    HttpReply blocks(Request &request);

    Store &m_store;
    LoginThrottle m_throttle;
};

} // namespace Hearth
