#pragma once

#include <QSqlDatabase>

namespace Hearth {

// Groups cache writes into one atomic step: a sync batch, or an outbox entry together with
// its optimistic change.
//
// Transactions nest: an inner one is a SQLite savepoint, so when it fails it undoes only its
// own writes and its caller decides about the rest. Every write method of the cache opens
// one, which is what lets the sync engine wrap several of them in its own.
//
// The outermost one is BEGIN IMMEDIATE: it takes the write lock before reading, waiting out
// (busy_timeout) a batch the cache writer's thread is storing. A deferred transaction that
// read first and wrote second would fail at once instead (SQLITE_BUSY_SNAPSHOT in WAL mode).
class CacheTransaction
{
public:
    explicit CacheTransaction(const QSqlDatabase &db);
    // Rolls back unless committed.
    ~CacheTransaction();
    CacheTransaction(const CacheTransaction &) = delete;
    CacheTransaction &operator=(const CacheTransaction &) = delete;

    // Whether the transaction began; false when the database refused (closed, busy, full).
    bool isActive() const { return m_active; }
    // Makes the writes part of the enclosing transaction, or durable when there is none.
    // On failure the writes are rolled back.
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_outermost = false;
};

} // namespace Hearth
