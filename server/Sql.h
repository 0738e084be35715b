#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <stdexcept>

// Small helpers that keep the stores' SQL short and their failures loud.
namespace Hearth::Sql {

// The SQL engines the server runs on. The stores write SQL both accept wherever there is
// such SQL; the few statements that differ ask the connection's dialect.
enum class Dialect {
    SQLite, // the embedded default: one file in the data folder
    PostgreSQL, // for communities that outgrow one process (docs/deploy.md)
};
Dialect dialect(const QSqlDatabase &db);

// An unexpected database failure (disk full, corrupt file, a bug in a statement). Routes
// never catch it: the HTTP layer turns it into a 500 and the transaction rolls back.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message);
};

// Prepares sql, binds values positionally ('?') and executes it; throws Error on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Runs an INSERT (without its RETURNING) and gives the new row's id: both engines answer
// "RETURNING id", where asking for the last id afterwards would cost PostgreSQL a query.
qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// "?, ?, ?" for n values, for IN lists.
QString placeholders(qsizetype count);

// A write transaction that rolls back unless committed. Nested use joins the outer one.
// There is one writer at a time: SQLite has one by nature, and on PostgreSQL the
// transaction takes a lock every hearth-server process shares (an advisory lock held to its
// end) before anything else, so that several processes write one after another as one
// process would: change numbers are taken in commit order (docs/server.md, "Several
// instances") and a check-then-write sees the last commit.
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
