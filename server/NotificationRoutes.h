#pragma once

#include "Router.h"

namespace Hearth {

class Store;

// A person's notifications: GET /notifications and POST /notifications/read.
class NotificationRoutes
{
public:
    explicit NotificationRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply list(Request &request);
    HttpReply markRead(Request &request);

    Store &m_store;
};

} // namespace Hearth
