#pragma once

#include "FeedPosition.h"
#include "api/Enums.h"
#include "api/FeedKey.h"
#include "api/LocalState.h"
#include "api/Page.h"
#include "api/Post.h"
#include "api/Topic.h"
#include "api/User.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Hearth {

// The cached topics, posts and feeds: what the topic page and the post view read (the UI
// reads nothing else), and where the sync engine writes what the server sent.
//
// Every write is atomic. To make several writes one step (a sync batch, with its change
// sequence), wrap them in a CacheTransaction. Slugs are normalised with Hashtags::slug(),
// so "Therapy" and "therapy" name the same topic.
class FeedCache
{
public:
    explicit FeedCache(const QSqlDatabase &db);
    ~FeedCache();
    // Copies share the write path's prepared statements: use them on the same thread.
    FeedCache(const FeedCache &);
    FeedCache &operator=(const FeedCache &);

    // The connection, for a CacheTransaction around a batch of writes.
    QSqlDatabase connection() const { return m_db; }

    // Topics.
    bool storeTopic(const Topic &topic);
    bool storeTopics(const QList<Topic> &topics);
    std::optional<Topic> topic(const QString &slug) const;
    // The cached topics whose slug starts with slugPrefix (all of them for an empty one),
    // most members first: the composer's hashtag completion and the topic list.
    QList<Topic> topics(const QString &slugPrefix = {}) const;
    // The topics the person joined, by name.
    QList<Topic> joinedTopics() const;
    // The optimistic side of joining or leaving: sets joined and moves the member count by
    // one. False when the topic is not cached.
    bool setJoined(const QString &slug, bool joined);

    // Posts. storePosts() inserts or replaces each post whole and re-derives what hangs on
    // it: its topic links (from its hashtags; it leaves the feeds and trending rankings of
    // the topics it no longer names), its media references and the person's own reaction.
    // A post's local state survives a store; a new post with a negative id starts Pending.
    bool storePosts(const QList<Post> &posts);
    // Removes the posts and everything that hangs on them (links, ranks, comments).
    bool removePosts(const QList<qint64> &ids);
    // Removes an author's posts at once, as when the person blocks them. *removedIds, when
    // given, is set to the posts removed.
    bool removePostsByAuthor(qint64 authorId, QList<qint64> *removedIds = nullptr);
    std::optional<Post> post(qint64 id) const;

    // The posts among ids whose optimistic state the outbox still owns (Pending): what a
    // sync batch must not overwrite. One query for the whole batch.
    QSet<qint64> pendingAmong(const QList<qint64> &ids) const;

    // Whether a post carries a write the outbox has not delivered, or that was refused.
    bool setLocalState(qint64 id, LocalState state, const QString &error = {});
    // Synced for a post that is not cached.
    LocalState localState(qint64 id) const;
    QString localError(qint64 id) const;
    // Once the server created a local post (localId < 0) as serverId: moves the post, its
    // topic links, ranks, media references, reaction and comments to serverId, in one
    // transaction, and marks it Synced. When the server's copy is cached already (it came
    // through /changes first), that copy wins and the local one goes. The outbox's own rows
    // are rewritten by OutboxStore::replaceLocalId().
    bool replacePostId(qint64 localId, qint64 serverId);

    // The person's own reaction on a cached post.
    std::optional<ReactionKind> myReaction(qint64 postId) const;
    // The optimistic side of reacting: sets the person's reaction (none to remove it) and
    // moves the post's counts. False when the post is not cached.
    bool setMyReaction(qint64 postId, std::optional<ReactionKind> kind);

    // The media (images, videos, posters) that cached posts show, ascending: what the media
    // cache should keep.
    QList<qint64> referencedMediaIds() const;

    // Stores a page of a topic feed as the server sent it: upserts its posts and keeps the
    // server's next cursor for the feed, and where the page ended with it. For the trending
    // sort it also records each post's rank, firstRank + its index; a first page (firstRank
    // 0) replaces the topic's cached ranking for that kind filter. A post the ranking holds
    // already keeps its first rank (pages of a ranking may overlap).
    bool storeFeedPage(const FeedKey &feed, const Page<Post> &page, int firstRank);
    // The firstRank for the next trending page of the feed's topic and kind filter: one past
    // the last rank held.
    int nextTrendingRank(const FeedKey &feed) const;

    // A page of a cached topic feed, from just after `after`: latest is by (createdAt, id)
    // descending, over every cached post that names the topic (the person's local posts
    // included); trending is the server's order, by the cached rank. *last, when given, is
    // set to the position to pass as `after` for the next page; *rowsRead, when given, to the
    // rows read, undecodable ones included (fewer than limit: the cache has no more).
    QList<Post> feed(const FeedKey &feed, const FeedPosition &after, int limit,
        FeedPosition *last = nullptr, int *rowsRead = nullptr) const;

    // Full-text search over titles and bodies (titles weigh more), best match first, by the
    // rules of SearchQuery::ftsMatch (which GET /search shares): every word the person typed
    // is a literal term, the last one also a prefix; never FTS5 syntax.
    //
    // Ranked among the newest SearchRankWindow matches (by id, which the server gives in
    // the order posts were made): a word most posts hold costs the same as a rare one, at
    // the price that an older, better match beyond the window is not found by that word
    // alone (another word narrows the matches back under the window).
    QList<Post> search(const QString &text, int limit) const;
    static constexpr int SearchRankWindow = 1000;
    // A search result as a list shows it: the post, and a few words of its body around the
    // first match, each matched word between SnippetStart and SnippetEnd ('…' where the
    // body was cut): SearchQuery::excerpt(), made for the hits returned only.
    struct SearchHit
    {
        Post post;
        QString snippet;
        bool operator==(const SearchHit &) const = default;
    };
    static constexpr QChar SnippetStart = u'\x02';
    static constexpr QChar SnippetEnd = u'\x03';
    QList<SearchHit> searchHits(const QString &text, int limit) const;
    // The people whose posts the cache has held whose handle, or a word of whose name,
    // starts with text (a leading '@' ignored; ASCII letters in any case), by handle: the
    // search field's People, as GET /search?type=users finds them.
    QList<User> authors(const QString &text, int limit) const;

    // That the person opened the post now (the post view): a post opened recently is kept
    // when the cache is pruned (CachePruner). The post need not be cached yet.
    bool markOpened(qint64 postId);
    // When the post was last opened; invalid when never (or not since it was pruned).
    QDateTime openedAt(qint64 postId) const;

    // Sync state: the server's cursor that goes on where the cached feed ends ('' when none
    // is held, or after the last page), the server's change sequence, and small values for
    // the sync engine. A latest feed goes on from the stored page that ends where its cached
    // run ends, or nearest above it (a refreshed first page, or the pruner's cut, leave the
    // last cursor fetched elsewhere); a trending ranking, read in one run from its first
    // page, from the last cursor fetched, as does a feed with no page noted.
    QString serverCursor(const FeedKey &feed) const;
    bool setServerCursor(const FeedKey &feed, const QString &cursor);
    qint64 changeSequence() const;
    bool setChangeSequence(qint64 sequence);
    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value);

    // Internal: the write path's statements, prepared once per FeedCache (see FeedCache.cpp).
    struct Statements;

private:
    Statements &statements() const;
    QList<qint64> searchIds(const QString &match, int limit) const;

    QSqlDatabase m_db;
    mutable std::shared_ptr<Statements> m_statements;
};

} // namespace Hearth
