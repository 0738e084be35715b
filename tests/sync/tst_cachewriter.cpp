// The cache writer writes the server's batches on a thread of its own: the caller gets its
// hands back at once, the window's connection reads the batch once it is committed, and
// the sync engine works the same through it.

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "net/ApiClient.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/CacheWriter.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

Changes syntheticChanges(int count)
{
    Changes changes;
    changes.since = 1;
    changes.next = 2;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= count; ++i) {
        Post post;
        post.id = i;
        post.author = User{1, u"writer"_s, u"Writer"_s, false};
        post.title = u"Batch post %1"_s.arg(i);
        post.body = u"A line of text for the batch, number %1. #Batch"_s.arg(i);
        post.hashtags = {u"Batch"_s};
        post.createdAt = now.addSecs(-i);
        changes.posts.append(post);
    }
    return changes;
}

} // namespace

class TestCacheWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLargeBatchIsWrittenOffTheWindowsThread();
    void theSyncEngineWritesThroughIt();
    void itPrunesInBatchesBetweenOtherWrites();
    void aLongPullCommitsItsPagesInOrder();
};

void TestCacheWriter::aLargeBatchIsWrittenOffTheWindowsThread()
{
    QTemporaryDir data;
    const QString path = data.filePath(u"cache.sqlite"_s);
    CacheDatabase database;
    QVERIFY(database.open(path));
    FeedCache feed(database.connection());
    CacheWriter writer(path);

    // The window's event loop keeps turning while the batch is written.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(5);

    const Changes batch = syntheticChanges(5000);
    bool written = false;
    QElapsedTimer timer;
    timer.start();
    writer.storeChanges(batch, this, [&written](bool ok) { written = ok; });
    const qint64 handedBack = timer.nsecsElapsed();
    // Given back before the write: nothing of the batch is in the cache yet.
    QVERIFY(!feed.post(1));
    QTRY_VERIFY_WITH_TIMEOUT(written, 60'000);
    qInfo("5000 posts: the call took %lld µs, the write %lld ms; the event loop ticked %d times "
          "meanwhile",
        handedBack / 1000, qint64(timer.elapsed()), ticks);
    QVERIFY(feed.post(1));
    QVERIFY(feed.post(5000));
    QCOMPARE(feed.changeSequence(), 2);
    QCOMPARE(
        feed.feed({u"batch"_s, FeedKind::All, FeedSort::Latest}, FeedPosition::start(), 10).size(),
        10);
}

void TestCacheWriter::theSyncEngineWritesThroughIt()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    QTemporaryDir data;
    const QString path = data.filePath(u"cache.sqlite"_s);
    CacheDatabase database;
    QVERIFY(database.open(path));
    FeedCache feed(database.connection());
    CommentCache comments(database.connection());
    ApiClient api(server.url());
    CacheWriter writer(path);
    SyncEngine engine(feed, comments, api);
    engine.setWriter(&writer);

    QSignalSpy stored(&engine, &SyncEngine::feedPageStored);
    engine.refreshTopic({u"grief"_s, FeedKind::All, FeedSort::Latest});
    QVERIFY(stored.wait(15'000));
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Idle, 15'000);
    const QList<Post> page
        = feed.feed({u"grief"_s, FeedKind::All, FeedSort::Latest}, FeedPosition::start(), 50);
    QVERIFY(!page.isEmpty());
    QVERIFY(feed.changeSequence() > 0);

    // Someone reacts; the delta comes through the writer and names the post.
    HttpClient http(server.url());
    const auto login = http.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"fern_and_moss"_s}, {u"password"_s, u"hearth-demo"_s}});
    http.setToken(login.json().value(u"token"_s).toString());
    const qint64 target = page.first().id;
    http.put(u"/api/v1/posts/%1/reaction"_s.arg(target), {{u"kind"_s, u"thinking_of_you"_s}});
    QSignalSpy changed(&engine, &SyncEngine::postsChanged);
    engine.pullChanges();
    QVERIFY(changed.wait(15'000));
    QVERIFY(changed.first().first().value<QList<qint64>>().contains(target));
    QCOMPARE(feed.post(target)->reactions.count(ReactionKind::ThinkingOfYou),
        page.first().reactions.count(ReactionKind::ThinkingOfYou) + 1);
    QVERIFY(server.stop());
}

void TestCacheWriter::itPrunesInBatchesBetweenOtherWrites()
{
    QTemporaryDir data;
    const QString path = data.filePath(u"cache.sqlite"_s);
    CacheDatabase database;
    QVERIFY(database.open(path));
    FeedCache feed(database.connection());
    CacheWriter writer(path);
    bool written = false;
    writer.storeChanges(syntheticChanges(2000), this, [&written](bool ok) { written = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(written, 60'000);

    // A bound the cache cannot meet, and a page given while the pass runs.
    CachePruner::Policy policy;
    policy.maxBytes = 1;
    policy.batchSize = 100;
    policy.keepPerTopic = 0;
    policy.heldPostIds = {1999};
    QStringList order;
    std::optional<CachePruner::Report> pruned;
    writer.prune(policy, this, [&](const CachePruner::Report &report) {
        pruned = report;
        order.append(u"pruned"_s);
    });
    Post late = syntheticChanges(1).posts.first();
    late.id = 9001;
    late.hashtags = {u"Later"_s};
    writer.storeFeedPage({u"later"_s, FeedKind::All, FeedSort::Latest}, {{late}, {}}, 0, this,
        [&order](bool ok) { order.append(ok ? u"page"_s : u"page failed"_s); });
    QTRY_VERIFY_WITH_TIMEOUT(pruned.has_value(), 60'000);

    QVERIFY(!pruned->failed);
    QCOMPARE(pruned->postsBefore, 2000);
    QVERIFY(pruned->batches >= 19);
    // The page went in between two batches, not after the whole pass.
    QCOMPARE(order, (QStringList{u"page"_s, u"pruned"_s}));
    QVERIFY(feed.post(1999));
    QVERIFY(!feed.post(1));
    QVERIFY(!feed.post(2000));
    // The page is a feed being read: kept.
    QVERIFY(feed.post(9001));
}

// A pull of several /changes pages through the writer: the engine fetches the next page while
// the writer stores the one before, and the pages still commit one by one, in the server's
// order, each with the sequence it reaches, whatever their answers' timing.
void TestCacheWriter::aLongPullCommitsItsPagesInOrder()
{
    ServerProcess server;
    QVERIFY2(server.generate(650), qPrintable(server.errorString()));
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    QTemporaryDir data;
    const QString path = data.filePath(u"cache.sqlite"_s);
    CacheDatabase database;
    QVERIFY(database.open(path));
    FeedCache feed(database.connection());
    CommentCache comments(database.connection());
    ApiClient api(server.url());
    CacheWriter writer(path);
    SyncEngine engine(feed, comments, api);
    engine.setWriter(&writer);
    // The posts were made with the sequence numbers 1 to 650: from 1, 649 of them come, in
    // pages of at most 200.
    QVERIFY(feed.setChangeSequence(1));

    QList<qint64> committed;
    QList<qint64> sequences;
    connect(&engine, &SyncEngine::postsChanged, this, [&](const QList<qint64> &ids) {
        committed += ids;
        sequences.append(feed.changeSequence());
    });
    engine.pullChanges();
    QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 649, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Idle, 15'000);
    QCOMPARE(sequences.size(), 4);
    // Each page is committed with the sequence it reaches before the next one is.
    QCOMPARE(sequences, (QList<qint64>{201, 401, 601, 650}));
    QList<qint64> expected;
    for (qint64 id = 2; id <= 650; ++id)
        expected.append(id);
    QCOMPARE(committed, expected);
    QCOMPARE(feed.changeSequence(), 650);
    QVERIFY(feed.post(2));
    QVERIFY(feed.post(650));

    // Nothing is left over: the next pull is empty.
    engine.pullChanges();
    QTest::qWait(200);
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Idle, 15'000);
    QCOMPARE(committed.size(), 649);
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
