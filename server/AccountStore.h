#pragma once

#include "api/Requests.h"
#include "api/Session.h"
#include "api/User.h"

#include <QSqlDatabase>

#include <optional>

namespace Hearth {

// People and their sessions: registration, password checks, bearer tokens.
class AccountStore
{
public:
    explicit AccountStore(const QSqlDatabase &db);

    // Gives nothing when the handle is taken.
    std::optional<Session> registerUser(const Registration &registration);
    // Creates a user from a ready password hash (the demo shares one hash).
    qint64 insertUser(const QString &handle, const QString &displayName,
        const QByteArray &passwordHash, bool team);
    // Gives nothing when the handle or password is wrong.
    std::optional<Session> login(const Login &login);
    void revoke(const QString &token);

    std::optional<User> userForToken(const QString &token) const;
    std::optional<User> user(qint64 id) const;
    std::optional<qint64> userIdForHandle(const QString &handle) const;

private:
    Session openSession(const User &user);

    QSqlDatabase m_db;
};

} // namespace Hearth
