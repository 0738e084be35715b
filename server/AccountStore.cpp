#include "AccountStore.h"

#include "Passwords.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// id, handle, display_name, team, avatar_id from column first on.
User userFrom(const QSqlQuery &query, int first = 0)
{
    User user{query.value(first).toLongLong(), query.value(first + 1).toString(),
        query.value(first + 2).toString(), query.value(first + 3).toBool(), std::nullopt};
    if (!query.isNull(first + 4))
        user.avatarId = query.value(first + 4).toLongLong();
    return user;
}

} // namespace

AccountStore::AccountStore(const QSqlDatabase &db) : m_db(db) { }

std::optional<Session> AccountStore::createUser(
    const Registration &registration, const QByteArray &passwordHash)
{
    if (userIdForHandle(registration.handle))
        return std::nullopt;
    const qint64 id
        = insertUser(registration.handle, registration.displayName, passwordHash, false);
    return openSession(User{id, registration.handle, registration.displayName, false});
}

qint64 AccountStore::insertUser(
    const QString &handle, const QString &displayName, const QByteArray &passwordHash, bool team)
{
    return Sql::insert(m_db,
        u"INSERT INTO users (handle, display_name, password_hash, "
        "team, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {handle, displayName, QString::fromLatin1(passwordHash), team, Sql::nowMs()});
}

std::optional<AccountStore::Credentials> AccountStore::credentials(const QString &handle) const
{
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT id, handle, display_name, team, avatar_id, password_hash "
        "FROM users WHERE handle = ?"_s,
        {handle});
    if (!query.next())
        return std::nullopt;
    return Credentials{userFrom(query), query.value(5).toString().toLatin1()};
}

void AccountStore::setPasswordHash(qint64 userId, const QByteArray &passwordHash)
{
    Sql::exec(m_db, u"UPDATE users SET password_hash = ? WHERE id = ?"_s,
        {QString::fromLatin1(passwordHash), userId});
}

Session AccountStore::openSession(const User &user)
{
    const QString token = Tokens::generate();
    Sql::exec(m_db, u"INSERT INTO tokens (hash, user_id, created_at) VALUES (?, ?, ?)"_s,
        {Tokens::digest(token), user.id, Sql::nowMs()});
    return Session{token, user};
}

void AccountStore::revoke(const QString &token)
{
    Sql::exec(m_db, u"UPDATE tokens SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL"_s,
        {Sql::nowMs(), Tokens::digest(token)});
}

std::optional<User> AccountStore::userForToken(const QString &token) const
{
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT u.id, u.handle, u.display_name, u.team, u.avatar_id FROM tokens t "
        "JOIN users u ON u.id = t.user_id "
        "WHERE t.hash = ? AND t.revoked_at IS NULL"_s,
        {Tokens::digest(token)});
    if (!query.next())
        return std::nullopt;
    return userFrom(query);
}

std::optional<User> AccountStore::user(qint64 id) const
{
    QSqlQuery query = Sql::exec(
        m_db, u"SELECT id, handle, display_name, team, avatar_id FROM users WHERE id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    return userFrom(query);
}

std::optional<qint64> AccountStore::userIdForHandle(const QString &handle) const
{
    const QVariant id = Sql::scalar(m_db, u"SELECT id FROM users WHERE handle = ?"_s, {handle});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

} // namespace Hearth
