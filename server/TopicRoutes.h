#pragma once

#include "Router.h"

namespace Hearth {

class Store;

// /topics, a topic, joining it, its feed and its newsletters.
class TopicRoutes
{
public:
    explicit TopicRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply list(Request &request);
    HttpReply topic(Request &request);
    HttpReply setMembership(Request &request, bool joined);
    HttpReply feed(Request &request);
    HttpReply newsletters(Request &request);
    HttpReply setSubscription(Request &request, bool subscribed);

    Store &m_store;
};

} // namespace Hearth
