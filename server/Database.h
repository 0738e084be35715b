#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Hearth {

// The server's database. By default SQLite: one file in the data folder, WAL with every
// commit synced (synchronous = FULL), foreign keys on, and forward-only migrations keyed by
// PRAGMA user_version, each in its own transaction. Or PostgreSQL, named by a URL, for a
// community that outgrows one process (PostgresSchema, docs/deploy.md).
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if need be) and migrates the database at location: an SQLite file's
    // path, or a PostgreSQL URL (isPostgresUrl()). An SQLite file is migrated to
    // targetVersion (tests build older schemas with it); PostgreSQL always to its latest.
    // On failure, gives false and a message in errorString().
    bool open(const QString &location, int targetVersion = schemaVersion());
    void close();

    QSqlDatabase connection() const { return m_db; }
    // A further connection to the same database, for work that must not share the main
    // connection's transactions (rate limits commit on their own) or that waits on it
    // (LISTEN). purpose names it; it closes with the database. Not open, with the reason in
    // errorString(), when it cannot be opened.
    QSqlDatabase openSibling(const QString &purpose);
    QString errorString() const { return m_error; }

    // Whether the connection to a database server (PostgreSQL) was lost: every statement
    // fails from then on. Never for SQLite.
    bool isConnectionLost() const;

    // The SQLite schema version this build migrates to.
    static int schemaVersion();

    // Whether location names a PostgreSQL database: postgresql://[user[:password]@][host]
    // [:port][/database][?parameter=value&...], libpq's URL form. The host may be a folder
    // holding the server's Unix socket, given as ?host=/path; other parameters
    // (sslmode, connect_timeout, ...) go to libpq as they are.
    static bool isPostgresUrl(const QString &location);

private:
    bool openSqlite(const QString &path, int targetVersion);
    bool openPostgres(const QString &url);
    bool migrate(int targetVersion);

    QSqlDatabase m_db;
    QString m_connectionName;
    QStringList m_siblings; // their connection names
    QString m_error;
};

} // namespace Hearth
