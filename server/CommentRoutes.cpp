#include "CommentRoutes.h"

#include "Preconditions.h"
#include "Sql.h"
#include "Store.h"
#include "api/Limits.h"

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

namespace {

HttpReply commentNotFound()
{
    return HttpReply::error(ApiError::Code::NotFound, u"This comment is not here any more."_s);
}

HttpReply commentReply(const Comment &comment, int status)
{
    HttpReply reply = HttpReply::json(Json::toJson(comment), status);
    reply.addHeader("ETag", Preconditions::etag(comment.version));
    return reply;
}

} // namespace

CommentRoutes::CommentRoutes(Store &store) : m_store(store) { }

void CommentRoutes::addTo(Router &router)
{
    router.add(Method::Get, u"/api/v1/posts/{id}/comments"_s, Access::Public,
        [this](Request &request) { return thread(request); });
    router.add(Method::Post, u"/api/v1/posts/{id}/comments"_s, Access::SignedIn,
        [this](Request &request) { return create(request); });
    router.add(Method::Patch, u"/api/v1/comments/{id}"_s, Access::SignedIn,
        [this](Request &request) { return edit(request); });
    router.add(Method::Delete, u"/api/v1/comments/{id}"_s, Access::SignedIn,
        [this](Request &request) { return remove(request); });
}

HttpReply CommentRoutes::thread(Request &request)
{
    if (!m_store.posts().record(request.id(0)))
        return HttpReply::error(ApiError::Code::NotFound, u"This post is not here any more."_s);
    const Result<FeedQuery> query = request.paging();
    if (!query)
        return HttpReply::error(query.error());
    const Result<Page<Comment>> page
        = m_store.comments().thread(request.id(0), query->limit, query->cursor, request.viewerId());
    if (!page)
        return HttpReply::error(page.error());
    return HttpReply::json(Json::toJson(*page));
}

HttpReply CommentRoutes::create(Request &request)
{
    const qint64 postId = request.id(0);
    const auto post = m_store.posts().record(postId);
    if (!post)
        return HttpReply::error(ApiError::Code::NotFound, u"This post is not here any more."_s);
    const Result<NewComment> comment = request.json<NewComment>();
    if (!comment)
        return HttpReply::error(comment.error());
    if (comment->parentId) {
        const auto parent = m_store.comments().record(*comment->parentId);
        if (parent && parent->replyCount >= Limits::MaxItemsPerPage - 1) {
            return HttpReply::error(ApiError::Code::ValidationFailed,
                u"This conversation is full. Please start a new comment."_s, u"parentId"_s);
        }
        if (!parent || parent->postId != postId || parent->parentId || parent->deleted) {
            return HttpReply::error(ApiError::Code::ValidationFailed,
                u"You can reply to a comment on this post, not to a reply."_s, u"parentId"_s);
        }
    }
    const qint64 now = Sql::nowMs();
    const qint64 id = m_store.comments().insert(
        postId, comment->parentId, request.viewerId(), comment->body, comment->contentWarning, now);
    m_store.posts().adjustCommentCount(postId, +1, m_store.changes().next(post->topicIds));
    m_store.notifications().commented(
        postId, id, comment->parentId, request.viewerId(), comment->body, now);
    return commentReply(*m_store.comments().comment(id), 201);
}

HttpReply CommentRoutes::edit(Request &request)
{
    const auto record = m_store.comments().record(request.id(0));
    if (!record || record->deleted)
        return commentNotFound();
    if (record->authorId != request.viewerId()) {
        return HttpReply::error(
            ApiError::Code::Forbidden, u"Only the author can change this comment."_s);
    }
    const auto precondition = Preconditions::checkIfMatch(request, record->version);
    if (const auto *refusal = std::get_if<HttpReply>(&precondition))
        return *refusal;
    const Result<CommentPatch> patch = request.json<CommentPatch>();
    if (!patch)
        return HttpReply::error(patch.error());
    const Comment current = *m_store.comments().comment(record->id);
    m_store.comments().update(record->id, patch->body.value_or(current.body),
        patch->contentWarning.value_or(current.contentWarning), Sql::nowMs());
    // A reader with the post open sees the edit when the post comes in a delta.
    if (const auto post = m_store.posts().record(record->postId))
        m_store.posts().markChanged(post->id, m_store.changes().next(post->topicIds));
    m_store.notifications().mentioned(
        record->postId, record->id, request.viewerId(), patch->body.value_or(current.body));
    return commentReply(*m_store.comments().comment(record->id), 200);
}

HttpReply CommentRoutes::remove(Request &request)
{
    const auto record = m_store.comments().record(request.id(0));
    if (!record || record->deleted)
        return commentNotFound();
    if (record->authorId != request.viewerId()) {
        return HttpReply::error(
            ApiError::Code::Forbidden, u"Only the author can delete this comment."_s);
    }
    m_store.notifications().forgetComment(record->id);
    const int lost = m_store.comments().remove(record->id);
    const auto post = m_store.posts().record(record->postId);
    m_store.posts().adjustCommentCount(
        record->postId, -lost, m_store.changes().next(post ? post->topicIds : QList<qint64>()));
    return HttpReply::noContent();
}

} // namespace Hearth
