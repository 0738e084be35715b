#include "Outbox.h"

#include "BlockListRefresh.h"
#include "CommentWrites.h"
#include "MediaUploads.h"
#include "MembershipWrites.h"
#include "NotificationWrites.h"
#include "PostWrites.h"
#include "ProfileWrites.h"
#include "ReactionWrites.h"
#include "SafetyWrites.h"
#include "UnknownWrites.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

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

template<typename Write>
inline constexpr bool hasNoFamily = false;

} // namespace

// The families of writes and what they share. visit() hands a write to the family of its
// kind: a kind that no family handles does not compile.
struct Outbox::Families
{
    explicit Families(WriteContext context)
        : context(std::move(context))
        , media(this->context.store, this->context.api)
        , refresh(
              this->context.store, this->context.feed, this->context.comments, this->context.api)
        , posts(this->context, media)
        , comments(this->context)
        , reactions(this->context)
        , memberships(this->context)
        , safety(this->context, refresh)
        , notifications(this->context)
        , unknown(this->context)
        , profiles(this->context)
    { }

    template<typename Variant, typename Step>
    decltype(auto) visit(Variant &&write, Step &&step)
    {
        return std::visit(
            [&](auto &&kind) -> decltype(auto) {
                using Write = std::remove_cvref_t<decltype(kind)>;
                if constexpr (PostWrites::handles<Write>)
                    return step(posts, kind);
                else if constexpr (CommentWrites::handles<Write>)
                    return step(comments, kind);
                else if constexpr (ReactionWrites::handles<Write>)
                    return step(reactions, kind);
                else if constexpr (MembershipWrites::handles<Write>)
                    return step(memberships, kind);
                else if constexpr (SafetyWrites::handles<Write>)
                    return step(safety, kind);
                else if constexpr (NotificationWrites::handles<Write>)
                    return step(notifications, kind);
                else if constexpr (UnknownWrites::handles<Write>)
                    return step(unknown, kind);
                else if constexpr (ProfileWrites::handles<Write>)
                    return step(profiles, kind);
                else
                    static_assert(hasNoFamily<Write>, "each kind of write needs its family");
            },
            std::forward<Variant>(write));
    }

    QList<WriteFamily *> all()
    {
        return {&posts, &comments, &reactions, &memberships, &safety, &notifications, &unknown,
            &profiles};
    }

    WriteContext context;
    MediaUploads media;
    BlockListRefresh refresh;
    PostWrites posts;
    CommentWrites comments;
    ReactionWrites reactions;
    MembershipWrites memberships;
    SafetyWrites safety;
    NotificationWrites notifications;
    UnknownWrites unknown;
    ProfileWrites profiles;
};

Outbox::Outbox(OutboxStore &store, FeedCache &feed, CommentCache &comments, ApiClient &api,
    const User &me, QObject *parent)
    : QObject(parent)
{
    const auto record = [this, rows = &store](const PendingWrite &write) {
        const qint64 id = rows->enqueue(write, ApiClient::newIdempotencyKey());
        if (id <= 0)
            qCCritical(lcOutbox) << "a write could not be recorded in the outbox";
        notifyPending();
        scheduleFlush();
        return id;
    };
    const auto pendingChanged = [this] {
        notifyPending();
    };
    const auto flushSoon = [this] {
        scheduleFlush();
    };
    m_families = std::make_unique<Families>(
        WriteContext{store, feed, comments, api, me, record, pendingChanged, flushSoon});
    for (WriteFamily *family : m_families->all()) {
        connect(family, &WriteFamily::postsChanged, this, &Outbox::postsChanged);
        connect(family, &WriteFamily::commentsChanged, this, &Outbox::commentsChanged);
        connect(family, &WriteFamily::topicChanged, this, &Outbox::topicChanged);
        connect(family, &WriteFamily::postIdChanged, this, &Outbox::postIdChanged);
        connect(family, &WriteFamily::blocksChanged, this, &Outbox::blocksChanged);
        connect(family, &WriteFamily::unblockDelivered, this, &Outbox::unblockDelivered);
        connect(family, &WriteFamily::mediaUploaded, this, &Outbox::mediaUploaded);
        connect(family, &WriteFamily::notificationsChanged, this, &Outbox::notificationsChanged);
    }
    connect(&m_families->profiles, &ProfileWrites::profileChanged, this, &Outbox::profileChanged);
    BlockListRefresh *refresh = &m_families->refresh;
    connect(refresh, &BlockListRefresh::postsChanged, this, &Outbox::postsChanged);
    connect(refresh, &BlockListRefresh::commentsChanged, this, &Outbox::commentsChanged);
    connect(refresh, &BlockListRefresh::blocksChanged, this, &Outbox::blocksChanged);
    connect(refresh, &BlockListRefresh::blocksRefreshFailed, this, &Outbox::blocksRefreshFailed);

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::flush);

    // Beside the cache file and named after it: the copies belong to this account's writes.
    const QString cachePath = feed.connection().databaseName();
    if (!cachePath.isEmpty() && cachePath != u":memory:"_s) {
        const QFileInfo cache(cachePath);
        setMediaDirectory(cache.dir().filePath(cache.completeBaseName() + u".outbox-media"_s));
    }
    m_families->safety.reapplyWaitingBlocks();
}

Outbox::~Outbox() = default;

std::chrono::milliseconds Outbox::backoff(int attempt)
{
    const double base = std::min(2000.0 * std::pow(2.0, std::max(0, attempt - 1)), 300'000.0);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(base * jitter));
}

qint64 Outbox::createPost(const NewPost &post)
{
    return m_families->posts.create(post);
}

qint64 Outbox::createPost(const NewPost &post, const PostMedia &media)
{
    return m_families->posts.create(post, media);
}

void Outbox::editPost(qint64 postId, const PostPatch &patch)
{
    m_families->posts.edit(postId, patch);
}

void Outbox::deletePost(qint64 postId)
{
    m_families->posts.remove(postId);
}

void Outbox::react(qint64 postId, std::optional<ReactionKind> kind)
{
    m_families->reactions.react(postId, kind);
}

qint64 Outbox::createComment(qint64 postId, const NewComment &comment)
{
    return m_families->comments.create(postId, comment);
}

void Outbox::editComment(qint64 commentId, const CommentPatch &patch)
{
    m_families->comments.edit(commentId, patch);
}

void Outbox::deleteComment(qint64 commentId)
{
    m_families->comments.remove(commentId);
}

void Outbox::setMembership(const QString &slug, bool joined)
{
    m_families->memberships.setMembership(slug, joined);
}

void Outbox::reassertMembership(const QString &slug)
{
    m_families->memberships.reassertMembership(slug);
}

void Outbox::reassertMemberships()
{
    m_families->memberships.reassertMemberships();
}

void Outbox::editProfile(const ProfilePatch &patch)
{
    m_families->profiles.edit(patch);
}

void Outbox::uploadAvatar(const QByteArray &bytes, const QByteArray &mimeType,
    std::function<void(const std::optional<ApiError> &error)> done)
{
    m_families->profiles.uploadAvatar(bytes, mimeType, std::move(done));
}

void Outbox::reassertProfile(const QString &handle)
{
    m_families->profiles.reassert(handle);
}

void Outbox::setSubscription(qint64 newsletterId, bool subscribed)
{
    m_families->memberships.setSubscription(newsletterId, subscribed);
}

void Outbox::report(ReportTarget target, qint64 id, const Report &report)
{
    m_families->safety.report(target, id, report);
}

bool Outbox::setBlocked(const User &user, bool blocked)
{
    return m_families->safety.setBlocked(user, blocked);
}

void Outbox::refreshBlocks()
{
    m_families->refresh.refresh(m_online);
}

void Outbox::markNotificationsRead(qint64 upTo)
{
    m_families->notifications.markRead(upTo);
}

QString Outbox::errorString() const
{
    return m_families->media.errorString();
}

void Outbox::setMediaDirectory(const QString &path)
{
    m_families->media.setDirectory(path);
}

QString Outbox::mediaDirectory() const
{
    return m_families->media.directory();
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
    m_families->context.store.clearBackoffs();
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
    return m_families->context.store.pendingCount();
}

QList<UnsentWrite> Outbox::failedWrites() const
{
    QList<UnsentWrite> unsent;
    for (const QueuedWrite &queued : m_families->context.store.allWrites()) {
        if (queued.state != OutboxEntry::Failed)
            continue;
        UnsentWrite write{queued.id, {}, queued.lastError, {}};
        m_families->visit(queued.write, [&write](auto &family, const auto &kind) {
            write.description = family.describe(kind);
            write.words = family.words(kind);
        });
        unsent.append(write);
    }
    return unsent;
}

int Outbox::failedCount() const
{
    return m_families->context.store.failedCount();
}

void Outbox::flush()
{
    if (m_inFlight || !m_online || m_waitingForSignIn)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<WriteTarget> held; // whose earlier write has not gone yet: order is kept per target
    for (const QueuedWrite &entry : m_families->context.store.allWrites()) {
        const WriteTarget target = targetOf(entry.write);
        if (held.contains(target))
            continue;
        const bool waits = m_families->visit(entry.write,
            [](auto &family, const auto &kind) { return family.waitsForServerId(kind); });
        if (entry.state == OutboxEntry::Failed || waits) {
            held.insert(target);
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
}

void Outbox::send(QueuedWrite entry)
{
    m_inFlight = true;
    entry.state = OutboxEntry::InFlight;
    ++entry.attempts;
    m_families->context.store.update(entry);
    const qint64 id = entry.id;
    const WriteFamily::Settle settle = [this, id](const std::optional<ApiError> &error) {
        this->settle(id, error);
    };
    m_families->visit(entry.write,
        [&entry, &settle](auto &family, const auto &kind) { family.send(entry, kind, settle); });
}

void Outbox::settle(qint64 entryId, const std::optional<ApiError> &error)
{
    m_inFlight = false;
    OutboxStore &store = m_families->context.store;
    if (!error) {
        store.remove(entryId);
        notifyPending();
    } else if (const std::optional<QueuedWrite> entry = store.write(entryId)) {
        failed(*entry, *error);
    }
    scheduleFlush();
}

void Outbox::failed(QueuedWrite entry, const ApiError &error)
{
    OutboxStore &store = m_families->context.store;
    if (error.code() == ApiError::Code::Unauthorized) {
        entry.state = OutboxEntry::Pending;
        store.update(entry);
        m_waitingForSignIn = true;
        Q_EMIT signInRequired();
        return;
    }
    entry.lastError = ApiClient::describe(error);
    if (isTransient(error)) {
        entry.state = OutboxEntry::Pending;
        entry.nextAttemptAt
            = QDateTime::currentDateTimeUtc().addMSecs(backoff(entry.attempts).count());
        store.update(entry);
        qCInfo(lcOutbox) << "will retry write" << entry.id << "after attempt" << entry.attempts;
        return;
    }
    entry.state = OutboxEntry::Failed;
    store.update(entry);
    m_families->visit(entry.write,
        [&entry](auto &family, const auto &kind) { family.refused(kind, entry.lastError); });
    notifyPending();
    Q_EMIT writeFailed(entry.id, entry.lastError);
}

void Outbox::retry(qint64 entryId)
{
    OutboxStore &store = m_families->context.store;
    std::optional<QueuedWrite> entry = store.write(entryId);
    if (!entry)
        return;
    entry->state = OutboxEntry::Pending;
    entry->nextAttemptAt = {};
    entry->lastError.clear();
    m_families->visit(entry->write, [](auto &family, auto &kind) { family.retrying(kind); });
    store.update(*entry);
    m_waitingForSignIn = false;
    notifyPending();
    scheduleFlush();
}

void Outbox::discard(qint64 entryId)
{
    OutboxStore &store = m_families->context.store;
    const std::optional<QueuedWrite> entry = store.write(entryId);
    if (!entry || entry->state == OutboxEntry::InFlight)
        return;
    store.remove(entryId);
    m_families->visit(entry->write, [](auto &family, const auto &kind) { family.discarded(kind); });
    notifyPending();
    scheduleFlush();
}

} // namespace Hearth
