#include "NotificationStore.h"

#include "ChangeLog.h"
#include "Cursor.h"
#include "Sql.h"
#include "api/Mentions.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Hearth {

NotificationStore::NotificationStore(const QSqlDatabase &db, ChangeLog &changes)
    : m_db(db), m_changes(changes)
{ }

bool NotificationStore::blocks(qint64 blockerId, qint64 blockedId) const
{
    return Sql::scalar(m_db, u"SELECT 1 FROM blocks WHERE blocker_id = ? AND blocked_id = ?"_s,
        {blockerId, blockedId})
        .isValid();
}

std::optional<qint64> NotificationStore::authorOfPost(qint64 postId) const
{
    const QVariant author
        = Sql::scalar(m_db, u"SELECT author_id FROM posts WHERE id = ?"_s, {postId});
    if (!author.isValid())
        return std::nullopt;
    return author.toLongLong();
}

void NotificationStore::touch(qint64 userId)
{
    const qint64 seq = m_changes.nextFor(userId);
    Sql::exec(m_db,
        u"INSERT INTO notification_marks (user_id, read_up_to, seq) VALUES (?, 0, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET seq = excluded.seq"_s,
        {userId, seq});
}

bool NotificationStore::add(qint64 recipientId, NotificationKind kind, qint64 actorId,
    qint64 postId, std::optional<qint64> commentId, qint64 atMs)
{
    if (recipientId == actorId || blocks(recipientId, actorId))
        return false;
    const bool told = Sql::scalar(m_db,
        u"SELECT 1 FROM notifications WHERE recipient_id = ? AND kind = ? AND post_id = ? "
        "AND comment_id IS NOT DISTINCT FROM ?"_s,
        {recipientId, toWire(kind), postId, Sql::nullable(commentId)})
                          .isValid();
    if (told)
        return false;
    Sql::exec(m_db,
        u"INSERT INTO notifications (recipient_id, kind, actor_id, post_id, comment_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {recipientId, toWire(kind), actorId, postId, Sql::nullable(commentId), atMs});
    touch(recipientId);
    return true;
}

void NotificationStore::commented(qint64 postId, qint64 commentId, std::optional<qint64> parentId,
    qint64 actorId, const QString &text, qint64 atMs)
{
    QSet<qint64> told;
    if (parentId) {
        const QVariant parentAuthor
            = Sql::scalar(m_db, u"SELECT author_id FROM comments WHERE id = ?"_s, {*parentId});
        if (parentAuthor.isValid()) {
            const qint64 id = parentAuthor.toLongLong();
            add(id, NotificationKind::CommentReply, actorId, postId, commentId, atMs);
            told.insert(id);
        }
    }
    if (const auto author = authorOfPost(postId); author && !told.contains(*author)) {
        add(*author, NotificationKind::Reply, actorId, postId, commentId, atMs);
        told.insert(*author);
    }
    for (const QString &handle : Mentions::extract(text)) {
        const QVariant id = Sql::scalar(m_db, u"SELECT id FROM users WHERE handle = ?"_s, {handle});
        if (id.isValid() && !told.contains(id.toLongLong()))
            add(id.toLongLong(), NotificationKind::Mention, actorId, postId, commentId, atMs);
    }
}

void NotificationStore::mentioned(
    qint64 postId, std::optional<qint64> commentId, qint64 actorId, const QString &text)
{
    for (const QString &handle : Mentions::extract(text)) {
        // Unknown handles are words like any other: nothing is recorded, nothing refused.
        const QVariant id = Sql::scalar(m_db, u"SELECT id FROM users WHERE handle = ?"_s, {handle});
        if (!id.isValid())
            continue;
        // Someone already told of this comment as its post's author or as the one it replies
        // to is not told again that it names them.
        if (commentId
            && Sql::scalar(m_db,
                u"SELECT 1 FROM notifications WHERE recipient_id = ? AND comment_id = ?"_s,
                {id, *commentId})
                   .isValid())
            continue;
        add(id.toLongLong(), NotificationKind::Mention, actorId, postId, commentId, Sql::nowMs());
    }
}

void NotificationStore::reacted(qint64 postId, qint64 actorId)
{
    const auto author = authorOfPost(postId);
    if (!author || *author == actorId || blocks(*author, actorId))
        return;
    // Who else reacted, leaving out the author's own reaction and those the author blocked;
    // the kinds, most sent first.
    QSqlQuery kinds = Sql::exec(m_db,
        u"SELECT r.kind, count(*) AS n FROM reactions r WHERE r.post_id = ? AND r.user_id <> ? "
        "AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ? AND b.blocked_id = "
        "r.user_id) GROUP BY r.kind ORDER BY n DESC, min(r.created_at)"_s,
        {postId, *author, *author});
    QStringList names;
    qint64 people = 0;
    while (kinds.next()) {
        names.append(kinds.value(0).toString());
        people += kinds.value(1).toLongLong();
    }
    if (people == 0)
        return;
    Sql::exec(m_db,
        u"DELETE FROM notifications WHERE recipient_id = ? AND post_id = ? AND kind = ?"_s,
        {*author, postId, toWire(NotificationKind::Reactions)});
    Sql::exec(m_db,
        u"INSERT INTO notifications (recipient_id, kind, actor_id, others, post_id, reactions, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {*author, toWire(NotificationKind::Reactions), actorId, std::max<qint64>(0, people - 1),
            postId, names.join(u','), Sql::nowMs()});
    touch(*author);
}

void NotificationStore::forget(const QString &where, qint64 id)
{
    QSqlQuery recipients = Sql::exec(
        m_db, u"SELECT DISTINCT recipient_id FROM notifications WHERE %1 = ?"_s.arg(where), {id});
    QList<qint64> ids;
    while (recipients.next())
        ids.append(recipients.value(0).toLongLong());
    if (ids.isEmpty())
        return;
    Sql::exec(m_db, u"DELETE FROM notifications WHERE %1 = ?"_s.arg(where), {id});
    for (qint64 recipient : std::as_const(ids))
        touch(recipient);
}

void NotificationStore::forgetPost(qint64 postId)
{
    forget(u"post_id"_s, postId);
}

void NotificationStore::forgetComment(qint64 commentId)
{
    forget(u"comment_id"_s, commentId);
}

Result<Page<Notification>> NotificationStore::page(
    qint64 userId, int limit, const QString &cursor) const
{
    QString after;
    QVariantList values{userId, userId, userId};
    if (!cursor.isEmpty()) {
        const auto parts = Cursor::decode(cursor, "notifications", 1);
        bool ok = false;
        const qint64 id = parts ? parts->at(0).toLongLong(&ok) : 0;
        if (!ok)
            return ApiError(ApiError::Code::BadRequest, u"The cursor is not valid."_s, u"cursor"_s);
        after = u" AND n.id < ?"_s;
        values << id;
    }
    values.append(limit + 1);
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT n.id, n.kind, u.id, u.handle, u.display_name, u.team, n.others, n.post_id, "
        "n.comment_id, (SELECT t.slug FROM post_topics pt JOIN topics t ON t.id = pt.topic_id "
        "WHERE pt.post_id = p.id ORDER BY pt.position LIMIT 1), n.reactions, p.title, "
        "CASE WHEN n.comment_id IS NOT NULL THEN c.body WHEN n.kind = 'mention' THEN p.body "
        "ELSE '' END, coalesce(nullif(c.content_warning, ''), p.content_warning), n.created_at, "
        "n.id <= coalesce((SELECT read_up_to FROM notification_marks WHERE user_id = ?), 0) "
        "FROM notifications n JOIN users u ON u.id = n.actor_id JOIN posts p ON p.id = n.post_id "
        "LEFT JOIN comments c ON c.id = n.comment_id WHERE n.recipient_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ? AND b.blocked_id = "
        "n.actor_id)%1 ORDER BY n.id DESC LIMIT ?"_s.arg(after),
        values);
    Page<Notification> page;
    while (query.next()) {
        if (page.items.size() == limit) {
            page.nextCursor
                = Cursor::encode("notifications", {QByteArray::number(page.items.last().id)});
            break;
        }
        Notification item;
        item.id = query.value(0).toLongLong();
        item.kind
            = notificationKindFromWire(query.value(1).toString()).value_or(NotificationKind::Reply);
        item.actor = User{query.value(2).toLongLong(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toBool()};
        item.others = query.value(6).toLongLong();
        item.postId = query.value(7).toLongLong();
        if (!query.value(8).isNull())
            item.commentId = query.value(8).toLongLong();
        item.topic = query.value(9).toString();
        for (const QString &name : query.value(10).toString().split(u',', Qt::SkipEmptyParts)) {
            if (const auto kind = reactionKindFromWire(name))
                item.reactions.append(*kind);
        }
        item.title = query.value(11).toString();
        // A preview, not the text: the first words, cut at a code point.
        QString text = query.value(12).toString().simplified();
        if (text.size() > Notification::MaxTextLength) {
            text.truncate(Notification::MaxTextLength - 1);
            if (text.back().isHighSurrogate())
                text.chop(1);
            text += u'…';
        }
        item.text = text;
        item.contentWarning = query.value(13).toString();
        item.createdAt = Sql::dateTime(query.value(14));
        item.read = query.value(15).toBool();
        page.items.append(item);
    }
    return page;
}

NotificationState NotificationStore::state(qint64 userId) const
{
    NotificationState state;
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT count(*) FILTER (WHERE n.id > coalesce((SELECT read_up_to FROM "
        "notification_marks WHERE user_id = ?), 0)), coalesce(max(n.id), 0) "
        "FROM notifications n WHERE n.recipient_id = ? AND NOT EXISTS (SELECT 1 FROM blocks b "
        "WHERE b.blocker_id = ? AND b.blocked_id = n.actor_id)"_s,
        {userId, userId, userId});
    if (query.next()) {
        state.unread = query.value(0).toLongLong();
        state.latest = query.value(1).toLongLong();
    }
    return state;
}

qint64 NotificationStore::lastChange(qint64 userId) const
{
    return Sql::scalar(m_db, u"SELECT seq FROM notification_marks WHERE user_id = ?"_s, {userId})
        .toLongLong();
}

bool NotificationStore::markRead(qint64 userId, qint64 upTo)
{
    const qint64 newest = Sql::scalar(
        m_db, u"SELECT coalesce(max(id), 0) FROM notifications WHERE recipient_id = ?"_s, {userId})
                              .toLongLong();
    const qint64 mark = std::min(upTo, newest);
    const qint64 current = Sql::scalar(
        m_db, u"SELECT read_up_to FROM notification_marks WHERE user_id = ?"_s, {userId})
                               .toLongLong();
    if (mark <= current)
        return false;
    Sql::exec(m_db,
        u"INSERT INTO notification_marks (user_id, read_up_to, seq) VALUES (?, ?, 0) "
        "ON CONFLICT (user_id) DO UPDATE SET read_up_to = excluded.read_up_to"_s,
        {userId, mark});
    touch(userId);
    return true;
}

} // namespace Hearth
