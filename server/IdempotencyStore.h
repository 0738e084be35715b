#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace Hearth {

// The answers to writes sent with an Idempotency-Key, kept so that a retry gets the
// first answer instead of doing the write again.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(const QSqlDatabase &db);

    struct Entry
    {
        QByteArray fingerprint; // method, path and a hash of the body
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    std::optional<Entry> find(qint64 userId, const QString &key) const;
    void store(qint64 userId, const QString &key, const Entry &entry);
    // Forgets entries older than maxAgeMs; gives how many.
    int purge(qint64 maxAgeMs);

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
