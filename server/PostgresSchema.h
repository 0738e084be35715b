#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hearth {

// The server's schema on PostgreSQL, and its forward-only migrations: step i makes version
// i + 1, each in its own transaction, the version kept in the table schema_version. Version
// 1 is the SQLite schema as it stands at SQLite version 7, in PostgreSQL's types (64-bit
// integers throughout, ids from identity columns that never hand an id out twice, bytea,
// byte-order collation where text is ordered, as SQLite orders it). Several hearth-server
// processes may start at once: the migration runs under a lock they share.
class PostgresSchema
{
public:
    // The version this build migrates to.
    static int latestVersion();

    // Migrates db to targetVersion (at most latestVersion()). Gives an empty string, or what
    // went wrong.
    static QString migrate(QSqlDatabase &db, int targetVersion = latestVersion());
};

} // namespace Hearth
