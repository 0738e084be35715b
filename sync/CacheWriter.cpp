#include "CacheWriter.h"

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
            if (!m_database.open(m_path)) {
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
            feed->storePosts(changes.posts);
            feed->removePosts(changes.deletedPostIds);
            feed->storeTopics(changes.topics);
            feed->setChangeSequence(changes.next);
            return transaction.commit();
        },
        context, std::move(done));
}

void CacheWriter::storeFeedPage(const QString &slug, const FeedQuery &query, const Page<Post> &page,
    int firstRank, QObject *context, Done done)
{
    run(
        [slug, query, page, firstRank](Worker &worker) {
            FeedCache *feed = worker.feed();
            return feed && feed->storeFeedPage(slug, query, page, firstRank);
        },
        context, std::move(done));
}

} // namespace Hearth
