#pragma once

#include "Router.h"

namespace Hearth {

class Store;

// Reports of posts and comments, and blocking people.
class SafetyRoutes
{
public:
    explicit SafetyRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply reportPost(Request &request);
    HttpReply reportComment(Request &request);
    HttpReply setBlocked(Request &request, bool blocked);

    Store &m_store;
};

} // namespace Hearth
