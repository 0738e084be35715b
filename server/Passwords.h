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

    // Both are slow on purpose (tens of milliseconds and 64 MiB): the server runs them off
    // its request thread (see ApiServer's deferred answers). Thread-safe.
    static QByteArray hash(const QString &password);
    static bool verify(const QByteArray &hash, const QString &password);
    // Whether hash was made with other costs than hash() uses today: after a good
    // sign-in the server hashes the password again with today's costs.
    static bool needsRehash(const QByteArray &hash);
};

// Bearer tokens: 256 random bits, base64url. Only their SHA-256 is stored.
class Tokens
{
public:
    static QString generate();
    static QByteArray digest(const QString &token);
};

} // namespace Hearth
