#pragma once

#include <QByteArray>
#include <QString>

namespace Hearth {

// Password hashing with libsodium's argon2id (crypto_pwhash_str): the hash string
// carries its own salt and cost, so costs can rise later without a migration.
class Passwords
{
public:
    // Initialises libsodium; false when it cannot be (the server must not start then).
    static bool initialize();

    static QByteArray hash(const QString &password);
    static bool verify(const QByteArray &hash, const QString &password);
};

// Bearer tokens: 256 random bits, base64url. Only their SHA-256 is stored.
class Tokens
{
public:
    static QString generate();
    static QByteArray digest(const QString &token);
};

} // namespace Hearth
