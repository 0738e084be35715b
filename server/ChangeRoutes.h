#pragma once

#include "Router.h"

namespace Hearth {

class Store;

// GET /changes: what changed after a change sequence number.
class ChangeRoutes
{
public:
    explicit ChangeRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply changes(Request &request);

    Store &m_store;
};

} // namespace Hearth
