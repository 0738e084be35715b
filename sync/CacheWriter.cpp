#include "CacheWriter.h"

#include "cache/BlockList.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheTransaction.h"
#include "cache/FeedCache.h"

#include <QLoggingCategory>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcWriter, "hearth.sync.writer")

namespace Hearth {

// Owns the connection and the cache API on the writer's thread: both must be made, used
// and destroyed there.
class CacheWriter::Worker : public QObject
{
public:
    explicit Worker(const QString &path) : m_path(path) { }
    ~Worker() override
    {
        m_pruner.reset();
        m_feed.reset();
        m_database.close();
    }

    FeedCache *feed()
    {
        if (!m_feed) {
            // Server data only: the words file stays with the window's connection, so that
            // a draft saved while a large batch is stored does not wait for it.
            if (!m_database.open(m_path, CacheDatabase::Words::Leave)) {
                qCWarning(lcWriter) << "cannot open the cache:" << m_database.errorString();
                return nullptr;
            }
            m_feed = std::make_unique<FeedCache>(m_database.connection());
        }
        return m_feed.get();
    }

    CachePruner *pruner()
    {
        if (!m_pruner && feed())
            m_pruner = std::make_unique<CachePruner>(m_database.connection());
        return m_pruner.get();
    }

private:
    QString m_path;
    CacheDatabase m_database;
    std::unique_ptr<FeedCache> m_feed;
    std::unique_ptr<CachePruner> m_pruner;
};

namespace {

// The engine leaves out blocked authors before a batch is queued; a block made on the
// window's thread while the batch waited is read here, in the batch's transaction, so that
// the batch is stored either before the block (which then removes it) or without them.
QList<Post> withoutBlocked(const FeedCache &feed, const QList<Post> &posts)
{
    return BlockList::withoutBlocked(posts, BlockList(feed.connection()).ids());
}

} // namespace

CacheWriter::CacheWriter(const QString &cachePath, QObject *parent)
    : QObject(parent), m_worker(new Worker(cachePath))
{
    m_thread.setObjectName(QStringLiteral("Hearth cache writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CacheWriter::~CacheWriter()
{
    // Queued after every batch given, so those are written before the thread ends.
    m_thread.quit();
    m_thread.wait();
}

void CacheWriter::run(std::function<bool(Worker &)> job, QObject *context, Done done)
{
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job = std::move(job), receiver, done = std::move(done)] {
            const bool written = job(*worker);
            if (!receiver)
                return;
            QMetaObject::invokeMethod(
                receiver.data(), [done, written] { done(written); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CacheWriter::storeChanges(const Changes &changes, QObject *context, Done done)
{
    run(
        [changes](Worker &worker) {
            FeedCache *feed = worker.feed();
            if (!feed)
                return false;
            CacheTransaction transaction(feed->connection());
            feed->storePosts(withoutBlocked(*feed, changes.posts));
            feed->removePosts(changes.deletedPostIds);
            feed->storeTopics(changes.topics);
            feed->setChangeSequence(changes.next);
            return transaction.commit();
        },
        context, std::move(done));
}

void CacheWriter::storeFeedPage(
    const FeedKey &key, const Page<Post> &page, int firstRank, QObject *context, Done done)
{
    run(
        [key, page, firstRank](Worker &worker) {
            FeedCache *feed = worker.feed();
            if (!feed)
                return false;
            CacheTransaction transaction(feed->connection());
            const Page<Post> shown{withoutBlocked(*feed, page.items), page.nextCursor};
            return feed->storeFeedPage(key, shown, firstRank) && transaction.commit();
        },
        context, std::move(done));
}

namespace {

// One batch of a prune pass on the writer's thread, then the next queued behind whatever was
// given meanwhile; at the end, the report to the caller's thread.
void pruneStep(QPointer<QObject> worker, CachePruner *pruner, QPointer<QObject> receiver,
    CacheWriter::Pruned done)
{
    if (!worker)
        return;
    if (pruner->step()) {
        QMetaObject::invokeMethod(
            worker.data(), [=] { pruneStep(worker, pruner, receiver, done); },
            Qt::QueuedConnection);
        return;
    }
    if (receiver) {
        QMetaObject::invokeMethod(
            receiver.data(), [done, report = pruner->report()] { done(report); },
            Qt::QueuedConnection);
    }
}

} // namespace

void CacheWriter::prune(const CachePruner::Policy &policy, QObject *context, Pruned done)
{
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, policy, receiver, done] {
            CachePruner *pruner = worker->pruner();
            // A pass under way goes on; this one has nothing left to do.
            if (pruner && !pruner->isRunning() && pruner->start(policy)) {
                qCInfo(lcWriter) << "pruning the cache:" << pruner->report().bytesBefore
                                 << "bytes in use, bound" << policy.maxBytes;
                pruneStep(worker, pruner, receiver, done);
                return;
            }
            CachePruner::Report report;
            if (pruner)
                report = pruner->report();
            else
                report.failed = true;
            if (receiver) {
                QMetaObject::invokeMethod(
                    receiver.data(), [done, report] { done(report); }, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

} // namespace Hearth
