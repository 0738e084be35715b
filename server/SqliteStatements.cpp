#include "SqliteStatements.h"

#include "Sql.h"

#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

[[noreturn]] void fail(sqlite3 *handle, const char *what, const QByteArray &sql)
{
    throw Sql::Error(u"%1 failed: %2 in: %3"_s.arg(QLatin1StringView(what),
        QString::fromUtf8(sqlite3_errmsg(handle)), QString::fromUtf8(sql).simplified()));
}

class SqlitePrepared final : public Statements::Prepared
{
public:
    SqlitePrepared(QByteArray sql, sqlite3_stmt *statement)
        : Prepared(std::move(sql)), m_statement(statement)
    { }
    ~SqlitePrepared() override { sqlite3_finalize(m_statement); }

    void bind(int index, qint64 value) override { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, QByteArrayView utf8) override
    {
        sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_statement, index); }

    bool step() override
    {
        const int status = sqlite3_step(m_statement);
        if (status == SQLITE_ROW)
            return true;
        if (status == SQLITE_DONE)
            return false;
        fail(sqlite3_db_handle(m_statement), "step", sql());
    }

    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 int64(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QByteArrayView utf8(int column) const override
    {
        const auto *bytes
            = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
    }

    void reset(Statements::Cost &cost) override
    {
        // SQLite's counters cost a few instructions each.
        cost.virtualMachineSteps = sqlite3_stmt_status(m_statement, SQLITE_STMTSTATUS_VM_STEP, 1);
        cost.fullScanSteps = sqlite3_stmt_status(m_statement, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
        cost.sorts = sqlite3_stmt_status(m_statement, SQLITE_STMTSTATUS_SORT, 1);
        cost.automaticIndexes = sqlite3_stmt_status(m_statement, SQLITE_STMTSTATUS_AUTOINDEX, 1);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace

std::unique_ptr<Statements> SqliteStatements::create(const QVariant &handle)
{
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    return std::unique_ptr<Statements>(new SqliteStatements(connection));
}

std::unique_ptr<Statements::Prepared> SqliteStatements::prepare(const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
            &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        fail(m_handle, "prepare", sql);
    }
    return std::make_unique<SqlitePrepared>(sql, statement);
}

bool SqliteStatements::isIdle() const
{
    return sqlite3_get_autocommit(m_handle) != 0;
}

void SqliteStatements::beginRead()
{
    use("BEGIN").run();
}

void SqliteStatements::endRead() noexcept
{
    // Ending a transaction that wrote nothing cannot lose anything; should it fail, the
    // rollback still ends it.
    if (sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace Hearth
