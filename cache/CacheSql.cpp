#include "CacheSql.h"

#include "api/Json.h"

#include <QJsonDocument>
#include <QSqlError>

#include <atomic>

Q_LOGGING_CATEGORY(lcCache, "hearth.cache")

using namespace Qt::StringLiterals;

namespace Hearth::CacheSql {

namespace {

std::atomic<quint64> prepared{0};

} // namespace

Error::Error(const QString &message) : std::runtime_error(message.toStdString()) { }

quint64 preparedCount()
{
    return prepared.load(std::memory_order_relaxed);
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    prepared.fetch_add(1, std::memory_order_relaxed);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw Error(
            u"prepare failed: "_s + query.lastError().text() + u" in: "_s + sql.simplified());
    return query;
}

void run(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString binds as SQL NULL, but text columns want "" for empty text. Values
        // meant as NULL are passed as QVariant() and stay NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString(u""_s));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        throw Error(u"exec failed: "_s + query.lastError().text() + u" in: "_s
            + query.lastQuery().simplified());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(db, sql);
    run(query, values);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariant fromDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toMSecsSinceEpoch()) : QVariant();
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString fromJson(const QJsonObject &object)
{
    return QString::fromUtf8(Json::serialize(object));
}

QJsonObject toJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void logFailure(const char *operation, const std::exception &error)
{
    qCWarning(lcCache, "%s failed: %s", operation, error.what());
}

} // namespace Hearth::CacheSql
