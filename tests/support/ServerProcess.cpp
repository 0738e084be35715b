#include "ServerProcess.h"

#include "PostgresCluster.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace Hearth::Testing {

ServerProcess::ServerProcess() = default;

bool ServerProcess::onPostgres()
{
    return qEnvironmentVariable("HEARTH_TEST_DATABASE") == u"postgresql";
}

QString ServerProcess::databaseUrl() const
{
    if (!m_sharedDatabase.isEmpty())
        return m_sharedDatabase;
    return m_cluster ? m_cluster->url() : QString();
}

QSqlDatabase ServerProcess::openDatabase(const QString &connectionName) const
{
    QSqlDatabase db;
    if (m_cluster) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        db.setHostName(m_cluster->socketDirectory());
        db.setUserName(PostgresCluster::user());
        db.setDatabaseName(PostgresCluster::database());
    } else {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(m_data.filePath(u"hearth.db"_s));
    }
    db.open();
    return db;
}

QStringList ServerProcess::databaseFiles() const
{
    if (!m_cluster)
        return {m_data.filePath(u"hearth.db"_s), m_data.filePath(u"hearth.db-wal"_s)};
    QStringList files;
    QDirIterator it(m_cluster->dataDirectory(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

std::optional<QStringList> ServerProcess::databaseArguments()
{
    if (!m_sharedDatabase.isEmpty())
        return QStringList{u"--database"_s, m_sharedDatabase};
    if (!onPostgres())
        return QStringList();
    if (!m_cluster) {
        auto cluster = std::make_unique<PostgresCluster>();
        if (!cluster->start()) {
            m_error = u"the PostgreSQL cluster did not start: "_s + cluster->errorString();
            return std::nullopt;
        }
        m_cluster = std::move(cluster);
    }
    return QStringList{u"--database"_s, databaseUrl()};
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

QString ServerProcess::executable()
{
    return QStringLiteral(HEARTH_SERVER_EXECUTABLE);
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    const std::optional<QStringList> database = databaseArguments();
    if (!database)
        return false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // The server's log would drown the test's own output; keep it for failures only.
    m_process->setStandardErrorFile(m_data.filePath(u"server.log"_s), QIODevice::Append);
    QStringList arguments{u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, m_data.path()};
    arguments.append(*database);
    arguments.append(extraArguments);
#ifdef Q_OS_UNIX
    const rlim_t limit = rlim_t(std::max(0, m_descriptorLimit));
    m_process->setChildProcessModifier([limit] {
        if (limit > 0) {
            const rlimit descriptors{limit, limit};
            setrlimit(RLIMIT_NOFILE, &descriptors);
        }
#ifdef Q_OS_LINUX
        // A test that dies (a sanitizer's abort, a crash) takes its server with it: an
        // orphan would keep its port, its folder and whatever descriptors it inherited.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    });
#endif
    m_process->start(executable(), arguments);
    if (!m_process->waitForStarted(10'000)) {
        m_error = m_process->errorString();
        return false;
    }
    QByteArray output;
    QDeadlineTimer deadline(60'000);
    while (!output.contains('\n') && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime())))
            break;
        output += m_process->readAllStandardOutput();
    }
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    if (!line.startsWith("listening on ")) {
        QFile log(m_data.filePath(u"server.log"_s));
        log.open(QIODevice::ReadOnly);
        m_error = u"no 'listening on' line; output: "_s + QString::fromUtf8(output) + u"; log: "_s
            + QString::fromUtf8(log.readAll().right(2000));
        kill();
        return false;
    }
    m_url = QUrl(QString::fromLatin1(line.mid(int(qstrlen("listening on ")))));
    return m_url.isValid() && m_url.port() > 0;
}

bool ServerProcess::generate(int posts, const QString &topic, std::chrono::milliseconds timeout)
{
    const std::optional<QStringList> database = databaseArguments();
    if (!database)
        return false;
    QProcess generator;
    generator.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{u"--data"_s, dataPath(), u"--generate"_s, QString::number(posts)};
    arguments.append(*database);
    if (!topic.isEmpty())
        arguments << u"--topic"_s << topic;
    // Under AddressSanitizer, LeakSanitizer's exit-time scan crashes in this mode ("Tracer
    // caught signal 11" reading a dynamic-TLS block of glibc 2.36 whose bounds are garbage;
    // which builds hit it depends on their layout, and memcheck finds nothing wrong in the
    // process). The generator is the tests' tool, not the product: its leaks go unchecked,
    // its memory errors are still caught.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString asan = environment.value(u"ASAN_OPTIONS"_s);
    environment.insert(
        u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"detect_leaks=0"_s);
    generator.setProcessEnvironment(environment);
    generator.start(executable(), arguments);
    if (!generator.waitForFinished(int(timeout.count()))
        || generator.exitStatus() != QProcess::NormalExit || generator.exitCode() != 0) {
        m_error = u"hearth-server --generate failed: "_s + QString::fromUtf8(generator.readAll());
        return false;
    }
    return true;
}

bool ServerProcess::stop()
{
    if (!m_process)
        return true;
    m_process->terminate();
    const bool stopped = m_process->waitForFinished(15'000);
    if (!stopped)
        kill();
    return stopped && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(15'000);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

int ServerProcess::exitCode() const
{
    if (!m_process || isRunning() || m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QUrl ServerProcess::url(const QString &path) const
{
    QUrl url = m_url;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query), QUrl::TolerantMode);
    if (query >= 0)
        url.setQuery(path.mid(query + 1), QUrl::TolerantMode);
    return url;
}

} // namespace Hearth::Testing
