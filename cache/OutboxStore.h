#pragma once

#include "OutboxEntry.h"
#include "PendingWrite.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringView>

#include <optional>

namespace Hearth {

// The outbox table: every write of the person's is a row here, committed before any
// network I/O, so that no write is lost to a crash or an offline spell. The replay logic
// lives in sync/, which reads and writes typed writes (QueuedWrite); the rows themselves
// (OutboxEntry) are for the salvage of a damaged file and for inspection.
class OutboxStore
{
public:
    explicit OutboxStore(const QSqlDatabase &db);

    // The typed writes, through OutboxCodec.
    // Adds write at the end of the outbox under idempotencyKey (a fresh UUID when empty)
    // and gives its id, or 0 on failure.
    qint64 enqueue(const PendingWrite &write, const QString &idempotencyKey);
    // As pending(), all() and entry() below.
    QList<QueuedWrite> pendingWrites() const;
    QList<QueuedWrite> allWrites() const;
    std::optional<QueuedWrite> write(qint64 id) const;
    // Stores everything but id and createdAt; of an UnknownWrite, only how its delivery goes.
    bool update(const QueuedWrite &write);
    // How many writes wait to be sent (Pending and InFlight), and how many were refused.
    int pendingCount() const;
    int failedCount() const;
    // Every write still to send may go now: none waits out a backoff any more.
    bool clearBackoffs();
    // The lowest id any write refers to or creates (0 when none is negative): local ids are
    // never given twice while a write holds one.
    qint64 lowestLocalId() const;

    // The rows.

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

    // What a local id names: a post or a comment written here.
    enum class LocalItem { Post, Comment };
    // Once the server gave a locally created item (id localId < 0) its id, rewrites the
    // entries that refer to it: their target ("post:<localId>") and, anywhere in the
    // payload, the members that name such an item ("postId"; "commentId" and "parentId",
    // a reply's parent) whose value is localId. Gives the number of entries changed, or -1
    // on failure.
    int replaceLocalId(LocalItem item, qint64 localId, qint64 serverId);

    // Puts entries back as they were, ids included: WordsDatabase uses it for the rows it
    // read back from a damaged file.
    bool restore(const QList<OutboxEntry> &entries);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &values) const;
    int count(const QString &condition, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace Hearth
