#include "Outbox.h"

#include "api/Hashtags.h"
#include "api/Json.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOutbox, "hearth.sync.outbox")

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString CreatePost = u"createPost"_s;
const QString EditPost = u"editPost"_s;
const QString DeletePost = u"deletePost"_s;
const QString React = u"react"_s;
const QString CreateComment = u"createComment"_s;
const QString SetMembership = u"setMembership"_s;
const QString EditComment = u"editComment"_s;
const QString DeleteComment = u"deleteComment"_s;
const QString SetSubscription = u"setSubscription"_s;
const QString ReportWrite = u"report"_s;
const QString SetBlocked = u"setBlocked"_s;

QString postTarget(qint64 id)
{
    return u"post:%1"_s.arg(id);
}

QJsonValue kindValue(std::optional<ReactionKind> kind)
{
    return kind ? QJsonValue(toWire(*kind)) : QJsonValue(QJsonValue::Null);
}

std::optional<ReactionKind> kindFrom(const QJsonValue &value)
{
    return value.isString() ? reactionKindFromWire(value.toString()) : std::nullopt;
}

// The number after the colon of a target like "post:42".
qint64 targetId(const QString &target)
{
    return target.mid(target.indexOf(u':') + 1).toLongLong();
}

// Errors worth trying again: the server could not be reached, was overloaded or failed.
// Anything else the server refused for good.
bool isTransient(const ApiError &error)
{
    switch (error.code()) {
    case ApiError::Code::Network:
    case ApiError::Code::Internal:
    case ApiError::Code::RateLimited:
    case ApiError::Code::RequestTimeout:
        return true;
    default:
        return false;
    }
}

} // namespace

Outbox::Outbox(OutboxStore &store, FeedCache &feed, CommentCache &comments, ApiClient &api,
    const User &me, QObject *parent)
    : QObject(parent), m_store(store), m_feed(feed), m_comments(comments), m_api(api), m_me(me)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::flush);
}

Outbox::~Outbox() = default;

std::chrono::milliseconds Outbox::backoff(int attempt)
{
    const double base = std::min(2000.0 * std::pow(2.0, std::max(0, attempt - 1)), 300'000.0);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(base * jitter));
}

qint64 Outbox::nextLocalId()
{
    // Local ids count down from -1 and are never reused, even across restarts.
    const qint64 last = m_feed.state(u"outbox.lastLocalId"_s).toLongLong();
    const qint64 id = std::min<qint64>(last, 0) - 1;
    m_feed.setState(u"outbox.lastLocalId"_s, QString::number(id));
    return id;
}

qint64 Outbox::record(const QString &kind, const QString &target, const QJsonObject &payload)
{
    OutboxEntry entry;
    entry.kind = kind;
    entry.target = target;
    entry.payload = payload;
    entry.idempotencyKey = ApiClient::newIdempotencyKey();
    const qint64 id = m_store.enqueue(entry);
    if (id <= 0)
        qCCritical(lcOutbox) << "a write could not be recorded in the outbox";
    notifyPending();
    scheduleFlush();
    return id;
}

qint64 Outbox::createPost(const NewPost &newPost)
{
    const qint64 localId = nextLocalId();
    Post post;
    post.id = localId;
    post.kind = newPost.kind;
    post.author = m_me;
    post.title = newPost.title;
    post.body = newPost.body;
    post.hashtags = Hashtags::unite(
        Hashtags::extract(QString(newPost.title + u'\n' + newPost.body)), newPost.hashtags);
    post.contentWarning = newPost.contentWarning;
    post.createdAt = QDateTime::currentDateTimeUtc();
    m_feed.storePosts({post});
    record(CreatePost, postTarget(localId),
        {{u"post"_s, Json::toJson(newPost)}, {u"localId"_s, localId}});
    Q_EMIT postsChanged({localId});
    return localId;
}

void Outbox::editPost(qint64 postId, const PostPatch &patch)
{
    if (auto post = m_feed.post(postId)) {
        post->title = patch.title.value_or(post->title);
        post->body = patch.body.value_or(post->body);
        post->contentWarning = patch.contentWarning.value_or(post->contentWarning);
        if (patch.hashtags || patch.title || patch.body) {
            post->hashtags
                = Hashtags::unite(Hashtags::extract(QString(post->title + u'\n' + post->body)),
                    patch.hashtags.value_or(post->hashtags));
        }
        post->editedAt = QDateTime::currentDateTimeUtc();
        m_feed.storePosts({*post});
        m_feed.setLocalState(postId, LocalState::Pending);
        Q_EMIT postsChanged({postId});
    }
    record(
        EditPost, postTarget(postId), {{u"postId"_s, postId}, {u"patch"_s, Json::toJson(patch)}});
}

void Outbox::deletePost(qint64 postId)
{
    m_feed.removePosts({postId});
    Q_EMIT postsChanged({postId});
    if (postId < 0) {
        // Never sent: the post and everything waiting on it simply go.
        for (const OutboxEntry &entry : m_store.all()) {
            if (entry.target == postTarget(postId) && entry.state != OutboxEntry::InFlight)
                m_store.remove(entry.id);
        }
        notifyPending();
        return;
    }
    record(DeletePost, postTarget(postId), {{u"postId"_s, postId}});
}

void Outbox::react(qint64 postId, std::optional<ReactionKind> kind)
{
    const std::optional<ReactionKind> before = m_feed.myReaction(postId);
    m_feed.setMyReaction(postId, kind);
    Q_EMIT postsChanged({postId});

    // A toggle not sent yet takes the new state; back where it started, nothing is sent.
    for (OutboxEntry entry : m_store.pending()) {
        if (entry.kind != React || entry.target != postTarget(postId)
            || entry.state != OutboxEntry::Pending) {
            continue;
        }
        if (kindFrom(entry.payload.value(u"base"_s)) == kind) {
            m_store.remove(entry.id);
        } else {
            entry.payload.insert(u"kind"_s, kindValue(kind));
            m_store.update(entry);
        }
        notifyPending();
        scheduleFlush();
        return;
    }
    if (before == kind)
        return;
    record(React, postTarget(postId),
        {{u"postId"_s, postId}, {u"kind"_s, kindValue(kind)}, {u"base"_s, kindValue(before)}});
}

qint64 Outbox::createComment(qint64 postId, const NewComment &newComment)
{
    const qint64 localId = nextLocalId();
    Comment comment;
    comment.id = localId;
    comment.postId = postId;
    comment.parentId = newComment.parentId;
    comment.author = m_me;
    comment.body = newComment.body;
    comment.contentWarning = newComment.contentWarning;
    comment.createdAt = QDateTime::currentDateTimeUtc();
    m_comments.storeComment(comment);
    if (auto post = m_feed.post(postId)) {
        ++post->commentCount;
        m_feed.storePosts({*post});
        Q_EMIT postsChanged({postId});
    }
    record(CreateComment, postTarget(postId),
        {{u"postId"_s, postId}, {u"commentId"_s, localId},
            {u"comment"_s, Json::toJson(newComment)}});
    Q_EMIT commentsChanged(postId);
    return localId;
}

void Outbox::editComment(qint64 commentId, const CommentPatch &patch)
{
    if (auto comment = m_comments.comment(commentId)) {
        comment->body = patch.body.value_or(comment->body);
        comment->contentWarning = patch.contentWarning.value_or(comment->contentWarning);
        comment->editedAt = QDateTime::currentDateTimeUtc();
        m_comments.storeComment(*comment);
        m_comments.setLocalState(commentId, LocalState::Pending);
        Q_EMIT commentsChanged(comment->postId);
    }
    record(EditComment, u"comment:%1"_s.arg(commentId),
        {{u"commentId"_s, commentId}, {u"patch"_s, Json::toJson(patch)}});
}

void Outbox::deleteComment(qint64 commentId)
{
    const auto comment = m_comments.comment(commentId);
    m_comments.removeComment(commentId);
    if (comment) {
        if (auto post = m_feed.post(comment->postId)) {
            post->commentCount = std::max<qint64>(0, post->commentCount - 1);
            m_feed.storePosts({*post});
            Q_EMIT postsChanged({post->id});
        }
        Q_EMIT commentsChanged(comment->postId);
    }
    if (commentId < 0) {
        // Never sent: the comment and what waits on it simply go.
        for (const OutboxEntry &entry : m_store.all()) {
            const bool creates = entry.kind == CreateComment
                && entry.payload.value(u"commentId"_s).toInteger() == commentId;
            if ((creates || entry.target == u"comment:%1"_s.arg(commentId))
                && entry.state != OutboxEntry::InFlight) {
                m_store.remove(entry.id);
            }
        }
        notifyPending();
        return;
    }
    record(DeleteComment, u"comment:%1"_s.arg(commentId), {{u"commentId"_s, commentId}});
}

void Outbox::setSubscription(qint64 newsletterId, bool subscribed)
{
    record(SetSubscription, u"newsletter:%1"_s.arg(newsletterId),
        {{u"newsletterId"_s, newsletterId}, {u"subscribed"_s, subscribed}});
}

void Outbox::report(ApiClient::ReportTarget target, qint64 id, const Report &report)
{
    const bool post = target == ApiClient::ReportTarget::Post;
    record(ReportWrite, (post ? u"post:%1"_s : u"comment:%1"_s).arg(id),
        {{post ? u"postId"_s : u"commentId"_s, id}, {u"report"_s, Json::toJson(report)}});
}

void Outbox::setBlocked(qint64 userId, bool blocked)
{
    if (blocked) {
        m_feed.removePostsByAuthor(userId);
        Q_EMIT postsChanged({});
    }
    record(SetBlocked, u"user:%1"_s.arg(userId), {{u"userId"_s, userId}, {u"blocked"_s, blocked}});
}

void Outbox::setMembership(const QString &slug, bool joined)
{
    m_feed.setJoined(slug, joined);
    record(SetMembership, u"topic:"_s + slug, {{u"slug"_s, slug}, {u"joined"_s, joined}});
    Q_EMIT topicChanged(slug);
}

void Outbox::reassertMembership(const QString &slug)
{
    // The newest waiting membership write for the topic is what the person last chose.
    const QList<OutboxEntry> waiting = m_store.pending();
    for (auto entry = waiting.crbegin(); entry != waiting.crend(); ++entry) {
        if (entry->kind == SetMembership && entry->target == u"topic:"_s + slug) {
            m_feed.setJoined(slug, entry->payload.value(u"joined"_s).toBool());
            return;
        }
    }
}

void Outbox::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (!online)
        return;
    // The connection is back: what waited out a backoff goes now, not at its next turn.
    for (OutboxEntry entry : m_store.pending()) {
        if (entry.nextAttemptAt.isValid()) {
            entry.nextAttemptAt = {};
            m_store.update(entry);
        }
    }
    m_retryTimer.stop();
    scheduleFlush();
}

void Outbox::scheduleFlush()
{
    QMetaObject::invokeMethod(this, &Outbox::flush, Qt::QueuedConnection);
}

void Outbox::notifyPending()
{
    Q_EMIT pendingCountChanged(pendingCount());
}

int Outbox::pendingCount() const
{
    return int(m_store.pending().size());
}

QList<OutboxEntry> Outbox::failedWrites() const
{
    QList<OutboxEntry> failed = m_store.all();
    failed.removeIf([](const OutboxEntry &entry) { return entry.state != OutboxEntry::Failed; });
    return failed;
}

bool Outbox::isBlocked(const OutboxEntry &entry) const
{
    if (entry.kind == CreatePost)
        return false;
    if (entry.kind == CreateComment) {
        // A comment on a post (or a reply to a comment) still waiting for its server id.
        const QJsonObject comment = entry.payload.value(u"comment"_s).toObject();
        return entry.payload.value(u"postId"_s).toInteger() < 0
            || comment.value(u"parentId"_s).toInteger() < 0;
    }
    return targetId(entry.target) < 0;
}

void Outbox::flush()
{
    if (m_inFlight || !m_online || m_waitingForSignIn)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> held; // targets whose earlier write has not gone yet: order is kept per target
    for (const OutboxEntry &entry : m_store.all()) {
        if (held.contains(entry.target))
            continue;
        if (entry.state == OutboxEntry::Failed || isBlocked(entry)) {
            held.insert(entry.target);
            continue;
        }
        // A write waiting out a backoff holds back every later one: the server was out of
        // reach, and writes go in the order they were made.
        if (entry.nextAttemptAt.isValid() && entry.nextAttemptAt > now) {
            const qint64 wait = now.msecsTo(entry.nextAttemptAt);
            if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > wait)
                m_retryTimer.start(int(std::max<qint64>(wait, 10)));
            return;
        }
        send(entry);
        return;
    }
    if (!m_retryTimer.isActive())
        Q_EMIT drained();
}

void Outbox::send(OutboxEntry entry)
{
    m_inFlight = true;
    entry.state = OutboxEntry::InFlight;
    ++entry.attempts;
    m_store.update(entry);

    const QString key = entry.idempotencyKey;
    const QJsonObject &payload = entry.payload;
    const qint64 postId = payload.value(u"postId"_s).toInteger();
    const auto settle = [this, entry](const std::optional<ApiError> &error) {
        m_inFlight = false;
        if (error)
            failed(entry, *error);
        else
            succeeded(entry);
        scheduleFlush();
    };

    if (entry.kind == CreatePost) {
        const Result<NewPost> post = Json::decode<NewPost>(payload.value(u"post"_s));
        if (!post) {
            settle(post.error());
            return;
        }
        const qint64 localId = payload.value(u"localId"_s).toInteger();
        m_api.createPost(*post, key, this, [this, settle, localId](Result<Post> result) {
            if (result) {
                m_feed.replacePostId(localId, result->id);
                m_feed.storePosts({*result});
                m_feed.setLocalState(result->id, LocalState::Synced);
                m_store.replaceLocalId(u"post", localId, result->id);
                Q_EMIT postIdChanged(localId, result->id);
                Q_EMIT postsChanged({result->id});
            }
            settle(result ? std::nullopt : std::optional(result.error()));
        });
    } else if (entry.kind == EditPost) {
        const Result<PostPatch> patch = Json::decode<PostPatch>(payload.value(u"patch"_s));
        const auto cached = m_feed.post(postId);
        if (!patch) {
            settle(patch.error());
            return;
        }
        // The version of the post as the cache knows it now: an earlier edit of the same
        // post has settled by the time this one goes.
        m_api.editPost(postId, cached ? cached->version : 1, *patch, key, this,
            [this, settle, postId](Result<Post> result) {
                if (result) {
                    m_feed.storePosts({*result});
                    m_feed.setLocalState(postId, LocalState::Synced);
                    Q_EMIT postsChanged({postId});
                }
                settle(result ? std::nullopt : std::optional(result.error()));
            });
    } else if (entry.kind == DeletePost) {
        m_api.deletePost(postId, key, this, [settle](Result<ApiClient::Done> result) {
            // Gone already is what was wanted.
            const bool done = result || result.error().code() == ApiError::Code::NotFound;
            settle(done ? std::nullopt : std::optional(result.error()));
        });
    } else if (entry.kind == React) {
        m_api.react(postId, kindFrom(payload.value(u"kind"_s)), key, this,
            [this, settle, postId](Result<ApiClient::ReactionState> result) {
                if (result) {
                    if (auto post = m_feed.post(postId)) {
                        post->reactions = result->reactions;
                        m_feed.storePosts({*post});
                        Q_EMIT postsChanged({postId});
                    }
                }
                const bool gone = !result && result.error().code() == ApiError::Code::NotFound;
                settle(result || gone ? std::nullopt : std::optional(result.error()));
            });
    } else if (entry.kind == CreateComment) {
        const Result<NewComment> comment = Json::decode<NewComment>(payload.value(u"comment"_s));
        if (!comment) {
            settle(comment.error());
            return;
        }
        const qint64 localId = payload.value(u"commentId"_s).toInteger();
        m_api.createComment(
            postId, *comment, key, this, [this, settle, localId, postId](Result<Comment> result) {
                if (result) {
                    m_comments.replaceCommentId(localId, result->id);
                    m_comments.storeComment(*result);
                    m_comments.setLocalState(result->id, LocalState::Synced);
                    m_store.replaceLocalId(u"comment", localId, result->id);
                    Q_EMIT commentsChanged(postId);
                }
                settle(result ? std::nullopt : std::optional(result.error()));
            });
    } else if (entry.kind == SetMembership) {
        m_api.setMembership(payload.value(u"slug"_s).toString(),
            payload.value(u"joined"_s).toBool(), key, this, [this, settle](Result<Topic> result) {
                if (result) {
                    m_feed.storeTopic(*result);
                    Q_EMIT topicChanged(result->slug);
                }
                settle(result ? std::nullopt : std::optional(result.error()));
            });
    } else if (entry.kind == EditComment) {
        const qint64 commentId = payload.value(u"commentId"_s).toInteger();
        const Result<CommentPatch> patch = Json::decode<CommentPatch>(payload.value(u"patch"_s));
        const auto cached = m_comments.comment(commentId);
        if (!patch) {
            settle(patch.error());
            return;
        }
        m_api.editComment(commentId, cached ? cached->version : 1, *patch, key, this,
            [this, settle, commentId](Result<Comment> result) {
                if (result) {
                    m_comments.storeComment(*result);
                    m_comments.setLocalState(commentId, LocalState::Synced);
                    Q_EMIT commentsChanged(result->postId);
                }
                settle(result ? std::nullopt : std::optional(result.error()));
            });
    } else if (entry.kind == DeleteComment) {
        m_api.deleteComment(payload.value(u"commentId"_s).toInteger(), key, this,
            [settle](Result<ApiClient::Done> result) {
                const bool done = result || result.error().code() == ApiError::Code::NotFound;
                settle(done ? std::nullopt : std::optional(result.error()));
            });
    } else if (entry.kind == SetSubscription) {
        m_api.setSubscription(payload.value(u"newsletterId"_s).toInteger(),
            payload.value(u"subscribed"_s).toBool(), key, this,
            [settle](Result<Newsletter> result) {
                settle(result ? std::nullopt : std::optional(result.error()));
            });
    } else if (entry.kind == ReportWrite) {
        const Result<Report> report = Json::decode<Report>(payload.value(u"report"_s));
        if (!report) {
            settle(report.error());
            return;
        }
        const bool post = payload.contains(u"postId"_s);
        m_api.report(post ? ApiClient::ReportTarget::Post : ApiClient::ReportTarget::Comment,
            payload.value(post ? u"postId"_s : u"commentId"_s).toInteger(), *report, key, this,
            [settle](Result<qint64> result) {
                settle(result ? std::nullopt : std::optional(result.error()));
            });
    } else if (entry.kind == SetBlocked) {
        m_api.setBlocked(payload.value(u"userId"_s).toInteger(),
            payload.value(u"blocked"_s).toBool(), key, this,
            [settle](Result<ApiClient::Done> result) {
                settle(result ? std::nullopt : std::optional(result.error()));
            });
    } else {
        settle(ApiError(ApiError::Code::Unknown, u"This write is of an unknown kind."_s));
    }
}

void Outbox::succeeded(const OutboxEntry &entry)
{
    m_store.remove(entry.id);
    notifyPending();
}

void Outbox::failed(OutboxEntry entry, const ApiError &error)
{
    if (error.code() == ApiError::Code::Unauthorized) {
        entry.state = OutboxEntry::Pending;
        m_store.update(entry);
        m_waitingForSignIn = true;
        Q_EMIT signInRequired();
        return;
    }
    entry.lastError = ApiClient::describe(error);
    if (isTransient(error)) {
        entry.state = OutboxEntry::Pending;
        entry.nextAttemptAt
            = QDateTime::currentDateTimeUtc().addMSecs(backoff(entry.attempts).count());
        m_store.update(entry);
        qCInfo(lcOutbox) << "will retry" << entry.kind << entry.target << "after attempt"
                         << entry.attempts;
        return;
    }
    entry.state = OutboxEntry::Failed;
    m_store.update(entry);
    const qint64 postId = targetId(entry.target);
    if (entry.target.startsWith(u"post:"_s)
        && (entry.kind == CreatePost || entry.kind == EditPost)) {
        m_feed.setLocalState(postId, LocalState::Failed, entry.lastError);
        Q_EMIT postsChanged({postId});
    } else if (entry.kind == CreateComment) {
        m_comments.setLocalState(
            entry.payload.value(u"commentId"_s).toInteger(), LocalState::Failed, entry.lastError);
        Q_EMIT commentsChanged(postId);
    }
    notifyPending();
    Q_EMIT writeFailed(entry.id, entry.lastError);
}

void Outbox::retry(qint64 entryId)
{
    auto entry = m_store.entry(entryId);
    if (!entry)
        return;
    entry->state = OutboxEntry::Pending;
    entry->nextAttemptAt = {};
    entry->lastError.clear();
    m_store.update(*entry);
    m_waitingForSignIn = false;
    notifyPending();
    scheduleFlush();
}

void Outbox::discard(qint64 entryId)
{
    const auto entry = m_store.entry(entryId);
    if (!entry || entry->state == OutboxEntry::InFlight)
        return;
    m_store.remove(entryId);
    // What only existed here goes with the write that would have made it.
    if (entry->kind == CreatePost) {
        deletePost(entry->payload.value(u"localId"_s).toInteger());
    } else if (entry->kind == CreateComment) {
        m_comments.removeComment(entry->payload.value(u"commentId"_s).toInteger());
        Q_EMIT commentsChanged(entry->payload.value(u"postId"_s).toInteger());
    }
    notifyPending();
    scheduleFlush();
}

} // namespace Hearth
