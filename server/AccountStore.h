#pragma once

#include "api/Requests.h"
#include "api/Session.h"
#include "api/User.h"

#include <QSqlDatabase>

#include <optional>

namespace Hearth {

// People and their sessions: accounts, stored password hashes, bearer tokens. Hashing and
// checking passwords is not done here: it is slow, and the routes run it off the server's
// thread (Passwords).
class AccountStore
{
public:
    // A person and the stored hash of their password, for a sign-in to check.
    struct Credentials
    {
        User user;
        QByteArray passwordHash;
    };

    explicit AccountStore(const QSqlDatabase &db);

    // Creates the account with its password already hashed and signs it in; gives nothing
    // when the handle is taken.
    std::optional<Session> createUser(
        const Registration &registration, const QByteArray &passwordHash);
    // Creates a user from a ready password hash (the demo shares one hash).
    qint64 insertUser(const QString &handle, const QString &displayName,
        const QByteArray &passwordHash, bool team);
    // Gives nothing when no one has the handle.
    std::optional<Credentials> credentials(const QString &handle) const;
    void setPasswordHash(qint64 userId, const QByteArray &passwordHash);
    // A new token for user.
    Session openSession(const User &user);
    void revoke(const QString &token);

    std::optional<User> userForToken(const QString &token) const;
    std::optional<User> user(qint64 id) const;
    std::optional<qint64> userIdForHandle(const QString &handle) const;

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
