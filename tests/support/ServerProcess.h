#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace Hearth::Testing {

class PostgresCluster;

// A real hearth-server process on a free loopback port with a data folder of its own,
// for integration tests. The data folder outlives stop() and start(), so a test can
// restart the server on the same data. Its database is SQLite in the data folder, or, when
// the environment says HEARTH_TEST_DATABASE=postgresql (CTest runs every server suite
// both ways), a private PostgreSQL cluster of its own, started with the first start() and
// kept, like the folder, until the object goes.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // The file descriptors the server may have open (RLIMIT_NOFILE, soft and hard), from
    // the next start() on; 0 leaves the limit as it is.
    void setDescriptorLimit(int count) { m_descriptorLimit = count; }

    // Starts the server (with --demo when demo is true) and waits for its "listening on"
    // line. Gives false, with the server's output in errorString(), when it does not come.
    bool start(const QStringList &extraArguments = {});
    // Fills the data folder with posts (hearth-server --generate, in topic when given) while
    // the server is stopped, and waits for it. Gives false, with its output in errorString(),
    // when it does not end well within timeout.
    bool generate(int posts, const QString &topic = {},
        std::chrono::milliseconds timeout = std::chrono::minutes(2));
    // SIGTERM, then wait: the way an administrator stops it.
    bool stop();
    // SIGKILL: a crash.
    void kill();

    bool isRunning() const;
    // How the process ended (-1 while it runs, or when it crashed).
    int exitCode() const;
    QUrl url() const { return m_url; }
    QUrl url(const QString &path) const;
    QString dataPath() const { return m_data.path(); }
    QString errorString() const { return m_error; }
    qint64 pid() const;

    // The path of the hearth-server binary under test.
    static QString executable();
    // Whether servers run on PostgreSQL (HEARTH_TEST_DATABASE=postgresql).
    static bool onPostgres();
    // The --database the server is given: empty for SQLite in the data folder. Valid once
    // start() or generate() made the cluster, or setDatabaseUrl() named one.
    QString databaseUrl() const;
    // Runs the server on the database at url rather than a database of its own: several
    // servers on one PostgreSQL database, as a cluster of instances runs.
    void setDatabaseUrl(const QString &url) { m_sharedDatabase = url; }
    // A connection of this process to the server's database, named connectionName (remove
    // it with QSqlDatabase::removeDatabase), for a test that changes what the server
    // stored. Open, or with the reason in lastError().
    QSqlDatabase openDatabase(const QString &connectionName) const;
    // Every file that holds what the server stored: the SQLite file and its log, or all of
    // the cluster's.
    QStringList databaseFiles() const;

private:
    // The --database arguments, starting the cluster when it is wanted and not yet there;
    // nullopt, with errorString() set, when it does not start.
    std::optional<QStringList> databaseArguments();

    QTemporaryDir m_data;
    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_sharedDatabase;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_error;
    int m_descriptorLimit = 0;
};

} // namespace Hearth::Testing
