#include "Statements.h"

#include "Sql.h"

#include <QSqlDriver>

#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QHash<QString, Statements *> &registry()
{
    static QHash<QString, Statements *> connections;
    return connections;
}

[[noreturn]] void fail(sqlite3 *handle, const char *what, const QByteArray &sql)
{
    throw Sql::Error(u"%1 failed: %2 in: %3"_s.arg(QLatin1StringView(what),
        QString::fromUtf8(sqlite3_errmsg(handle)), QString::fromUtf8(sql).simplified()));
}

} // namespace

Statements::Statements(sqlite3 *handle) : m_handle(handle) { }

Statements::~Statements()
{
    for (Entry *entry : std::as_const(m_entries)) {
        sqlite3_finalize(entry->statement);
        delete entry;
    }
}

Statements &Statements::of(const QSqlDatabase &db)
{
    const QString name = db.connectionName();
    Statements *&statements = registry()[name];
    if (!statements) {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
            ? *static_cast<sqlite3 *const *>(handle.constData())
            : nullptr;
        if (!connection) {
            registry().remove(name);
            throw Sql::Error(u"connection %1 is not an open SQLite database"_s.arg(name));
        }
        statements = new Statements(connection);
    }
    return *statements;
}

void Statements::forget(const QString &connectionName)
{
    delete registry().take(connectionName);
}

sqlite3_stmt *Statements::prepare(const QByteArray &sql) const
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
            &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        fail(m_handle, "prepare", sql);
    }
    return statement;
}

qint64 Statements::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

Statements::Entry &Statements::entryFor(const QByteArray &sql)
{
    if (Entry *entry = m_entries.value(sql))
        return *entry;
    // Prepared before it is kept, so that SQL that does not prepare leaves nothing behind.
    sqlite3_stmt *statement = prepare(sql);
    auto *entry = new Entry{sql, statement, false};
    m_entries.insert(sql, entry);
    return *entry;
}

Statements::Use Statements::use(const QByteArray &sql)
{
    return use(entryFor(sql));
}

Statements::Use Statements::use(const char *literal, qsizetype size)
{
    Entry *&entry = m_byLiteral[literal];
    if (!entry)
        entry = &entryFor(QByteArray(literal, size));
    return use(*entry);
}

Statements::Use Statements::use(Entry &entry)
{
    if (entry.inUse)
        return Use(*this, prepare(entry.sql), nullptr);
    entry.inUse = true;
    return Use(*this, entry.statement, &entry);
}

Statements::Cost Statements::lastCost() const
{
    Cost cost = m_lastCost;
    cost.sql = m_lastSql;
    return cost;
}

void Statements::finished(sqlite3_stmt *statement, Entry *entry)
{
    // SQLite's counters cost a few instructions each; the SQL is shared, not copied.
    m_lastSql = entry ? entry->sql : QByteArray(sqlite3_sql(statement));
    m_lastCost.virtualMachineSteps = sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_VM_STEP, 1);
    m_lastCost.fullScanSteps = sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
    m_lastCost.sorts = sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_SORT, 1);
    m_lastCost.automaticIndexes = sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_AUTOINDEX, 1);
    if (!entry) {
        sqlite3_finalize(statement);
        return;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    entry->inUse = false;
}

Statements::ReadTransaction::ReadTransaction(Statements &statements)
{
    if (!sqlite3_get_autocommit(statements.m_handle))
        return;
    statements.use("BEGIN").run();
    m_owner = &statements;
}

Statements::ReadTransaction::~ReadTransaction()
{
    if (!m_owner)
        return;
    // Ending a transaction that wrote nothing cannot lose anything; should it fail, the
    // rollback still ends it, and a destructor must not throw.
    if (sqlite3_exec(m_owner->m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_owner->m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

Statements::Use::Use(Statements &owner, sqlite3_stmt *statement, Entry *entry)
    : m_owner(&owner), m_statement(statement), m_entry(entry)
{ }

Statements::Use::Use(Use &&other) noexcept
    : m_owner(other.m_owner)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_entry(other.m_entry)
    , m_nextIndex(other.m_nextIndex)
{ }

Statements::Use::~Use()
{
    if (m_statement)
        m_owner->finished(m_statement, m_entry);
}

Statements::Use &Statements::Use::bind(qint64 value)
{
    sqlite3_bind_int64(m_statement, m_nextIndex++, value);
    return *this;
}

Statements::Use &Statements::Use::bind(const QString &text)
{
    // Transient: SQLite copies the bytes, which live only as long as this temporary.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, m_nextIndex++, utf8.isNull() ? "" : utf8.constData(),
        int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statements::Use &Statements::Use::bind(QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, m_nextIndex++, utf8.isNull() ? "" : utf8.data(),
        int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statements::Use &Statements::Use::bind(std::optional<qint64> value)
{
    return value ? bind(*value) : bindNull();
}

Statements::Use &Statements::Use::bindNull()
{
    sqlite3_bind_null(m_statement, m_nextIndex++);
    return *this;
}

bool Statements::Use::next()
{
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status == SQLITE_DONE)
        return false;
    fail(sqlite3_db_handle(m_statement), "step", sqlite3_sql(m_statement));
}

void Statements::Use::run()
{
    while (next()) { }
}

bool Statements::Use::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statements::Use::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView Statements::Use::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
}

QString Statements::Use::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QString(u""_s) : QString::fromUtf8(bytes);
}

std::optional<qint64> Statements::Use::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace Hearth
