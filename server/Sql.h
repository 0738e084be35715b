#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <stdexcept>

// Small helpers that keep the stores' SQL short and their failures loud.
namespace Hearth::Sql {

// An unexpected database failure (disk full, corrupt file, a bug in a statement). Routes
// never catch it: the HTTP layer turns it into a 500 and the transaction rolls back.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message);
};

// Prepares sql, binds values positionally ('?') and executes it; throws Error on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// "?, ?, ?" for n values, for IN lists.
QString placeholders(qsizetype count);

// A transaction that rolls back unless committed. Nested use joins the outer one.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_owner = false;
    bool m_done = false;
};

// Milliseconds since the epoch, the storage form of every timestamp.
qint64 nowMs();
// A stored timestamp as a UTC QDateTime; invalid for NULL.
QDateTime dateTime(const QVariant &ms);
// A value for an INTEGER column that may be NULL.
QVariant nullable(std::optional<qint64> value);

} // namespace Hearth::Sql
