// Blocking a person, against a real hearth-server and real cache files: their posts leave
// every cached feed and their comments leave the threads at once, offline too; the block
// reaches the server when it is back and holds across restarts; a sync that runs while the
// block still waits in the outbox does not bring them back; unblocking brings them back with
// the next refresh; the list is refreshed from the server (blocks made on another device)
// without losing the choices not sent yet.
//
// The functions run in order on one server: the unblock undoes the first block.

#include "api/Json.h"
#include "cache/BlockList.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheTransaction.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/CacheWriter.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Slug = u"evenings"_s;

// One account's client on a cache file: a restart is a new Client on the same file.
struct Client
{
    Client(const QString &path, const QUrl &server, const QString &token, const User &me,
        bool withWriter = false)
    {
        if (!database.open(path))
            qFatal("cannot open the cache: %s", qPrintable(database.errorString()));
        feed = std::make_unique<FeedCache>(database.connection());
        comments = std::make_unique<CommentCache>(database.connection());
        store = std::make_unique<OutboxStore>(database.connection());
        api = std::make_unique<ApiClient>(server);
        api->setToken(token);
        api->setTransferTimeout(std::chrono::seconds(5));
        engine = std::make_unique<SyncEngine>(*feed, *comments, *api);
        if (withWriter) {
            writer = std::make_unique<CacheWriter>(path);
            engine->setWriter(writer.get());
        }
        outbox = std::make_unique<Outbox>(*store, *feed, *comments, *api, me);
    }
    ~Client()
    {
        outbox.reset();
        engine.reset();
        writer.reset();
        api.reset();
        store.reset();
        comments.reset();
        feed.reset();
        database.close();
    }

    bool settle()
    {
        QTest::qWait(20);
        return QTest::qWaitFor(
            [this] { return engine->state() != SyncEngine::State::Syncing; }, 15'000);
    }
    bool waitUntilSent()
    {
        return QTest::qWaitFor([this] { return outbox->pendingCount() == 0; }, 30'000);
    }

    // Both sorts of the topic's feed, its changes and the thread, as a window would ask.
    bool sync(qint64 threadPostId)
    {
        engine->refreshTopic({Slug, FeedKind::All, FeedSort::Latest});
        engine->refreshTopic({Slug, FeedKind::All, FeedSort::Trending});
        engine->fetchComments(threadPostId);
        if (!settle())
            return false;
        engine->pullChanges();
        return settle();
    }

    // The whole cached feed, page by page as a view reads it.
    QSet<qint64> cachedFeed(FeedSort sort) const
    {
        QSet<qint64> ids;
        FeedPosition position = FeedPosition::start();
        for (int guard = 0; guard < 100; ++guard) {
            FeedPosition last;
            const QList<Post> page = feed->feed({Slug, FeedKind::All, sort}, position, 5, &last);
            for (const Post &post : page)
                ids.insert(post.id);
            if (page.size() < 5)
                break;
            position = last;
        }
        return ids;
    }
    QList<qint64> thread(qint64 postId) const
    {
        QList<qint64> ids;
        for (const Comment &comment : comments->thread(postId))
            ids.append(comment.id);
        return ids;
    }
    BlockList blocks() const { return BlockList(database.connection()); }

    CacheDatabase database;
    std::unique_ptr<FeedCache> feed;
    std::unique_ptr<CommentCache> comments;
    std::unique_ptr<OutboxStore> store;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<CacheWriter> writer;
    std::unique_ptr<Outbox> outbox;
};

// A registered account: who it is and its token.
struct Account
{
    User user;
    QString token;
};

Account signUp(const QUrl &server, const QString &handle)
{
    HttpClient http(server);
    const QJsonObject user = registerUser(http, handle);
    return {Json::decode<User>(user).value(), http.token()};
}

QList<qint64> serverBlocks(const QUrl &server, const QString &token)
{
    HttpClient http(server);
    http.setToken(token);
    return idsOf(http.get(u"/api/v1/me/blocks?limit=50"_s).json());
}

} // namespace

class TestBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void blockTakesTheirWordsAwayAtOnce();
    void aWaitingBlockHoldsAgainstAFreshSync();
    void aBatchQueuedBeforeABlockIsStoredWithoutThem();
    void unblockBringsThemBack();
    void refreshReadsTheServersList();
    void aBlockFromAnotherDeviceTakesTheirWordsOnRefresh();

private:
    QString cachePath(const QString &name) const { return m_data.filePath(name + u".sqlite"_s); }
    QSet<qint64> allPosts() const { return m_emberPosts + m_fernPosts; }

    ServerProcess m_server;
    QTemporaryDir m_data;
    Account m_ember; // posts and comments; gets blocked
    Account m_fern; // posts and comments too; stays
    Account m_wren; // blocks from the client
    Account m_moss; // blocks from the client, with the write held back
    QSet<qint64> m_emberPosts;
    QSet<qint64> m_fernPosts;
    qint64 m_fernPost = 0; // with a thread both wrote in
    QList<qint64> m_thread; // its comments, in the server's order
    qint64 m_fernComment = 0; // the one comment in it with no word of Ember's
};

void TestBlocks::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    // Fifty members with one password hash between them (registering costs a hash each):
    // enough to block more than a page of people.
    QVERIFY2(m_server.generate(1), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_ember = signUp(m_server.url(), u"ember_writes"_s);
    m_fern = signUp(m_server.url(), u"fern_listens"_s);
    m_wren = signUp(m_server.url(), u"wren_reads"_s);
    m_moss = signUp(m_server.url(), u"moss_reads"_s);
    qInfo() << "the server started and four accounts registered in" << timer.elapsed() << "ms";

    HttpClient ember(m_server.url());
    ember.setToken(m_ember.token);
    HttpClient fern(m_server.url());
    fern.setToken(m_fern.token);
    for (int i = 1; i <= 3; ++i) {
        m_emberPosts.insert(idOf(ember.post(u"/api/v1/posts"_s,
            newPost(u"Lamp light, evening %1"_s.arg(i),
                u"I sat by the window and let the day settle. #Evenings"_s))));
    }
    for (int i = 1; i <= 2; ++i) {
        const qint64 id = idOf(fern.post(u"/api/v1/posts"_s,
            newPost(u"A slow walk, evening %1"_s.arg(i),
                u"The park was quiet and so was I, for once. #Evenings"_s)));
        m_fernPosts.insert(id);
        m_fernPost = id;
    }
    // Ember's comment with Fern's reply; Fern's comment with Ember's reply.
    const QString comments = u"/api/v1/posts/%1/comments"_s.arg(m_fernPost);
    const qint64 emberComment = idOf(ember.post(comments, {{u"body"_s, u"This helps me too."_s}}));
    const qint64 fernReply = idOf(
        fern.post(comments, {{u"body"_s, u"Glad it does."_s}, {u"parentId"_s, emberComment}}));
    m_fernComment = idOf(fern.post(comments, {{u"body"_s, u"Same time tomorrow?"_s}}));
    const qint64 emberReply = idOf(
        ember.post(comments, {{u"body"_s, u"I'll be there."_s}, {u"parentId"_s, m_fernComment}}));
    m_thread = {emberComment, fernReply, m_fernComment, emberReply};
}

void TestBlocks::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

void TestBlocks::blockTakesTheirWordsAwayAtOnce()
{
    const QString path = cachePath(u"wren"_s);
    const quint16 port = quint16(m_server.url().port());
    {
        Client client(path, m_server.url(), m_wren.token, m_wren.user);
        QVERIFY(client.sync(m_fernPost));
        QCOMPARE(client.cachedFeed(FeedSort::Latest), allPosts());
        QCOMPARE(client.cachedFeed(FeedSort::Trending), allPosts());
        QCOMPARE(client.thread(m_fernPost), m_thread);

        QVERIFY(m_server.stop()); // offline
        QSignalSpy postsChanged(client.outbox.get(), &Outbox::postsChanged);
        QSignalSpy commentsChanged(client.outbox.get(), &Outbox::commentsChanged);
        QSignalSpy blocksChanged(client.outbox.get(), &Outbox::blocksChanged);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.outbox->setBlocked(m_ember.user, true));
        qInfo() << "blocking took" << timer.nsecsElapsed() / 1000 << "µs";
        // Oneself cannot be blocked: nothing is recorded, and it says so.
        QVERIFY(!client.outbox->setBlocked(m_wren.user, true));

        // At once, before any network: gone from both feeds and from the thread, with the
        // signals that tell the views which rows.
        QCOMPARE(client.cachedFeed(FeedSort::Latest), m_fernPosts);
        QCOMPARE(client.cachedFeed(FeedSort::Trending), m_fernPosts);
        QCOMPARE(client.thread(m_fernPost), QList<qint64>{m_fernComment});
        for (qint64 id : std::as_const(m_emberPosts))
            QVERIFY(!client.feed->post(id));
        QCOMPARE(postsChanged.size(), 1);
        const auto removed = postsChanged.first().first().value<QList<qint64>>();
        QCOMPARE(QSet<qint64>(removed.begin(), removed.end()), m_emberPosts);
        QCOMPARE(commentsChanged.size(), 1);
        QCOMPARE(commentsChanged.first().first().toLongLong(), m_fernPost);
        QCOMPARE(blocksChanged.size(), 1);
        QCOMPARE(client.blocks().all(), QList<User>{m_ember.user});

        // Offline, the write waits.
        QTest::qWait(300);
        QCOMPARE(client.outbox->pendingCount(), 1);
    } // the app is closed

    // The server is back, and so is the app, on the same cache file.
    QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
        qPrintable(m_server.errorString()));
    Client client(path, m_server.url(), m_wren.token, m_wren.user);
    QCOMPARE(client.blocks().all(), QList<User>{m_ember.user});
    client.outbox->sendWaitingNow();
    QVERIFY(client.waitUntilSent());
    QVERIFY(client.outbox->failedWrites().isEmpty());
    QCOMPARE(serverBlocks(m_server.url(), m_wren.token), QList<qint64>{m_ember.user.id});

    // A fresh sync brings nothing of theirs back.
    QVERIFY(client.sync(m_fernPost));
    QCOMPARE(client.cachedFeed(FeedSort::Latest), m_fernPosts);
    QCOMPARE(client.cachedFeed(FeedSort::Trending), m_fernPosts);
    QCOMPARE(client.thread(m_fernPost), QList<qint64>{m_fernComment});
}

void TestBlocks::aWaitingBlockHoldsAgainstAFreshSync()
{
    const QString path = cachePath(u"moss"_s);
    HttpClient ember(m_server.url());
    ember.setToken(m_ember.token);
    {
        // Through the cache writer's thread, as the app stores pages.
        Client client(path, m_server.url(), m_moss.token, m_moss.user, true);
        client.outbox->setOnline(false); // the block will wait in the outbox
        QVERIFY(client.sync(m_fernPost));
        QCOMPARE(client.cachedFeed(FeedSort::Latest), allPosts());

        client.outbox->setBlocked(m_ember.user, true);
        QCOMPARE(client.cachedFeed(FeedSort::Latest), m_fernPosts);

        // Ember writes again; the server, not told of the block, still sends it all.
        const qint64 newer = idOf(ember.post(u"/api/v1/posts"_s,
            newPost(u"Tea, then bed"_s, u"An early night for once. #Evenings"_s)));
        HttpClient moss(m_server.url());
        moss.setToken(m_moss.token);
        const QList<qint64> onServer
            = idsOf(moss.get(u"/api/v1/topics/%1/feed?limit=50"_s.arg(Slug)).json());
        QVERIFY(onServer.contains(newer));
        QCOMPARE(idsOf(moss.get(u"/api/v1/posts/%1/comments"_s.arg(m_fernPost)).json()), m_thread);

        // Feeds, changes, the thread and a post asked for by id: nothing of Ember's is kept.
        QVERIFY(client.sync(m_fernPost));
        QSignalSpy removed(client.engine.get(), &SyncEngine::postsRemoved);
        client.engine->fetchPost(newer);
        QVERIFY(client.settle());
        QCOMPARE(removed.size(), 1);
        QVERIFY(!client.feed->post(newer));
        QCOMPARE(client.cachedFeed(FeedSort::Latest), m_fernPosts);
        QCOMPARE(client.cachedFeed(FeedSort::Trending), m_fernPosts);
        QCOMPARE(client.thread(m_fernPost), QList<qint64>{m_fernComment});
        QCOMPARE(client.outbox->pendingCount(), 1);
        m_emberPosts.insert(newer);
    }

    // Restarted, still waiting: the list holds, and so does a fresh sync.
    {
        Client client(path, m_server.url(), m_moss.token, m_moss.user);
        client.outbox->setOnline(false);
        QCOMPARE(client.blocks().ids(), QSet<qint64>{m_ember.user.id});
        QVERIFY(client.sync(m_fernPost));
        QCOMPARE(client.cachedFeed(FeedSort::Latest), m_fernPosts);
        QCOMPARE(client.thread(m_fernPost), QList<qint64>{m_fernComment});

        client.outbox->setOnline(true);
        QVERIFY(client.waitUntilSent());
        QCOMPARE(serverBlocks(m_server.url(), m_moss.token), QList<qint64>{m_ember.user.id});
    }
}

void TestBlocks::aBatchQueuedBeforeABlockIsStoredWithoutThem()
{
    // The server's page as a reader who blocked no one gets it.
    HttpClient anonymous(m_server.url());
    const auto page = Json::decodePage<Post>(
        anonymous.get(u"/api/v1/topics/%1/feed?limit=50"_s.arg(Slug)).json());
    QVERIFY(page);
    QSet<qint64> ids;
    for (const Post &post : page->items)
        ids.insert(post.id);
    QCOMPARE(ids, allPosts());

    const QString path = cachePath(u"queued"_s);
    Client client(path, m_server.url(), m_moss.token, m_moss.user);
    client.outbox->setOnline(false);
    CacheWriter writer(path);
    bool written = false;
    {
        // The window's thread holds the cache while the page is queued to the writer, and
        // blocks Ember meanwhile: the page, fetched before the block, is stored after it.
        CacheTransaction holding(client.database.connection());
        QVERIFY(holding.isActive());
        writer.storeFeedPage({Slug, FeedKind::All, FeedSort::Latest}, *page, 0, this,
            [&written](bool ok) { written = ok; });
        QTest::qWait(50);
        client.outbox->setBlocked(m_ember.user, true);
        QVERIFY(holding.commit());
    }
    QVERIFY(QTest::qWaitFor([&] { return written; }, 10'000));
    QCOMPARE(client.cachedFeed(FeedSort::Latest), m_fernPosts);
}

void TestBlocks::unblockBringsThemBack()
{
    // Wren blocked Ember in the first function.
    Client client(cachePath(u"wren"_s), m_server.url(), m_wren.token, m_wren.user);
    QSignalSpy blocksChanged(client.outbox.get(), &Outbox::blocksChanged);
    QSignalSpy delivered(client.outbox.get(), &Outbox::unblockDelivered);
    client.outbox->setBlocked(m_ember.user, false);
    QCOMPARE(blocksChanged.size(), 1);
    QVERIFY(client.blocks().all().isEmpty());

    QVERIFY(delivered.wait(15'000));
    QCOMPARE(delivered.first().first().toLongLong(), m_ember.user.id);
    QVERIFY(serverBlocks(m_server.url(), m_wren.token).isEmpty());
    QVERIFY(client.sync(m_fernPost));
    QCOMPARE(client.cachedFeed(FeedSort::Latest), allPosts());
    QCOMPARE(client.cachedFeed(FeedSort::Trending), allPosts());
    QCOMPARE(client.thread(m_fernPost), m_thread);
}

void TestBlocks::refreshReadsTheServersList()
{
    // Wren blocks twenty synthetic members and then Fern on another device, more than a page
    // (20) of people; this one learns of it by a refresh.
    HttpClient otherDevice(m_server.url());
    otherDevice.setToken(m_wren.token);
    for (qint64 id = 1; id <= 20; ++id)
        QCOMPARE(otherDevice.put(u"/api/v1/users/%1/block"_s.arg(id)).status, 204);
    QCOMPARE(otherDevice.put(u"/api/v1/users/%1/block"_s.arg(m_fern.user.id)).status, 204);
    const auto onServer
        = Json::decodePage<User>(otherDevice.get(u"/api/v1/me/blocks?limit=50"_s).json());
    QVERIFY(onServer);
    QList<User> expected = onServer->items;
    QCOMPARE(expected.size(), 21);
    QCOMPARE(expected.first(), m_fern.user);

    Client client(cachePath(u"wren-laptop"_s), m_server.url(), m_wren.token, m_wren.user);
    QSignalSpy blocksChanged(client.outbox.get(), &Outbox::blocksChanged);
    QSignalSpy failed(client.outbox.get(), &Outbox::blocksRefreshFailed);
    QVERIFY(client.blocks().all().isEmpty());
    QElapsedTimer timer;
    timer.start();
    client.outbox->refreshBlocks();
    QVERIFY(blocksChanged.wait(15'000));
    qInfo() << "refreshing" << expected.size() << "blocks took" << timer.elapsed() << "ms";
    QVERIFY(failed.isEmpty());
    // The server's copies of the users, with their names, most recent first.
    QCOMPARE(client.blocks().all(), expected);

    // Choices made while the list is read hold over the server's answer, which predates
    // them, whether they are still waiting in the outbox or settled by then.
    blocksChanged.clear();
    client.outbox->refreshBlocks();
    client.outbox->setBlocked(m_ember.user, true);
    client.outbox->setBlocked(m_fern.user, false);
    QVERIFY(QTest::qWaitFor([&] { return blocksChanged.size() == 3; }, 15'000));
    QVERIFY(client.waitUntilSent());
    expected.removeFirst();
    expected.prepend(m_ember.user);
    QCOMPARE(client.blocks().all(), expected);
    QCOMPARE(serverBlocks(m_server.url(), m_wren.token).mid(0, 2),
        (QList<qint64>{m_ember.user.id, expected.at(1).id}));

    // Offline nothing is asked; with the server gone the read fails. Either way the list
    // stays as it was, and the failure is said.
    client.outbox->setOnline(false);
    client.outbox->refreshBlocks();
    QVERIFY(failed.wait(5'000));
    QVERIFY(m_server.stop());
    client.outbox->setOnline(true);
    client.outbox->refreshBlocks();
    QVERIFY(failed.wait(15'000));
    QCOMPARE(failed.size(), 2);
    for (const QList<QVariant> &arguments : std::as_const(failed))
        QCOMPARE(arguments.first().value<ApiError>().code(), ApiError::Code::Network);
    QCOMPARE(client.blocks().all(), expected);
}

void TestBlocks::aBlockFromAnotherDeviceTakesTheirWordsOnRefresh()
{
    // Sky reads Ember's posts and comments here, then blocks Ember on their phone.
    if (!m_server.isRunning())
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const Account sky = signUp(m_server.url(), u"sky_reads"_s);
    Client client(cachePath(u"sky-laptop"_s), m_server.url(), sky.token, sky.user);
    QVERIFY(client.sync(m_fernPost));
    QVERIFY(client.cachedFeed(FeedSort::Latest).contains(m_emberPosts));
    QCOMPARE(client.thread(m_fernPost), m_thread);

    HttpClient phone(m_server.url());
    phone.setToken(sky.token);
    QCOMPARE(phone.put(u"/api/v1/users/%1/block"_s.arg(m_ember.user.id)).status, 204);
    QSignalSpy changed(client.outbox.get(), &Outbox::postsChanged);
    QSignalSpy threads(client.outbox.get(), &Outbox::commentsChanged);
    QSignalSpy blocksChanged(client.outbox.get(), &Outbox::blocksChanged);
    client.outbox->refreshBlocks();
    QVERIFY(blocksChanged.wait(15'000));

    // On the list, and what the cache held of theirs is gone, with the views told.
    QCOMPARE(client.blocks().ids(), QSet<qint64>{m_ember.user.id});
    QCOMPARE(client.cachedFeed(FeedSort::Latest) & m_emberPosts, QSet<qint64>());
    QCOMPARE(client.cachedFeed(FeedSort::Latest), m_fernPosts);
    QCOMPARE(client.thread(m_fernPost), QList<qint64>{m_fernComment});
    QCOMPARE(changed.size(), 1);
    const auto removed = changed.first().first().value<QList<qint64>>();
    QCOMPARE(QSet<qint64>(removed.begin(), removed.end()), m_emberPosts);
    QVERIFY(!threads.isEmpty());
    QCOMPARE(threads.first().first().toLongLong(), m_fernPost);
}

QTEST_GUILESS_MAIN(TestBlocks)
#include "tst_blocks.moc"
