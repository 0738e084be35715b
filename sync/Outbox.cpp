#include "Outbox.h"

#include "api/Hashtags.h"
#include "api/Json.h"
#include "cache/CacheTransaction.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

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

// The members of a createPost's "upload": the copies' file names in the media folder, their
// types and upload keys, and, once uploaded, the server's ids for them.
const QString UploadMember = u"upload"_s;
const QString FileMember = u"file"_s;
const QString MimeTypeMember = u"mimeType"_s;
const QString KeyMember = u"key"_s;
const QString MediaIdMember = u"mediaId"_s;
const QString PosterMember = u"poster"_s;
const QString PosterMimeTypeMember = u"posterMimeType"_s;
const QString PosterKeyMember = u"posterKey"_s;
const QString PosterMediaIdMember = u"posterMediaId"_s;
const QString AltTextMember = u"altText"_s;
const QString SensitiveMember = u"sensitive"_s;
// Set once the uploads were made again because the server had dropped the first ones.
const QString RenewedMember = u"renewed"_s;

} // namespace

Outbox::Outbox(OutboxStore &store, FeedCache &feed, CommentCache &comments, ApiClient &api,
    const User &me, QObject *parent)
    : QObject(parent), m_store(store), m_feed(feed), m_comments(comments), m_api(api), m_me(me)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::flush);

    // Beside the cache file and named after it: the copies belong to this account's writes.
    const QString cachePath = m_feed.connection().databaseName();
    if (!cachePath.isEmpty() && cachePath != u":memory:"_s) {
        const QFileInfo cache(cachePath);
        setMediaDirectory(cache.dir().filePath(cache.completeBaseName() + u".outbox-media"_s));
    }
    // The outbox's block choices hold for the list too: a cache rebuilt from a damaged file
    // has the outbox back but not the list.
    BlockList blocks(m_feed.connection());
    for (const BlockList::Choice &choice : waitingBlockChoices()) {
        if (choice.blocked && !blocks.contains(choice.user.id))
            blocks.block(choice.user);
        else if (!choice.blocked)
            blocks.unblock(choice.user.id);
    }
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
    // Local ids count down from -1 and are never reused, even across restarts. The counter
    // is in the cache, which a repair may rebuild while the outbox (in the words file) keeps
    // writes that use local ids: the next id goes below theirs too.
    qint64 last = std::min<qint64>(m_feed.state(u"outbox.lastLocalId"_s).toLongLong(), 0);
    for (const OutboxEntry &entry : m_store.all()) {
        for (const QString &member : {u"localId"_s, u"commentId"_s, u"postId"_s})
            last = std::min(last, entry.payload.value(member).toInteger());
    }
    const qint64 id = last - 1;
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
    return addPost(newPost, {});
}

qint64 Outbox::createPost(const NewPost &newPost, const PostMedia &media)
{
    m_error.clear();
    if (m_mediaDir.isEmpty()) {
        m_error = tr("Hearth has no folder to keep the file in until it is sent.");
        return 0;
    }
    const QString file = copyIntoMediaFolder(media.path);
    if (file.isEmpty())
        return 0;
    QJsonObject upload{{FileMember, file}, {MimeTypeMember, QString::fromLatin1(media.mimeType)},
        {KeyMember, ApiClient::newIdempotencyKey()}, {AltTextMember, media.altText},
        {SensitiveMember, media.sensitive}};
    if (!media.posterPath.isEmpty()) {
        const QString poster = copyIntoMediaFolder(media.posterPath);
        if (poster.isEmpty()) {
            QFile::remove(QDir(m_mediaDir).filePath(file));
            return 0;
        }
        upload.insert(PosterMember, poster);
        upload.insert(PosterMimeTypeMember, QString::fromLatin1(media.posterMimeType));
        upload.insert(PosterKeyMember, ApiClient::newIdempotencyKey());
    }
    NewPost post = newPost;
    post.media.reset(); // the upload gives the id
    return addPost(post, upload);
}

qint64 Outbox::addPost(const NewPost &newPost, const QJsonObject &upload)
{
    const qint64 localId = nextLocalId();
    Post post;
    post.id = localId;
    post.kind = newPost.kind;
    post.author = m_me;
    post.title = newPost.title;
    post.body = newPost.body;
    post.hashtags = Hashtags::forPost(newPost.title, newPost.body, newPost.hashtags);
    post.contentWarning = newPost.contentWarning;
    post.createdAt = QDateTime::currentDateTimeUtc();
    m_feed.storePosts({post});
    QJsonObject payload{{u"post"_s, Json::toJson(newPost)}, {u"localId"_s, localId}};
    if (!upload.isEmpty())
        payload.insert(UploadMember, upload);
    record(CreatePost, postTarget(localId), payload);
    Q_EMIT postsChanged({localId});
    return localId;
}

QString Outbox::copyIntoMediaFolder(const QString &path)
{
    // A copy of our own, on disk before the write is recorded: the person may move or
    // delete the original, and the app may be closed long before the upload.
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        m_error = tr("Hearth can't read %1: %2").arg(path, source.errorString());
        return {};
    }
    // The person's pictures, not yet shared: for their eyes only until they are.
    if (!QDir().mkpath(m_mediaDir)
        || !QFile::setPermissions(
            m_mediaDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        m_error = tr("Hearth can't create its folder %1.").arg(m_mediaDir);
        return {};
    }
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile copy(QDir(m_mediaDir).filePath(name));
    if (!copy.open(QIODevice::WriteOnly)
        || !copy.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        m_error = tr("Hearth can't keep a copy of %1: %2").arg(path, copy.errorString());
        return {};
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size()) {
            m_error = tr("Hearth can't keep a copy of %1: %2")
                          .arg(path, chunk.isEmpty() ? source.errorString() : copy.errorString());
            copy.cancelWriting();
            return {};
        }
    }
    // commit() syncs the file to disk before it takes its name.
    if (!copy.commit()) {
        m_error = tr("Hearth can't keep a copy of %1: %2").arg(path, copy.errorString());
        return {};
    }
    return name;
}

void Outbox::removeMediaFiles(const OutboxEntry &entry)
{
    const QJsonObject upload = entry.payload.value(UploadMember).toObject();
    if (upload.isEmpty() || m_mediaDir.isEmpty())
        return;
    const QDir folder(m_mediaDir);
    for (const QString &member : {FileMember, PosterMember}) {
        const QString name = upload.value(member).toString();
        if (!name.isEmpty())
            QFile::remove(folder.filePath(name));
    }
}

void Outbox::setMediaDirectory(const QString &path)
{
    m_mediaDir = path;
    removeUnusedMediaFiles();
}

void Outbox::removeUnusedMediaFiles()
{
    // Copies that no write refers to: left by a crash between the copy and the recording
    // of its write, or between a post's creation and the removal of its files.
    QDir folder(m_mediaDir);
    if (m_mediaDir.isEmpty() || !folder.exists())
        return;
    QSet<QString> used;
    for (const OutboxEntry &entry : m_store.all()) {
        const QJsonObject upload = entry.payload.value(UploadMember).toObject();
        used.insert(upload.value(FileMember).toString());
        used.insert(upload.value(PosterMember).toString());
    }
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
        if (!used.contains(name)) {
            qCInfo(lcOutbox) << "removing an unused media copy" << name;
            folder.remove(name);
        }
    }
}

void Outbox::editPost(qint64 postId, const PostPatch &patch)
{
    if (auto post = m_feed.post(postId)) {
        post->title = patch.title.value_or(post->title);
        post->body = patch.body.value_or(post->body);
        post->contentWarning = patch.contentWarning.value_or(post->contentWarning);
        if (patch.hashtags || patch.title || patch.body) {
            // As the server does it: an explicit list replaces the old one; without one, the
            // tags the post has keep their places and new written ones follow.
            post->hashtags = patch.hashtags
                ? Hashtags::forPost(post->title, post->body, *patch.hashtags)
                : Hashtags::afterEdit(post->title, post->body, post->hashtags);
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
            if (entry.target == postTarget(postId) && entry.state != OutboxEntry::InFlight) {
                m_store.remove(entry.id);
                removeMediaFiles(entry);
            }
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

bool Outbox::setBlocked(const User &user, bool blocked)
{
    if (user.id <= 0 || user.id == m_me.id) {
        qCWarning(lcOutbox) << "not blocking or unblocking user" << user.id;
        return false;
    }
    QList<qint64> removedPosts;
    QList<qint64> threads;
    {
        // The list, the cache and the write change together: a sync batch stored meanwhile
        // (on the writer's thread) comes before all of it or after.
        CacheTransaction transaction(m_feed.connection());
        if (!transaction.isActive()) {
            // (The cache writer held the lock past the busy timeout: nothing was changed.)
            qCWarning(lcOutbox) << "a block could not begin";
            return false;
        }
        BlockList blocks(m_feed.connection());
        if (blocked) {
            blocks.block(user);
            m_feed.removePostsByAuthor(user.id, &removedPosts);
            m_comments.removeCommentsByAuthor(user.id, &threads);
        } else {
            blocks.unblock(user.id);
        }
        // The user goes with the write, so that the list can be rebuilt from the outbox.
        record(SetBlocked, u"user:%1"_s.arg(user.id),
            {{u"userId"_s, user.id}, {u"blocked"_s, blocked}, {u"user"_s, Json::toJson(user)}});
        if (!transaction.commit()) {
            qCCritical(lcOutbox) << "a block could not be recorded";
            return false;
        }
    }
    if (m_choicesDuringRefresh)
        m_choicesDuringRefresh->append({user, blocked});
    if (!removedPosts.isEmpty())
        Q_EMIT postsChanged(removedPosts);
    for (qint64 postId : std::as_const(threads))
        Q_EMIT commentsChanged(postId);
    Q_EMIT blocksChanged();
    return true;
}

QList<BlockList::Choice> Outbox::waitingBlockChoices() const
{
    QList<BlockList::Choice> choices;
    for (const OutboxEntry &entry : m_store.all()) {
        if (entry.kind != SetBlocked)
            continue;
        BlockList::Choice choice;
        // Writes recorded before the user went with them carry the id alone.
        if (const Result<User> user = Json::decode<User>(entry.payload.value(u"user"_s)))
            choice.user = user.value();
        choice.user.id = entry.payload.value(u"userId"_s).toInteger();
        choice.blocked = entry.payload.value(u"blocked"_s).toBool();
        choices.append(choice);
    }
    return choices;
}

void Outbox::refreshBlocks()
{
    if (m_choicesDuringRefresh)
        return; // one read at a time: the running one ends with blocksChanged() too
    if (!m_online) {
        // Offline (or --offline) nothing goes out; said later, as an answer would be.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT blocksRefreshFailed(ApiError(ApiError::Code::Network,
                    tr("You're offline. The list of people you blocked is as this computer "
                       "last knew it.")));
            },
            Qt::QueuedConnection);
        return;
    }
    // The choices waiting now count as made during the read: one may reach the server after
    // it answered, and then be neither in the outbox nor in the server's list at the end.
    m_choicesDuringRefresh.emplace(waitingBlockChoices());
    fetchBlocks({}, {});
}

void Outbox::fetchBlocks(const QString &cursor, QList<User> users)
{
    m_api.blockedUsers(
        cursor, this, [this, users = std::move(users)](Result<Page<User>> page) mutable {
            if (!page) {
                m_choicesDuringRefresh.reset();
                Q_EMIT blocksRefreshFailed(page.error());
                return;
            }
            users.append(page->items);
            if (page->hasMore()) {
                fetchBlocks(page->nextCursor, std::move(users));
                return;
            }
            // The outbox's choices first (the older), then those made during the read, which
            // may have settled and left the outbox meanwhile: the last choice per user wins.
            QList<BlockList::Choice> waiting = waitingBlockChoices();
            waiting.append(*m_choicesDuringRefresh);
            m_choicesDuringRefresh.reset();
            // Someone blocked on another device: what the cache already holds of theirs goes
            // too, with the list, as a block made here would.
            QList<qint64> removedPosts;
            QList<qint64> threads;
            bool kept = false;
            {
                CacheTransaction transaction(m_feed.connection());
                BlockList blocks(m_feed.connection());
                const QSet<qint64> before = blocks.ids();
                kept = blocks.replaceFromServer(users, waiting);
                const QSet<qint64> added = blocks.ids() - before;
                for (qint64 userId : added) {
                    QList<qint64> posts;
                    QList<qint64> postsWithComments;
                    m_feed.removePostsByAuthor(userId, &posts);
                    m_comments.removeCommentsByAuthor(userId, &postsWithComments);
                    removedPosts.append(posts);
                    threads.append(postsWithComments);
                }
                kept = kept && transaction.commit();
            }
            if (!kept) {
                Q_EMIT blocksRefreshFailed(ApiError(ApiError::Code::Internal,
                    tr("Hearth could not keep the list of people you blocked on this "
                       "computer.")));
                return;
            }
            if (!removedPosts.isEmpty())
                Q_EMIT postsChanged(removedPosts);
            for (qint64 postId : std::as_const(threads))
                Q_EMIT commentsChanged(postId);
            Q_EMIT blocksChanged();
        });
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

void Outbox::reassertMemberships()
{
    // In the order written: a later choice for a topic overwrites an earlier one.
    for (const OutboxEntry &entry : m_store.pending()) {
        if (entry.kind == SetMembership) {
            m_feed.setJoined(entry.payload.value(u"slug"_s).toString(),
                entry.payload.value(u"joined"_s).toBool());
        }
    }
}

void Outbox::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (online)
        sendWaitingNow();
}

void Outbox::sendWaitingNow()
{
    // The connection is back (or the app has just started): what waited out a backoff goes
    // now, not at its next turn.
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
        this->settle(entry, error);
    };

    if (entry.kind == CreatePost) {
        sendCreatePost(entry);
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
        const qint64 userId = payload.value(u"userId"_s).toInteger();
        const bool blocked = payload.value(u"blocked"_s).toBool();
        m_api.setBlocked(userId, blocked, key, this,
            [this, settle, userId, blocked](Result<ApiClient::Done> result) {
                settle(result ? std::nullopt : std::optional(result.error()));
                if (result && !blocked)
                    Q_EMIT unblockDelivered(userId);
            });
    } else {
        settle(ApiError(ApiError::Code::Unknown, u"This write is of an unknown kind."_s));
    }
}

void Outbox::sendCreatePost(OutboxEntry entry)
{
    // The files go first, the poster before its video, each id recorded as it comes back.
    QJsonObject upload = entry.payload.value(UploadMember).toObject();
    if (upload.contains(PosterMember) && !upload.contains(PosterMediaIdMember)) {
        uploadMedia(entry, true);
        return;
    }
    if (!upload.isEmpty() && !upload.contains(MediaIdMember)) {
        uploadMedia(entry, false);
        return;
    }

    QJsonObject postJson = entry.payload.value(u"post"_s).toObject();
    if (!upload.isEmpty()) {
        postJson.insert(u"media"_s,
            Json::toJson(MediaAttachment{upload.value(MediaIdMember).toInteger(),
                upload.value(AltTextMember).toString(), upload.value(SensitiveMember).toBool()}));
    }
    const Result<NewPost> post = Json::decode<NewPost>(postJson);
    if (!post) {
        settle(entry, post.error());
        return;
    }
    const qint64 localId = entry.payload.value(u"localId"_s).toInteger();
    m_api.createPost(*post, entry.idempotencyKey, this,
        [this, entry, upload, localId](Result<Post> result) mutable {
            if (result) {
                m_feed.replacePostId(localId, result->id);
                m_feed.storePosts({*result});
                m_feed.setLocalState(result->id, LocalState::Synced);
                m_store.replaceLocalId(u"post", localId, result->id);
                Q_EMIT postIdChanged(localId, result->id);
                Q_EMIT postsChanged({result->id});
                settle(entry, std::nullopt);
                // Only now that the post holds the media are the copies of no more use.
                removeMediaFiles(entry);
                return;
            }
            // The server drops an upload no post took within a day: a write that waited
            // that long (or was retried a day after a refusal) uploads its files again,
            // under new keys, once.
            const ApiError &error = result.error();
            if (!upload.isEmpty() && error.code() == ApiError::Code::ValidationFailed
                && error.field() == u"media.id"_s && !upload.value(RenewedMember).toBool()) {
                qCInfo(lcOutbox) << "uploading the media of" << entry.target << "again";
                upload.remove(MediaIdMember);
                upload.remove(PosterMediaIdMember);
                upload.insert(KeyMember, ApiClient::newIdempotencyKey());
                if (upload.contains(PosterMember))
                    upload.insert(PosterKeyMember, ApiClient::newIdempotencyKey());
                upload.insert(RenewedMember, true);
                entry.payload.insert(UploadMember, upload);
                m_store.update(entry);
                sendCreatePost(entry);
                return;
            }
            settle(entry, error);
        });
}

void Outbox::uploadMedia(OutboxEntry entry, bool poster)
{
    const QJsonObject upload = entry.payload.value(UploadMember).toObject();
    QFile file(
        QDir(m_mediaDir).filePath(upload.value(poster ? PosterMember : FileMember).toString()));
    if (m_mediaDir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        settle(entry,
            ApiError(ApiError::Code::Unknown,
                tr("The file for this post is no longer in Hearth's folder, so it can't be "
                   "sent. Discard the post and write it again with the file.")));
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    std::optional<qint64> posterId;
    if (!poster && upload.contains(PosterMediaIdMember))
        posterId = upload.value(PosterMediaIdMember).toInteger();
    const QByteArray mimeType
        = upload.value(poster ? PosterMimeTypeMember : MimeTypeMember).toString().toLatin1();
    const QString key = upload.value(poster ? PosterKeyMember : KeyMember).toString();
    m_api.uploadMedia(
        bytes, mimeType, posterId, key, this, [this, entry, poster](Result<Media> result) mutable {
            if (!result) {
                settle(entry, result.error());
                return;
            }
            // Recorded before the next step: after a crash the write goes on from here
            // rather than uploading again (and a lost answer is replayed under the same key).
            QJsonObject upload = entry.payload.value(UploadMember).toObject();
            upload.insert(poster ? PosterMediaIdMember : MediaIdMember, result->id);
            entry.payload.insert(UploadMember, upload);
            m_store.update(entry);
            Q_EMIT mediaUploaded(entry.id, result->id);
            sendCreatePost(entry);
        });
}

void Outbox::settle(const OutboxEntry &entry, const std::optional<ApiError> &error)
{
    m_inFlight = false;
    if (error)
        failed(entry, *error);
    else
        succeeded(entry);
    scheduleFlush();
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
    if (entry->payload.contains(UploadMember)) {
        // A retry may come days later: the server may have dropped the uploads by then.
        QJsonObject upload = entry->payload.value(UploadMember).toObject();
        upload.remove(RenewedMember);
        entry->payload.insert(UploadMember, upload);
    }
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
    removeMediaFiles(*entry);
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
