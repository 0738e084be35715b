#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

std::atomic<LogFile *> installed{nullptr};
// A message raised while one is being written (by the file itself, say) must not wait for
// the lock its own thread holds: it goes to the previous handler instead.
thread_local bool writing = false;

QByteArray typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

} // namespace

LogFile::LogFile(const QString &path, bool echo, qint64 cap)
    : m_path(path), m_echo(echo), m_cap(cap), m_file(path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // What people wrote can appear in the log: only its owner reads it.
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_size = m_file.size();
        if (m_size >= m_cap)
            rotate();
    }
    installed.store(this);
    m_previous = qInstallMessageHandler(&LogFile::handle);
}

LogFile::~LogFile()
{
    qInstallMessageHandler(m_previous);
    installed.store(nullptr);
}

bool LogFile::isOpen() const
{
    QMutexLocker locker(&m_mutex);
    return m_file.isOpen();
}

QString LogFile::errorString() const
{
    QMutexLocker locker(&m_mutex);
    return m_file.errorString();
}

QString LogFile::defaultPath()
{
    // The XDG base directory specification ignores a relative XDG_STATE_HOME.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + u"/.local/state"_s;
    return state + u"/Hearth/hearth.log"_s;
}

void LogFile::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFile *log = installed.load();
    const bool written = log && !writing && log->append(type, context, message);
    const bool terminal = !written || log->m_echo || type == QtCriticalMsg || type == QtFatalMsg;
    if (!terminal)
        return;
    if (log && log->m_previous) {
        log->m_previous(type, context, message);
    } else {
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
        std::fflush(stderr);
    }
}

bool LogFile::append(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    writing = true;
    QMutexLocker locker(&m_mutex);
    QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8();
    line += ' ' + typeName(type) + ' ';
    if (context.category && qstrcmp(context.category, "default") != 0)
        line += QByteArray(context.category) + ": ";
    line += message.toUtf8() + '\n';
    if (m_file.isOpen() && m_size > 0 && m_size + line.size() > m_cap)
        rotate();
    bool written = false;
    if (m_file.isOpen()) {
        const qint64 count = m_file.write(line);
        // Flushed at once: the lines before a crash are the ones wanted.
        written = count == line.size() && m_file.flush();
        if (count > 0)
            m_size += count;
    }
    writing = false;
    return written;
}

void LogFile::rotate()
{
    m_file.close();
    const QString older = m_path + u".1"_s;
    QFile::remove(older);
    QFile::rename(m_path, older);
    m_size = 0;
    // Should this fail, messages go to the terminal again (handle()).
    m_file.open(
        QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace Hearth
