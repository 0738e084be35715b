#include "PostStore.h"

#include "Cursor.h"
#include "MediaStore.h"
#include "Sql.h"

#include <QDateTime>
#include <QHash>

#include <bit>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QVariantList variants(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

// Cursors are opaque to clients: base64url of "l:<topic>:<kind>:<createdAt>:<id>" for
// latest, and "t:<topic>:<kind>:<asOf>:<score bits>:<id>" for trending, whose clock is
// pinned at the first page. The topic and kind are in them so that a cursor used with
// other parameters is refused rather than giving some other page.
struct FeedCursor
{
    FeedSort sort = FeedSort::Latest;
    qint64 topicId = 0;
    FeedKind kind = FeedKind::All;
    qint64 asOfMs = 0;
    qint64 createdAtMs = 0;
    double score = 0;
    qint64 id = 0;
};

QByteArray tagFor(FeedSort sort)
{
    return sort == FeedSort::Latest ? "l" : "t";
}

QString encode(const FeedCursor &cursor)
{
    QByteArrayList parts{QByteArray::number(cursor.topicId), toWire(cursor.kind).toLatin1()};
    if (cursor.sort == FeedSort::Latest) {
        parts << QByteArray::number(cursor.createdAtMs);
    } else {
        parts << QByteArray::number(cursor.asOfMs)
              << QByteArray::number(std::bit_cast<quint64>(cursor.score), 16);
    }
    parts << QByteArray::number(cursor.id);
    return Cursor::encode(tagFor(cursor.sort), parts);
}

std::optional<FeedCursor> decode(const QString &text, qint64 topicId, FeedKind kind, FeedSort sort)
{
    if (text.size() > 300)
        return std::nullopt;
    const auto parts = Cursor::decode(text, tagFor(sort), sort == FeedSort::Latest ? 4 : 5);
    if (!parts || parts->at(0) != QByteArray::number(topicId)
        || parts->at(1) != toWire(kind).toLatin1()) {
        return std::nullopt;
    }
    FeedCursor cursor{sort, topicId, kind, 0, 0, 0, 0};
    bool ok = false;
    bool idOk = false;
    if (sort == FeedSort::Latest) {
        cursor.createdAtMs = parts->at(2).toLongLong(&ok);
        cursor.id = parts->at(3).toLongLong(&idOk);
    } else {
        bool bitsOk = false;
        cursor.asOfMs = parts->at(2).toLongLong(&ok);
        cursor.score = std::bit_cast<double>(parts->at(3).toULongLong(&bitsOk, 16));
        cursor.id = parts->at(4).toLongLong(&idOk);
        ok = ok && bitsOk && std::isfinite(cursor.score);
    }
    if (!ok || !idOk || cursor.id <= 0)
        return std::nullopt;
    return cursor;
}

// The trending score of docs/api.md: (R + 2C + 1) / (H + 2)^1.5, H in hours at asOf.
const QString scoreExpression = u"((p.reaction_count + 2.0 * p.comment_count + 1.0) / "
                                "pow((? - p.created_at) / 3600000.0 + 2.0, 1.5))"_s;

} // namespace

PostStore::PostStore(const QSqlDatabase &db, const MediaStore &media) : m_db(db), m_media(media) { }

qint64 PostStore::insert(const Content &content, qint64 createdAtMs, qint64 seq)
{
    const qint64 id = Sql::exec(m_db,
        u"INSERT INTO posts (kind, author_id, title, body, content_warning, "
        "media_id, created_at, team_prompt, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {toWire(content.kind), content.authorId, content.title, content.body,
            content.contentWarning, Sql::nullable(content.mediaId), createdAtMs, content.teamPrompt,
            seq})
                          .lastInsertId()
                          .toLongLong();
    writeTopics(id, content, createdAtMs);
    return id;
}

void PostStore::writeTopics(qint64 id, const Content &content, qint64 createdAtMs)
{
    Sql::exec(m_db, u"DELETE FROM post_topics WHERE post_id = ?"_s, {id});
    for (qsizetype i = 0; i < content.topicIds.size(); ++i) {
        Sql::exec(m_db,
            u"INSERT OR IGNORE INTO post_topics (topic_id, post_id, kind, created_at, "
            "position, tag) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {content.topicIds[i], id, toWire(content.kind), createdAtMs, i,
                content.hashtags.value(i)});
    }
}

void PostStore::update(qint64 id, const Content &content, qint64 editedAtMs, qint64 seq)
{
    Sql::exec(m_db,
        u"UPDATE posts SET title = ?, body = ?, content_warning = ?, media_id = ?, "
        "edited_at = ?, version = version + 1, seq = ? WHERE id = ?"_s,
        {content.title, content.body, content.contentWarning, Sql::nullable(content.mediaId),
            editedAtMs, seq, id});
    const qint64 createdAt
        = Sql::scalar(m_db, u"SELECT created_at FROM posts WHERE id = ?"_s, {id}).toLongLong();
    writeTopics(id, content, createdAt);
}

void PostStore::remove(qint64 id)
{
    Sql::exec(m_db, u"DELETE FROM posts WHERE id = ?"_s, {id});
}

void PostStore::adjustCommentCount(qint64 id, int delta, qint64 seq)
{
    Sql::exec(m_db,
        u"UPDATE posts SET comment_count = max(0, comment_count + ?), seq = ? WHERE id = ?"_s,
        {delta, seq, id});
}

std::optional<PostStore::Record> PostStore::record(qint64 id) const
{
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT id, author_id, kind, version, title, body, media_id FROM posts WHERE id = ?"_s,
        {id});
    if (!query.next())
        return std::nullopt;
    Record record;
    record.id = query.value(0).toLongLong();
    record.authorId = query.value(1).toLongLong();
    record.kind = postKindFromWire(query.value(2).toString()).value_or(PostKind::Post);
    record.version = query.value(3).toLongLong();
    record.title = query.value(4).toString();
    record.body = query.value(5).toString();
    if (!query.isNull(6))
        record.mediaId = query.value(6).toLongLong();
    QSqlQuery topics = Sql::exec(
        m_db, u"SELECT topic_id, tag FROM post_topics WHERE post_id = ? ORDER BY position"_s, {id});
    while (topics.next()) {
        record.topicIds.append(topics.value(0).toLongLong());
        record.hashtags.append(topics.value(1).toString());
    }
    return record;
}

QList<Post> PostStore::posts(const QList<qint64> &ids, qint64 viewerId) const
{
    if (ids.isEmpty())
        return {};
    const QString in = Sql::placeholders(ids.size());
    const QVariantList idValues = variants(ids);

    QHash<qint64, Post> byId;
    QList<qint64> mediaIds;
    QHash<qint64, qint64> mediaOfPost;
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT p.id, p.kind, p.title, p.body, p.content_warning, p.media_id, p.created_at, "
        "p.edited_at, p.version, p.comment_count, p.team_prompt, "
        "u.id, u.handle, u.display_name, u.team "
        "FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id IN (%1)"_s.arg(in),
        idValues);
    while (query.next()) {
        Post post;
        post.id = query.value(0).toLongLong();
        post.kind = postKindFromWire(query.value(1).toString()).value_or(PostKind::Post);
        post.title = query.value(2).toString();
        post.body = query.value(3).toString();
        post.contentWarning = query.value(4).toString();
        if (!query.isNull(5)) {
            mediaIds.append(query.value(5).toLongLong());
            mediaOfPost.insert(post.id, query.value(5).toLongLong());
        }
        post.createdAt = Sql::dateTime(query.value(6));
        post.editedAt = Sql::dateTime(query.value(7));
        post.version = query.value(8).toLongLong();
        post.commentCount = query.value(9).toLongLong();
        post.teamPrompt = query.value(10).toBool();
        post.author = User{query.value(11).toLongLong(), query.value(12).toString(),
            query.value(13).toString(), query.value(14).toBool()};
        byId.insert(post.id, post);
    }

    QSqlQuery tags = Sql::exec(m_db,
        u"SELECT post_id, tag FROM post_topics WHERE post_id IN (%1) ORDER BY post_id, position"_s
            .arg(in),
        idValues);
    while (tags.next()) {
        const auto it = byId.find(tags.value(0).toLongLong());
        if (it != byId.end())
            it->hashtags.append(tags.value(1).toString());
    }

    QSqlQuery counts = Sql::exec(m_db,
        u"SELECT post_id, kind, COUNT(*) FROM reactions WHERE post_id IN (%1) GROUP BY post_id, kind"_s
            .arg(in),
        idValues);
    while (counts.next()) {
        const auto it = byId.find(counts.value(0).toLongLong());
        const auto kind = reactionKindFromWire(counts.value(1).toString());
        if (it != byId.end() && kind)
            it->reactions.setCount(*kind, counts.value(2).toLongLong());
    }
    if (viewerId > 0) {
        QVariantList values{viewerId};
        values.append(idValues);
        QSqlQuery mine = Sql::exec(m_db,
            u"SELECT post_id, kind FROM reactions WHERE user_id = ? AND post_id IN (%1)"_s.arg(in),
            values);
        while (mine.next()) {
            const auto it = byId.find(mine.value(0).toLongLong());
            if (it != byId.end())
                it->reactions.setMine(reactionKindFromWire(mine.value(1).toString()));
        }
    }

    const QHash<qint64, Media> media = m_media.media(mediaIds);
    for (auto it = mediaOfPost.cbegin(); it != mediaOfPost.cend(); ++it) {
        if (media.contains(it.value()))
            byId[it.key()].media = media.value(it.value());
    }

    QList<Post> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            ordered.append(*it);
    }
    return ordered;
}

std::optional<Post> PostStore::post(qint64 id, qint64 viewerId) const
{
    const QList<Post> found = posts({id}, viewerId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool PostStore::setReaction(
    qint64 postId, qint64 userId, std::optional<ReactionKind> kind, qint64 seq)
{
    const QVariant current = Sql::scalar(
        m_db, u"SELECT kind FROM reactions WHERE post_id = ? AND user_id = ?"_s, {postId, userId});
    const std::optional<ReactionKind> before
        = current.isValid() ? reactionKindFromWire(current.toString()) : std::nullopt;
    if (before == kind && current.isValid() == kind.has_value())
        return false;
    if (kind) {
        Sql::exec(m_db,
            u"INSERT INTO reactions (post_id, user_id, kind, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (post_id, user_id) DO UPDATE SET kind = excluded.kind"_s,
            {postId, userId, toWire(*kind), Sql::nowMs()});
    } else {
        Sql::exec(
            m_db, u"DELETE FROM reactions WHERE post_id = ? AND user_id = ?"_s, {postId, userId});
    }
    const int delta = (kind ? 1 : 0) - (current.isValid() ? 1 : 0);
    Sql::exec(m_db, u"UPDATE posts SET reaction_count = reaction_count + ?, seq = ? WHERE id = ?"_s,
        {delta, seq, postId});
    return true;
}

Reactions PostStore::reactions(qint64 postId, qint64 viewerId) const
{
    const QList<Post> found = posts({postId}, viewerId);
    return found.isEmpty() ? Reactions() : found.first().reactions;
}

Result<Page<qint64>> PostStore::feed(
    qint64 topicId, const FeedQuery &query, qint64 viewerId, qint64 nowMs) const
{
    std::optional<FeedCursor> cursor;
    if (!query.cursor.isEmpty()) {
        cursor = decode(query.cursor, topicId, query.kind, query.sort);
        if (!cursor)
            return ApiError(ApiError::Code::BadRequest, u"The cursor is not valid."_s, u"cursor"_s);
    }

    QString where = u"pt.topic_id = ?"_s;
    QVariantList values{topicId};
    if (query.kind != FeedKind::All) {
        where += u" AND pt.kind = ?"_s;
        values.append(toWire(query.kind) /* feed kinds share the post kinds' wire names */);
    }
    const bool hasBlocks = viewerId > 0
        && Sql::scalar(m_db, u"SELECT 1 FROM blocks WHERE blocker_id = ? LIMIT 1"_s, {viewerId})
               .isValid();
    if (hasBlocks) {
        where += u" AND p.author_id NOT IN (SELECT blocked_id FROM blocks WHERE blocker_id = ?)"_s;
        values.append(viewerId);
    }

    Page<qint64> page;
    if (query.sort == FeedSort::Latest) {
        if (cursor) {
            where += u" AND (pt.created_at < ? OR (pt.created_at = ? AND pt.post_id < ?))"_s;
            values << cursor->createdAtMs << cursor->createdAtMs << cursor->id;
        }
        values.append(query.limit + 1);
        const QString join = hasBlocks ? u"JOIN posts p ON p.id = pt.post_id "_s : QString();
        QSqlQuery rows = Sql::exec(m_db,
            u"SELECT pt.post_id, pt.created_at FROM post_topics pt %1"
            "WHERE %2 ORDER BY pt.created_at DESC, pt.post_id DESC LIMIT ?"_s.arg(join, where),
            values);
        qint64 lastCreated = 0;
        while (rows.next()) {
            if (page.items.size() == query.limit) {
                page.nextCursor = encode(
                    {FeedSort::Latest, topicId, query.kind, 0, lastCreated, 0, page.items.last()});
                break;
            }
            page.items.append(rows.value(0).toLongLong());
            lastCreated = rows.value(1).toLongLong();
        }
        return page;
    }

    const qint64 asOf = cursor ? cursor->asOfMs : nowMs;
    QVariantList bound{asOf};
    bound.append(values);
    bound.append(asOf);
    QString outer;
    if (cursor) {
        outer = u"WHERE score < ? OR (score = ? AND post_id < ?)"_s;
        bound << cursor->score << cursor->score << cursor->id;
    }
    bound.append(query.limit + 1);
    QSqlQuery rows = Sql::exec(m_db,
        u"SELECT post_id, score FROM (SELECT pt.post_id AS post_id, %1 AS score "
        "FROM post_topics pt JOIN posts p ON p.id = pt.post_id WHERE %2 AND pt.created_at <= ?) "
        "%3 ORDER BY score DESC, post_id DESC LIMIT ?"_s.arg(scoreExpression, where, outer),
        bound);
    double lastScore = 0;
    while (rows.next()) {
        if (page.items.size() == query.limit) {
            page.nextCursor = encode(
                {FeedSort::Trending, topicId, query.kind, asOf, 0, lastScore, page.items.last()});
            break;
        }
        page.items.append(rows.value(0).toLongLong());
        lastScore = rows.value(1).toDouble();
    }
    return page;
}

} // namespace Hearth
