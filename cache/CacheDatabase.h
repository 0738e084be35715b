#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace Hearth {

// The client's cache file for one (server, account): opens it in WAL mode, migrates it
// forward by PRAGMA user_version, and sets a damaged one aside and starts afresh, keeping
// the outbox and the drafts, which the server cannot give back.
class CacheDatabase
{
public:
    // What open() did about a file it could not use.
    struct Recovery
    {
        bool happened = false;
        QString reason; // what was wrong: the quick_check report or the SQLite error
        QString movedAsidePath; // where the damaged file went ("...sqlite.corrupt-<time>")
        int salvagedOutboxRows = 0;
        int salvagedDrafts = 0;
    };

    CacheDatabase() = default;
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // The cache file of accountHandle on server (an empty handle: reading signed out):
    // "<dataDir>/cache/<host>_<port>-@<handle>.sqlite", or "...-guest.sqlite" signed out.
    // The name is readable and safe on every file system; an empty dataDir means
    // QStandardPaths::AppDataLocation. Nothing is created.
    static QString fileName(
        const QString &dataDir, const QUrl &server, const QString &accountHandle);

    // Opens (creating the file and its folder if need be), checks and migrates the cache at
    // path. A damaged or unusable file is set aside and replaced (see recovery()). Gives
    // false, with errorString(), only when no usable cache could be had at all: the folder
    // cannot be written, the disk is full, or another process holds the file locked.
    bool open(const QString &path);
    // The stores made on connection() hold a handle to it: let them go first.
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    // For the stores (FeedCache, CommentCache, DraftStore, OutboxStore). Like every
    // QSqlDatabase, it is used only in the thread that opened it.
    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    Recovery recovery() const { return m_recovery; }

    // The schema version this build migrates to.
    static int schemaVersion();

private:
    enum class Outcome { Ok, Damaged, Failed };

    Outcome openAndCheck(const QString &path, QString *problem);
    Outcome migrate(QString *problem);
    void salvageAndMoveAside(const QString &path, const QString &reason);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    Recovery m_recovery;
};

} // namespace Hearth
