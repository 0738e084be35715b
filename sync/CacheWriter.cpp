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

private:
    QString m_path;
    CacheDatabase m_database;
    std::unique_ptr<FeedCache> m_feed;
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

} // namespace Hearth
