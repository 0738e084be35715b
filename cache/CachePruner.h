#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

class QSettings;

namespace Hearth {

// Keeps the cache within a bound: keeps what the person will read and removes the rest,
// oldest read first, a batch per transaction, so that it never holds the database long.
// Kept whatever the bound: the newest posts of every topic joined or read recently (and of
// the topics open now), the trending pages cached for them, everything the person wrote,
// reacted to or opened recently, every post with an unsent or refused write, and every post
// the outbox or a draft names. A pruned post goes whole (FeedCache::removePosts(): topic
// links, ranks, media references, the reaction, comments, its search entry).
//
// Feeds stay a contiguous run from their top: once a feed lost its older posts, the kept
// posts older than them leave that topic's feed too (they come back with the server's
// pages), and the page ends below the cut are forgotten, so that scrolling past what is kept
// asks the server from the page that ends above the cut (FeedCache::serverCursor()).
//
// Runs on the connection it is given (the cache writer's, never the window's); it opens
// nothing and never touches the words file. Freed pages are reused as the cache grows
// again: the file stays near its largest size, which the bound caps.
class CachePruner
{
public:
    // About 2 KB a post in use with its indexes and search entry (196.5 MB for 100,000
    // posts, docs/performance.md): about 250,000 posts.
    static constexpr qint64 DefaultMaxBytes = 500LL * 1024 * 1024;
    static constexpr qint64 MinMaxBytes = 50LL * 1024 * 1024;
    // The setting, in megabytes, in the app's settings file (hearth.ini; no control in the
    // window yet). Below MinMaxBytes, or not a number, it gives the minimum or the default.
    static QString settingsKey();
    static qint64 maxBytes(const QSettings &settings);

    struct Policy
    {
        qint64 maxBytes = DefaultMaxBytes;
        qint64 myUserId = 0; // 0 when signed out
        // Feeds kept whole: the topics open now, and those whose feed was fetched within
        // readingWithinMs (being read: a cut would pull the rows under the reader).
        QStringList openTopics;
        qint64 readingWithinMs = 3600LL * 1000;
        // The posts the outbox's writes and the drafts name, and the comments they name (whose
        // posts are kept): read from the words file by the caller, see hold().
        QSet<qint64> heldPostIds;
        QSet<qint64> heldCommentIds;
        // Holds what an outbox target or a draft key names: "post:42", "post:42:edit" and
        // "comment:post:42" hold post 42, "comment:7" the post of comment 7.
        void hold(const QString &name);
        int keepPerTopic = 200; // the newest posts of each kept topic: ten feed pages
        qint64 openedWithinMs = 30LL * 24 * 3600 * 1000; // "opened (or read) recently"
        int batchSize = 100; // posts removed per transaction
    };

    struct Report
    {
        qint64 bytesBefore = 0;
        qint64 bytesAfter = 0;
        qint64 fileBytesBefore = 0; // the whole file, free pages included
        qint64 fileBytesAfter = 0;
        int postsBefore = 0;
        int postsRemoved = 0;
        int batches = 0; // of posts removed
        int merges = 0; // steps of the search index's merge after them
        bool bounded = false; // bytesAfter <= the bound
        bool failed = false;
    };

    explicit CachePruner(const QSqlDatabase &db);

    // The bytes the cache's pages in use take (free pages are reused before the file grows).
    qint64 usedBytes() const;
    qint64 fileBytes() const;

    // A pass is start(), then step() until it gives false. start() gives false when there is
    // nothing to do (within the bound, or nothing left that may go); each step removes one
    // batch, or merges a part of the search index after the removals, in one transaction,
    // so that other writes go in between.
    bool start(const Policy &policy);
    bool step();
    Report report() const { return m_report; }
    // Between a start() that gave true and the step() that gave false.
    bool isRunning() const { return m_running; }
    // A whole pass at once: for tests and benchmarks.
    Report prune(const Policy &policy);

private:
    bool removeBatch(const QList<qint64> &ids);
    void finish();

    QSqlDatabase m_db;
    Policy m_policy;
    QList<qint64> m_candidates; // oldest first
    qsizetype m_next = 0;
    int m_toRemove = 0; // the posts the bound asks to remove: its share of the bytes
    bool m_merging = false;
    Report m_report;
    bool m_running = false;
};

} // namespace Hearth
