#include "Statements.h"

#include "PostgresStatements.h"
#include "Sql.h"
#include "SqliteStatements.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QHash<QString, Statements *> &registry()
{
    static QHash<QString, Statements *> connections;
    return connections;
}

} // namespace

Statements::~Statements()
{
    qDeleteAll(m_entries);
}

Statements &Statements::of(const QSqlDatabase &db)
{
    const QString name = db.connectionName();
    Statements *&statements = registry()[name];
    if (!statements) {
        std::unique_ptr<Statements> made = db.driver()
            ? (Sql::dialect(db) == Sql::Dialect::PostgreSQL
                    ? PostgresStatements::create(db.driver()->handle())
                    : SqliteStatements::create(db.driver()->handle()))
            : nullptr;
        if (!made) {
            registry().remove(name);
            throw Sql::Error(u"connection %1 is not an open database"_s.arg(name));
        }
        statements = made.release();
    }
    return *statements;
}

void Statements::forget(const QString &connectionName)
{
    delete registry().take(connectionName);
}

Statements::Entry &Statements::entryFor(const QByteArray &sql)
{
    if (Entry *entry = m_entries.value(sql))
        return *entry;
    // Prepared before it is kept, so that SQL that does not prepare leaves nothing behind.
    std::unique_ptr<Prepared> prepared = prepare(sql);
    auto *entry = new Entry{sql, {}};
    entry->copies.push_back(std::move(prepared));
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
    for (const std::unique_ptr<Prepared> &copy : entry.copies) {
        if (!copy->inUse)
            return Use(*this, copy.get());
    }
    entry.copies.push_back(prepare(entry.sql));
    return Use(*this, entry.copies.back().get());
}

Statements::ReadTransaction::ReadTransaction(Statements &statements)
{
    if (!statements.isIdle())
        return;
    statements.beginRead();
    m_owner = &statements;
}

Statements::ReadTransaction::~ReadTransaction()
{
    if (m_owner)
        m_owner->endRead();
}

Statements::Use::Use(Statements &owner, Prepared *prepared) : m_owner(&owner), m_prepared(prepared)
{
    m_prepared->inUse = true;
}

Statements::Use::Use(Use &&other) noexcept
    : m_owner(other.m_owner)
    , m_prepared(std::exchange(other.m_prepared, nullptr))
    , m_nextIndex(other.m_nextIndex)
{ }

Statements::Use::~Use()
{
    if (!m_prepared)
        return;
    m_prepared->reset(m_owner->m_lastCost);
    m_owner->m_lastCost.sql = m_prepared->sql();
    m_prepared->inUse = false;
}

Statements::Use &Statements::Use::bind(qint64 value)
{
    m_prepared->bind(m_nextIndex++, value);
    return *this;
}

Statements::Use &Statements::Use::bind(const QString &text)
{
    return bind(QByteArrayView(text.toUtf8()));
}

Statements::Use &Statements::Use::bind(QByteArrayView utf8)
{
    m_prepared->bind(m_nextIndex++, utf8.isNull() ? QByteArrayView("") : utf8);
    return *this;
}

Statements::Use &Statements::Use::bind(std::optional<qint64> value)
{
    return value ? bind(*value) : bindNull();
}

Statements::Use &Statements::Use::bindNull()
{
    m_prepared->bindNull(m_nextIndex++);
    return *this;
}

bool Statements::Use::next()
{
    return m_prepared->step();
}

void Statements::Use::run()
{
    while (next()) { }
}

bool Statements::Use::isNull(int column) const
{
    return m_prepared->isNull(column);
}

qint64 Statements::Use::int64(int column) const
{
    return m_prepared->int64(column);
}

QByteArrayView Statements::Use::utf8(int column) const
{
    return m_prepared->utf8(column);
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
