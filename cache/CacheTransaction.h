#pragma once

#include <QSqlDatabase>

namespace Hearth {

// Groups cache writes into one atomic step: a sync batch, or an outbox entry together with
// its optimistic change.
//
// Transactions nest: each is a SQLite savepoint, so an inner one that fails undoes only its
// own writes and its caller decides about the rest. Every write method of the cache opens
// one, which is what lets the sync engine wrap several of them in its own.
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
};

} // namespace Hearth
