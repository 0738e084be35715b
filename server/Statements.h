#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Hearth {

// The prepared statements of one database connection, kept for as long as it is open, so
// that a request runs its reads without parsing and planning their SQL again (preparing
// was half of what a feed page cost). Used on the server's thread only. The SQL is written
// with '?' for each value, as for Sql::exec; the engine's own API runs it (SQLite's C API,
// or libpq's on the connection Qt's PostgreSQL driver opened).
class Statements
{
public:
    // One prepared statement of the engine (SqliteStatements.cpp, PostgresStatements.cpp).
    class Prepared;

    // One use of a prepared statement: bind, step, read. It is reset (and so lets go of the
    // database snapshot it read) when the use ends. Values are bound in order, from 1.
    class Use
    {
    public:
        Use(Use &&other) noexcept;
        Use(const Use &) = delete;
        Use &operator=(const Use &) = delete;
        Use &operator=(Use &&) = delete;
        ~Use();

        Use &bind(qint64 value);
        Use &bind(int value) { return bind(qint64(value)); }
        Use &bind(bool value) { return bind(qint64(value ? 1 : 0)); }
        Use &bind(const QString &text);
        Use &bind(QByteArrayView utf8);
        Use &bind(const char *utf8) { return bind(QByteArrayView(utf8)); }
        Use &bind(std::optional<qint64> value);
        Use &bindNull();
        template<typename... Values>
        Use &bindAll(const Values &...values)
        {
            (bind(values), ...);
            return *this;
        }

        // Steps to the next row: false when there is none. Throws Sql::Error on failure.
        bool next();
        // Steps a statement that answers no rows (or whose rows do not matter).
        void run();

        bool isNull(int column) const;
        qint64 int64(int column) const;
        QString text(int column) const;
        // The column's UTF-8 bytes, valid until the next step.
        QByteArrayView utf8(int column) const;
        std::optional<qint64> optionalInt64(int column) const;

    private:
        friend class Statements;
        Use(Statements &owner, Prepared *prepared);

        Statements *m_owner = nullptr;
        Prepared *m_prepared = nullptr;
        int m_nextIndex = 1;
    };

    // What the last finished use of a statement did, from SQLite's own counters: tests pin
    // with it that a page reads a bounded number of rows and sorts nothing. PostgreSQL has
    // no such counters: there, every figure is 0.
    struct Cost
    {
        QByteArray sql;
        int virtualMachineSteps = 0;
        int fullScanSteps = 0;
        int sorts = 0;
        int automaticIndexes = 0;
    };

    // Reads in one transaction, so that they see one state of the database and take its
    // locks once rather than once a statement (on PostgreSQL: one snapshot, REPEATABLE
    // READ). Does nothing inside an open transaction.
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(Statements &statements);
        ~ReadTransaction();
        ReadTransaction(const ReadTransaction &) = delete;
        ReadTransaction &operator=(const ReadTransaction &) = delete;

    private:
        Statements *m_owner = nullptr; // null when it opened none
    };

    // The statements of db's connection (created on first use).
    static Statements &of(const QSqlDatabase &db);
    // Finalizes a connection's statements: before the connection closes.
    static void forget(const QString &connectionName);

    // sql, prepared once. A statement still in use (a read nested in its own loop) is
    // prepared again for the inner use rather than reset under the outer one.
    Use use(const QByteArray &sql);
    // The same for SQL written in the source: found again by its address, without hashing
    // its text (a page uses a dozen statements).
    template<qsizetype N>
    Use use(const char (&sql)[N])
    {
        return use(static_cast<const char *>(sql), N - 1);
    }

    Cost lastCost() const { return m_lastCost; }

    virtual ~Statements();
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;

protected:
    Statements() = default;

    // The engine's part.
    virtual std::unique_ptr<Prepared> prepare(const QByteArray &sql) = 0;
    // Whether no transaction is open on the connection.
    virtual bool isIdle() const = 0;
    virtual void beginRead() = 0;
    // Ends a read transaction; never throws (a destructor calls it).
    virtual void endRead() noexcept = 0;

    Cost m_lastCost;

private:
    // The prepared copies of one SQL text: more than one only while uses nest.
    struct Entry
    {
        QByteArray sql;
        std::vector<std::unique_ptr<Prepared>> copies;
    };

    Use use(const char *literal, qsizetype size);
    Use use(Entry &entry);
    Entry &entryFor(const QByteArray &sql);

    QHash<QByteArray, Entry *> m_entries; // owned
    QHash<const char *, Entry *> m_byLiteral;
};

class Statements::Prepared
{
public:
    explicit Prepared(QByteArray sql) : m_sql(std::move(sql)) { }
    virtual ~Prepared() = default;
    Prepared(const Prepared &) = delete;
    Prepared &operator=(const Prepared &) = delete;

    const QByteArray &sql() const { return m_sql; }
    bool inUse = false;

    // index counts from 1. Text is UTF-8, copied by the call.
    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, QByteArrayView utf8) = 0;
    virtual void bindNull(int index) = 0;
    virtual bool step() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual QByteArrayView utf8(int column) const = 0;
    // Ends a use: forgets its values and rows, and fills cost when the engine counts.
    virtual void reset(Cost &cost) = 0;

private:
    QByteArray m_sql;
};

} // namespace Hearth
