#include "RateEvents.h"

#include "Sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

QList<qint64> MemoryRateEvents::since(const QString &bucket, const QString &key, qint64 afterMs)
{
    QList<qint64> times = m_events.value(bucket).value(key);
    times.removeIf([&](qint64 at) { return at <= afterMs; });
    std::sort(times.begin(), times.end());
    return times;
}

void MemoryRateEvents::add(const QString &bucket, const QString &key, qint64 atMs)
{
    m_events[bucket][key].append(atMs);
}

void MemoryRateEvents::remove(const QString &bucket, const QString &key, qint64 atMs)
{
    const auto inBucket = m_events.find(bucket);
    if (inBucket == m_events.end())
        return;
    const auto it = inBucket->find(key);
    if (it == inBucket->end())
        return;
    it->removeOne(atMs);
    if (it->isEmpty())
        inBucket->erase(it);
}

void MemoryRateEvents::prune(const QString &bucket, qint64 beforeMs)
{
    const auto inBucket = m_events.find(bucket);
    if (inBucket == m_events.end())
        return;
    for (auto it = inBucket->begin(); it != inBucket->end();) {
        it->removeIf([&](qint64 at) { return at <= beforeMs; });
        it = it->isEmpty() ? inBucket->erase(it) : std::next(it);
    }
}

QList<qint64> DatabaseRateEvents::since(const QString &bucket, const QString &key, qint64 afterMs)
{
    QSqlQuery query = Sql::exec(m_db,
        u"SELECT at FROM rate_events WHERE bucket = ? AND key = ? AND at > ? ORDER BY at"_s,
        {bucket, key, afterMs});
    QList<qint64> times;
    while (query.next())
        times.append(query.value(0).toLongLong());
    return times;
}

void DatabaseRateEvents::add(const QString &bucket, const QString &key, qint64 atMs)
{
    Sql::exec(
        m_db, u"INSERT INTO rate_events (bucket, key, at) VALUES (?, ?, ?)"_s, {bucket, key, atMs});
}

void DatabaseRateEvents::remove(const QString &bucket, const QString &key, qint64 atMs)
{
    Sql::exec(m_db,
        u"DELETE FROM rate_events WHERE ctid = (SELECT ctid FROM rate_events "
        "WHERE bucket = ? AND key = ? AND at = ? LIMIT 1)"_s,
        {bucket, key, atMs});
}

void DatabaseRateEvents::prune(const QString &bucket, qint64 beforeMs)
{
    Sql::exec(m_db, u"DELETE FROM rate_events WHERE bucket = ? AND at <= ?"_s, {bucket, beforeMs});
}

} // namespace Hearth
