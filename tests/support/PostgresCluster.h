#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace Hearth::Testing {

// A private PostgreSQL cluster for a test: initdb in a folder of its own, one server on a
// Unix socket in that folder (no TCP port), trust for the one role "hearth", stopped and
// removed with the object. Run as root (CI on a fresh machine), PostgreSQL's programs run as
// the unprivileged user "nobody", which they require. The programs come from Debian's
// postgresql package (/usr/lib/postgresql/<version>/bin, the newest there is).
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // initdb, then the server, waiting until it takes connections; false with the programs'
    // output in errorString() when it does not.
    bool start();
    // Stops the server at once (-m immediate: a test's data is thrown away anyway).
    bool stop();
    bool isRunning() const { return m_running; }

    // Where the server's socket is: Qt SQL's and libpq's "host" for it.
    QString socketDirectory() const;
    // The cluster's files: its tables, write-ahead log and the rest.
    QString dataDirectory() const;
    // hearth-server's --database for database on this cluster.
    QString url(const QString &database = PostgresCluster::database()) const;
    // The role to connect as (trusted: no password) and a database it may use.
    static QString user() { return QStringLiteral("hearth"); }
    static QString database() { return QStringLiteral("postgres"); }
    // The server's own log, for a failing test to show.
    QString log() const;
    QString errorString() const { return m_error; }

    // The folder holding initdb and pg_ctl; empty when PostgreSQL is not installed.
    static QString binDirectory();

private:
    // Runs a PostgreSQL program (as "nobody" when this process is root) and waits for it.
    bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_root;
    QString m_error;
    bool m_running = false;
};

} // namespace Hearth::Testing
