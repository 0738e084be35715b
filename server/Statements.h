#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Hearth {

// The prepared statements of one database connection, kept for as long as it is open, so
// that a request runs its reads without parsing and planning their SQL again (preparing
// was half of what a feed page cost). Used on the server's thread only.
class Statements
{
public:
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
        struct Entry;
        // entry: the kept statement, or null for one prepared for this use alone.
        Use(Statements &owner, sqlite3_stmt *statement, Entry *entry);

        Statements *m_owner = nullptr;
        sqlite3_stmt *m_statement = nullptr;
        Entry *m_entry = nullptr;
        int m_nextIndex = 1;
    };

    // What the last finished use of a statement did, from SQLite's own counters: tests pin
    // with it that a page reads a bounded number of rows and sorts nothing.
    struct Cost
    {
        QByteArray sql;
        int virtualMachineSteps = 0;
        int fullScanSteps = 0;
        int sorts = 0;
        int automaticIndexes = 0;
    };

    // Reads in one transaction, so that they see one state of the database and take its
    // locks once rather than once a statement. Does nothing inside an open transaction.
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
    // prepared anew for the inner use rather than reset under the outer one.
    Use use(const QByteArray &sql);
    // The same for SQL written in the source: found again by its address, without hashing
    // its text (a page uses a dozen statements).
    template<qsizetype N>
    Use use(const char (&sql)[N])
    {
        return use(static_cast<const char *>(sql), N - 1);
    }

    Cost lastCost() const;
    // The rowid of the connection's last INSERT.
    qint64 lastInsertId() const;

    ~Statements();
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;

private:
    using Entry = Use::Entry;
    explicit Statements(sqlite3 *handle);
    Use use(const char *literal, qsizetype size);
    Use use(Entry &entry);
    void finished(sqlite3_stmt *statement, Entry *entry);
    sqlite3_stmt *prepare(const QByteArray &sql) const;
    Entry &entryFor(const QByteArray &sql);

    sqlite3 *m_handle = nullptr;
    QHash<QByteArray, Entry *> m_entries; // owned
    QHash<const char *, Entry *> m_byLiteral;
    // The counters of the last finished use, and its SQL.
    Cost m_lastCost;
    QByteArray m_lastSql;
};

struct Statements::Use::Entry
{
    QByteArray sql;
    sqlite3_stmt *statement = nullptr;
    bool inUse = false;
};

} // namespace Hearth
