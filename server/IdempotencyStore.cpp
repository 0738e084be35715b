#include "IdempotencyStore.h"

#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Hearth {

IdempotencyStore::IdempotencyStore(const QSqlDatabase &db) : m_db(db) { }

std::optional<IdempotencyStore::Entry> IdempotencyStore::find(
    qint64 userId, const QString &key) const
{
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT fingerprint, status, headers, body FROM idempotency "
        "WHERE user_id = ? AND key = ?"_s,
        {userId, key});
    if (!query.next())
        return std::nullopt;
    Entry entry;
    entry.fingerprint = query.value(0).toByteArray();
    entry.status = query.value(1).toInt();
    const QJsonArray headers = QJsonDocument::fromJson(query.value(2).toByteArray()).array();
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        entry.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    entry.body = query.value(3).toByteArray();
    return entry;
}

void IdempotencyStore::store(qint64 userId, const QString &key, const Entry &entry)
{
    QJsonArray headers;
    for (const auto &[name, value] : entry.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    Sql::exec(m_db,
        u"INSERT INTO idempotency (user_id, key, fingerprint, status, headers, body, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, key) DO UPDATE SET "
        "fingerprint = excluded.fingerprint, status = excluded.status, "
        "headers = excluded.headers, body = excluded.body, created_at = excluded.created_at"_s,
        {userId, key, entry.fingerprint, entry.status,
            QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)), entry.body,
            Sql::nowMs()});
}

int IdempotencyStore::purge(qint64 maxAgeMs)
{
    return Sql::exec(
        m_db, u"DELETE FROM idempotency WHERE created_at < ?"_s, {Sql::nowMs() - maxAgeMs})
        .numRowsAffected();
}

} // namespace Hearth
