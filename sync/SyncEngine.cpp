#include "SyncEngine.h"

#include "CacheWriter.h"
#include "cache/BlockList.h"
#include "cache/CacheTransaction.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/ProfileCache.h"
#include "net/ApiClient.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "hearth.sync")

using namespace Qt::StringLiterals;

namespace Hearth {

SyncEngine::SyncEngine(FeedCache &feed, CommentCache &comments, ApiClient &api, QObject *parent)
    : QObject(parent), m_feed(feed), m_comments(comments), m_api(api)
{ }

SyncEngine::~SyncEngine() = default;

void SyncEngine::begin()
{
    if (m_running++ == 0 && m_state != State::Syncing) {
        m_state = State::Syncing;
        Q_EMIT stateChanged(m_state);
    }
}

void SyncEngine::end(const std::optional<ApiError> &error)
{
    m_running = std::max(0, m_running - 1);
    State next = m_state;
    if (error && error->code() == ApiError::Code::Network) {
        next = State::Offline;
    } else if (m_running == 0) {
        next = State::Idle;
        if (!error)
            m_lastSyncedAt = QDateTime::currentDateTimeUtc();
    }
    if (error)
        Q_EMIT syncFailed(*error);
    if (next != m_state) {
        m_state = next;
        Q_EMIT stateChanged(m_state);
    }
}

QSet<qint64> SyncEngine::blockedIds() const
{
    return BlockList(m_feed.connection()).ids();
}

QList<Post> SyncEngine::settledOnly(const QList<Post> &posts) const
{
    QList<qint64> ids;
    ids.reserve(posts.size());
    for (const Post &post : posts)
        ids.append(post.id);
    // One query for the batch: the window's thread reads while the writer writes.
    const QSet<qint64> pending = m_feed.pendingAmong(ids);
    if (pending.isEmpty())
        return posts;
    QList<Post> settled;
    settled.reserve(posts.size());
    for (const Post &post : posts) {
        if (!pending.contains(post.id))
            settled.append(post);
    }
    return settled;
}

void SyncEngine::storePage(
    const FeedKey &feed, const Page<Post> &page, int firstRank, std::function<void()> then)
{
    // Nothing by a blocked author, even when the server's page predates the block (it is
    // still waiting in the outbox): those are dropped before anything else, and take no rank.
    const QList<Post> shown = BlockList::withoutBlocked(page.items, blockedIds());
    Page<Post> settled{settledOnly(shown), page.nextCursor};
    // A trending page's ranks count every post shown, settled or not.
    if (settled.items.size() != shown.size() && feed.sort == FeedSort::Trending)
        settled.items = shown;
    QList<qint64> ids;
    for (const Post &post : shown)
        ids.append(post.id);
    const auto tell = [this, feed, ids, then](bool written) {
        if (written) {
            Q_EMIT feedPageStored(feed);
            Q_EMIT postsChanged(ids);
        }
        then();
    };
    if (m_writer) {
        m_writer->storeFeedPage(feed, settled, firstRank, this, tell);
        return;
    }
    tell(m_feed.storeFeedPage(feed, settled, firstRank));
}

void SyncEngine::ingestChanges(const Changes &changes, std::function<void(bool written)> then)
{
    Changes settled = changes;
    settled.posts = settledOnly(BlockList::withoutBlocked(changes.posts, blockedIds()));
    QList<qint64> ids;
    for (const Post &post : std::as_const(settled.posts))
        ids.append(post.id);
    const auto tell = [this, ids, settled, then](bool written) {
        if (written) {
            if (!ids.isEmpty())
                Q_EMIT postsChanged(ids);
            if (!settled.deletedPostIds.isEmpty())
                Q_EMIT postsRemoved(settled.deletedPostIds);
            for (const Topic &topic : settled.topics)
                Q_EMIT topicChanged(topic.slug);
        }
        then(written);
    };
    if (m_writer) {
        m_writer->storeChanges(settled, this, tell);
        return;
    }
    // The batch and the sequence it brings the cache to commit together.
    CacheTransaction transaction(m_feed.connection());
    m_feed.storePosts(settled.posts);
    m_feed.removePosts(settled.deletedPostIds);
    m_feed.storeTopics(settled.topics);
    m_feed.setChangeSequence(settled.next);
    tell(transaction.commit());
}

void SyncEngine::refreshTopics()
{
    if (!m_networkEnabled)
        return;
    fetchTopics({});
}

void SyncEngine::fetchTopics(const QString &cursor)
{
    begin();
    m_api.topics({}, cursor, this, [this](Result<Page<Topic>> page) {
        if (!page) {
            end(page.error());
            return;
        }
        m_feed.storeTopics(page->items);
        if (page->nextCursor.isEmpty())
            Q_EMIT topicsChanged();
        else
            fetchTopics(page->nextCursor);
        end(std::nullopt);
    });
}

void SyncEngine::refreshTopic(const FeedKey &feed)
{
    if (!m_networkEnabled)
        return;
    if (feed.authorId != 0) {
        fetchAuthorPage(feed, {});
        return;
    }
    begin();
    const auto loadFirstPage = [this, feed] {
        m_api.feed(feed.slug, feed.query(PageSize), this, [this, feed](Result<Page<Post>> page) {
            if (!page) {
                end(page.error());
                return;
            }
            storePage(feed, *page, 0, [this] { end(std::nullopt); });
        });
    };

    begin();
    m_api.topic(feed.slug, this, [this](Result<Topic> topic) {
        if (topic) {
            m_feed.storeTopic(*topic);
            Q_EMIT topicChanged(topic->slug);
        }
        end(topic ? std::nullopt : std::optional(topic.error()));
    });

    if (m_feed.changeSequence() > 0) {
        loadFirstPage();
        return;
    }
    // Learn where the change sequence stands before the first feed, so that nothing
    // changed in between is missed by the next pull.
    m_api.changes(0, {}, this, [this, loadFirstPage](Result<Changes> changes) {
        if (changes && m_feed.changeSequence() == 0)
            m_feed.setChangeSequence(changes->next);
        if (changes && changes->notifications)
            Q_EMIT notificationsReported(*changes->notifications);
        if (!changes) {
            end(changes.error());
            return;
        }
        loadFirstPage();
    });
}

bool SyncEngine::canFetchMore(const FeedKey &feed) const
{
    if (feed.authorId != 0) {
        return m_networkEnabled
            && !ProfileCache(m_feed.connection()).serverCursor(feed.authorId, feed.kind).isEmpty();
    }
    return m_networkEnabled && !m_feed.serverCursor(feed).isEmpty();
}

void SyncEngine::fetchMore(const FeedKey &feed)
{
    if (!m_networkEnabled)
        return;
    if (feed.authorId != 0) {
        const QString cursor
            = ProfileCache(m_feed.connection()).serverCursor(feed.authorId, feed.kind);
        if (!cursor.isEmpty())
            fetchAuthorPage(feed, cursor);
        return;
    }
    const QString cursor = m_feed.serverCursor(feed);
    if (cursor.isEmpty())
        return;
    const int firstRank = feed.sort == FeedSort::Trending ? m_feed.nextTrendingRank(feed) : 0;
    begin();
    m_api.feed(feed.slug, feed.query(PageSize, cursor), this,
        [this, feed, firstRank](Result<Page<Post>> page) {
            if (!page) {
                end(page.error());
                return;
            }
            storePage(feed, *page, firstRank, [this] { end(std::nullopt); });
        });
}

void SyncEngine::fetchPost(qint64 postId)
{
    // A post written here and not sent yet has no server copy.
    if (!m_networkEnabled || postId <= 0)
        return;
    begin();
    m_api.post(postId, this, [this, postId](Result<Post> post) {
        if (post && blockedIds().contains(post->author.id)) {
            // The server gives a blocked author's post when asked by id; the cache keeps out.
            m_feed.removePosts({postId});
            Q_EMIT postsRemoved({postId});
        } else if (post) {
            if (m_feed.localState(postId) != LocalState::Pending) {
                m_feed.storePosts({*post});
                Q_EMIT postsChanged({postId});
            }
        } else if (post.error().code() == ApiError::Code::NotFound) {
            m_feed.removePosts({postId});
            Q_EMIT postsRemoved({postId});
        }
        // A post that is not there is an answer, not a failure of the sync.
        end(post || post.error().code() == ApiError::Code::NotFound ? std::nullopt
                                                                    : std::optional(post.error()));
    });
}

void SyncEngine::fetchComments(qint64 postId, bool nextPage)
{
    if (!m_networkEnabled)
        return;
    const QString cursor = nextPage ? m_comments.threadCursor(postId) : QString();
    if (nextPage && cursor.isEmpty())
        return;
    begin();
    m_api.comments(postId, cursor, this, [this, postId, nextPage](Result<Page<Comment>> page) {
        if (page) {
            const Page<Comment> shown{
                BlockList::withoutBlocked(page->items, blockedIds()), page->nextCursor};
            m_comments.storeThreadPage(postId, shown, !nextPage);
            Q_EMIT commentsChanged(postId);
        }
        end(page ? std::nullopt : std::optional(page.error()));
    });
}

void SyncEngine::refreshThread(qint64 postId)
{
    if (!m_networkEnabled || postId <= 0)
        return;
    if (const auto running = m_threadRefreshes.find(postId); running != m_threadRefreshes.end()) {
        // What the running one reads may predate the change that asks again.
        *running = true;
        return;
    }
    m_threadRefreshes.insert(postId, false);
    // The pages read again reach as far as the loaded ones: to the last top-level comment
    // cached, or to the end when the cache has no next page to ask for.
    // (A thread with no page loaded yet is read as its first page.)
    std::optional<Comment> until;
    if (!m_comments.threadCursor(postId).isEmpty())
        until = m_comments.lastServerTopLevel(postId).value_or(Comment{});
    begin();
    fetchThreadPage(postId, {}, until, {});
}

void SyncEngine::fetchThreadPage(
    qint64 postId, const QString &cursor, std::optional<Comment> until, QList<Comment> read)
{
    m_api.comments(postId, cursor, this,
        [this, postId, until, read = std::move(read)](Result<Page<Comment>> page) mutable {
            if (!page) {
                // A post gone is an answer: its delta removes it.
                threadRefreshed(postId,
                    page.error().code() == ApiError::Code::NotFound ? std::nullopt
                                                                    : std::optional(page.error()));
                return;
            }
            read.append(BlockList::withoutBlocked(page->items, blockedIds()));
            const bool reached = until
                && std::any_of(page->items.cbegin(), page->items.cend(), [&](const Comment &c) {
                       return !c.isReply()
                           && std::pair(c.createdAt, c.id)
                           >= std::pair(until->createdAt, until->id);
                   });
            if (!page->nextCursor.isEmpty() && !reached) {
                fetchThreadPage(postId, page->nextCursor, until, std::move(read));
                return;
            }
            // Stored as one first page: the thread is replaced in one transaction, and the
            // next page the reader asks for starts where these end.
            if (m_comments.storeThreadPage(postId, Page<Comment>{read, page->nextCursor}, true))
                Q_EMIT commentsChanged(postId);
            threadRefreshed(postId, std::nullopt);
        });
}

void SyncEngine::threadRefreshed(qint64 postId, const std::optional<ApiError> &error)
{
    // Asked again meanwhile: the next read begins before this one ends, so that the engine
    // does not look idle in between.
    if (m_threadRefreshes.take(postId))
        refreshThread(postId);
    end(error);
}

void SyncEngine::pullChanges()
{
    // Offline or not, a pull is tried: it is also how the client finds the server back.
    startPull({});
}

bool SyncEngine::waitForChanges(std::chrono::seconds wait)
{
    return startPull(wait);
}

bool SyncEngine::startPull(std::chrono::seconds wait)
{
    if (!m_networkEnabled || m_pulling)
        return false;
    m_pulling = true;
    m_pullBroken = false;
    m_pullError.reset();
    fetchChanges(m_feed.changeSequence(), wait);
    return true;
}

void SyncEngine::cancelWait()
{
    if (!m_waitContext)
        return;
    // The held request is a pull's first: nothing of that pull is being written.
    delete std::exchange(m_waitContext, nullptr);
    m_fetching = false;
    m_pulling = false;
}

void SyncEngine::setPulling(bool pulling)
{
    const bool ended = m_pulling && !pulling;
    m_pulling = pulling;
    if (ended)
        Q_EMIT pullFinished(std::exchange(m_pullError, std::nullopt));
}

void SyncEngine::fetchChanges(qint64 since, std::chrono::seconds wait)
{
    m_fetching = true;
    const auto answered = [this, held = wait.count() > 0](Result<Changes> changes) {
        if (held) {
            // Syncing from the answer on: while held, nothing was under way.
            delete std::exchange(m_waitContext, nullptr);
            begin();
        }
        m_fetching = false;
        if (changes && changes->notifications)
            Q_EMIT notificationsReported(*changes->notifications);
        if (m_pullBroken) {
            // Fetched ahead of a page that could not be written: its sequence would skip
            // that page's posts. The next pull asks again from what the cache holds.
            end(std::nullopt);
            setPulling(m_writing);
            return;
        }
        if (!changes) {
            // A sequence from another life of the server: start over from its present.
            if (!m_writing && changes.error().code() == ApiError::Code::BadRequest
                && changes.error().field() == u"since") {
                m_feed.setChangeSequence(0);
            }
            if (!m_pullError)
                m_pullError = changes.error();
            end(changes.error());
            // A page still being written ends the pull when it is done.
            setPulling(m_writing);
            return;
        }
        if (m_writing) {
            m_fetched = std::move(*changes);
            return;
        }
        writeChanges(std::move(*changes));
    };
    if (wait.count() > 0) {
        // A context of its own, so that the held request can be given up alone.
        m_waitContext = new QObject(this);
        m_api.waitForChanges(since, wait, m_waitContext, answered);
        return;
    }
    begin();
    m_api.changes(since, {}, this, answered);
}

void SyncEngine::writeChanges(const Changes &changes)
{
    const qint64 since = changes.since;
    const qint64 reached = changes.next;
    const bool more = changes.more;
    m_writing = true;
    // With a writer on its own thread, the next page is fetched while this one is written;
    // it waits in m_fetched (one page: the queue is bounded) until this one is committed,
    // so that pages commit in order, each with the sequence it reaches.
    if (more && m_writer)
        fetchChanges(reached);
    ingestChanges(changes, [this, since, reached, more](bool written) {
        qCDebug(lcSync) << "changes from" << since << "to" << reached << "written:" << written;
        m_writing = false;
        const std::optional<ApiError> failure = written
            ? std::nullopt
            : std::optional(
                ApiError(ApiError::Code::Internal, u"The cache could not be written."_s));
        if (failure && !m_pullError)
            m_pullError = failure;
        end(failure);
        if (!written) {
            if (m_fetched) {
                m_fetched.reset();
                end(std::nullopt);
            }
            m_pullBroken = m_fetching;
            setPulling(m_fetching);
            return;
        }
        if (m_fetched) {
            const Changes next = std::move(*m_fetched);
            m_fetched.reset();
            writeChanges(next);
        } else if (more && !m_writer) {
            fetchChanges(reached);
        } else if (!m_fetching) {
            setPulling(false);
        }
    });
}

void SyncEngine::setNetworkEnabled(bool enabled)
{
    m_networkEnabled = enabled;
    if (!enabled) {
        cancelWait();
        setOnline(false);
    }
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (online)
        pullChanges(); // coming back: catch up at once
    else if (m_state != State::Offline) {
        m_state = State::Offline;
        Q_EMIT stateChanged(m_state);
    }
}

void SyncEngine::refreshProfile(const QString &handle)
{
    if (!m_networkEnabled || handle.isEmpty())
        return;
    begin();
    m_api.profile(handle, this, [this, handle](Result<Profile> profile) {
        if (profile) {
            ProfileCache(m_feed.connection()).store(*profile);
            Q_EMIT profileChanged(profile->user.handle);
        } else if (profile.error().code() == ApiError::Code::NotFound) {
            Q_EMIT profileMissing(handle);
        }
        // No one by that handle is an answer, not a failure of the sync.
        end(profile || profile.error().code() == ApiError::Code::NotFound
                ? std::nullopt
                : std::optional(profile.error()));
    });
}

void SyncEngine::fetchAuthorPage(const FeedKey &feed, const QString &cursor)
{
    begin();
    m_api.userPosts(
        feed.authorId, feed.query(PageSize, cursor), this, [this, feed](Result<Page<Post>> page) {
            if (!page) {
                end(page.error());
                return;
            }
            // Small pages, stored here: nothing by a blocked author, nothing the outbox owns.
            const QList<Post> shown = BlockList::withoutBlocked(page->items, blockedIds());
            const QList<Post> settled = settledOnly(shown);
            CacheTransaction transaction(m_feed.connection());
            m_feed.storePosts(settled);
            ProfileCache(m_feed.connection())
                .setServerCursor(feed.authorId, feed.kind, page->nextCursor);
            if (transaction.commit()) {
                Q_EMIT feedPageStored(feed);
                QList<qint64> ids;
                for (const Post &post : shown)
                    ids.append(post.id);
                Q_EMIT postsChanged(ids);
            }
            end(std::nullopt);
        });
}

} // namespace Hearth
