#pragma once

#include "SqliteFile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Hearth {

// The client's cache file for one (server, account): opens it in WAL mode, migrates it
// forward by PRAGMA user_version, and sets a damaged one aside and starts afresh. The cache is
// disposable: everything in it comes back from the server. The person's own words (the
// outbox and the drafts) are not: they live in a small file of their own beside it
// (WordsDatabase), which open() prepares (repairing it page by page when it is damaged) and
// attaches to the cache's connection, so that the stores reach both through connection().
//
// Reading the whole cache to check it (PRAGMA quick_check) costs in proportion to its size,
// so open() does it only when it must (see Check): a cache that Hearth closed cleanly, and that
// nothing touched since, is trusted; the others are checked in the background after the
// window is up (CacheHealthCheck), and a damaged one found then is set aside by rebuild().
class CacheDatabase
{
public:
    // What open() repaired. Shown to the person once (MainWindow), logged always.
    struct Recovery
    {
        bool happened = false; // the cache was rebuilt or the words file repaired
        // The cache: set aside and started afresh; what it held comes back from the server.
        bool cacheRebuilt = false;
        QString reason; // what was wrong: the quick_check report or the SQLite error
        QString movedAsidePath; // where the damaged file went ("...sqlite.corrupt-<time>")
        // The words file: damaged, or missing or empty where the cache knew one, and made
        // anew from what could be read of it.
        bool wordsRepaired = false;
        QString wordsReason;
        QString wordsMovedAsidePath;
        // What was read back: from the damaged words file, or from a damaged cache of an
        // older Hearth, which kept them in the cache.
        int salvagedOutboxRows = 0;
        int salvagedDrafts = 0;
        // Some unsent change or draft may not have been recovered.
        bool wordsMayBeLost = false;
    };

    // How open() knows that the cache is sound (the words file is always checked whole: it is
    // small, and what it holds cannot be had again).
    enum class Check {
        // Closed cleanly by Hearth and untouched since: its clean mark (cleanMarkPath())
        // matches the file's size, time and identity, and no write-ahead log lies beside it.
        // Not read whole; a background check is still due now and then (CheckInterval), and
        // corruption met by any read is reported (CacheHealthCheck::watchForCorruption()).
        // Also what a Words::Leave connection says: the window's connection decided.
        Trusted,
        // Read whole before open() returned: the file changed while no Hearth had it open (a
        // copy, a restore, another program), or it may still hold an older Hearth's words,
        // which must be read back before it is set aside. Or it was new.
        Checked,
        // The last session did not close it cleanly (a crash, a power cut, a kill, or a
        // Hearth before the clean mark): a check is owed, in the background, after the first
        // paint. SQLite's own journal keeps a crash from damaging the file; the check is for
        // the disk that lied.
        Later,
    };
    // How often a trusted cache is still read whole, in the background.
    static constexpr std::chrono::hours CheckInterval{7 * 24};

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
    // path, with its words file (wordsPath()) attached. A damaged or unusable cache is set
    // aside and replaced; a damaged words file is set aside and rebuilt from what its pages
    // still hold (see recovery()). Gives false, with errorString(), only when no usable
    // cache could be had at all: the folder cannot be written, the disk is full, or another
    // process holds a file locked.
    //
    // Words::Leave opens the cache alone, for a connection that writes server data only
    // (the cache writer's thread): the words file is neither checked nor attached, and a
    // cache that still needs the migration that moves the words out is refused.
    //
    // targetVersion stops the migration early: tests build the caches of older builds with it.
    enum class Words { Attach, Leave };
    bool open(
        const QString &path, Words words = Words::Attach, int targetVersion = schemaVersion());
    // The stores made on connection() hold a handle to it: let them go first. The last
    // connection to the file that closes leaves the clean mark beside it, unless a check is
    // still owed.
    void close();

    // Sets the cache aside, with reason (what a later check or read found wrong), and opens a
    // fresh one with the same words file, as open() does for a cache found damaged there:
    // recovery() says so. The stores on connection() must be let go first.
    bool rebuild(const QString &reason);

    // What open() did to know the cache is sound.
    Check check() const { return m_check; }
    // Whether the cache should be read whole now, in the background: a check is owed (Later),
    // or the last one was more than CheckInterval ago.
    bool needsHealthCheck() const;
    // A background check found the cache sound: the clean mark left at close says when, and
    // no check is owed any more.
    void noteHealthy();
    // When the cache was last found sound by a full check (invalid: never, that we know).
    QDateTime checkedAt() const { return m_checkedAt; }
    // How many times open() read a cache file whole in this process (tests pin the ones it
    // must not).
    static int fullChecksAtOpen();
    // The clean-shutdown mark of the cache file at path.
    static QString cleanMarkPath(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }

    // For the stores (FeedCache, CommentCache, DraftStore, OutboxStore). Like every
    // QSqlDatabase, it is used only in the thread that opened it.
    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    // The words file that goes with the cache at path() (WordsDatabase::fileName()).
    QString wordsPath() const;
    QString errorString() const { return m_error; }
    Recovery recovery() const { return m_recovery; }

    // The schema version this build migrates to.
    static int schemaVersion();

private:
    using Outcome = SqliteFile::Outcome;

    Outcome openAndCheck(const QString &path, QString *problem, bool fullCheck);
    // Reads and removes the clean mark: from now on the file is in use.
    Check takeCleanMark(const QString &path, const QString &wordsFile);
    void leaveCleanMark() const;
    Outcome migrate(QString *problem);
    // Copies an older cache's outbox and drafts into the attached words file.
    bool carryWordsForward(QString *problem);
    bool setAsideAndReopen(const QString &path, const QString &reason);
    bool knowsWordsFile() const;
    void rememberWordsFile();
    bool fail(const QString &problem);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    Recovery m_recovery;
    int m_targetVersion = 0;
    Check m_check = Check::Checked;
    QDateTime m_checkedAt;
    bool m_checkOwed = false;
    // Set by a successful open() with the words attached: close() leaves the clean mark.
    bool m_markOnClose = false;
    // rebuild()'s reason: open() treats the file as damaged.
    QString m_damage;
};

} // namespace Hearth
