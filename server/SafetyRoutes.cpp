#include "SafetyRoutes.h"

#include "Store.h"

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

SafetyRoutes::SafetyRoutes(Store &store) : m_store(store) { }

void SafetyRoutes::addTo(Router &router)
{
    router.add(Method::Post, u"/api/v1/posts/{id}/reports"_s, Access::SignedIn,
        [this](Request &request) { return reportPost(request); });
    router.add(Method::Post, u"/api/v1/comments/{id}/reports"_s, Access::SignedIn,
        [this](Request &request) { return reportComment(request); });
    router.add(Method::Put, u"/api/v1/users/{id}/block"_s, Access::SignedIn,
        [this](Request &request) { return setBlocked(request, true); });
    router.add(Method::Delete, u"/api/v1/users/{id}/block"_s, Access::SignedIn,
        [this](Request &request) { return setBlocked(request, false); });
}

HttpReply SafetyRoutes::reportPost(Request &request)
{
    if (!m_store.posts().record(request.id(0)))
        return HttpReply::error(ApiError::Code::NotFound, u"This post is not here any more."_s);
    const Result<Report> report = request.json<Report>();
    if (!report)
        return HttpReply::error(report.error());
    const qint64 id = m_store.safety().report(
        request.viewerId(), request.id(0), std::nullopt, report->reason, report->note);
    return HttpReply::json({{u"id"_s, id}}, 201);
}

HttpReply SafetyRoutes::reportComment(Request &request)
{
    const auto comment = m_store.comments().record(request.id(0));
    if (!comment || comment->deleted)
        return HttpReply::error(ApiError::Code::NotFound, u"This comment is not here any more."_s);
    const Result<Report> report = request.json<Report>();
    if (!report)
        return HttpReply::error(report.error());
    const qint64 id = m_store.safety().report(
        request.viewerId(), comment->postId, comment->id, report->reason, report->note);
    return HttpReply::json({{u"id"_s, id}}, 201);
}

HttpReply SafetyRoutes::setBlocked(Request &request, bool blocked)
{
    const qint64 other = request.id(0);
    if (other == request.viewerId()) {
        return HttpReply::error(
            ApiError::Code::BadRequest, u"You cannot block yourself."_s, u"id"_s);
    }
    if (!m_store.accounts().user(other))
        return HttpReply::error(ApiError::Code::NotFound, u"There is no such person."_s);
    m_store.safety().setBlocked(request.viewerId(), other, blocked);
    return HttpReply::noContent();
}

} // namespace Hearth
