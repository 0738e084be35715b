#pragma once

#include "Router.h"

namespace Hearth {

class Store;

// People's pages: GET /users/{handle}, GET /users/{id}/posts, and PATCH /me for one's own.
// A person the reader blocked keeps a page (so that it can say so and offer Unblock), but
// lists none of their posts, as feeds do not; being blocked hides nothing (docs/api.md).
class UserRoutes
{
public:
    explicit UserRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply profile(Request &request);
    HttpReply posts(Request &request);
    HttpReply updateMe(Request &request);

    Store &m_store;
};

} // namespace Hearth
