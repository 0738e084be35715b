#pragma once

#include "CacheTransaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <stdexcept>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

// Internal helpers of the cache's stores, not part of the cache's API: they keep the SQL
// short and make every failure loud.
namespace Hearth::CacheSql {

// A failed statement. Each store catches it at its public methods, so that it never
// crosses into the event loop; the CacheTransaction around the write rolls the write back.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message);
};

// Prepares sql for repeated use; throws Error on failure.
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
// How many statements prepare() has prepared in this process, on any thread: tests pin with
// it that a write path prepares its statements once, not once a batch.
quint64 preparedCount();
// Binds values to the positional placeholders ('?') of a prepared query and runs it;
// throws Error on failure.
void run(QSqlQuery &query, const QVariantList &values = {});
// Prepares, binds and runs sql in one step.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Timestamps are stored as milliseconds since the epoch (UTC); NULL for an invalid one.
QVariant fromDateTime(const QDateTime &dateTime);
QDateTime toDateTime(const QVariant &value);
qint64 nowMs();

// JSON is stored as compact UTF-8 text, so that sqlite3's json functions can read it.
QString fromJson(const QJsonObject &object);
// An empty object when the text is not a JSON object.
QJsonObject toJson(const QString &text);

// Logs a failure caught at a store's public method.
void logFailure(const char *operation, const std::exception &error);

// Runs write, which gives false for "nothing to do" (the transaction then rolls back), in
// a transaction of its own; turns a thrown Error into false and a log line.
template<typename Write>
bool transact(const QSqlDatabase &db, const char *operation, Write &&write)
{
    try {
        CacheTransaction transaction(db);
        if (!transaction.isActive())
            throw Error(QStringLiteral("cannot begin a transaction"));
        if (!write())
            return false;
        return transaction.commit();
    } catch (const Error &error) {
        logFailure(operation, error);
        return false;
    }
}

// Runs read; turns a thrown Error into fallback and a log line.
template<typename T, typename Read>
T read(const char *operation, T fallback, Read &&read)
{
    try {
        return read();
    } catch (const Error &error) {
        logFailure(operation, error);
        return fallback;
    }
}

} // namespace Hearth::CacheSql
