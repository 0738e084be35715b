#include "SafetyStore.h"

#include "Sql.h"

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QVariant nullable(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

SafetyStore::SafetyStore(const QSqlDatabase &db) : m_db(db) { }

qint64 SafetyStore::report(qint64 reporterId, std::optional<qint64> postId,
    std::optional<qint64> commentId, ReportReason reason, const QString &note)
{
    return Sql::exec(m_db,
        u"INSERT INTO reports (reporter_id, post_id, comment_id, reason, note, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {reporterId, nullable(postId), nullable(commentId), toWire(reason), note, Sql::nowMs()})
        .lastInsertId()
        .toLongLong();
}

void SafetyStore::setBlocked(qint64 blockerId, qint64 blockedId, bool blocked)
{
    if (blocked) {
        Sql::exec(m_db,
            u"INSERT OR IGNORE INTO blocks (blocker_id, blocked_id, created_at) "
            "VALUES (?, ?, ?)"_s,
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

} // namespace Hearth
