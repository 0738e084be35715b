#include "CommentStore.h"

#include "Cursor.h"
#include "Sql.h"
#include "api/Limits.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// "c:<post>:<createdAt>:<id>": bound to its post, so it is refused on another thread.
QString encodeCursor(qint64 postId, qint64 createdAtMs, qint64 id)
{
    return Cursor::encode(
        "c", {QByteArray::number(postId), QByteArray::number(createdAtMs), QByteArray::number(id)});
}

std::optional<std::pair<qint64, qint64>> decodeCursor(const QString &text, qint64 postId)
{
    const auto parts = Cursor::decode(text, "c", 3);
    if (!parts || parts->at(0) != QByteArray::number(postId))
        return std::nullopt;
    bool createdOk = false;
    bool idOk = false;
    const qint64 created = parts->at(1).toLongLong(&createdOk);
    const qint64 id = parts->at(2).toLongLong(&idOk);
    if (!createdOk || !idOk || id <= 0)
        return std::nullopt;
    return std::pair{created, id};
}

const QString columns
    = u"SELECT c.id, c.post_id, c.parent_id, c.body, c.content_warning, c.created_at, c.edited_at, "
      "c.version, c.deleted, c.reply_count, u.id, u.handle, u.display_name, u.team, u.avatar_id "
      "FROM comments c JOIN users u ON u.id = c.author_id "_s;

} // namespace

CommentStore::CommentStore(const QSqlDatabase &db) : m_db(db) { }

qint64 CommentStore::insert(qint64 postId, std::optional<qint64> parentId, qint64 authorId,
    const QString &body, const QString &contentWarning, qint64 createdAtMs)
{
    const qint64 id = Sql::insert(m_db,
        u"INSERT INTO comments (post_id, parent_id, author_id, body, content_warning, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {postId, Sql::nullable(parentId), authorId, body, contentWarning, createdAtMs});
    if (parentId) {
        Sql::exec(
            m_db, u"UPDATE comments SET reply_count = reply_count + 1 WHERE id = ?"_s, {*parentId});
    }
    return id;
}

void CommentStore::update(
    qint64 id, const QString &body, const QString &contentWarning, qint64 editedAtMs)
{
    Sql::exec(m_db,
        u"UPDATE comments SET body = ?, content_warning = ?, edited_at = ?, "
        "version = version + 1 WHERE id = ?"_s,
        {body, contentWarning, editedAtMs, id});
}

int CommentStore::remove(qint64 id)
{
    const auto comment = record(id);
    if (!comment || comment->deleted)
        return 0;
    if (comment->replyCount > 0) {
        Sql::exec(m_db,
            u"UPDATE comments SET deleted = 1, body = '', content_warning = '', "
            "version = version + 1 WHERE id = ?"_s,
            {id});
        return 1;
    }
    Sql::exec(m_db, u"DELETE FROM comments WHERE id = ?"_s, {id});
    if (comment->parentId) {
        Sql::exec(m_db, u"UPDATE comments SET reply_count = reply_count - 1 WHERE id = ?"_s,
            {*comment->parentId});
        // A tombstone kept only for its replies goes with the last of them.
        Sql::exec(m_db, u"DELETE FROM comments WHERE id = ? AND deleted = 1 AND reply_count = 0"_s,
            {*comment->parentId});
    }
    return 1;
}

std::optional<CommentStore::Record> CommentStore::record(qint64 id) const
{
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT id, post_id, parent_id, author_id, version, deleted, "
        "reply_count FROM comments WHERE id = ?"_s,
        {id});
    if (!query.next())
        return std::nullopt;
    Record record;
    record.id = query.value(0).toLongLong();
    record.postId = query.value(1).toLongLong();
    if (!query.isNull(2))
        record.parentId = query.value(2).toLongLong();
    record.authorId = query.value(3).toLongLong();
    record.version = query.value(4).toLongLong();
    record.deleted = query.value(5).toBool();
    record.replyCount = query.value(6).toLongLong();
    return record;
}

QList<Comment> CommentStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = Sql::exec(m_db, columns + where, values);
    QList<Comment> comments;
    while (query.next()) {
        Comment comment;
        comment.id = query.value(0).toLongLong();
        comment.postId = query.value(1).toLongLong();
        if (!query.isNull(2))
            comment.parentId = query.value(2).toLongLong();
        comment.body = query.value(3).toString();
        comment.contentWarning = query.value(4).toString();
        comment.createdAt = Sql::dateTime(query.value(5));
        comment.editedAt = Sql::dateTime(query.value(6));
        comment.version = query.value(7).toLongLong();
        comment.deleted = query.value(8).toBool();
        comment.replyCount = query.value(9).toLongLong();
        comment.author = User{query.value(10).toLongLong(), query.value(11).toString(),
            query.value(12).toString(), query.value(13).toBool()};
        if (!query.isNull(14))
            comment.author.avatarId = query.value(14).toLongLong();
        comments.append(comment);
    }
    return comments;
}

std::optional<Comment> CommentStore::comment(qint64 id) const
{
    const QList<Comment> found = select(u"WHERE c.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Result<Page<Comment>> CommentStore::thread(
    qint64 postId, int limit, const QString &cursor, qint64 viewerId) const
{
    QString where = u"WHERE c.post_id = ? AND c.parent_id IS NULL"_s;
    QVariantList values{postId};
    if (!cursor.isEmpty()) {
        const auto position = decodeCursor(cursor, postId);
        if (!position)
            return ApiError(ApiError::Code::BadRequest, u"The cursor is not valid."_s, u"cursor"_s);
        where += u" AND (c.created_at > ? OR (c.created_at = ? AND c.id > ?))"_s;
        values << position->first << position->first << position->second;
    }
    const QString notBlocked = viewerId > 0
        ? u" AND c.author_id NOT IN (SELECT blocked_id FROM blocks WHERE blocker_id = %1)"_s.arg(
            viewerId)
        : QString();
    values.append(limit + 1);
    QList<Comment> topLevel
        = select(where + notBlocked + u" ORDER BY c.created_at, c.id LIMIT ?"_s, values);

    Page<Comment> page;
    bool more = topLevel.size() > limit;
    if (more)
        topLevel.resize(limit);
    const Comment *lastIncluded = nullptr;
    for (const Comment &parent : std::as_const(topLevel)) {
        QList<Comment> thread{parent};
        if (parent.replyCount > 0) {
            thread.append(select(
                u"WHERE c.parent_id = ?"_s + notBlocked + u" ORDER BY c.created_at, c.id LIMIT ?"_s,
                {parent.id, Limits::MaxItemsPerPage - 1}));
        }
        // A page never splits a thread, nor grows past what a client decodes: it ends early.
        if (!page.items.isEmpty() && page.items.size() + thread.size() > Limits::MaxItemsPerPage) {
            more = true;
            break;
        }
        page.items.append(thread);
        lastIncluded = &parent;
    }
    if (more && lastIncluded) {
        page.nextCursor
            = encodeCursor(postId, lastIncluded->createdAt.toMSecsSinceEpoch(), lastIncluded->id);
    }
    return page;
}

} // namespace Hearth
