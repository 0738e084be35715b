#include "BlockList.h"

#include "CacheSql.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// A name given empty (a choice recorded without one) does not erase the one held.
const QString upsert = u"INSERT INTO blocked_users (user_id, handle, display_name, blocked_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                       "handle = COALESCE(NULLIF(excluded.handle, ''), handle), "
                       "display_name = COALESCE(NULLIF(excluded.display_name, ''), display_name)"_s;

void write(QSqlQuery &query, const User &user, qint64 blockedAt)
{
    CacheSql::run(query, {user.id, user.handle, user.displayName, blockedAt});
}

} // namespace

BlockList::BlockList(const QSqlDatabase &db) : m_db(db) { }

bool BlockList::block(const User &user)
{
    if (user.id <= 0)
        return false;
    return CacheSql::transact(m_db, "BlockList::block", [&] {
        QSqlQuery query = CacheSql::prepare(m_db, upsert);
        write(query, user, CacheSql::nowMs());
        return true;
    });
}

bool BlockList::unblock(qint64 userId)
{
    return CacheSql::transact(m_db, "BlockList::unblock", [&] {
        CacheSql::exec(m_db, u"DELETE FROM blocked_users WHERE user_id = ?"_s, {userId});
        return true;
    });
}

bool BlockList::contains(qint64 userId) const
{
    return CacheSql::read("BlockList::contains", false, [&] {
        return CacheSql::scalar(m_db, u"SELECT 1 FROM blocked_users WHERE user_id = ?"_s, {userId})
            .isValid();
    });
}

QSet<qint64> BlockList::ids() const
{
    return CacheSql::read("BlockList::ids", QSet<qint64>(), [&] {
        QSet<qint64> ids;
        QSqlQuery query = CacheSql::exec(m_db, u"SELECT user_id FROM blocked_users"_s);
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return ids;
    });
}

QList<User> BlockList::all() const
{
    return CacheSql::read("BlockList::all", QList<User>(), [&] {
        QList<User> users;
        QSqlQuery query = CacheSql::exec(m_db,
            u"SELECT user_id, handle, display_name FROM blocked_users "
            "ORDER BY blocked_at DESC, user_id DESC"_s);
        while (query.next()) {
            User user;
            user.id = query.value(0).toLongLong();
            user.handle = query.value(1).toString();
            user.displayName = query.value(2).toString();
            users.append(user);
        }
        return users;
    });
}

bool BlockList::replaceFromServer(const QList<User> &serverList, const QList<Choice> &waiting)
{
    return CacheSql::transact(m_db, "BlockList::replaceFromServer", [&] {
        QHash<qint64, qint64> placed; // user → blocked_at, of those held before
        QHash<qint64, User> known; // and who they are, for choices that carry an id alone
        QSqlQuery held = CacheSql::exec(
            m_db, u"SELECT user_id, blocked_at, handle, display_name FROM blocked_users"_s);
        while (held.next()) {
            const qint64 id = held.value(0).toLongLong();
            placed.insert(id, held.value(1).toLongLong());
            known.insert(id, User{id, held.value(2).toString(), held.value(3).toString(), false});
        }
        held.finish();
        CacheSql::exec(m_db, u"DELETE FROM blocked_users"_s);

        QSqlQuery insert = CacheSql::prepare(m_db, upsert);
        const qint64 now = CacheSql::nowMs();
        // One millisecond apart, most recent first: the server's order, as of now.
        qint64 next = now;
        for (const User &user : serverList) {
            if (user.id > 0)
                write(insert, user, placed.value(user.id, next--));
        }
        QSqlQuery remove
            = CacheSql::prepare(m_db, u"DELETE FROM blocked_users WHERE user_id = ?"_s);
        for (const Choice &choice : waiting) {
            if (choice.user.id <= 0)
                continue;
            if (choice.blocked) {
                // (Writes recorded before the user went with them carry the id alone.)
                const User user = choice.user.handle.isEmpty()
                    ? known.value(choice.user.id, choice.user)
                    : choice.user;
                write(insert, user, placed.value(choice.user.id, now));
            } else
                CacheSql::run(remove, {choice.user.id});
        }
        return true;
    });
}

QList<Post> BlockList::withoutBlocked(const QList<Post> &posts, const QSet<qint64> &blocked)
{
    if (blocked.isEmpty())
        return posts;
    QList<Post> kept;
    kept.reserve(posts.size());
    for (const Post &post : posts) {
        if (!blocked.contains(post.author.id))
            kept.append(post);
    }
    return kept;
}

QList<Comment> BlockList::withoutBlocked(
    const QList<Comment> &comments, const QSet<qint64> &blocked)
{
    if (blocked.isEmpty())
        return comments;
    QSet<qint64> leftOut;
    for (const Comment &comment : comments) {
        if (blocked.contains(comment.author.id))
            leftOut.insert(comment.id);
    }
    QList<Comment> kept;
    kept.reserve(comments.size());
    for (const Comment &comment : comments) {
        if (!leftOut.contains(comment.id)
            && !(comment.parentId && leftOut.contains(*comment.parentId))) {
            kept.append(comment);
        }
    }
    return kept;
}

} // namespace Hearth
