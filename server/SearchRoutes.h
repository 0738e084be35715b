#pragma once

#include "Router.h"

namespace Hearth {

class Store;

// GET /search: posts, topics or people matching what a person typed (docs/api.md, Search).
class SearchRoutes
{
public:
    explicit SearchRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply search(Request &request);

    Store &m_store;
};

} // namespace Hearth
