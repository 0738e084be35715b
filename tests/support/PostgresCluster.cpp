#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QVersionNumber>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hearth::Testing {

namespace {

constexpr int ProgramTimeoutMs = 60'000;

bool isRoot()
{
    return ::geteuid() == 0;
}

// A folder the cluster's user owns: with root running the test, "nobody".
bool makeOwnFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    if (!isRoot())
        return true;
    QProcess chown;
    chown.start(u"chown"_s, {u"nobody"_s, path});
    return chown.waitForFinished(ProgramTimeoutMs) && chown.exitCode() == 0;
}

} // namespace

PostgresCluster::PostgresCluster()
{
    // The cluster's user must reach its folders inside the temporary one.
    QFile::setPermissions(m_root.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther);
}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        stop();
}

QString PostgresCluster::binDirectory()
{
    QVersionNumber newest;
    QString found;
    const QDir versions(u"/usr/lib/postgresql"_s);
    for (const QString &name : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(name);
        const QString bin = versions.filePath(name + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s)
            && version > newest) {
            newest = version;
            found = bin;
        }
    }
    return found;
}

QString PostgresCluster::socketDirectory() const
{
    return m_root.filePath(u"socket"_s);
}

QString PostgresCluster::url(const QString &database) const
{
    return u"postgresql://%1@/%2?host=%3"_s.arg(user(), database, socketDirectory());
}

QString PostgresCluster::dataDirectory() const
{
    return m_root.filePath(u"data"_s);
}

QString PostgresCluster::log() const
{
    QFile file(m_root.filePath(u"log/postgres.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments)
{
    const QString path = binDirectory() + u'/' + program;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_root.path());
    if (isRoot())
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"nobody"_s, u"--"_s, path} + arguments);
    else
        process.start(path, arguments);
    const bool finished = process.waitForFinished(ProgramTimeoutMs);
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"%1 failed (%2): %3"_s.arg(
            program, finished ? QString::number(process.exitCode()) : u"timed out"_s, output);
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    if (m_running)
        return true;
    if (binDirectory().isEmpty()) {
        m_error = u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"_s;
        return false;
    }
    const QString data = m_root.filePath(u"data"_s);
    if (!makeOwnFolder(data) || !makeOwnFolder(socketDirectory())
        || !makeOwnFolder(m_root.filePath(u"log"_s))) {
        m_error = u"cannot make the cluster's folders in "_s + m_root.path();
        return false;
    }
    // UTF-8 and the C collation: byte order, as SQLite compares text.
    if (!QFile::exists(data + u"/PG_VERSION"_s)
        && !run(u"initdb"_s,
            {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, user(), u"-E"_s, u"UTF8"_s,
                u"--locale=C"_s, u"--no-sync"_s}))
        return false;
    // No TCP at all; fsync off: a test's data need not survive a power cut.
    const QString options = u"-k %1 -c listen_addresses= -F"_s.arg(socketDirectory());
    if (!run(u"pg_ctl"_s,
            {u"-D"_s, data, u"-o"_s, options, u"-l"_s, m_root.filePath(u"log/postgres.log"_s),
                u"-w"_s, u"-t"_s, u"60"_s, u"start"_s})) {
        m_error += u"\n"_s + log();
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresCluster::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run(u"pg_ctl"_s,
        {u"-D"_s, m_root.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

} // namespace Hearth::Testing
