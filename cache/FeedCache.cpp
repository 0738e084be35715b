#include "FeedCache.h"

#include "CacheSql.h"
#include "CacheTransaction.h"
#include "PostColumns.h"
#include "api/Hashtags.h"

#include <QCollator>
#include <QSet>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString changeSequenceKey = u"changeSequence"_s;

// More words than this add nothing to a search but work.
constexpr int MaxSearchTerms = 16;
// No word is longer; a longer run (a pasted blob) is cut rather than made a huge phrase.
constexpr int MaxSearchTermLength = 100;

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

// Stores posts whole and re-derives the rows that hang on each: topic links, trending
// ranks of topics it left, media references, the person's own reaction.
void writePosts(const QSqlDatabase &db, const QList<Post> &posts)
{
    QSqlQuery upsert = CacheSql::prepare(db, PostColumns::upsert());
    QSqlQuery clearLinks = CacheSql::prepare(db, u"DELETE FROM post_topics WHERE post_id = ?"_s);
    QSqlQuery link = CacheSql::prepare(db,
        u"INSERT OR IGNORE INTO post_topics (slug, post_id, kind, created_at) "
        "VALUES (?, ?, ?, ?)"_s);
    QSqlQuery leaveRankings = CacheSql::prepare(db,
        u"DELETE FROM trending_ranks WHERE post_id = ? "
        "AND slug NOT IN (SELECT slug FROM post_topics WHERE post_id = ?)"_s);
    QSqlQuery clearMedia = CacheSql::prepare(db, u"DELETE FROM media_refs WHERE post_id = ?"_s);
    QSqlQuery media = CacheSql::prepare(
        db, u"INSERT OR IGNORE INTO media_refs (post_id, media_id, role) VALUES (?, ?, ?)"_s);
    QSqlQuery reaction = CacheSql::prepare(db,
        u"INSERT INTO my_reactions (post_id, kind) VALUES (?, ?) "
        "ON CONFLICT (post_id) DO UPDATE SET kind = excluded.kind"_s);
    QSqlQuery clearReaction
        = CacheSql::prepare(db, u"DELETE FROM my_reactions WHERE post_id = ?"_s);

    const qint64 now = CacheSql::nowMs();
    for (const Post &post : posts) {
        const QString kind = toWire(post.kind);
        const qint64 createdAt = post.createdAt.isValid() ? post.createdAt.toMSecsSinceEpoch() : 0;
        const LocalState initialState = post.id < 0 ? LocalState::Pending : LocalState::Synced;
        CacheSql::run(upsert, PostColumns::values(post, int(initialState), now));
        if (upsert.numRowsAffected() == 0)
            continue; // older than the copy kept: nothing of it is newer either

        CacheSql::run(clearLinks, {post.id});
        QSet<QString> slugs;
        for (const QString &tag : post.hashtags) {
            const QString slug = Hashtags::slug(tag);
            if (slug.isEmpty() || slugs.contains(slug))
                continue;
            slugs.insert(slug);
            CacheSql::run(link, {slug, post.id, kind, createdAt});
        }
        CacheSql::run(leaveRankings, {post.id, post.id});

        CacheSql::run(clearMedia, {post.id});
        if (post.media) {
            CacheSql::run(media, {post.id, post.media->id, u"media"_s});
            if (post.media->posterId)
                CacheSql::run(media, {post.id, *post.media->posterId, u"poster"_s});
        }

        if (const auto mine = post.reactions.mine())
            CacheSql::run(reaction, {post.id, toWire(*mine)});
        else
            CacheSql::run(clearReaction, {post.id});
    }
}

void deletePosts(const QSqlDatabase &db, const QList<qint64> &ids)
{
    // Links, ranks, media references and the reaction go by cascade; comments have no
    // foreign key (a thread may be cached without its post) and go here.
    QSqlQuery post = CacheSql::prepare(db, u"DELETE FROM posts WHERE id = ?"_s);
    QSqlQuery comments = CacheSql::prepare(db, u"DELETE FROM comments WHERE post_id = ?"_s);
    QSqlQuery cursor = CacheSql::prepare(db, u"DELETE FROM thread_cursors WHERE post_id = ?"_s);
    for (qint64 id : ids) {
        CacheSql::run(post, {id});
        CacheSql::run(comments, {id});
        CacheSql::run(cursor, {id});
    }
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
        writePosts(m_db, posts);
        return true;
    });
}

bool FeedCache::removePosts(const QList<qint64> &ids)
{
    return CacheSql::transact(m_db, "FeedCache::removePosts", [&] {
        deletePosts(m_db, ids);
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
        deletePosts(m_db, ids);
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
        writePosts(m_db, {*post});
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
        writePosts(m_db, page.items);
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

QString FeedCache::searchQuery(const QString &text)
{
    QStringList terms;
    QString word;
    const auto addWord = [&] {
        word.truncate(MaxSearchTermLength);
        // Half a character (a pair cut by the truncation, or a lone surrogate) would make
        // SQLite read what follows it, the closing quote included, as its other half.
        for (qsizetype i = word.size() - 1; i >= 0; --i) {
            const QChar c = word.at(i);
            const bool paired = c.isHighSurrogate()
                ? i + 1 < word.size() && word.at(i + 1).isLowSurrogate()
                : !c.isLowSurrogate() || (i > 0 && word.at(i - 1).isHighSurrogate());
            if (!paired)
                word.remove(i, 1);
        }
        // A word without a letter or digit has no token to match (and "" would match
        // nothing, emptying the whole search).
        const bool hasToken
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (hasToken && terms.size() < MaxSearchTerms) {
            // Inside double quotes FTS5 reads everything literally; a quote is doubled.
            terms.append(u'"' + word.replace(u'"', u"\"\""_s) + u'"');
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            addWord();
        else
            word.append(c);
    }
    addWord();
    if (terms.isEmpty())
        return {};
    // The last word may be the one being typed: match it as a prefix.
    terms.last().append(u'*');
    return terms.join(u' ');
}

QList<Post> FeedCache::search(const QString &text, int limit) const
{
    const QString match = searchQuery(text);
    if (match.isEmpty() || limit <= 0)
        return {};
    return CacheSql::read("FeedCache::search", QList<Post>(), [&] {
        QSqlQuery query = CacheSql::exec(m_db,
            u"SELECT "_s + PostColumns::selectList()
                + u" FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid"_s
                + PostColumns::mineJoin()
                + u" WHERE posts_fts MATCH ? ORDER BY bm25(posts_fts, 4.0, 1.0), p.id DESC LIMIT ?"_s,
            {match, limit});
        return readPosts(query);
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
