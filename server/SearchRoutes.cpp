#include "SearchRoutes.h"

#include "Store.h"
#include "api/Limits.h"
#include "api/Text.h"

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

SearchRoutes::SearchRoutes(Store &store) : m_store(store) { }

void SearchRoutes::addTo(Router &router)
{
    router.add(Method::Get, u"/api/v1/search"_s, Access::Public,
        [this](Request &request) { return search(request); });
}

HttpReply SearchRoutes::search(Request &request)
{
    const QUrlQuery query = request.query();
    const QString text = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed();
    if (text.isEmpty())
        return HttpReply::error(ApiError::Code::BadRequest, u"q is required."_s, u"q"_s);
    if (!Text::isStorable(text)) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"q must not hold U+0000 or an unpaired surrogate."_s, u"q"_s);
    }
    if (Text::codePointCount(text) > Limits::MaxSearchLength) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"q can be at most %1 characters."_s.arg(Limits::MaxSearchLength), u"q"_s);
    }
    const QString type = query.hasQueryItem(u"type"_s)
        ? query.queryItemValue(u"type"_s, QUrl::FullyDecoded)
        : u"posts"_s;
    if (type != u"posts"_s && type != u"topics"_s && type != u"users"_s) {
        return HttpReply::error(
            ApiError::Code::BadRequest, u"type must be posts, topics or users."_s, u"type"_s);
    }
    const Result<FeedQuery> paging = request.paging();
    if (!paging)
        return HttpReply::error(paging.error());
    const qint64 viewerId = request.viewerId();
    SearchStore &search = m_store.search();

    if (type == u"users"_s) {
        const Result<Page<User>> page = search.users(text, paging->limit, paging->cursor, viewerId);
        if (!page)
            return HttpReply::error(page.error());
        return HttpReply::json(Json::toJson(*page));
    }
    if (type == u"topics"_s) {
        const Result<Page<QString>> slugs = search.topics(text, paging->limit, paging->cursor);
        if (!slugs)
            return HttpReply::error(slugs.error());
        Page<Topic> page;
        for (const QString &slug : slugs->items) {
            if (auto topic = m_store.topics().topic(slug, viewerId))
                page.items.append(std::move(*topic));
        }
        page.nextCursor = slugs->nextCursor;
        return HttpReply::json(Json::toJson(page));
    }
    const Result<Page<qint64>> ids = search.posts(text, paging->limit, paging->cursor, viewerId);
    if (!ids)
        return HttpReply::error(ids.error());
    Page<Post> page;
    page.items = m_store.posts().posts(ids->items, viewerId);
    page.nextCursor = ids->nextCursor;
    return HttpReply::json(Json::toJson(page));
}

} // namespace Hearth
