#include "PostRoutes.h"

#include "Preconditions.h"
#include "Sql.h"
#include "Store.h"
#include "api/Hashtags.h"
#include "api/JsonReader.h"
#include "api/Limits.h"
#include "api/Text.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

namespace {

HttpReply postNotFound()
{
    return HttpReply::error(ApiError::Code::NotFound, u"This post is not here any more."_s);
}

HttpReply notYours()
{
    return HttpReply::error(ApiError::Code::Forbidden, u"Only the author can change this post."_s);
}

} // namespace

PostRoutes::PostRoutes(Store &store) : m_store(store) { }

void PostRoutes::addTo(Router &router)
{
    router.add(Method::Post, u"/api/v1/posts"_s, Access::SignedIn,
        [this](Request &request) { return create(request); });
    router.add(Method::Get, u"/api/v1/posts/{id}"_s, Access::Public,
        [this](Request &request) { return get(request); });
    router.add(Method::Patch, u"/api/v1/posts/{id}"_s, Access::SignedIn,
        [this](Request &request) { return edit(request); });
    router.add(Method::Delete, u"/api/v1/posts/{id}"_s, Access::SignedIn,
        [this](Request &request) { return remove(request); });
    router.add(Method::Put, u"/api/v1/posts/{id}/reaction"_s, Access::SignedIn,
        [this](Request &request) { return react(request, true); });
    router.add(Method::Delete, u"/api/v1/posts/{id}/reaction"_s, Access::SignedIn,
        [this](Request &request) { return react(request, false); });
}

HttpReply PostRoutes::postReply(qint64 id, qint64 viewerId, int status) const
{
    const auto post = m_store.posts().post(id, viewerId);
    if (!post)
        return postNotFound();
    HttpReply reply = HttpReply::json(Json::toJson(*post), status);
    reply.addHeader("ETag", Preconditions::etag(post->version));
    if (status == 201)
        reply.addHeader("Location", "/api/v1/posts/" + QByteArray::number(id));
    return reply;
}

HttpReply PostRoutes::get(Request &request)
{
    return postReply(request.id(0), request.viewerId(), 200);
}

std::variant<QStringList, HttpReply> PostRoutes::hashtagsFor(const QString &title,
    const QString &body, const QStringList &explicitTags, TagOrder order) const
{
    const QStringList tags = order == TagOrder::WrittenFirst
        ? Hashtags::forPost(title, body, explicitTags)
        : Hashtags::afterEdit(title, body, explicitTags);
    if (tags.isEmpty()) {
        return HttpReply::error(ApiError::Code::ValidationFailed,
            u"Add at least one hashtag, like #Therapy, so the post has a home."_s, u"hashtags"_s);
    }
    if (tags.size() > Limits::MaxHashtagsPerPost) {
        return HttpReply::error(ApiError::Code::ValidationFailed,
            u"A post can have at most %1 hashtags."_s.arg(Limits::MaxHashtagsPerPost),
            u"hashtags"_s);
    }
    return tags;
}

std::optional<HttpReply> PostRoutes::checkAttachment(
    const MediaAttachment &attachment, PostKind kind, qint64 userId, qint64 postId) const
{
    const auto record = m_store.media().record(attachment.id);
    // One answer for every way an id can be wrong, so others' uploads cannot be probed.
    if (!record || record->ownerId != userId || (record->postId && *record->postId != postId)
        || m_store.media().isPoster(attachment.id)) {
        return HttpReply::error(ApiError::Code::ValidationFailed,
            u"That upload cannot be attached. Please upload it again."_s, u"media.id"_s);
    }
    const MediaKind wanted = kind == PostKind::Video ? MediaKind::Video : MediaKind::Image;
    if (record->media.kind != wanted) {
        return HttpReply::error(ApiError::Code::ValidationFailed,
            kind == PostKind::Video ? u"A video post needs a video."_s : u"Attach a photo here."_s,
            u"media.id"_s);
    }
    return std::nullopt;
}

HttpReply PostRoutes::create(Request &request)
{
    const Result<NewPost> newPost = request.json<NewPost>();
    if (!newPost)
        return HttpReply::error(newPost.error());
    auto hashtags = hashtagsFor(newPost->title, newPost->body, newPost->hashtags);
    if (auto *refusal = std::get_if<HttpReply>(&hashtags))
        return *refusal;
    if (newPost->media) {
        if (auto refusal = checkAttachment(*newPost->media, newPost->kind, request.viewerId(), 0))
            return *refusal;
    }

    PostStore::Content content;
    content.kind = newPost->kind;
    content.authorId = request.viewerId();
    content.title = newPost->title;
    content.body = newPost->body;
    content.contentWarning = newPost->contentWarning;
    content.hashtags = std::get<QStringList>(hashtags);
    for (const QString &tag : std::as_const(content.hashtags))
        content.topicIds.append(m_store.topics().ensureTopic(tag));
    if (newPost->media)
        content.mediaId = newPost->media->id;

    const qint64 seq = m_store.changes().next(content.topicIds);
    const qint64 id = m_store.posts().insert(content, Sql::nowMs(), seq);
    if (newPost->media)
        m_store.media().attach(
            newPost->media->id, id, newPost->media->altText, newPost->media->sensitive);
    m_store.topics().adjustCounts(content.topicIds, content.kind, +1, seq);
    m_store.notifications().mentioned(
        id, std::nullopt, request.viewerId(), content.title + u'\n' + content.body);
    return postReply(id, request.viewerId(), 201);
}

HttpReply PostRoutes::edit(Request &request)
{
    const auto record = m_store.posts().record(request.id(0));
    if (!record)
        return postNotFound();
    if (record->authorId != request.viewerId())
        return notYours();
    const auto precondition = Preconditions::checkIfMatch(request, record->version);
    if (const auto *refusal = std::get_if<HttpReply>(&precondition))
        return *refusal;
    const Result<PostPatch> patch = request.json<PostPatch>();
    if (!patch)
        return HttpReply::error(patch.error());

    const auto current = m_store.posts().post(record->id, request.viewerId());
    PostStore::Content content;
    content.kind = record->kind;
    content.authorId = record->authorId;
    content.title = patch->title.value_or(record->title);
    content.body = patch->body.value_or(record->body);
    content.contentWarning = patch->contentWarning.value_or(current->contentWarning);
    content.teamPrompt = current->teamPrompt;
    content.mediaId = record->mediaId;
    if (Text::codePointCount(content.body) > Limits::maxBodyLength(content.kind)) {
        return HttpReply::error(ApiError::Code::ValidationFailed,
            u"Too long: at most %1 characters."_s.arg(Limits::maxBodyLength(content.kind)),
            u"body"_s);
    }
    if (content.kind != PostKind::Video && Text::isBlank(content.body))
        return HttpReply::error(
            ApiError::Code::ValidationFailed, u"Must not be blank."_s, u"body"_s);

    // Without a new list the post keeps its tags and gains those newly written in the text.
    auto hashtags = patch->hashtags
        ? hashtagsFor(content.title, content.body, *patch->hashtags)
        : hashtagsFor(content.title, content.body, record->hashtags, TagOrder::ExplicitFirst);
    if (auto *refusal = std::get_if<HttpReply>(&hashtags))
        return *refusal;
    content.hashtags = std::get<QStringList>(hashtags);
    for (const QString &tag : std::as_const(content.hashtags))
        content.topicIds.append(m_store.topics().ensureTopic(tag));

    if (patch->media) {
        const std::optional<MediaAttachment> &attachment = *patch->media;
        if (!attachment && content.kind == PostKind::Video) {
            return HttpReply::error(
                ApiError::Code::ValidationFailed, u"A video post keeps its video."_s, u"media"_s);
        }
        if (attachment) {
            if (auto refusal
                = checkAttachment(*attachment, content.kind, request.viewerId(), record->id))
                return *refusal;
        }
        if (record->mediaId && (!attachment || attachment->id != *record->mediaId))
            m_store.media().detach(*record->mediaId);
        content.mediaId = attachment ? std::optional(attachment->id) : std::nullopt;
        if (attachment)
            m_store.media().attach(
                attachment->id, record->id, attachment->altText, attachment->sensitive);
    }

    const qint64 seq = m_store.changes().next(record->topicIds + content.topicIds);
    QList<qint64> left;
    for (qint64 id : record->topicIds) {
        if (!content.topicIds.contains(id))
            left.append(id);
    }
    QList<qint64> joined;
    for (qint64 id : std::as_const(content.topicIds)) {
        if (!record->topicIds.contains(id))
            joined.append(id);
    }
    m_store.topics().adjustCounts(left, content.kind, -1, seq);
    m_store.changes().recordDeparture(record->id, seq, left);
    m_store.topics().adjustCounts(joined, content.kind, +1, seq);
    m_store.posts().update(record->id, content, Sql::nowMs(), seq);
    m_store.notifications().mentioned(
        record->id, std::nullopt, request.viewerId(), content.title + u'\n' + content.body);
    return postReply(record->id, request.viewerId(), 200);
}

HttpReply PostRoutes::remove(Request &request)
{
    const auto record = m_store.posts().record(request.id(0));
    if (!record)
        return postNotFound();
    if (record->authorId != request.viewerId())
        return notYours();
    const qint64 seq = m_store.changes().next(record->topicIds);
    m_store.topics().adjustCounts(record->topicIds, record->kind, -1, seq);
    m_store.changes().recordDeletion(record->id, seq, record->topicIds);
    if (record->mediaId)
        m_store.media().detach(*record->mediaId);
    m_store.notifications().forgetPost(record->id);
    m_store.posts().remove(record->id);
    return HttpReply::noContent();
}

HttpReply PostRoutes::react(Request &request, bool on)
{
    const qint64 postId = request.id(0);
    const auto record = m_store.posts().record(postId);
    if (!record)
        return postNotFound();
    std::optional<ReactionKind> kind;
    if (on) {
        const Result<QJsonObject> body = request.jsonObject();
        if (!body)
            return HttpReply::error(body.error());
        JsonReader reader(*body);
        kind = reader.enumValue(u"kind"_s, &reactionKindFromWire, ReactionKind::Heart);
        if (!reader.ok())
            return HttpReply::error(reader.error());
    }
    const bool changed = m_store.posts().setReaction(
        postId, request.viewerId(), kind, m_store.changes().next(record->topicIds));
    if (changed && kind)
        m_store.notifications().reacted(postId, request.viewerId());
    return HttpReply::json({
        {u"postId"_s, postId},
        {u"reactions"_s, Json::toJson(m_store.posts().reactions(postId, request.viewerId()))},
    });
}

} // namespace Hearth
