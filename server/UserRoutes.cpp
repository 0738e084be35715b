#include "UserRoutes.h"

#include "Store.h"

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

namespace {

HttpReply personNotFound()
{
    return HttpReply::error(ApiError::Code::NotFound, u"There is no one with this handle here."_s);
}

} // namespace

UserRoutes::UserRoutes(Store &store) : m_store(store) { }

void UserRoutes::addTo(Router &router)
{
    router.add(Method::Get, u"/api/v1/users/{handle}"_s, Access::Public,
        [this](Request &request) { return profile(request); });
    router.add(Method::Get, u"/api/v1/users/{id}/posts"_s, Access::Public,
        [this](Request &request) { return posts(request); });
    router.add(Method::Patch, u"/api/v1/me"_s, Access::SignedIn,
        [this](Request &request) { return updateMe(request); });
}

HttpReply UserRoutes::profile(Request &request)
{
    const std::optional<Profile> profile
        = m_store.profiles().profile(request.parameter(0), request.viewerId());
    if (!profile)
        return personNotFound();
    return HttpReply::json(Json::toJson(*profile));
}

HttpReply UserRoutes::posts(Request &request)
{
    const qint64 authorId = request.id(0);
    if (!m_store.profiles().exists(authorId))
        return personNotFound();
    const Result<FeedQuery> query = FeedQuery::fromUrlQuery(request.query());
    if (!query)
        return HttpReply::error(query.error());
    const Result<Page<qint64>> ids = m_store.profiles().postIds(authorId, *query);
    if (!ids)
        return HttpReply::error(ids.error());
    Page<Post> page;
    // As in the feeds: the posts of someone the reader blocked are not listed.
    if (!m_store.profiles().profile(authorId, request.viewerId())->blocked) {
        page.items = m_store.posts().posts(ids->items, request.viewerId());
        page.nextCursor = ids->nextCursor;
    }
    return HttpReply::json(Json::toJson(page));
}

HttpReply UserRoutes::updateMe(Request &request)
{
    const Result<ProfilePatch> patch = request.json<ProfilePatch>();
    if (!patch)
        return HttpReply::error(patch.error());
    const qint64 me = request.viewerId();
    if (patch->avatarMediaId && *patch->avatarMediaId) {
        if (const auto refusal = m_store.profiles().checkAvatar(me, **patch->avatarMediaId))
            return HttpReply::error(*refusal);
    }
    m_store.profiles().update(me, *patch);
    return HttpReply::json(Json::toJson(*m_store.profiles().profile(me, me)));
}

} // namespace Hearth
