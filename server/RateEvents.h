#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Hearth {

// Where rate limits (RateWindow) keep the times of what they count, by bucket (which limit)
// and key (whose events: an address, a handle and an address, ...).
class RateEvents
{
public:
    virtual ~RateEvents() = default;

    // The times of key's events in bucket later than afterMs, oldest first.
    virtual QList<qint64> since(const QString &bucket, const QString &key, qint64 afterMs) = 0;
    virtual void add(const QString &bucket, const QString &key, qint64 atMs) = 0;
    // Takes back one event of key recorded at atMs.
    virtual void remove(const QString &bucket, const QString &key, qint64 atMs) = 0;
    // Forgets every event of bucket at or before beforeMs.
    virtual void prune(const QString &bucket, qint64 beforeMs) = 0;
};

// In this process's memory: for one process on SQLite. A restart forgets them, which is
// acceptable for a rate limit and keeps attempts out of the database.
class MemoryRateEvents final : public RateEvents
{
public:
    QList<qint64> since(const QString &bucket, const QString &key, qint64 afterMs) override;
    void add(const QString &bucket, const QString &key, qint64 atMs) override;
    void remove(const QString &bucket, const QString &key, qint64 atMs) override;
    void prune(const QString &bucket, qint64 beforeMs) override;

private:
    QHash<QString, QHash<QString, QList<qint64>>> m_events; // bucket → key → times
};

// In the database every hearth-server process shares (PostgreSQL's rate_events), so that
// a limit reached through one process holds on the others. Through a connection of its
// own, each statement committed at once: a refused sign-in rolls back its request's
// transaction, and the failure it counted must stay counted. Two processes checking at the
// same moment may each let one more through: a limit, not a lock.
class DatabaseRateEvents final : public RateEvents
{
public:
    explicit DatabaseRateEvents(const QSqlDatabase &connection) : m_db(connection) { }

    QList<qint64> since(const QString &bucket, const QString &key, qint64 afterMs) override;
    void add(const QString &bucket, const QString &key, qint64 atMs) override;
    void remove(const QString &bucket, const QString &key, qint64 atMs) override;
    void prune(const QString &bucket, qint64 beforeMs) override;

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
