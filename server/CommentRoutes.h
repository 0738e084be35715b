#pragma once

#include "Router.h"

namespace Hearth {

class Store;

// A post's comment thread: reading it, commenting, replying, editing and deleting.
class CommentRoutes
{
public:
    explicit CommentRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply thread(Request &request);
    HttpReply create(Request &request);
    HttpReply edit(Request &request);
    HttpReply remove(Request &request);

    Store &m_store;
};

} // namespace Hearth
