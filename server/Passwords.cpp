#include "Passwords.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace Hearth {

bool Passwords::initialize()
{
    return sodium_init() >= 0;
}

QByteArray Passwords::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(), quint64(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return {};
    }
    out.truncate(qsizetype(qstrnlen(out.constData(), out.size())));
    return out;
}

bool Passwords::verify(const QByteArray &hash, const QString &password)
{
    if (hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

bool Passwords::needsRehash(const QByteArray &hash)
{
    const QByteArray terminated = hash + '\0';
    // -1 (not a hash of this kind) counts as "needs one" too.
    return crypto_pwhash_str_needs_rehash(terminated.constData(),
               crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0;
}

QString Tokens::generate()
{
    QByteArray bytes(32, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray Tokens::digest(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Hearth
