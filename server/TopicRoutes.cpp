#include "TopicRoutes.h"

#include "Store.h"
#include "api/Hashtags.h"
#include "api/Limits.h"
#include "api/Text.h"

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

namespace {

HttpReply topicNotFound()
{
    return HttpReply::error(ApiError::Code::NotFound, u"There is no such topic yet."_s);
}

} // namespace

TopicRoutes::TopicRoutes(Store &store) : m_store(store) { }

void TopicRoutes::addTo(Router &router)
{
    router.add(Method::Get, u"/api/v1/topics"_s, Access::Public,
        [this](Request &request) { return list(request); });
    router.add(Method::Get, u"/api/v1/topics/{slug}"_s, Access::Public,
        [this](Request &request) { return topic(request); });
    router.add(Method::Put, u"/api/v1/topics/{slug}/membership"_s, Access::SignedIn,
        [this](Request &request) { return setMembership(request, true); });
    router.add(Method::Delete, u"/api/v1/topics/{slug}/membership"_s, Access::SignedIn,
        [this](Request &request) { return setMembership(request, false); });
    router.add(Method::Get, u"/api/v1/topics/{slug}/feed"_s, Access::Public,
        [this](Request &request) { return feed(request); });
    router.add(Method::Get, u"/api/v1/topics/{slug}/newsletters"_s, Access::Public,
        [this](Request &request) { return newsletters(request); });
    router.add(Method::Put, u"/api/v1/newsletters/{id}/subscription"_s, Access::SignedIn,
        [this](Request &request) { return setSubscription(request, true); });
    router.add(Method::Delete, u"/api/v1/newsletters/{id}/subscription"_s, Access::SignedIn,
        [this](Request &request) { return setSubscription(request, false); });
}

HttpReply TopicRoutes::list(Request &request)
{
    QString prefix = request.query().queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed();
    if (prefix.startsWith(u'#'))
        prefix.remove(0, 1);
    if (!Text::isStorable(prefix)) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"q must not hold U+0000 or an unpaired surrogate."_s, u"q"_s);
    }
    if (Text::codePointCount(prefix) > Limits::MaxHashtagLength) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"q can be at most %1 characters."_s.arg(Limits::MaxHashtagLength), u"q"_s);
    }
    const Result<FeedQuery> paging = request.paging();
    if (!paging)
        return HttpReply::error(paging.error());
    const Result<Page<Topic>> page = m_store.topics().topicPage(
        Hashtags::slug(prefix), paging->limit, paging->cursor, request.viewerId());
    if (!page)
        return HttpReply::error(page.error());
    return HttpReply::json(Json::toJson(*page));
}

HttpReply TopicRoutes::topic(Request &request)
{
    const auto topic
        = m_store.topics().topic(Hashtags::slug(request.parameter(0)), request.viewerId());
    if (!topic)
        return topicNotFound();
    return HttpReply::json(Json::toJson(*topic));
}

HttpReply TopicRoutes::setMembership(Request &request, bool joined)
{
    const QString slug = Hashtags::slug(request.parameter(0));
    const auto topicId = m_store.topics().topicId(slug);
    if (!topicId)
        return topicNotFound();
    m_store.topics().setMembership(
        *topicId, request.viewerId(), joined, m_store.changes().next({*topicId}));
    return HttpReply::json(Json::toJson(*m_store.topics().topic(slug, request.viewerId())));
}

HttpReply TopicRoutes::feed(Request &request)
{
    const auto topicId = m_store.topics().topicId(Hashtags::slug(request.parameter(0)));
    if (!topicId)
        return topicNotFound();
    const Result<FeedQuery> query = FeedQuery::fromUrlQuery(request.query());
    if (!query)
        return HttpReply::error(query.error());
    Result<QByteArray> page = m_store.posts().feedJson(*topicId, *query, request.viewerId());
    if (!page)
        return HttpReply::error(page.error());
    return HttpReply::bytes("application/json", std::move(*page));
}

HttpReply TopicRoutes::newsletters(Request &request)
{
    const auto topicId = m_store.topics().topicId(Hashtags::slug(request.parameter(0)));
    if (!topicId)
        return topicNotFound();
    const Result<FeedQuery> paging = request.paging();
    if (!paging)
        return HttpReply::error(paging.error());
    const Result<Page<Newsletter>> page = m_store.topics().newsletterPage(
        *topicId, paging->limit, paging->cursor, request.viewerId());
    if (!page)
        return HttpReply::error(page.error());
    return HttpReply::json(Json::toJson(*page));
}

HttpReply TopicRoutes::setSubscription(Request &request, bool subscribed)
{
    const qint64 id = request.id(0);
    if (!m_store.topics().newsletter(id, request.viewerId()))
        return HttpReply::error(ApiError::Code::NotFound, u"There is no such newsletter."_s);
    m_store.topics().setSubscription(id, request.viewerId(), subscribed);
    return HttpReply::json(Json::toJson(*m_store.topics().newsletter(id, request.viewerId())));
}

} // namespace Hearth
