// A feed cut back by the cache pruner, scrolled against a real hearth-server: the reader
// sees the kept posts from the cache, then the pruned ones come back from the server where
// the cached run ends, in the server's order, none skipped or shown twice, and without
// asking again for the pages the cache still holds. A post opened in the post view is kept,
// and shows once, in its place.

#include "cache/CacheDatabase.h"
#include "cache/CachePruner.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "models/FeedModel.h"
#include "models/PostReader.h"
#include "net/ApiClient.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// Spread over 13 topics by --generate: about 400 in the one read here.
constexpr int GeneratedPosts = 2'500;
// Not a whole number of pages: the cut falls inside a page.
constexpr int KeepPerTopic = 90;
const QString Slug = u"therapy"_s;

// The feed as the server gives it, page after page of limit posts; *pages, when given, is set
// to how many pages that took.
QList<qint64> serverFeed(HttpClient &http, const FeedKey &key, int limit, int *pages = nullptr)
{
    QList<qint64> ids;
    FeedQuery query = key.query(limit);
    if (pages)
        *pages = 0;
    do {
        if (pages)
            ++*pages;
        const QJsonObject page
            = http.get(u"/api/v1/topics/%1/feed?%2"_s.arg(key.slug, query.toUrlQuery().toString()))
                  .json();
        for (const QJsonValue &item : page.value(u"items"_s).toArray())
            ids.append(item.toObject().value(u"id"_s).toInteger());
        query.cursor = page.value(u"nextCursor"_s).toString();
    } while (!query.cursor.isEmpty());
    return ids;
}

QList<qint64> rowsOf(const FeedModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row), FeedModel::IdRole).toLongLong());
    return ids;
}

} // namespace

class TestPrunedFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrollingPastTheCutFetchesThePrunedPostsBack();

private:
    QTemporaryDir m_dir;
};

void TestPrunedFeed::scrollingPastTheCutFetchesThePrunedPostsBack()
{
    ServerProcess server;
    QVERIFY2(server.generate(GeneratedPosts), qPrintable(server.errorString()));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient http(server.url());
    const FeedKey key{Slug, FeedKind::All, FeedSort::Latest};
    int serverPages = 0;
    const QList<qint64> reference = serverFeed(http, key, SyncEngine::PageSize, &serverPages);
    QVERIFY2(reference.size() > 4 * KeepPerTopic, qPrintable(QString::number(reference.size())));

    const QString path = m_dir.filePath(u"client.sqlite"_s);
    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    FeedCache feed(database.connection());
    CommentCache comments(database.connection());
    ApiClient api(server.url());
    api.setTransferTimeout(std::chrono::seconds(10));
    SyncEngine engine(feed, comments, api);
    const auto settle = [&] {
        QTest::qWait(10);
        return QTest::qWaitFor(
            [&] { return engine.state() != SyncEngine::State::Syncing; }, 20'000);
    };

    // The whole feed read once, as a reader scrolling to its end would.
    engine.refreshTopic(key);
    QVERIFY(settle());
    while (engine.canFetchMore(key)) {
        engine.fetchMore(key);
        QVERIFY(settle());
    }

    // The oldest post, opened in the post view: kept, though outside what the feed keeps.
    const qint64 opened = reference.last();
    {
        PostReader reader(feed, &engine);
        reader.open(opened);
        QVERIFY(settle());
        QVERIFY(reader.post().has_value());
    }
    QVERIFY(feed.openedAt(opened).isValid());

    // Read two hours ago: not the feed being read now, which is kept whole.
    {
        QSqlQuery aged(database.connection());
        QVERIFY(aged.exec(u"UPDATE feed_cursors SET updated_at = updated_at - 7200000"_s));
    }
    // Pruned on a connection of its own, as the cache writer's thread does, to a bound the
    // cache cannot meet: all that is left is what the policy keeps.
    {
        CacheDatabase writer;
        QVERIFY2(writer.open(path, CacheDatabase::Words::Leave), qPrintable(writer.errorString()));
        CachePruner pruner(writer.connection());
        CachePruner::Policy policy;
        policy.maxBytes = 1;
        policy.keepPerTopic = KeepPerTopic;
        policy.batchSize = 100;
        const CachePruner::Report report = pruner.prune(policy);
        qInfo() << "pruned" << report.postsRemoved << "of" << report.postsBefore << "posts in"
                << report.batches << "batches;" << reference.size() << "in the feed";
        QVERIFY(!report.failed);
        QCOMPARE(report.postsRemoved, reference.size() - KeepPerTopic - 1);
        QVERIFY(report.batches > 1);
        writer.close();
    }
    for (qsizetype i = 0; i < reference.size(); ++i)
        QCOMPARE(feed.post(reference[i]).has_value(), i < KeepPerTopic || reference[i] == opened);

    // Scrolled from the top: the kept posts first, from the cache, then the rest from the
    // server.
    FeedModel model(feed, &engine);
    QSignalSpy pages(&engine, &SyncEngine::feedPageStored);
    model.setFeed(key);
    QVERIFY(settle());
    QCOMPARE(pages.size(), 1); // the refreshed first page
    for (int guard = 0; guard < 1'000 && model.canFetchMore({}); ++guard) {
        model.fetchMore({});
        QVERIFY(settle());
    }
    QCOMPARE(rowsOf(model), reference);
    // From the page that ends above the cut on, each page once: none the cache still held.
    QCOMPARE(pages.size() - 1, serverPages - KeepPerTopic / SyncEngine::PageSize);
    for (qint64 id : reference)
        QVERIFY(feed.post(id).has_value());
}

QTEST_GUILESS_MAIN(TestPrunedFeed)
#include "tst_prunedfeed.moc"
