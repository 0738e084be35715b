#pragma once

#include "OutboxEntry.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringView>

#include <optional>

namespace Hearth {

// The outbox table: every write of the person's is a row here, committed before any
// network I/O, so that no write is lost to a crash or an offline spell. The replay logic
// lives in sync/.
class OutboxStore
{
public:
    explicit OutboxStore(const QSqlDatabase &db);

    // Adds entry at the end of the outbox and gives its id, or 0 on failure. An empty
    // idempotencyKey gets a fresh UUID, an invalid createdAt the current time.
    qint64 enqueue(OutboxEntry entry);
    // The entries still to send, in id order: Pending ones, and InFlight ones, which after
    // a crash must be sent again with the same key. Failed ones wait for the person.
    QList<OutboxEntry> pending() const;
    // Every entry, in id order. On a damaged file: the rows read before the damage.
    QList<OutboxEntry> all() const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    // Stores everything but id and createdAt.
    bool update(const OutboxEntry &entry);
    bool remove(qint64 id);

    // Once the server gave a locally created item (id localId < 0) its id, rewrites the
    // entries that refer to it: the target "<kindPrefix>:<localId>" and, anywhere in the
    // payload, members named "<kindPrefix>Id" (and "parentId" for "comment", the wire name
    // of a reply's parent) whose value is localId. Gives the number of entries changed,
    // or -1 on failure.
    int replaceLocalId(QStringView kindPrefix, qint64 localId, qint64 serverId);

    // Puts entries back as they were, ids included: WordsDatabase uses it for the rows it
    // read back from a damaged file.
    bool restore(const QList<OutboxEntry> &entries);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace Hearth
