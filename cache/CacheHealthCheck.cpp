#include "CacheHealthCheck.h"

#include "CacheSql.h"
#include "SqliteFile.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

std::atomic<int> checksStarted{0};
QPointer<CorruptionWatcher> watcher;

// SQLite's log: called on whichever thread met the error, with SQLite's own locks held, so
// it only posts to the watcher's thread.
void logged(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
        return;
    const QString text = QString::fromUtf8(message);
    if (CorruptionWatcher *target = watcher.data()) {
        QMetaObject::invokeMethod(
            target, [target, code, text] { Q_EMIT target->corruptionSeen(code, text); },
            Qt::QueuedConnection);
    }
}

} // namespace

CacheHealthCheck::CacheHealthCheck(const QString &path, QObject *parent)
    : QObject(parent), m_path(path)
{ }

CacheHealthCheck::~CacheHealthCheck()
{
    if (!m_thread)
        return;
    interrupt();
    m_thread->wait();
}

int CacheHealthCheck::started()
{
    return checksStarted.load();
}

void CacheHealthCheck::start()
{
    if (m_thread)
        return;
    ++checksStarted;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"Hearth cache check"_s);
    // Below the window and the cache writer: it is the one that can wait.
    m_thread->start(QThread::LowPriority);
}

void CacheHealthCheck::interrupt()
{
    QMutexLocker locker(&m_mutex);
    m_stopping = true;
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
}

void CacheHealthCheck::run()
{
    Verdict verdict = Verdict::Sound;
    QString problem;
    const QString name = u"hearth-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            problem = db.lastError().text();
            verdict = SqliteFile::isEnvironmentFailure(db.lastError(), m_path) ? Verdict::NotRun
                                                                               : Verdict::Damaged;
        } else {
            {
                QMutexLocker locker(&m_mutex);
                m_handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
                if (m_stopping)
                    sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
            }
            bool environment = false;
            if (!SqliteFile::quickCheck(db, m_path, &problem, &environment))
                verdict = environment ? Verdict::NotRun : Verdict::Damaged;
            QMutexLocker locker(&m_mutex);
            m_handle = nullptr;
            if (m_stopping)
                verdict = Verdict::NotRun;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (verdict == Verdict::Damaged) {
        qCWarning(lcCache).noquote()
            << "The background check found the cache" << m_path << "damaged:" << problem;
    } else if (verdict == Verdict::NotRun) {
        qCInfo(lcCache).noquote() << "The background check of the cache" << m_path
                                  << "did not run to its end:" << problem;
    }
    QMetaObject::invokeMethod(
        this, [this, verdict, problem] { Q_EMIT finished(verdict, problem); },
        Qt::QueuedConnection);
}

bool CacheHealthCheck::watchForCorruption()
{
    if (!watcher)
        watcher = new CorruptionWatcher(QCoreApplication::instance());
    static const bool installed
        = sqlite3_config(SQLITE_CONFIG_LOG, &logged, static_cast<void *>(nullptr)) == SQLITE_OK;
    return installed;
}

QObject *CacheHealthCheck::corruptionWatcher()
{
    return watcher.data();
}

} // namespace Hearth
