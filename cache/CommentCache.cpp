#include "CommentCache.h"

#include "CacheSql.h"
#include "CacheTransaction.h"
#include "api/Json.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Decodes a cached comment with the wire decoder, which accepts only server ids (> 0). The
// id columns are the truth (local comments and posts have negative ids), so the decoder
// is shown stand-ins, and the real ids go back afterwards.
std::optional<Comment> decodeComment(const QSqlQuery &query)
{
    const qint64 id = query.value(0).toLongLong();
    const qint64 postId = query.value(1).toLongLong();
    const QVariant parentId = query.value(2);
    QJsonObject object = CacheSql::toJson(query.value(3).toString());
    object.insert(u"id"_s, 1);
    object.insert(u"postId"_s, 1);
    object.insert(u"parentId"_s, parentId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(2));
    Result<Comment> decoded = Json::decode<Comment>(object);
    if (!decoded) {
        qCWarning(lcCache) << "The cached comment" << id
                           << "does not decode:" << decoded.error().field()
                           << decoded.error().message();
        return std::nullopt;
    }
    Comment comment = std::move(decoded).value();
    comment.id = id;
    comment.postId = postId;
    comment.parentId = parentId.isNull() ? std::nullopt : std::optional(parentId.toLongLong());
    return comment;
}

// What the server sends of a comment whose edit by the person is still on its way.
enum class Unsettled { Overwrite, Keep };

void writeComments(const QSqlDatabase &db, qint64 postId, const QList<Comment> &comments,
    Unsettled unsettled = Unsettled::Overwrite)
{
    // The local state is left out of the update: it belongs to the outbox's progress. A
    // thread page read while the person's edit waits would show the words before it.
    QString sql = u"INSERT INTO comments (id, post_id, parent_id, created_at, json, local_state, "
                  "cached_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET post_id = excluded.post_id, "
                  "parent_id = excluded.parent_id, created_at = excluded.created_at, "
                  "json = excluded.json, cached_at = excluded.cached_at"_s;
    if (unsettled == Unsettled::Keep)
        sql += u" WHERE local_state = %1"_s.arg(int(LocalState::Synced));
    QSqlQuery upsert = CacheSql::prepare(db, sql);
    const qint64 now = CacheSql::nowMs();
    for (const Comment &comment : comments) {
        const LocalState initialState = comment.id < 0 ? LocalState::Pending : LocalState::Synced;
        CacheSql::run(upsert,
            {comment.id, postId, comment.parentId ? QVariant(*comment.parentId) : QVariant(),
                comment.createdAt.isValid() ? comment.createdAt.toMSecsSinceEpoch() : 0,
                CacheSql::fromJson(Json::toJson(comment)), int(initialState), now});
    }
}

const QString selectColumns = u"SELECT c.id, c.post_id, c.parent_id, c.json FROM comments c "_s;

} // namespace

CommentCache::CommentCache(const QSqlDatabase &db) : m_db(db) { }

bool CommentCache::storeThreadPage(qint64 postId, const Page<Comment> &page, bool firstPage)
{
    return CacheSql::transact(m_db, "CommentCache::storeThreadPage", [&] {
        if (firstPage) {
            // The person's unsent or refused comments are not on the server yet: they stay.
            CacheSql::exec(m_db,
                u"DELETE FROM comments WHERE post_id = ? AND id > 0 AND local_state = ?"_s,
                {postId, int(LocalState::Synced)});
        }
        writeComments(m_db, postId, page.items, Unsettled::Keep);
        CacheSql::exec(m_db,
            u"INSERT INTO thread_cursors (post_id, cursor) VALUES (?, ?) "
            "ON CONFLICT (post_id) DO UPDATE SET cursor = excluded.cursor"_s,
            {postId, page.nextCursor});
        return true;
    });
}

QList<Comment> CommentCache::thread(qint64 postId) const
{
    QList<Comment> comments;
    try {
        // Each comment sorts under its thread's top-level comment (itself, for a top-level
        // one); a reply whose parent is not cached sorts as its own thread.
        QSqlQuery query = CacheSql::exec(m_db,
            selectColumns
                + u"LEFT JOIN comments parent ON parent.id = c.parent_id WHERE c.post_id = ? "
                  "ORDER BY COALESCE(parent.created_at, c.created_at), COALESCE(parent.id, c.id), "
                  "parent.id IS NOT NULL, c.created_at, c.id"_s,
            {postId});
        while (query.next()) {
            if (auto comment = decodeComment(query))
                comments.append(std::move(*comment));
        }
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("CommentCache::thread", error);
    }
    return comments;
}

QString CommentCache::threadCursor(qint64 postId) const
{
    try {
        return CacheSql::scalar(
            m_db, u"SELECT cursor FROM thread_cursors WHERE post_id = ?"_s, {postId})
            .toString();
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("CommentCache::threadCursor", error);
        return {};
    }
}

std::optional<Comment> CommentCache::lastServerTopLevel(qint64 postId) const
{
    try {
        QSqlQuery query = CacheSql::exec(m_db,
            selectColumns
                + u"WHERE c.post_id = ? AND c.parent_id IS NULL AND c.id > 0 "
                  "ORDER BY c.created_at DESC, c.id DESC LIMIT 1"_s,
            {postId});
        if (query.next())
            return decodeComment(query);
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("CommentCache::lastServerTopLevel", error);
    }
    return std::nullopt;
}

std::optional<Comment> CommentCache::comment(qint64 id) const
{
    try {
        QSqlQuery query = CacheSql::exec(m_db, selectColumns + u"WHERE c.id = ?"_s, {id});
        if (query.next())
            return decodeComment(query);
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("CommentCache::comment", error);
    }
    return std::nullopt;
}

bool CommentCache::storeComment(const Comment &comment)
{
    return CacheSql::transact(m_db, "CommentCache::storeComment", [&] {
        writeComments(m_db, comment.postId, {comment});
        return true;
    });
}

bool CommentCache::removeComment(qint64 id)
{
    return CacheSql::transact(m_db, "CommentCache::removeComment", [&] {
        CacheSql::exec(m_db, u"DELETE FROM comments WHERE id = ? OR parent_id = ?"_s, {id, id});
        return true;
    });
}

bool CommentCache::removeCommentsByAuthor(qint64 authorId, QList<qint64> *postIds)
{
    if (postIds)
        postIds->clear();
    return CacheSql::transact(m_db, "CommentCache::removeCommentsByAuthor", [&] {
        // The author is only in the JSON: a scan of the comments, for something as rare as
        // a block. A reply's post is its parent's, so the threads are those of the author's
        // comments.
        QList<qint64> ids;
        QList<qint64> threads;
        QSqlQuery query = CacheSql::exec(m_db,
            u"SELECT id, post_id FROM comments WHERE json_extract(json, '$.author.id') = ?"_s,
            {authorId});
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
            const qint64 postId = query.value(1).toLongLong();
            if (!threads.contains(postId))
                threads.append(postId);
        }
        query.finish();
        QSqlQuery remove
            = CacheSql::prepare(m_db, u"DELETE FROM comments WHERE id = ? OR parent_id = ?"_s);
        for (qint64 id : std::as_const(ids))
            CacheSql::run(remove, {id, id});
        std::sort(threads.begin(), threads.end());
        if (postIds)
            *postIds = threads;
        return true;
    });
}

bool CommentCache::setLocalState(qint64 id, LocalState state, const QString &error)
{
    return CacheSql::transact(m_db, "CommentCache::setLocalState", [&] {
        const QSqlQuery query = CacheSql::exec(m_db,
            u"UPDATE comments SET local_state = ?, local_error = ? WHERE id = ?"_s,
            {int(state), state == LocalState::Failed ? error : QString(), id});
        return query.numRowsAffected() == 1;
    });
}

LocalState CommentCache::localState(qint64 id) const
{
    try {
        const int state
            = CacheSql::scalar(m_db, u"SELECT local_state FROM comments WHERE id = ?"_s, {id})
                  .toInt();
        if (state == int(LocalState::Pending))
            return LocalState::Pending;
        if (state == int(LocalState::Failed))
            return LocalState::Failed;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("CommentCache::localState", error);
    }
    return LocalState::Synced;
}

QString CommentCache::localError(qint64 id) const
{
    try {
        return CacheSql::scalar(m_db, u"SELECT local_error FROM comments WHERE id = ?"_s, {id})
            .toString();
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("CommentCache::localError", error);
        return {};
    }
}

bool CommentCache::replaceCommentId(qint64 localId, qint64 serverId)
{
    return CacheSql::transact(m_db, "CommentCache::replaceCommentId", [&] {
        if (!CacheSql::scalar(m_db, u"SELECT 1 FROM comments WHERE id = ?"_s, {localId}).isValid())
            return false;
        if (localId == serverId)
            return true;
        if (CacheSql::scalar(m_db, u"SELECT 1 FROM comments WHERE id = ?"_s, {serverId})
                .isValid()) {
            // The server's copy came first (with a thread page) and is the truth.
            CacheSql::exec(m_db, u"DELETE FROM comments WHERE id = ?"_s, {localId});
        } else {
            CacheSql::exec(m_db,
                u"UPDATE comments SET id = ?, local_state = ?, local_error = '' WHERE id = ?"_s,
                {serverId, int(LocalState::Synced), localId});
        }
        CacheSql::exec(
            m_db, u"UPDATE comments SET parent_id = ? WHERE parent_id = ?"_s, {serverId, localId});
        return true;
    });
}

} // namespace Hearth
