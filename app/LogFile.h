#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace Hearth {

// Where the client's log goes (every Qt message: the hearth.* categories and Qt's own): a
// file of bounded size, so that the terminal the app was started from stays quiet. With echo
// (--verbose) the terminal gets every message too; critical and fatal ones reach it always.
class LogFile
{
    Q_DISABLE_COPY_MOVE(LogFile)

public:
    // A file that grows past this is renamed to "<name>.1" (replacing the one before) and
    // begun again: the log never takes more than twice this.
    static constexpr qint64 DefaultCap = 1024 * 1024;

    // Opens path for appending (making its folder) and takes every Qt message from now on.
    // When the file cannot be opened, messages go where they went before (isOpen() says).
    LogFile(const QString &path, bool echo, qint64 cap = DefaultCap);
    // Gives the messages back to the handler that had them before.
    ~LogFile();

    bool isOpen() const;
    QString errorString() const;
    QString path() const { return m_path; }

    // $XDG_STATE_HOME/Hearth/hearth.log, or ~/.local/state/Hearth/hearth.log (beside the
    // data and settings folders Qt names "Hearth"): the XDG place for logs, which Qt 6.4's
    // QStandardPaths does not know yet.
    static QString defaultPath();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    bool append(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void rotate();

    const QString m_path;
    const bool m_echo;
    const qint64 m_cap;
    // Messages come from every thread (the sync engine has its own).
    mutable QMutex m_mutex;
    QFile m_file;
    qint64 m_size = 0;
    QtMessageHandler m_previous = nullptr;
};

} // namespace Hearth
