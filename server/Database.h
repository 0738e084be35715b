#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hearth {

// The server's SQLite database: one file in the data folder, WAL with every commit synced
// (synchronous = FULL), foreign keys on, and forward-only migrations keyed by
// PRAGMA user_version, each in its own transaction.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if need be) and migrates the database at path, to targetVersion (tests
    // build older schemas with it). On failure, gives false and a message in errorString().
    bool open(const QString &path, int targetVersion = schemaVersion());
    void close();

    QSqlDatabase connection() const { return m_db; }
    QString errorString() const { return m_error; }

    // The schema version this build migrates to.
    static int schemaVersion();

private:
    bool migrate(int targetVersion);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_error;
};

} // namespace Hearth
