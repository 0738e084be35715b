#include "FeedCache.h"

#include "CacheSql.h"
#include "CacheTransaction.h"
#include "PostColumns.h"
#include "api/Hashtags.h"
#include "api/SearchQuery.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString changeSequenceKey = u"changeSequence"_s;

QString normalized(const QString &slug)
{
    return Hashtags::slug(slug);
}

// Reads the posts of a query that selects PostColumns::selectList() first.
QList<Post> readPosts(QSqlQuery &query)
{
    QList<Post> posts;
    while (query.next()) {
        if (auto post = PostColumns::read(query))
            posts.append(std::move(*post));
    }
    return posts;
}

Topic readTopic(const QSqlQuery &query)
{
    Topic topic;
    topic.slug = query.value(0).toString();
    topic.name = query.value(1).toString();
    topic.tag = query.value(2).toString();
    topic.description = query.value(3).toString();
    topic.counts.members = query.value(4).toLongLong();
    topic.counts.posts = query.value(5).toLongLong();
    topic.counts.stories = query.value(6).toLongLong();
    topic.counts.videos = query.value(7).toLongLong();
    topic.joined = query.value(8).toBool();
    return topic;
}

const QString topicColumns
    = u"slug, name, tag, description, members, posts, stories, videos, joined"_s;

QList<Topic> selectTopics(const QSqlDatabase &db, const QString &rest, const QVariantList &values)
{
    QSqlQuery query
        = CacheSql::exec(db, u"SELECT "_s + topicColumns + u" FROM topics "_s + rest, values);
    QList<Topic> topics;
    while (query.next())
        topics.append(readTopic(query));
    return topics;
}

void writeTopics(const QSqlDatabase &db, const QList<Topic> &topics)
{
    QSqlQuery upsert = CacheSql::prepare(db,
        u"INSERT INTO topics (slug, name, tag, description, members, posts, stories, videos, "
        "joined, cached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (slug) DO UPDATE SET name = excluded.name, tag = excluded.tag, "
        "description = excluded.description, members = excluded.members, "
        "posts = excluded.posts, stories = excluded.stories, videos = excluded.videos, "
        "joined = excluded.joined, cached_at = excluded.cached_at"_s);
    const qint64 now = CacheSql::nowMs();
    for (const Topic &topic : topics) {
        CacheSql::run(upsert,
            {normalized(topic.slug), topic.name, topic.tag, topic.description, topic.counts.members,
                topic.counts.posts, topic.counts.stories, topic.counts.videos, topic.joined, now});
    }
}

// The ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one statement for a
// whole batch, whatever its size.
QString idArray(const QList<qint64> &ids)
{
    QString text(u'[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += u',';
        text += QString::number(ids.at(i));
    }
    return text + u']';
}

// What the rows hanging on a post were derived from, as the cache holds it now: when a new
// copy derives the same, its rows are left as they are.
// The topics a post's hashtags put it in, each once.
QStringList topicSlugs(const QStringList &hashtags)
{
    QStringList slugs;
    for (const QString &tag : hashtags) {
        const QString slug = Hashtags::slug(tag);
        if (!slug.isEmpty() && !slugs.contains(slug))
            slugs.append(slug);
    }
    return slugs;
}

struct Derived
{
    QString kind;
    qint64 createdAt = 0;
    QString hashtags; // PostColumns::hashtagsText()
    std::optional<qint64> mediaId;
    std::optional<qint64> posterId;
    QString mine; // '' for none
    QString title;
    QString body;
    // The post's topic links: those the cache holds, or those the post asks for. They can
    // differ with the same hashtags, as the pruner cuts a topic's feed below what it keeps.
    qsizetype links = 0;

    bool sameLinks(const Derived &other) const
    {
        return kind == other.kind && createdAt == other.createdAt && hashtags == other.hashtags
            && links == other.links;
    }
    bool sameMedia(const Derived &other) const
    {
        return mediaId == other.mediaId && posterId == other.posterId;
    }
    bool sameText(const Derived &other) const { return title == other.title && body == other.body; }
};

Derived derivedOf(const Post &post)
{
    Derived derived;
    derived.kind = toWire(post.kind);
    derived.createdAt = post.createdAt.isValid() ? post.createdAt.toMSecsSinceEpoch() : 0;
    derived.hashtags = PostColumns::hashtagsText(post.hashtags);
    derived.links = topicSlugs(post.hashtags).size();
    if (post.media) {
        derived.mediaId = post.media->id;
        derived.posterId = post.media->posterId;
    }
    if (const auto mine = post.reactions.mine())
        derived.mine = toWire(*mine);
    derived.title = post.title;
    derived.body = post.body;
    return derived;
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// The slugs a post's hashtags name, each once, as a JSON array for json_each.
QString slugArray(const QStringList &hashtags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(topicSlugs(hashtags)))
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

// The statements of the write path, prepared on first use and kept for the FeedCache's life
// (and its copies'): a sync batch binds and steps them, it does not parse SQL again. A batch
// of new posts costs one statement to read what the cache holds of them, two per post (the
// post, its topic links), a third for one with media, a fourth for one the person reacted
// to, and one to index the batch's words; a post stored again costs one, plus only the side
// rows whose source changed.
struct FeedCache::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : upsert(CacheSql::prepare(db, PostColumns::upsert()))
        , derived(CacheSql::prepare(db,
              u"SELECT p.id, p.kind, p.created_at, p.hashtags, p.media_id, p.media_poster_id, "
              "mine.kind, p.title, p.body, "
              "(SELECT count(*) FROM post_topics t WHERE t.post_id = p.id) FROM posts p "
              "LEFT JOIN my_reactions mine ON mine.post_id = p.id "
              "WHERE p.id IN (SELECT value FROM json_each(?))"_s))
        , clearLinks(CacheSql::prepare(db, u"DELETE FROM post_topics WHERE post_id = ?"_s))
        , links(CacheSql::prepare(db,
              u"INSERT OR IGNORE INTO post_topics (slug, post_id, kind, created_at) "
              "SELECT value, ?, ?, ? FROM json_each(?)"_s))
        , leaveRankings(CacheSql::prepare(db,
              u"DELETE FROM trending_ranks WHERE post_id = ? "
              "AND slug NOT IN (SELECT slug FROM post_topics WHERE post_id = ?)"_s))
        , clearMedia(CacheSql::prepare(db, u"DELETE FROM media_refs WHERE post_id = ?"_s))
        , media(CacheSql::prepare(db,
              u"INSERT OR IGNORE INTO media_refs (post_id, media_id, role) "
              "SELECT ?, ?, 'media' UNION ALL SELECT ?, ?, 'poster' WHERE ? IS NOT NULL"_s))
        , reaction(CacheSql::prepare(db,
              u"INSERT INTO my_reactions (post_id, kind) VALUES (?, ?) "
              "ON CONFLICT (post_id) DO UPDATE SET kind = excluded.kind"_s))
        , clearReaction(CacheSql::prepare(db, u"DELETE FROM my_reactions WHERE post_id = ?"_s))
        , unindex(CacheSql::prepare(db,
              u"INSERT INTO posts_fts (posts_fts, rowid, title, body) "
              "SELECT 'delete', json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
              "json_extract(value, '$[2]') FROM json_each(?)"_s))
        , index(CacheSql::prepare(db,
              u"INSERT INTO posts_fts (rowid, title, body) SELECT id, title, body FROM posts "
              "WHERE id IN (SELECT value FROM json_each(?))"_s))
        , authors(CacheSql::prepare(db,
              u"INSERT INTO authors (id, handle, name, team) "
              "SELECT author_id, author_handle, author_name, author_team FROM posts "
              "WHERE id IN (SELECT value FROM json_each(?)) AND author_handle <> '' ORDER BY id "
              "ON CONFLICT (id) DO UPDATE SET handle = excluded.handle, name = excluded.name, "
              "team = excluded.team"_s))
        , deletePosts(CacheSql::prepare(
              db, u"DELETE FROM posts WHERE id IN (SELECT value FROM json_each(?))"_s))
        , deleteComments(CacheSql::prepare(
              db, u"DELETE FROM comments WHERE post_id IN (SELECT value FROM json_each(?))"_s))
        , deleteThreadCursors(CacheSql::prepare(db,
              u"DELETE FROM thread_cursors WHERE post_id IN (SELECT value FROM json_each(?))"_s))
    { }

    QSqlQuery upsert;
    QSqlQuery derived;
    QSqlQuery clearLinks;
    QSqlQuery links;
    QSqlQuery leaveRankings;
    QSqlQuery clearMedia;
    QSqlQuery media;
    QSqlQuery reaction;
    QSqlQuery clearReaction;
    QSqlQuery unindex;
    QSqlQuery index;
    QSqlQuery authors;
    QSqlQuery deletePosts;
    QSqlQuery deleteComments;
    QSqlQuery deleteThreadCursors;
};

namespace {

// What the cache holds now for the posts among `posts` it has: one query for the batch.
QHash<qint64, Derived> storedDerived(QSqlQuery &query, const QList<Post> &posts)
{
    QList<qint64> ids;
    ids.reserve(posts.size());
    for (const Post &post : posts)
        ids.append(post.id);
    CacheSql::run(query, {idArray(ids)});
    QHash<qint64, Derived> stored;
    while (query.next()) {
        Derived derived;
        derived.kind = query.value(1).toString();
        derived.createdAt = query.value(2).toLongLong();
        derived.hashtags = query.value(3).toString();
        if (const QVariant media = query.value(4); !media.isNull())
            derived.mediaId = media.toLongLong();
        if (const QVariant poster = query.value(5); !poster.isNull())
            derived.posterId = poster.toLongLong();
        derived.mine = query.value(6).toString();
        derived.title = query.value(7).toString();
        derived.body = query.value(8).toString();
        derived.links = query.value(9).toLongLong();
        stored.insert(query.value(0).toLongLong(), derived);
    }
    query.finish();
    return stored;
}

// Stores posts whole and re-derives the rows that hang on each: topic links, trending
// ranks of topics it left, media references, the person's own reaction, the full-text
// index. Side rows whose source did not change are left as they are.
//
// The index is written here, once for the batch and after its other statements, not by a
// trigger per post: FTS5 writes out the words it holds in memory at the end of every
// statement that needs a statement journal (an upsert, an INSERT ... SELECT), so a trigger
// made a segment of the index per post, and merging those cost more than all the rest at
// 100,000 posts (docs/performance.md).
void writePosts(FeedCache::Statements &s, const QList<Post> &posts)
{
    if (posts.isEmpty())
        return;
    QHash<qint64, Derived> stored = storedDerived(s.derived, posts);
    // The words indexed before the batch, of each post whose text it changes: taken out
    // with the very text they were indexed from, before the new text goes in.
    QJsonArray unindexed;
    QSet<qint64> unindexedIds;
    QList<qint64> indexed;
    QSet<qint64> indexedIds;
    // Their authors, for the search field's People (FeedCache::authors): one statement for
    // the batch, the newest post's name winning.
    QList<qint64> written;
    const qint64 now = CacheSql::nowMs();
    for (const Post &post : posts) {
        const LocalState initialState = post.id < 0 ? LocalState::Pending : LocalState::Synced;
        CacheSql::run(s.upsert, PostColumns::values(post, int(initialState), now));
        if (s.upsert.numRowsAffected() == 0)
            continue; // older than the copy kept: nothing of it is newer either
        written.append(post.id);

        const Derived derived = derivedOf(post);
        const auto old = stored.constFind(post.id);
        const bool existed = old != stored.cend();
        if (!existed || !old->sameLinks(derived)) {
            if (existed)
                CacheSql::run(s.clearLinks, {post.id});
            CacheSql::run(
                s.links, {post.id, derived.kind, derived.createdAt, slugArray(post.hashtags)});
            if (existed)
                CacheSql::run(s.leaveRankings, {post.id, post.id});
        }
        if (!existed || !old->sameMedia(derived)) {
            if (existed)
                CacheSql::run(s.clearMedia, {post.id});
            if (post.media) {
                const QVariant poster = nullable(derived.posterId);
                CacheSql::run(s.media, {post.id, *derived.mediaId, post.id, poster, poster});
            }
        }
        if (!existed || old->mine != derived.mine) {
            if (!derived.mine.isEmpty())
                CacheSql::run(s.reaction, {post.id, derived.mine});
            else if (existed)
                CacheSql::run(s.clearReaction, {post.id});
        }
        if (!existed || !old->sameText(derived)) {
            // Indexed before this batch (not earlier in it): out with the old words.
            if (existed && !indexedIds.contains(post.id) && !unindexedIds.contains(post.id)) {
                unindexedIds.insert(post.id);
                unindexed.append(QJsonArray{post.id, old->title, old->body});
            }
            if (!indexedIds.contains(post.id)) {
                indexedIds.insert(post.id);
                indexed.append(post.id);
            }
        }
        // The same id twice in a batch: the second compares with the first.
        stored.insert(post.id, derived);
    }
    if (!unindexed.isEmpty()) {
        CacheSql::run(s.unindex,
            {QString::fromUtf8(QJsonDocument(unindexed).toJson(QJsonDocument::Compact))});
    }
    if (!indexed.isEmpty())
        CacheSql::run(s.index, {idArray(indexed)});
    if (!written.isEmpty())
        CacheSql::run(s.authors, {idArray(written)});
}

void deletePosts(FeedCache::Statements &s, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    // Links, ranks, media references and the reaction go by cascade, the words by trigger;
    // comments have no foreign key (a thread may be cached without its post) and go here.
    // One statement a table for the whole list.
    const QVariantList list{idArray(ids)};
    CacheSql::run(s.deletePosts, list);
    CacheSql::run(s.deleteComments, list);
    CacheSql::run(s.deleteThreadCursors, list);
}

std::optional<Post> selectPost(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query = CacheSql::exec(db,
        u"SELECT "_s + PostColumns::selectList() + u" FROM posts p"_s + PostColumns::mineJoin()
            + u" WHERE p.id = ?"_s,
        {id});
    const QList<Post> posts = readPosts(query);
    if (posts.isEmpty())
        return std::nullopt;
    return posts.first();
}

void writeState(const QSqlDatabase &db, const QString &key, const QString &value)
{
    CacheSql::exec(db,
        u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {key, value});
}

void writeCursor(const QSqlDatabase &db, const FeedKey &feed, const QString &cursor)
{
    CacheSql::exec(db,
        u"INSERT INTO feed_cursors (slug, kind, sort, cursor, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (slug, kind, sort) DO UPDATE SET cursor = excluded.cursor, "
        "updated_at = excluded.updated_at"_s,
        {normalized(feed.slug), toWire(feed.kind), toWire(feed.sort), cursor, CacheSql::nowMs()});
}

// Notes where a stored page ended and the cursor that followed it ('' after the last page):
// the latest feed continues from the page that ends where the cache's copy of it ends
// (FeedCache::serverCursor()), and CachePruner cuts a feed back to a page end.
void writePageEnd(
    const QSqlDatabase &db, const FeedKey &feed, const Page<Post> &page, int firstRank)
{
    if (page.items.isEmpty())
        return;
    const Post &last = page.items.constLast();
    CacheSql::exec(db,
        u"INSERT OR REPLACE INTO feed_pages (slug, kind, sort, next_cursor, end_created_at, "
        "end_post_id, end_rank) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {normalized(feed.slug), toWire(feed.kind), toWire(feed.sort), page.nextCursor,
            last.createdAt.isValid() ? last.createdAt.toMSecsSinceEpoch() : 0, last.id,
            feed.sort == FeedSort::Trending ? std::max(firstRank, 0) + int(page.items.size()) - 1
                                            : -1});
}

} // namespace

FeedCache::FeedCache(const QSqlDatabase &db) : m_db(db) { }

FeedCache::~FeedCache() = default;
FeedCache::FeedCache(const FeedCache &) = default;
FeedCache &FeedCache::operator=(const FeedCache &) = default;

FeedCache::Statements &FeedCache::statements() const
{
    if (!m_statements)
        m_statements = std::make_shared<Statements>(m_db);
    return *m_statements;
}

QSet<qint64> FeedCache::pendingAmong(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    return CacheSql::read("FeedCache::pendingAmong", QSet<qint64>(), [&] {
        QSqlQuery query = CacheSql::exec(m_db,
            u"SELECT id FROM posts WHERE id IN (SELECT value FROM json_each(?)) "
            "AND local_state = ?"_s,
            {idArray(ids), int(LocalState::Pending)});
        QSet<qint64> pending;
        while (query.next())
            pending.insert(query.value(0).toLongLong());
        return pending;
    });
}

bool FeedCache::storeTopic(const Topic &topic)
{
    return storeTopics({topic});
}

bool FeedCache::storeTopics(const QList<Topic> &topics)
{
    return CacheSql::transact(m_db, "FeedCache::storeTopics", [&] {
        writeTopics(m_db, topics);
        return true;
    });
}

std::optional<Topic> FeedCache::topic(const QString &slug) const
{
    return CacheSql::read(
        "FeedCache::topic", std::optional<Topic>(), [&]() -> std::optional<Topic> {
            const QList<Topic> topics = selectTopics(m_db, u"WHERE slug = ?"_s, {normalized(slug)});
            if (topics.isEmpty())
                return std::nullopt;
            return topics.first();
        });
}

QList<Topic> FeedCache::topics(const QString &slugPrefix) const
{
    return CacheSql::read("FeedCache::topics", QList<Topic>(), [&] {
        // substr() and length() both count characters, so the prefix test holds beyond ASCII.
        return selectTopics(m_db,
            u"WHERE substr(slug, 1, length(?)) = ? ORDER BY members DESC, slug"_s,
            {normalized(slugPrefix), normalized(slugPrefix)});
    });
}

QList<Topic> FeedCache::joinedTopics() const
{
    QList<Topic> topics = CacheSql::read("FeedCache::joinedTopics", QList<Topic>(),
        [&] { return selectTopics(m_db, u"WHERE joined = 1"_s, {}); });
    // By name as people read names: case and accents do not scatter the list.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(topics.begin(), topics.end(), [&](const Topic &a, const Topic &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.slug < b.slug;
    });
    return topics;
}

bool FeedCache::setJoined(const QString &slug, bool joined)
{
    return CacheSql::transact(m_db, "FeedCache::setJoined", [&] {
        const QVariant current = CacheSql::scalar(
            m_db, u"SELECT joined FROM topics WHERE slug = ?"_s, {normalized(slug)});
        if (!current.isValid())
            return false;
        if (current.toBool() != joined) {
            CacheSql::exec(m_db,
                u"UPDATE topics SET joined = ?, members = MAX(0, members + ?) WHERE slug = ?"_s,
                {joined, joined ? 1 : -1, normalized(slug)});
        }
        return true;
    });
}

bool FeedCache::storePosts(const QList<Post> &posts)
{
    return CacheSql::transact(m_db, "FeedCache::storePosts", [&] {
        writePosts(statements(), posts);
        return true;
    });
}

bool FeedCache::removePosts(const QList<qint64> &ids)
{
    return CacheSql::transact(m_db, "FeedCache::removePosts", [&] {
        deletePosts(statements(), ids);
        return true;
    });
}

bool FeedCache::removePostsByAuthor(qint64 authorId, QList<qint64> *removedIds)
{
    if (removedIds)
        removedIds->clear();
    return CacheSql::transact(m_db, "FeedCache::removePostsByAuthor", [&] {
        QSqlQuery query
            = CacheSql::exec(m_db, u"SELECT id FROM posts WHERE author_id = ?"_s, {authorId});
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        query.finish();
        deletePosts(statements(), ids);
        if (removedIds)
            *removedIds = ids;
        return true;
    });
}

std::optional<Post> FeedCache::post(qint64 id) const
{
    return CacheSql::read(
        "FeedCache::post", std::optional<Post>(), [&] { return selectPost(m_db, id); });
}

bool FeedCache::setLocalState(qint64 id, LocalState state, const QString &error)
{
    return CacheSql::transact(m_db, "FeedCache::setLocalState", [&] {
        const QSqlQuery query = CacheSql::exec(m_db,
            u"UPDATE posts SET local_state = ?, local_error = ? WHERE id = ?"_s,
            {int(state), state == LocalState::Failed ? error : QString(), id});
        return query.numRowsAffected() == 1;
    });
}

LocalState FeedCache::localState(qint64 id) const
{
    return CacheSql::read("FeedCache::localState", LocalState::Synced, [&] {
        const QVariant state
            = CacheSql::scalar(m_db, u"SELECT local_state FROM posts WHERE id = ?"_s, {id});
        switch (state.toInt()) {
        case int(LocalState::Pending):
            return LocalState::Pending;
        case int(LocalState::Failed):
            return LocalState::Failed;
        default:
            return LocalState::Synced;
        }
    });
}

QString FeedCache::localError(qint64 id) const
{
    return CacheSql::read("FeedCache::localError", QString(), [&] {
        return CacheSql::scalar(m_db, u"SELECT local_error FROM posts WHERE id = ?"_s, {id})
            .toString();
    });
}

bool FeedCache::replacePostId(qint64 localId, qint64 serverId)
{
    return CacheSql::transact(m_db, "FeedCache::replacePostId", [&] {
        if (!CacheSql::scalar(m_db, u"SELECT 1 FROM posts WHERE id = ?"_s, {localId}).isValid())
            return false;
        if (localId == serverId)
            return true;
        if (CacheSql::scalar(m_db, u"SELECT 1 FROM posts WHERE id = ?"_s, {serverId}).isValid()) {
            // The server's copy came first (through /changes) and is the truth.
            CacheSql::exec(m_db, u"DELETE FROM posts WHERE id = ?"_s, {localId});
        } else {
            // Links, ranks, media references and the reaction follow by ON UPDATE CASCADE;
            // the FTS index by its trigger.
            CacheSql::exec(m_db,
                u"UPDATE posts SET id = ?, local_state = ?, local_error = '' WHERE id = ?"_s,
                {serverId, int(LocalState::Synced), localId});
        }
        CacheSql::exec(
            m_db, u"UPDATE comments SET post_id = ? WHERE post_id = ?"_s, {serverId, localId});
        CacheSql::exec(m_db, u"DELETE FROM thread_cursors WHERE post_id = ?"_s, {localId});
        return true;
    });
}

std::optional<ReactionKind> FeedCache::myReaction(qint64 postId) const
{
    return CacheSql::read("FeedCache::myReaction", std::optional<ReactionKind>(),
        [&]() -> std::optional<ReactionKind> {
            const QVariant kind = CacheSql::scalar(
                m_db, u"SELECT kind FROM my_reactions WHERE post_id = ?"_s, {postId});
            if (!kind.isValid())
                return std::nullopt;
            return reactionKindFromWire(kind.toString());
        });
}

bool FeedCache::setMyReaction(qint64 postId, std::optional<ReactionKind> kind)
{
    return CacheSql::transact(m_db, "FeedCache::setMyReaction", [&] {
        std::optional<Post> post = selectPost(m_db, postId);
        if (!post)
            return false;
        post->reactions.react(kind);
        writePosts(statements(), {*post});
        return true;
    });
}

QList<qint64> FeedCache::referencedMediaIds() const
{
    return CacheSql::read("FeedCache::referencedMediaIds", QList<qint64>(), [&] {
        QSqlQuery query
            = CacheSql::exec(m_db, u"SELECT DISTINCT media_id FROM media_refs ORDER BY media_id"_s);
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    });
}

bool FeedCache::storeFeedPage(const FeedKey &feed, const Page<Post> &page, int firstRank)
{
    return CacheSql::transact(m_db, "FeedCache::storeFeedPage", [&] {
        writePosts(statements(), page.items);
        if (feed.sort == FeedSort::Trending) {
            const QString topic = normalized(feed.slug);
            const QString kind = toWire(feed.kind);
            firstRank = std::max(firstRank, 0);
            if (firstRank == 0) {
                CacheSql::exec(m_db, u"DELETE FROM trending_ranks WHERE slug = ? AND kind = ?"_s,
                    {topic, kind});
                CacheSql::exec(m_db,
                    u"DELETE FROM feed_pages WHERE slug = ? AND kind = ? AND sort = 'trending'"_s,
                    {topic, kind});
            }
            QSqlQuery rank = CacheSql::prepare(m_db,
                u"INSERT INTO trending_ranks (slug, kind, post_id, rank) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (slug, kind, post_id) DO NOTHING"_s);
            for (qsizetype i = 0; i < page.items.size(); ++i)
                CacheSql::run(rank, {topic, kind, page.items.at(i).id, firstRank + int(i)});
        }
        writeCursor(m_db, feed, page.nextCursor);
        writePageEnd(m_db, feed, page, firstRank);
        return true;
    });
}

int FeedCache::nextTrendingRank(const FeedKey &feed) const
{
    return CacheSql::read("FeedCache::nextTrendingRank", 0, [&] {
        return CacheSql::scalar(m_db,
            u"SELECT COALESCE(MAX(rank) + 1, 0) FROM trending_ranks WHERE slug = ? AND kind = ?"_s,
            {normalized(feed.slug), toWire(feed.kind)})
            .toInt();
    });
}

QList<Post> FeedCache::feed(const FeedKey &feed, const FeedPosition &after, int limit,
    FeedPosition *last, int *rowsRead) const
{
    if (last)
        *last = after;
    if (rowsRead)
        *rowsRead = 0;
    if (limit <= 0)
        return {};
    return CacheSql::read("FeedCache::feed", QList<Post>(), [&] {
        QString sql;
        QVariantList values{normalized(feed.slug)};
        if (feed.sort == FeedSort::Latest) {
            sql = u"SELECT "_s + PostColumns::selectList()
                + u", t.created_at FROM post_topics t JOIN posts p ON p.id = t.post_id"_s
                + PostColumns::mineJoin() + u" WHERE t.slug = ?"_s;
            if (feed.kind != FeedKind::All) {
                sql += u" AND t.kind = ?"_s;
                values.append(toWire(feed.kind));
            }
            if (!after.isStart()) {
                sql += u" AND (t.created_at, t.post_id) < (?, ?)"_s;
                values << after.createdAtMs << after.id;
            }
            sql += u" ORDER BY t.created_at DESC, t.post_id DESC LIMIT ?"_s;
        } else {
            sql = u"SELECT "_s + PostColumns::selectList()
                + u", p.created_at, r.rank FROM trending_ranks r JOIN posts p ON p.id = r.post_id"_s
                + PostColumns::mineJoin() + u" WHERE r.slug = ? AND r.kind = ?"_s;
            values.append(toWire(feed.kind));
            if (!after.isStart()) {
                sql += u" AND (r.rank > ? OR (r.rank = ? AND r.post_id < ?))"_s;
                values << after.rank << after.rank << after.id;
            }
            sql += u" ORDER BY r.rank, r.post_id DESC LIMIT ?"_s;
        }
        values.append(limit);
        QSqlQuery query = CacheSql::exec(m_db, sql, values);
        QList<Post> posts;
        const int at = PostColumns::count();
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const FeedPosition position{query.value(at).toLongLong(), id,
                feed.sort == FeedSort::Trending ? query.value(at + 1).toInt() : -1};
            // The position moves past an undecodable row too, so paging never sticks on it.
            if (last)
                *last = position;
            if (rowsRead)
                ++*rowsRead;
            if (auto post = PostColumns::read(query))
                posts.append(std::move(*post));
        }
        return posts;
    });
}

QList<qint64> FeedCache::searchIds(const QString &match, int limit) const
{
    // FTS5 walks a term's matches by rowid at no cost beyond the rows it yields, while
    // ordering every match by bm25() scores them all: ranking only the newest window keeps a
    // word most posts hold as quick as a rare one (docs/performance.md).
    QSqlQuery query = CacheSql::exec(m_db,
        u"SELECT id FROM (SELECT rowid AS id, bm25(posts_fts, 4.0, 1.0) AS score FROM posts_fts "
        "WHERE posts_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score, id DESC LIMIT ?"_s,
        {match, SearchRankWindow, limit});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<Post> FeedCache::search(const QString &text, int limit) const
{
    const QString match = SearchQuery::ftsMatch(text);
    if (match.isEmpty() || limit <= 0)
        return {};
    return CacheSql::read("FeedCache::search", QList<Post>(), [&] {
        const QList<qint64> ids = searchIds(match, limit);
        if (ids.isEmpty())
            return QList<Post>();
        QSqlQuery query = CacheSql::exec(m_db,
            u"SELECT "_s + PostColumns::selectList() + u" FROM posts p"_s + PostColumns::mineJoin()
                + u" WHERE p.id IN (SELECT value FROM json_each(?))"_s,
            {idArray(ids)});
        QHash<qint64, Post> byId;
        for (Post &post : readPosts(query))
            byId.insert(post.id, std::move(post));
        QList<Post> posts;
        posts.reserve(ids.size());
        for (qint64 id : ids) {
            if (auto post = byId.find(id); post != byId.end())
                posts.append(std::move(*post));
        }
        return posts;
    });
}

QList<FeedCache::SearchHit> FeedCache::searchHits(const QString &text, int limit) const
{
    // The snippets are made from the bodies read, not by FTS5's snippet(): that walks every
    // match of the words in the hits' id range, which for a common word was 60 ms at 100,000
    // posts, four frames (docs/performance.md).
    QList<SearchHit> hits;
    for (Post &post : search(text, limit)) {
        QString snippet = SearchQuery::excerpt(post.body, text, SnippetStart, SnippetEnd);
        hits.append({std::move(post), std::move(snippet)});
    }
    return hits;
}

QList<User> FeedCache::authors(const QString &text, int limit) const
{
    QString start = text.trimmed();
    if (start.startsWith(u'@'))
        start.remove(0, 1);
    const bool hasWord
        = std::any_of(start.cbegin(), start.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!hasWord || limit <= 0)
        return {};
    start.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    const QString atStart = start + u'%';
    return CacheSql::read("FeedCache::authors", QList<User>(), [&] {
        QSqlQuery query = CacheSql::exec(m_db,
            u"SELECT id, handle, name, team FROM authors WHERE handle LIKE ? ESCAPE '\\' "
            "OR name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' ORDER BY handle LIMIT ?"_s,
            {atStart, atStart, QString(u"% "_s + atStart), limit});
        QList<User> users;
        while (query.next()) {
            users.append(User{query.value(0).toLongLong(), query.value(1).toString(),
                query.value(2).toString(), query.value(3).toBool()});
        }
        return users;
    });
}

bool FeedCache::markOpened(qint64 postId)
{
    return CacheSql::transact(m_db, "FeedCache::markOpened", [&] {
        CacheSql::exec(m_db,
            u"INSERT INTO opened_posts (post_id, opened_at) VALUES (?, ?) "
            "ON CONFLICT (post_id) DO UPDATE SET opened_at = excluded.opened_at"_s,
            {postId, CacheSql::nowMs()});
        return true;
    });
}

QDateTime FeedCache::openedAt(qint64 postId) const
{
    return CacheSql::read("FeedCache::openedAt", QDateTime(), [&] {
        return CacheSql::toDateTime(CacheSql::scalar(
            m_db, u"SELECT opened_at FROM opened_posts WHERE post_id = ?"_s, {postId}));
    });
}

QString FeedCache::serverCursor(const FeedKey &feed) const
{
    return CacheSql::read("FeedCache::serverCursor", QString(), [&] {
        const QString slug = normalized(feed.slug);
        const QString kind = toWire(feed.kind);
        if (feed.sort == FeedSort::Latest) {
            // Where the cached feed ends now: after a refresh stored a new first page, or the
            // pruner cut the feed's tail, the last cursor fetched is not where reading goes on.
            QString end = u"SELECT created_at, post_id FROM post_topics WHERE slug = ?"_s;
            QVariantList values{slug};
            if (feed.kind != FeedKind::All) {
                end += u" AND kind = ?"_s;
                values.append(kind);
            }
            end += u" ORDER BY created_at, post_id LIMIT 1"_s;
            QSqlQuery last = CacheSql::exec(m_db, end, values);
            if (last.next()) {
                const qint64 createdAt = last.value(0).toLongLong();
                const qint64 id = last.value(1).toLongLong();
                last.finish();
                // The page that ends there or nearest above it: its cursor gives what follows
                // (a few rows already cached come again, and are not shown twice).
                const QVariant cursor = CacheSql::scalar(m_db,
                    u"SELECT next_cursor FROM feed_pages WHERE slug = ? AND kind = ? "
                    "AND sort = 'latest' AND (end_created_at, end_post_id) >= (?, ?) "
                    "ORDER BY end_created_at, end_post_id LIMIT 1"_s,
                    {slug, kind, createdAt, id});
                if (cursor.isValid())
                    return cursor.toString();
            }
        }
        // A trending ranking is read in one run from its first page, and a feed whose pages
        // were not noted (a cache from before schema step 5) goes on from its last cursor.
        return CacheSql::scalar(m_db,
            u"SELECT cursor FROM feed_cursors WHERE slug = ? AND kind = ? AND sort = ?"_s,
            {slug, kind, toWire(feed.sort)})
            .toString();
    });
}

bool FeedCache::setServerCursor(const FeedKey &feed, const QString &cursor)
{
    return CacheSql::transact(m_db, "FeedCache::setServerCursor", [&] {
        writeCursor(m_db, feed, cursor);
        return true;
    });
}

qint64 FeedCache::changeSequence() const
{
    return state(changeSequenceKey).toLongLong();
}

bool FeedCache::setChangeSequence(qint64 sequence)
{
    return setState(changeSequenceKey, QString::number(sequence));
}

QString FeedCache::state(const QString &key) const
{
    return CacheSql::read("FeedCache::state", QString(), [&] {
        return CacheSql::scalar(m_db, u"SELECT value FROM sync_state WHERE key = ?"_s, {key})
            .toString();
    });
}

bool FeedCache::setState(const QString &key, const QString &value)
{
    return CacheSql::transact(m_db, "FeedCache::setState", [&] {
        writeState(m_db, key, value);
        return true;
    });
}

} // namespace Hearth
