#include "PostStore.h"

#include "Cursor.h"
#include "MediaStore.h"
#include "PostgresSearch.h"
#include "Sql.h"
#include "Statements.h"
#include "TrendingScore.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Cursors are opaque to clients: base64url of "l:<topic>:<kind>:<createdAt>:<id>" for
// latest, and "s:<topic>:<kind>:<score>:<id>" for trending. The topic and kind are in them
// so that a cursor used with other parameters is refused rather than giving some other
// page. (Trending cursors of the scores before schema 3, tagged "t", are refused too: their
// scores mean nothing in today's order.)
struct FeedCursor
{
    FeedSort sort = FeedSort::Latest;
    qint64 topicId = 0;
    FeedKind kind = FeedKind::All;
    qint64 key = 0; // createdAt for latest, the trending score for trending
    qint64 id = 0;
};

QByteArray tagFor(FeedSort sort)
{
    return sort == FeedSort::Latest ? "l" : "s";
}

QString encode(const FeedCursor &cursor)
{
    return Cursor::encode(tagFor(cursor.sort),
        {QByteArray::number(cursor.topicId), toWire(cursor.kind).toLatin1(),
            QByteArray::number(cursor.key), QByteArray::number(cursor.id)});
}

std::optional<FeedCursor> decode(const QString &text, qint64 topicId, FeedKind kind, FeedSort sort)
{
    if (text.size() > 300)
        return std::nullopt;
    const auto parts = Cursor::decode(text, tagFor(sort), 4);
    if (!parts || parts->at(0) != QByteArray::number(topicId)
        || parts->at(1) != toWire(kind).toLatin1()) {
        return std::nullopt;
    }
    FeedCursor cursor{sort, topicId, kind, 0, 0};
    bool keyOk = false;
    bool idOk = false;
    cursor.key = parts->at(2).toLongLong(&keyOk);
    cursor.id = parts->at(3).toLongLong(&idOk);
    if (!keyOk || !idOk || cursor.id <= 0)
        return std::nullopt;
    return cursor;
}

// A reaction kind from its stored wire name, without making a QString of it.
std::optional<ReactionKind> reactionKindOf(QByteArrayView utf8)
{
    static const QList<std::pair<QByteArray, ReactionKind>> kinds = [] {
        QList<std::pair<QByteArray, ReactionKind>> list;
        for (ReactionKind kind : AllReactionKinds)
            list.append({toWire(kind).toUtf8(), kind});
        return list;
    }();
    for (const auto &[name, kind] : kinds) {
        if (name == utf8)
            return kind;
    }
    return std::nullopt;
}

// "?, ?, ?" for an IN list of count values.
QByteArray placeholders(qsizetype count)
{
    QByteArray list;
    list.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? "?" : ", ?";
    return list;
}

// The columns of a post as a page shows it, and the joins they need (p is the post): read
// by readPost. Macros, so that they join the SQL around them as literals.
#define POST_COLUMNS                                                                               \
    "p.kind, p.title, p.body, p.content_warning, p.created_at, p.edited_at, p.version, "           \
    "p.comment_count, p.team_prompt, p.hashtags, p.reaction_kinds, "                               \
    "u.id, u.handle, u.display_name, u.team, "                                                     \
    "m.id, m.kind, m.mime_type, m.width, m.height, m.byte_size, m.alt_text, m.sensitive, "         \
    "m.poster_id, m.duration_ms, u.avatar_id"
#define POST_JOINS " JOIN users u ON u.id = p.author_id LEFT JOIN media m ON m.id = p.media_id"
constexpr int PostColumnCount = 26;

// What posts.hashtags and posts.reaction_kinds hold, computed from the rows they summarise,
// for use in an UPDATE of posts (posts.id is the row's): the hashtags of its feed rows in
// order, separated by spaces (no hashtag holds one); and "kind:count" for each kind of
// reaction it has, separated by commas. Schema step 3 filled them with the same SQL.
#define HASHTAGS_OF_POST                                                                           \
    "COALESCE((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM post_topics "                   \
    "WHERE post_id = posts.id ORDER BY position)), '')"
#define REACTION_KINDS_OF_POST                                                                     \
    "COALESCE((SELECT group_concat(kind || ':' || n, ',') FROM (SELECT kind, count(*) AS n "       \
    "FROM reactions WHERE post_id = posts.id GROUP BY kind ORDER BY kind)), '')"
// The same in PostgreSQL's words: SQLite 3.40 has no ordered aggregate, PostgreSQL no
// group_concat (nor a FROM subquery without a name).
#define HASHTAGS_OF_POST_PG                                                                        \
    "COALESCE((SELECT string_agg(tag, ' ' ORDER BY position) FROM post_topics "                    \
    "WHERE post_id = posts.id), '')"
#define REACTION_KINDS_OF_POST_PG                                                                  \
    "COALESCE((SELECT string_agg(kind || ':' || n, ',' ORDER BY kind) FROM (SELECT kind, "         \
    "count(*) AS n FROM reactions WHERE post_id = posts.id GROUP BY kind) AS k), '')"

// The same columns as views of the row's UTF-8 (all but the id), for PostJson.
PostJson::StoredPost storedPost(const Statements::Use &row, int first)
{
    const auto column = [first](int n) {
        return first + n;
    };
    PostJson::StoredPost post;
    post.kind = row.utf8(column(0));
    post.title = row.utf8(column(1));
    post.body = row.utf8(column(2));
    post.contentWarning = row.utf8(column(3));
    post.createdAtMs = row.int64(column(4));
    post.editedAtMs = row.optionalInt64(column(5));
    post.version = row.int64(column(6));
    post.commentCount = row.int64(column(7));
    post.teamPrompt = row.int64(column(8)) != 0;
    post.hashtags = row.utf8(column(9));
    post.reactionKinds = row.utf8(column(10));
    post.authorId = row.int64(column(11));
    post.authorHandle = row.utf8(column(12));
    post.authorName = row.utf8(column(13));
    post.authorTeam = row.int64(column(14)) != 0;
    post.mediaId = row.optionalInt64(column(15));
    if (post.mediaId) {
        post.mediaKind = row.utf8(column(16));
        post.mediaMimeType = row.utf8(column(17));
        post.mediaWidth = row.int64(column(18));
        post.mediaHeight = row.int64(column(19));
        post.mediaByteSize = row.int64(column(20));
        post.mediaAltText = row.utf8(column(21));
        post.mediaSensitive = row.int64(column(22)) != 0;
        post.mediaPosterId = row.optionalInt64(column(23));
        post.mediaDurationMs = row.optionalInt64(column(24));
    }
    post.authorAvatarId = row.optionalInt64(column(25));
    return post;
}

// Fills post (all but its id) from row's POST_COLUMNS, which start at column first.
void readPost(const Statements::Use &row, int first, Post &post)
{
    const auto column = [first](int n) {
        return first + n;
    };
    post.kind = postKindFromWire(row.text(column(0))).value_or(PostKind::Post);
    post.title = row.text(column(1));
    post.body = row.text(column(2));
    post.contentWarning = row.text(column(3));
    post.createdAt = QDateTime::fromMSecsSinceEpoch(row.int64(column(4)), Qt::UTC);
    if (!row.isNull(column(5)))
        post.editedAt = QDateTime::fromMSecsSinceEpoch(row.int64(column(5)), Qt::UTC);
    post.version = row.int64(column(6));
    post.commentCount = row.int64(column(7));
    post.teamPrompt = row.int64(column(8)) != 0;
    const QByteArrayView hashtags = row.utf8(column(9));
    for (qsizetype start = 0; start < hashtags.size();) {
        qsizetype end = hashtags.indexOf(' ', start);
        if (end < 0)
            end = hashtags.size();
        if (end > start)
            post.hashtags.append(QString::fromUtf8(hashtags.sliced(start, end - start)));
        start = end + 1;
    }
    PostJson::readReactionKinds(row.utf8(column(10)), post.reactions);
    post.author = User{row.int64(column(11)), row.text(column(12)), row.text(column(13)),
        row.int64(column(14)) != 0};
    if (!row.isNull(column(15))) {
        Media media;
        media.id = row.int64(column(15));
        media.kind = mediaKindFromWire(row.text(column(16))).value_or(MediaKind::Image);
        media.mimeType = row.text(column(17));
        media.width = int(row.int64(column(18)));
        media.height = int(row.int64(column(19)));
        media.byteSize = row.int64(column(20));
        media.altText = row.text(column(21));
        media.sensitive = row.int64(column(22)) != 0;
        media.posterId = row.optionalInt64(column(23));
        media.durationMs = row.optionalInt64(column(24));
        post.media = media;
    }
    post.author.avatarId = row.optionalInt64(column(25));
}

} // namespace

QStringList PostStore::fillSummaries(Sql::Dialect dialect)
{
    if (dialect == Sql::Dialect::PostgreSQL) {
        return {QStringLiteral("UPDATE posts SET hashtags = " HASHTAGS_OF_POST_PG
                               ", reaction_kinds = " REACTION_KINDS_OF_POST_PG)};
    }
    return {QStringLiteral("UPDATE posts SET hashtags = " HASHTAGS_OF_POST
                           ", reaction_kinds = " REACTION_KINDS_OF_POST)};
}

PostStore::PostStore(const QSqlDatabase &db, const MediaStore &media) : m_db(db), m_media(media) { }

qint64 PostStore::insert(const Content &content, qint64 createdAtMs, qint64 seq)
{
    const qint64 id = Sql::insert(m_db,
        u"INSERT INTO posts (kind, author_id, title, body, content_warning, "
        "media_id, created_at, team_prompt, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {toWire(content.kind), content.authorId, content.title, content.body,
            content.contentWarning, Sql::nullable(content.mediaId), createdAtMs, content.teamPrompt,
            seq});
    PostgresSearch::indexPost(m_db, id, content.title, content.body);
    writeTopics(id, content, createdAtMs, TrendingScore::score(0, 0, createdAtMs));
    return id;
}

void PostStore::writeTopics(qint64 id, const Content &content, qint64 createdAtMs, qint64 score)
{
    Statements &statements = Statements::of(m_db);
    statements.use("DELETE FROM post_topics WHERE post_id = ?").bind(id).run();
    for (qsizetype i = 0; i < content.topicIds.size(); ++i) {
        statements
            .use("INSERT INTO post_topics (topic_id, post_id, kind, created_at, position, tag, "
                 "trending) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .bindAll(content.topicIds[i], id, toWire(content.kind), createdAtMs, int(i),
                content.hashtags.value(i), score)
            .run();
    }
    // The hashtags a page shows, kept with the post (the tags of the rows just written, in
    // their order) so that reading a page needs no read of post_topics per post.
    auto hashtags = Sql::dialect(m_db) == Sql::Dialect::PostgreSQL
        ? statements.use("UPDATE posts SET hashtags = " HASHTAGS_OF_POST_PG " WHERE id = ?")
        : statements.use("UPDATE posts SET hashtags = " HASHTAGS_OF_POST " WHERE id = ?");
    hashtags.bind(id).run();
}

void PostStore::update(qint64 id, const Content &content, qint64 editedAtMs, qint64 seq)
{
    Sql::exec(m_db,
        u"UPDATE posts SET title = ?, body = ?, content_warning = ?, media_id = ?, "
        "edited_at = ?, version = version + 1, seq = ? WHERE id = ?"_s,
        {content.title, content.body, content.contentWarning, Sql::nullable(content.mediaId),
            editedAtMs, seq, id});
    PostgresSearch::indexPost(m_db, id, content.title, content.body);
    auto post = Statements::of(m_db).use(
        "SELECT created_at, reaction_count, comment_count FROM posts WHERE id = ?");
    post.bind(id);
    if (!post.next())
        return;
    const qint64 createdAt = post.int64(0);
    const qint64 score = TrendingScore::score(post.int64(1), post.int64(2), createdAt);
    writeTopics(id, content, createdAt, score);
}

void PostStore::remove(qint64 id)
{
    // Its post_topics rows, and with them its places in the feeds' indexes, go by cascade.
    Sql::exec(m_db, u"DELETE FROM posts WHERE id = ?"_s, {id});
}

void PostStore::adjustCommentCount(qint64 id, int delta, qint64 seq)
{
    auto counts = Statements::of(m_db).use(
        "UPDATE posts SET comment_count = greatest(0, comment_count + ?), seq = ? WHERE id = ? "
        "RETURNING reaction_count, comment_count, created_at");
    counts.bindAll(delta, seq, id);
    if (counts.next())
        rescore(id, counts.int64(0), counts.int64(1), counts.int64(2));
}

void PostStore::markChanged(qint64 id, qint64 seq)
{
    auto mark = Statements::of(m_db).use("UPDATE posts SET seq = ? WHERE id = ?");
    mark.bindAll(seq, id);
    mark.run();
}

void PostStore::rescore(qint64 id, qint64 reactions, qint64 comments, qint64 createdAtMs)
{
    // In the same transaction as the count it follows: a page never sees one without the other.
    Statements::of(m_db)
        .use("UPDATE post_topics SET trending = ? WHERE post_id = ?")
        .bindAll(TrendingScore::score(reactions, comments, createdAtMs), id)
        .run();
}

std::optional<PostStore::Record> PostStore::record(qint64 id) const
{
    Statements &statements = Statements::of(m_db);
    auto query = statements.use(
        "SELECT id, author_id, kind, version, title, body, media_id FROM posts WHERE id = ?");
    query.bind(id);
    if (!query.next())
        return std::nullopt;
    Record record;
    record.id = query.int64(0);
    record.authorId = query.int64(1);
    record.kind = postKindFromWire(query.text(2)).value_or(PostKind::Post);
    record.version = query.int64(3);
    record.title = query.text(4);
    record.body = query.text(5);
    record.mediaId = query.optionalInt64(6);
    auto topics = statements.use(
        "SELECT topic_id, tag FROM post_topics WHERE post_id = ? ORDER BY position");
    topics.bind(id);
    while (topics.next()) {
        record.topicIds.append(topics.int64(0));
        record.hashtags.append(topics.text(1));
    }
    return record;
}

QList<Post> PostStore::posts(const QList<qint64> &ids, qint64 viewerId) const
{
    if (ids.isEmpty())
        return {};
    Statements &statements = Statements::of(m_db);

    // Where each id is in the answer (an id asked twice is answered once, at its first place).
    QHash<qint64, qsizetype> slotOf;
    slotOf.reserve(ids.size());
    QList<std::optional<Post>> slots(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!slotOf.contains(ids[i]))
            slotOf.insert(ids[i], i);
    }

    QByteArray sql = "SELECT p.id, " POST_COLUMNS;
    if (viewerId > 0)
        sql += ", r.kind";
    sql += " FROM posts p" POST_JOINS;
    if (viewerId > 0)
        sql += " LEFT JOIN reactions r ON r.post_id = p.id AND r.user_id = ?";
    sql += " WHERE p.id IN (" + placeholders(ids.size()) + ")";
    auto query = statements.use(sql);
    if (viewerId > 0)
        query.bind(viewerId);
    for (qint64 id : ids)
        query.bind(id);
    while (query.next()) {
        const auto slot = slotOf.constFind(query.int64(0));
        if (slot == slotOf.cend())
            continue;
        Post &post = slots[*slot].emplace();
        post.id = query.int64(0);
        readPost(query, 1, post);
        if (viewerId > 0)
            post.reactions.setMine(reactionKindOf(query.utf8(PostColumnCount + 1)));
    }

    QList<Post> ordered;
    ordered.reserve(ids.size());
    for (std::optional<Post> &post : slots) {
        if (post)
            ordered.append(std::move(*post));
    }
    return ordered;
}

std::optional<Post> PostStore::post(qint64 id, qint64 viewerId) const
{
    QList<Post> found = posts({id}, viewerId);
    if (found.isEmpty())
        return std::nullopt;
    return std::move(found.first());
}

bool PostStore::setReaction(
    qint64 postId, qint64 userId, std::optional<ReactionKind> kind, qint64 seq)
{
    Statements &statements = Statements::of(m_db);
    std::optional<ReactionKind> before;
    bool had = false;
    {
        auto current
            = statements.use("SELECT kind FROM reactions WHERE post_id = ? AND user_id = ?");
        current.bindAll(postId, userId);
        had = current.next();
        if (had)
            before = reactionKindFromWire(current.text(0));
    }
    if (before == kind && had == kind.has_value())
        return false;
    if (kind) {
        statements
            .use("INSERT INTO reactions (post_id, user_id, kind, created_at) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (post_id, user_id) DO UPDATE SET kind = excluded.kind")
            .bindAll(postId, userId, toWire(*kind), Sql::nowMs())
            .run();
    } else {
        statements.use("DELETE FROM reactions WHERE post_id = ? AND user_id = ?")
            .bindAll(postId, userId)
            .run();
    }
    const int delta = (kind ? 1 : 0) - (had ? 1 : 0);
    // The count of each kind, kept with the post: a page reads it there instead of counting
    // each post's reactions, which cost as much as a post had reactions.
    auto counts = Sql::dialect(m_db) == Sql::Dialect::PostgreSQL
        ? statements.use("UPDATE posts SET reaction_count = reaction_count + ?, reaction_kinds "
                         "= " REACTION_KINDS_OF_POST_PG
                         ", seq = ? WHERE id = ? RETURNING reaction_count, comment_count, "
                         "created_at")
        : statements.use("UPDATE posts SET reaction_count = reaction_count + ?, reaction_kinds "
                         "= " REACTION_KINDS_OF_POST
                         ", seq = ? WHERE id = ? RETURNING reaction_count, comment_count, "
                         "created_at");
    counts.bindAll(delta, seq, postId);
    if (counts.next())
        rescore(postId, counts.int64(0), counts.int64(1), counts.int64(2));
    return true;
}

Reactions PostStore::reactions(qint64 postId, qint64 viewerId) const
{
    const QList<Post> found = posts({postId}, viewerId);
    return found.isEmpty() ? Reactions() : found.first().reactions;
}

Result<Page<qint64>> PostStore::feed(qint64 topicId, const FeedQuery &query, qint64 viewerId) const
{
    return feedRows(topicId, query, viewerId, nullptr, nullptr);
}

Result<Page<Post>> PostStore::feedPage(
    qint64 topicId, const FeedQuery &query, qint64 viewerId) const
{
    const Statements::ReadTransaction transaction(Statements::of(m_db));
    QList<Post> posts;
    const Result<Page<qint64>> ids = feedRows(topicId, query, viewerId, &posts, nullptr);
    if (!ids)
        return ids.error();
    return Page<Post>{std::move(posts), ids->nextCursor};
}

Result<QByteArray> PostStore::feedJson(
    qint64 topicId, const FeedQuery &query, qint64 viewerId) const
{
    const Statements::ReadTransaction transaction(Statements::of(m_db));
    PostJson::PageWriter json;
    const Result<Page<qint64>> ids = feedRows(topicId, query, viewerId, nullptr, &json);
    if (!ids)
        return ids.error();
    return json.finish(ids->nextCursor);
}

Result<Page<qint64>> PostStore::feedRows(qint64 topicId, const FeedQuery &query, qint64 viewerId,
    QList<Post> *posts, PostJson::PageWriter *json) const
{
    const bool withPosts = posts || json;
    std::optional<FeedCursor> cursor;
    if (!query.cursor.isEmpty()) {
        cursor = decode(query.cursor, topicId, query.kind, query.sort);
        if (!cursor)
            return ApiError(ApiError::Code::BadRequest, u"The cursor is not valid."_s, u"cursor"_s);
    }
    Statements &statements = Statements::of(m_db);
    bool hasBlocks = false;
    if (viewerId > 0) {
        auto blocks = statements.use("SELECT 1 FROM blocks WHERE blocker_id = ? LIMIT 1");
        blocks.bind(viewerId);
        hasBlocks = blocks.next();
    }

    // Both orders are one range scan of an index that leads with (topic, [kind,]) and then
    // holds the order's key and the post id, both descending: a page reads limit + 1 rows
    // (and those of blocked authors) wherever it starts, whatever the topic's size. With the
    // posts, each row looks its post, author, media and the viewer's reaction up by key, in
    // the same statement.
    const bool latest = query.sort == FeedSort::Latest;
    const bool mine = withPosts && viewerId > 0;
    const QByteArray key = latest ? "pt.created_at" : "pt.trending";
    QByteArray sql = "SELECT pt.post_id, " + key;
    if (withPosts)
        sql += ", " POST_COLUMNS;
    if (mine)
        sql += ", r.kind";
    sql += " FROM post_topics pt";
    if (hasBlocks || withPosts)
        sql += " JOIN posts p ON p.id = pt.post_id";
    if (withPosts)
        sql += POST_JOINS;
    if (mine)
        sql += " LEFT JOIN reactions r ON r.post_id = pt.post_id AND r.user_id = ?";
    sql += " WHERE pt.topic_id = ?";
    if (query.kind != FeedKind::All)
        sql += " AND pt.kind = ?";
    if (hasBlocks)
        sql += " AND p.author_id NOT IN (SELECT blocked_id FROM blocks WHERE blocker_id = ?)";
    if (cursor)
        sql += " AND (" + key + ", pt.post_id) < (?, ?)";
    // The limit is written into the SQL (a number checked by FeedQuery, at most 101): a
    // plan made without knowing the parameters' values, as PostgreSQL keeps for a read
    // (PostgresStatements), would otherwise guess a tenth of the topic and sort it.
    sql += " ORDER BY " + key + " DESC, pt.post_id DESC LIMIT "
        + QByteArray::number(query.limit + 1);

    auto rows = statements.use(sql);
    if (mine)
        rows.bind(viewerId);
    rows.bind(topicId);
    if (query.kind != FeedKind::All)
        rows.bind(toWire(query.kind) /* feed kinds share the post kinds' wire names */);
    if (hasBlocks)
        rows.bind(viewerId);
    if (cursor)
        rows.bindAll(cursor->key, cursor->id);

    Page<qint64> page;
    page.items.reserve(query.limit);
    if (posts)
        posts->reserve(query.limit);
    qint64 lastKey = 0;
    while (rows.next()) {
        if (page.items.size() == query.limit) {
            page.nextCursor = encode({query.sort, topicId, query.kind, lastKey, page.items.last()});
            break;
        }
        page.items.append(rows.int64(0));
        lastKey = rows.int64(1);
        if (posts) {
            Post &post = posts->emplace_back();
            post.id = rows.int64(0);
            readPost(rows, 2, post);
            if (mine)
                post.reactions.setMine(reactionKindOf(rows.utf8(2 + PostColumnCount)));
        }
        if (json) {
            PostJson::StoredPost post = storedPost(rows, 2);
            post.id = rows.int64(0);
            if (mine)
                post.mine = rows.utf8(2 + PostColumnCount);
            json->add(post);
        }
    }
    return page;
}

} // namespace Hearth
