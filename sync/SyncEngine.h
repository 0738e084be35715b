#pragma once

#include "api/ApiError.h"
#include "api/Changes.h"
#include "api/Comment.h"
#include "api/FeedKey.h"
#include "api/Page.h"
#include "api/Post.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <optional>

namespace Hearth {

class ApiClient;
class CacheWriter;
class CommentCache;
class FeedCache;

// Pulls the server's state into the cache, which is all the window reads: a topic's header
// and feed pages (first and next), its comment threads, and the deltas after the change
// sequence, periodically and when the connection returns. Each batch is written in one
// transaction, and the signals name exactly what changed, so that views update rows in
// place. Posts with a write of the person's still waiting keep their optimistic state until
// the outbox settles them. Nothing by a person on the BlockList is stored, whatever the
// server sent: a block still waiting in the outbox holds at once.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Syncing, Offline };
    Q_ENUM(State)

    SyncEngine(FeedCache &feed, CommentCache &comments, ApiClient &api, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Every topic of the community (names for the topic switcher, and which ones I joined),
    // page after page; topicsChanged() when they are stored.
    void refreshTopics();
    // The header's counts of the feed's topic and the feed's first page.
    void refreshTopic(const FeedKey &feed);
    // The next server page after what the cache holds; nothing when the server has no more.
    void fetchMore(const FeedKey &feed);
    bool canFetchMore(const FeedKey &feed) const;
    // One post as the server has it now (postsChanged), or gone (postsRemoved): for a post
    // opened that the cache lacks or may hold an old copy of.
    void fetchPost(qint64 postId);
    // A post's comment thread: the first page, or the next one.
    void fetchComments(qint64 postId, bool nextPage = false);
    // A post's comment thread read again from the server, as when a delta names the post:
    // as many pages as the cache had loaded (to the end when it had them all), stored in one
    // transaction (the person's unsent comments stay), then one commentsChanged. One refresh
    // of a thread at a time: asked again meanwhile, it runs once more after.
    void refreshThread(qint64 postId);
    // What changed on the server since the sequence the cache holds, page after page.
    // Nothing new starts while a pull runs; pullFinished() follows each pull.
    void pullChanges();
    // A pull whose first request the server holds up to wait while there is nothing to
    // report (docs/api.md "Waiting for changes"): it ends when something changed, or when
    // the wait is up. While held, the engine is not syncing: the window is as it was.
    // False when a pull already runs (its pullFinished() comes as usual).
    bool waitForChanges(std::chrono::seconds wait);
    // Gives up a held request of waitForChanges() that the server has not answered: for
    // when the connection it went out on is likely gone. No pullFinished() follows.
    void cancelWait();
    bool isWaiting() const { return m_waitContext != nullptr; }
    bool isPulling() const { return m_pulling; }

    void setOnline(bool online);
    // Disabled (--offline), the engine never touches the network: views read the cache only.
    void setNetworkEnabled(bool enabled);
    bool isNetworkEnabled() const { return m_networkEnabled; }

    // Large batches are written by writer on its own thread; without one, here.
    void setWriter(CacheWriter *writer) { m_writer = writer; }

    // A person's profile as the server has it now: profileChanged() once stored,
    // profileMissing() when no one has the handle. (Their posts are a feed whose key names
    // the author, FeedKey::authorId: refreshTopic() and fetchMore() take it.)
    void refreshProfile(const QString &handle);

    State state() const { return m_state; }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }

    static constexpr int PageSize = 20;
    // While the writer stores one /changes page, the next is fetched and held: at most this
    // many pages of a pull are in memory at once.
    static constexpr int MaxPagesInFlight = 2;

Q_SIGNALS:
    void topicChanged(const QString &slug);
    void topicsChanged();
    // A page of the feed was stored: views of that feed may have more rows.
    void feedPageStored(const Hearth::FeedKey &feed);
    void postsChanged(const QList<qint64> &postIds);
    void postsRemoved(const QList<qint64> &postIds);
    void commentsChanged(qint64 postId);
    void stateChanged(Hearth::SyncEngine::State state);
    void syncFailed(const Hearth::ApiError &error);
    // A pull ended: with the first error it met, or none when the cache is up to date with
    // what the server said.
    void pullFinished(const std::optional<Hearth::ApiError> &error);
    // A /changes answer told the signed-in person's notifications in brief.
    void notificationsReported(const Hearth::NotificationState &state);
    void profileChanged(const QString &handle);
    void profileMissing(const QString &handle);

private:
    void begin();
    void end(const std::optional<ApiError> &error);
    // The authors on the BlockList: read once per batch.
    QSet<qint64> blockedIds() const;
    // Drops the posts whose optimistic state the outbox still owns.
    QList<Post> settledOnly(const QList<Post> &posts) const;
    // Stores the page (through the writer when there is one), tells the views, then calls
    // then().
    void storePage(
        const FeedKey &feed, const Page<Post> &page, int firstRank, std::function<void()> then);
    void fetchTopics(const QString &cursor);
    void ingestChanges(const Changes &changes, std::function<void(bool written)> then);
    // A pull, page by page: fetches from since; writes a page, fetching the next meanwhile.
    void fetchChanges(qint64 since, std::chrono::seconds wait = {});
    // Starts a pull (its first request held up to wait when wait is above 0), unless the
    // network is off or one runs already.
    bool startPull(std::chrono::seconds wait);
    // Records a pull's end (pulling false) or not (still pulling), and tells when it ended.
    void setPulling(bool pulling);
    void writeChanges(const Changes &changes);
    // One page of a thread's refresh; stores what was read once a page reaches until (the
    // last top-level comment loaded before), or the end when there is no until.
    void fetchThreadPage(
        qint64 postId, const QString &cursor, std::optional<Comment> until, QList<Comment> read);
    void threadRefreshed(qint64 postId, const std::optional<ApiError> &error);
    // A page of an author's posts (FeedKey::authorId), after cursor ('' for the first).
    void fetchAuthorPage(const FeedKey &feed, const QString &cursor);

    CacheWriter *m_writer = nullptr;
    FeedCache &m_feed;
    CommentCache &m_comments;
    ApiClient &m_api;
    // The threads being refreshed, each with whether it was asked for again meanwhile.
    QHash<qint64, bool> m_threadRefreshes;
    State m_state = State::Idle;
    int m_running = 0;
    bool m_online = true;
    bool m_networkEnabled = true;
    bool m_pulling = false; // a pull runs: fetching or writing its pages
    bool m_fetching = false; // a /changes request of the pull is out
    bool m_writing = false; // a page of the pull is being written
    bool m_pullBroken = false; // a page failed to be written: what was fetched after it goes
    std::optional<Changes> m_fetched; // fetched while the page before it is written
    std::optional<ApiError> m_pullError; // the first the pull met
    QObject *m_waitContext = nullptr; // the held request's: deleting it gives the request up
    QDateTime m_lastSyncedAt;
};

} // namespace Hearth
