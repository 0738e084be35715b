#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Hearth::Testing {

// A real hearth-server process on a free loopback port with a data folder of its own,
// for integration tests. The data folder outlives stop() and start(), so a test can
// restart the server on the same data.
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
    QUrl url() const { return m_url; }
    QUrl url(const QString &path) const;
    QString dataPath() const { return m_data.path(); }
    QString errorString() const { return m_error; }
    qint64 pid() const;

    // The path of the hearth-server binary under test.
    static QString executable();

private:
    QTemporaryDir m_data;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_error;
    int m_descriptorLimit = 0;
};

} // namespace Hearth::Testing
