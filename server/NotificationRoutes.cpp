#include "NotificationRoutes.h"

#include "Store.h"
#include "api/Json.h"
#include "api/Limits.h"

using namespace Qt::StringLiterals;

namespace Hearth {

NotificationRoutes::NotificationRoutes(Store &store) : m_store(store) { }

void NotificationRoutes::addTo(Router &router)
{
    router.add(Router::Method::Get, u"/api/v1/notifications"_s, Router::Access::SignedIn,
        [this](Request &request) { return list(request); });
    router.add(Router::Method::Post, u"/api/v1/notifications/read"_s, Router::Access::SignedIn,
        [this](Request &request) { return markRead(request); });
}

HttpReply NotificationRoutes::list(Request &request)
{
    const Result<FeedQuery> query = request.paging();
    if (!query)
        return HttpReply::error(query.error());
    const Result<Page<Notification>> page
        = m_store.notifications().page(request.viewerId(), query->limit, query->cursor);
    if (!page)
        return HttpReply::error(page.error());
    return HttpReply::json(Json::toJson(*page));
}

HttpReply NotificationRoutes::markRead(Request &request)
{
    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpReply::error(body.error());
    JsonReader reader(*body);
    const qint64 upTo = reader.integer(u"upTo"_s, 0, Limits::MaxId);
    if (!reader.ok())
        return HttpReply::error(reader.error());
    m_store.notifications().markRead(request.viewerId(), upTo);
    return HttpReply::json(Json::toJson(m_store.notifications().state(request.viewerId())));
}

} // namespace Hearth
