#include "OutboxStore.h"

#include "CacheSql.h"
#include "CacheTransaction.h"
#include "OutboxCodec.h"

#include <QJsonArray>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// States are stored by name, so that a salvaged or hand-inspected row is unambiguous.
QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::Pending:
        return u"pending"_s;
    case OutboxEntry::InFlight:
        return u"in_flight"_s;
    case OutboxEntry::Failed:
        return u"failed"_s;
    }
    return u"pending"_s;
}

OutboxEntry::State stateFromName(const QString &name)
{
    if (name == u"in_flight")
        return OutboxEntry::InFlight;
    if (name == u"failed")
        return OutboxEntry::Failed;
    // Unknown (from a newer schema): sending again is safe, the key prevents duplicates.
    return OutboxEntry::Pending;
}

const QString columns = u"id, kind, target, payload, idempotency_key, state, attempts, "
                        "next_attempt_at, last_error, created_at"_s;

OutboxEntry readEntry(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = query.value(1).toString();
    entry.target = query.value(2).toString();
    entry.payload = CacheSql::toJson(query.value(3).toString());
    entry.idempotencyKey = query.value(4).toString();
    entry.state = stateFromName(query.value(5).toString());
    entry.attempts = query.value(6).toInt();
    entry.nextAttemptAt = CacheSql::toDateTime(query.value(7));
    entry.lastError = query.value(8).toString();
    entry.createdAt = CacheSql::toDateTime(query.value(9));
    return entry;
}

bool replaceReferences(QJsonValue &value, const QStringList &keys, qint64 from, qint64 to);

bool replaceReferences(QJsonObject &object, const QStringList &keys, qint64 from, qint64 to)
{
    bool changed = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue member = it.value();
        if (keys.contains(it.key()) && member.isDouble() && member.toInteger() == from) {
            it.value() = to;
            changed = true;
        } else if ((member.isObject() || member.isArray())
            && replaceReferences(member, keys, from, to)) {
            it.value() = member;
            changed = true;
        }
    }
    return changed;
}

bool replaceReferences(QJsonValue &value, const QStringList &keys, qint64 from, qint64 to)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (!replaceReferences(object, keys, from, to))
            return false;
        value = object;
        return true;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (replaceReferences(item, keys, from, to)) {
                array.replace(i, item);
                changed = true;
            }
        }
        if (changed)
            value = array;
        return changed;
    }
    return false;
}

} // namespace

OutboxStore::OutboxStore(const QSqlDatabase &db) : m_db(db) { }

qint64 OutboxStore::enqueue(const PendingWrite &write, const QString &idempotencyKey)
{
    QueuedWrite queued;
    queued.write = write;
    queued.idempotencyKey = idempotencyKey;
    return enqueue(OutboxCodec::toRow(queued));
}

QList<QueuedWrite> OutboxStore::pendingWrites() const
{
    QList<QueuedWrite> writes;
    for (const OutboxEntry &row : pending())
        writes.append(OutboxCodec::fromRow(row));
    return writes;
}

QList<QueuedWrite> OutboxStore::allWrites() const
{
    QList<QueuedWrite> writes;
    for (const OutboxEntry &row : all())
        writes.append(OutboxCodec::fromRow(row));
    return writes;
}

std::optional<QueuedWrite> OutboxStore::write(qint64 id) const
{
    if (const std::optional<OutboxEntry> row = entry(id))
        return OutboxCodec::fromRow(*row);
    return std::nullopt;
}

bool OutboxStore::update(const QueuedWrite &write)
{
    OutboxEntry row = OutboxCodec::toRow(write);
    if (std::holds_alternative<UnknownWrite>(write.write)) {
        // Its members are not ours to write: they stay as the newer Hearth left them.
        const std::optional<OutboxEntry> stored = entry(write.id);
        if (!stored)
            return false;
        row.kind = stored->kind;
        row.target = stored->target;
        row.payload = stored->payload;
    }
    return update(row);
}

int OutboxStore::pendingCount() const
{
    return count(
        u"state IN (?, ?)"_s, {stateName(OutboxEntry::Pending), stateName(OutboxEntry::InFlight)});
}

int OutboxStore::failedCount() const
{
    return count(u"state = ?"_s, {stateName(OutboxEntry::Failed)});
}

bool OutboxStore::clearBackoffs()
{
    try {
        CacheSql::exec(m_db,
            u"UPDATE outbox SET next_attempt_at = NULL "
            "WHERE state IN (?, ?) AND next_attempt_at IS NOT NULL"_s,
            {stateName(OutboxEntry::Pending), stateName(OutboxEntry::InFlight)});
        return true;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("OutboxStore::clearBackoffs", error);
        return false;
    }
}

int OutboxStore::count(const QString &condition, const QVariantList &values) const
{
    try {
        QSqlQuery query
            = CacheSql::exec(m_db, u"SELECT COUNT(*) FROM outbox WHERE "_s + condition, values);
        return query.next() ? query.value(0).toInt() : 0;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("counting the outbox", error);
        return 0;
    }
}

qint64 OutboxStore::lowestLocalId() const
{
    qint64 lowest = 0;
    const QStringList members = OutboxCodec::localIdMembers();
    for (const OutboxEntry &row : all()) {
        for (const QString &member : members)
            lowest = std::min(lowest, row.payload.value(member).toInteger());
    }
    return lowest;
}

qint64 OutboxStore::enqueue(OutboxEntry entry)
{
    if (entry.idempotencyKey.isEmpty())
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.createdAt.isValid())
        entry.createdAt = QDateTime::currentDateTimeUtc();
    try {
        CacheTransaction transaction(m_db);
        const QSqlQuery query = CacheSql::exec(m_db,
            u"INSERT INTO outbox (kind, target, payload, idempotency_key, state, attempts, "
            "next_attempt_at, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {entry.kind, entry.target, CacheSql::fromJson(entry.payload), entry.idempotencyKey,
                stateName(entry.state), entry.attempts, CacheSql::fromDateTime(entry.nextAttemptAt),
                entry.lastError, CacheSql::fromDateTime(entry.createdAt)});
        const qint64 id = query.lastInsertId().toLongLong();
        if (!transaction.commit())
            return 0;
        return id;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("OutboxStore::enqueue", error);
        return 0;
    }
}

QList<OutboxEntry> OutboxStore::pending() const
{
    return select(u"WHERE state IN (?, ?)"_s,
        {stateName(OutboxEntry::Pending), stateName(OutboxEntry::InFlight)});
}

QList<OutboxEntry> OutboxStore::all() const
{
    return select(QString(), {});
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const
{
    const QList<OutboxEntry> entries = select(u"WHERE id = ?"_s, {id});
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

bool OutboxStore::update(const OutboxEntry &entry)
{
    try {
        const QSqlQuery query = CacheSql::exec(m_db,
            u"UPDATE outbox SET kind = ?, target = ?, payload = ?, idempotency_key = ?, "
            "state = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"_s,
            {entry.kind, entry.target, CacheSql::fromJson(entry.payload), entry.idempotencyKey,
                stateName(entry.state), entry.attempts, CacheSql::fromDateTime(entry.nextAttemptAt),
                entry.lastError, entry.id});
        return query.numRowsAffected() == 1;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("OutboxStore::update", error);
        return false;
    }
}

bool OutboxStore::remove(qint64 id)
{
    try {
        CacheSql::exec(m_db, u"DELETE FROM outbox WHERE id = ?"_s, {id});
        return true;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("OutboxStore::remove", error);
        return false;
    }
}

int OutboxStore::replaceLocalId(LocalItem item, qint64 localId, qint64 serverId)
{
    const QString prefix = item == LocalItem::Comment ? u"comment:"_s : u"post:"_s;
    const QString oldTarget = prefix + QString::number(localId);
    const QString newTarget = prefix + QString::number(serverId);
    const QStringList keys = OutboxCodec::referenceMembers(item == LocalItem::Comment);
    try {
        CacheTransaction transaction(m_db);
        int changed = 0;
        QSqlQuery update
            = CacheSql::prepare(m_db, u"UPDATE outbox SET target = ?, payload = ? WHERE id = ?"_s);
        for (OutboxEntry entry : all()) {
            bool entryChanged = false;
            if (entry.target == oldTarget) {
                entry.target = newTarget;
                entryChanged = true;
            }
            if (replaceReferences(entry.payload, keys, localId, serverId))
                entryChanged = true;
            if (!entryChanged)
                continue;
            CacheSql::run(update, {entry.target, CacheSql::fromJson(entry.payload), entry.id});
            ++changed;
        }
        if (!transaction.commit())
            return -1;
        return changed;
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("OutboxStore::replaceLocalId", error);
        return -1;
    }
}

bool OutboxStore::restore(const QList<OutboxEntry> &entries)
{
    try {
        CacheTransaction transaction(m_db);
        QSqlQuery insert = CacheSql::prepare(m_db,
            u"INSERT INTO outbox (id, kind, target, payload, idempotency_key, state, attempts, "
            "next_attempt_at, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const OutboxEntry &entry : entries) {
            CacheSql::run(insert,
                {entry.id, entry.kind, entry.target, CacheSql::fromJson(entry.payload),
                    entry.idempotencyKey, stateName(entry.state), entry.attempts,
                    CacheSql::fromDateTime(entry.nextAttemptAt), entry.lastError,
                    CacheSql::fromDateTime(entry.createdAt.isValid()
                            ? entry.createdAt
                            : QDateTime::currentDateTimeUtc())});
        }
        return transaction.commit();
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("OutboxStore::restore", error);
        return false;
    }
}

QList<OutboxEntry> OutboxStore::select(const QString &where, const QVariantList &values) const
{
    QList<OutboxEntry> entries;
    try {
        QSqlQuery query = CacheSql::exec(
            m_db, u"SELECT "_s + columns + u" FROM outbox "_s + where + u" ORDER BY id"_s, values);
        while (query.next())
            entries.append(readEntry(query));
        // A damaged page ends the scan early: keep what was read, say why it stopped.
        if (query.lastError().isValid())
            qCWarning(lcCache) << "reading the outbox stopped:" << query.lastError().text();
    } catch (const CacheSql::Error &error) {
        CacheSql::logFailure("reading the outbox", error);
    }
    return entries;
}

} // namespace Hearth
