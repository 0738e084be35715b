#include "SafetyStore.h"

#include "Cursor.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace Hearth {

SafetyStore::SafetyStore(const QSqlDatabase &db) : m_db(db) { }

qint64 SafetyStore::report(qint64 reporterId, std::optional<qint64> postId,
    std::optional<qint64> commentId, ReportReason reason, const QString &note)
{
    return Sql::insert(m_db,
        u"INSERT INTO reports (reporter_id, post_id, comment_id, reason, note, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {reporterId, Sql::nullable(postId), Sql::nullable(commentId), toWire(reason), note,
            Sql::nowMs()});
}

void SafetyStore::setBlocked(qint64 blockerId, qint64 blockedId, bool blocked)
{
    if (blocked) {
        Sql::exec(m_db,
            u"INSERT INTO blocks (blocker_id, blocked_id, created_at) "
            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {blockerId, blockedId, Sql::nowMs()});
    } else {
        Sql::exec(m_db, u"DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?"_s,
            {blockerId, blockedId});
    }
}

QList<User> SafetyStore::blockedUsers(qint64 blockerId) const
{
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT u.id, u.handle, u.display_name, u.team FROM blocks b "
        "JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = ? "
        "ORDER BY b.created_at DESC, u.id DESC"_s,
        {blockerId});
    QList<User> users;
    while (query.next()) {
        users.append(User{query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toBool()});
    }
    return users;
}

Result<Page<User>> SafetyStore::blockedPage(
    qint64 blockerId, int limit, const QString &cursor) const
{
    QString after;
    QVariantList values{blockerId};
    if (!cursor.isEmpty()) {
        const auto parts = Cursor::decode(cursor, "blocks", 2);
        bool createdOk = false;
        bool idOk = false;
        const qint64 created = parts ? parts->at(0).toLongLong(&createdOk) : 0;
        const qint64 id = parts ? parts->at(1).toLongLong(&idOk) : 0;
        if (!createdOk || !idOk)
            return ApiError(ApiError::Code::BadRequest, u"The cursor is not valid."_s, u"cursor"_s);
        after = u" AND (b.created_at < ? OR (b.created_at = ? AND u.id < ?))"_s;
        values << created << created << id;
    }
    values.append(limit + 1);
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT u.id, u.handle, u.display_name, u.team, b.created_at FROM blocks b "
        "JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = ?%1 "
        "ORDER BY b.created_at DESC, u.id DESC LIMIT ?"_s.arg(after),
        values);
    Page<User> page;
    qint64 lastCreated = 0;
    while (query.next()) {
        if (page.items.size() == limit) {
            page.nextCursor = Cursor::encode("blocks",
                {QByteArray::number(lastCreated), QByteArray::number(page.items.last().id)});
            break;
        }
        page.items.append(User{query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toBool()});
        lastCreated = query.value(4).toLongLong();
    }
    return page;
}

} // namespace Hearth
