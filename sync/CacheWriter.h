#pragma once

#include "api/Changes.h"
#include "api/FeedKey.h"
#include "api/Page.h"
#include "cache/CachePruner.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace Hearth {

// Writes the server's batches into the cache on a thread of its own, over a connection of
// its own to the same file (WAL lets the window read meanwhile), so that a large ingest
// never stalls the window. Batches are written one after another in the order given, each
// in one transaction; done() is called back on the caller's thread once it is committed.
// Posts by authors on the BlockList, read in that transaction, are left out.
class CacheWriter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool written)>;

    explicit CacheWriter(const QString &cachePath, QObject *parent = nullptr);
    // Finishes the batches already given, then stops the thread.
    ~CacheWriter() override;

    // The posts, deletions and topics of a /changes answer, and the sequence it reaches.
    void storeChanges(const Changes &changes, QObject *context, Done done);
    // A page of feed (FeedCache::storeFeedPage()).
    void storeFeedPage(
        const FeedKey &feed, const Page<Post> &page, int firstRank, QObject *context, Done done);

    // Prunes the cache to policy's bound (CachePruner), one batch per turn of the writer's
    // thread, so that pages and changes given meanwhile are written between batches. done()
    // gets the pass's report; nothing is told to the views: what was pruned comes back from
    // the server when scrolled to or opened.
    using Pruned = std::function<void(const CachePruner::Report &report)>;
    void prune(const CachePruner::Policy &policy, QObject *context, Pruned done);

private:
    class Worker;
    void run(std::function<bool(Worker &)> job, QObject *context, Done done);

    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
};

} // namespace Hearth
