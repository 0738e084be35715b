#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace Hearth {

// Reads a cache file whole to check it (PRAGMA quick_check) on a thread and a read-only
// connection of its own, so that the window never waits for it: CacheDatabase::open() trusts a
// cleanly closed cache and leaves the others to this, after the first paint. It reads a
// snapshot (WAL lets the window read and the cache writer write meanwhile) and reports once.
// Destroying it interrupts a check under way and waits for its thread.
class CacheHealthCheck : public QObject
{
    Q_OBJECT

public:
    enum class Verdict {
        Sound,
        Damaged, // problem says what quick_check or the error said
        NotRun, // interrupted, or the file could not be read for a reason not its own
    };
    Q_ENUM(Verdict)

    explicit CacheHealthCheck(const QString &path, QObject *parent = nullptr);
    ~CacheHealthCheck() override;

    QString path() const { return m_path; }
    // Starts the check; finished() follows, on this object's thread.
    void start();
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

    // How many checks this process started (tests pin when one runs and when none does).
    static int started();

    // Asks SQLite to report the corruption it meets on any connection of the process: each
    // time, corruptionSeen() is emitted by the watcher (corruptionWatcher()), on the thread
    // that called this. Must be called before the process opens any database (SQLite takes
    // it only then); false when it came too late.
    static bool watchForCorruption();
    static QObject *corruptionWatcher();

Q_SIGNALS:
    void finished(Hearth::CacheHealthCheck::Verdict verdict, const QString &problem);

private:
    void run();
    void interrupt();

    QString m_path;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    void *m_handle = nullptr; // the check's sqlite3 connection while it runs (m_mutex)
    bool m_stopping = false; // (m_mutex)
};

// Emits corruptionSeen() when SQLite reports corruption anywhere in the process.
class CorruptionWatcher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    // code: SQLite's extended error code; message: its log line (no paths, no data).
    void corruptionSeen(int code, const QString &message);
};

} // namespace Hearth
