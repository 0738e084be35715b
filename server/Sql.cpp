#include "Sql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Hearth::Sql {

namespace {

// Whether a transaction is open on a connection: QSqlDatabase does not say.
QHash<QString, bool> &openTransactions()
{
    static QHash<QString, bool> open;
    return open;
}

// The key of the advisory lock every write transaction takes on PostgreSQL: any constant
// hearth-server owns ("hearth" in ASCII).
constexpr qint64 WriteLockKey = 0x686561727468;

} // namespace

Dialect dialect(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? Dialect::PostgreSQL : Dialect::SQLite;
}

Error::Error(const QString &message) : std::runtime_error(message.toStdString()) { }

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    // Forward-only is SQLite's cheap way to read. Qt's PostgreSQL driver reads such a query
    // a row at a time, and another statement on the connection meanwhile would drop the
    // rest of its rows; so on PostgreSQL a query holds its whole answer.
    query.setForwardOnly(dialect(db) == Dialect::SQLite);
    if (!query.prepare(sql))
        throw Error(
            u"prepare failed: "_s + query.lastError().text() + u" in: "_s + sql.simplified());
    for (const QVariant &value : values) {
        // A null QString or QByteArray would bind as SQL NULL; columns want "" for empty.
        // Values meant as NULL are passed as QVariant(QMetaType(...)), which stays NULL.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.addBindValue(QString(u""_s));
        else if (value.typeId() == QMetaType::QByteArray && !value.isNull()
            && value.toByteArray().isNull())
            query.addBindValue(QByteArray(""));
        // Flags are stored as 0 and 1, and PostgreSQL does not take a boolean for them.
        else if (value.typeId() == QMetaType::Bool)
            query.addBindValue(qint64(value.toBool() ? 1 : 0));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw Error(u"exec failed: "_s + query.lastError().text() + u" in: "_s + sql.simplified());
    return query;
}

qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(db, sql + u" RETURNING id"_s, values);
    if (!query.next())
        throw Error(u"no id from: "_s + sql.simplified());
    return query.value(0).toLongLong();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? u"?"_s : u", ?"_s;
    return list;
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    bool &open = openTransactions()[m_db.connectionName()];
    if (open)
        return;
    if (!m_db.transaction())
        throw Error(u"cannot begin a transaction: "_s + m_db.lastError().text());
    open = true;
    m_owner = true;
    if (dialect(m_db) == Dialect::PostgreSQL) {
        try {
            exec(m_db, u"SELECT pg_advisory_xact_lock(?)"_s, {WriteLockKey});
        } catch (const Error &) {
            m_db.rollback();
            open = false;
            throw;
        }
    }
}

Transaction::~Transaction()
{
    if (m_owner && !m_done) {
        m_db.rollback();
        openTransactions()[m_db.connectionName()] = false;
    }
}

void Transaction::commit()
{
    if (!m_owner || m_done)
        return;
    if (!m_db.commit())
        throw Error(u"cannot commit: "_s + m_db.lastError().text());
    m_done = true;
    openTransactions()[m_db.connectionName()] = false;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime dateTime(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QVariant nullable(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace Hearth::Sql
