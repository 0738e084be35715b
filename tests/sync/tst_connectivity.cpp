// Connectivity follows what requests meet: offline, the outbox waits instead of retrying
// into the void, and the live updates' next request finds the server back and brings the
// waiting writes out at once.

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Connectivity.h"
#include "sync/LiveUpdates.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestConnectivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: no other test has loaded the system's network information before it.
    void theSystemIsAskedOnlyWhenWanted();
    void requestsTellWhetherTheServerIsThere();
    void waitingWritesGoOutWhenTheServerIsBack();
};

void TestConnectivity::theSystemIsAskedOnlyWhenWanted()
{
    // Made at start, before the window is up: the network-information plug-ins are not
    // loaded yet (they cost the first paint), and requests alone say who is there.
    Connectivity connectivity;
    QVERIFY(!connectivity.watchesSystem());
    QVERIFY(!QNetworkInformation::instance());
    QVERIFY(connectivity.isOnline());

    connectivity.watchSystem();
    QVERIFY(connectivity.watchesSystem());
    // In this session a backend loads (glib's, with no NetworkManager on the private bus).
    QVERIFY(QNetworkInformation::instance());
    // Asking again changes nothing.
    const bool online = connectivity.isOnline();
    connectivity.watchSystem();
    QCOMPARE(connectivity.isOnline(), online);
}

void TestConnectivity::requestsTellWhetherTheServerIsThere()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const quint16 port = quint16(server.url().port());
    ApiClient api(server.url());
    Connectivity connectivity;
    connectivity.watch(api);
    QSignalSpy changes(&connectivity, &Connectivity::onlineChanged);
    const auto ask = [&] {
        bool answered = false;
        api.changes(0, {}, this, [&answered](Result<Changes>) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15'000);
    };
    ask();
    QVERIFY(connectivity.isOnline());
    QVERIFY(changes.isEmpty());

    QVERIFY(server.stop());
    ask();
    QVERIFY(!connectivity.isOnline());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.last().first().toBool(), false);

    QVERIFY2(server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
        qPrintable(server.errorString()));
    ask();
    QVERIFY(connectivity.isOnline());
    QCOMPARE(changes.size(), 2);
    QVERIFY(server.stop());
}

void TestConnectivity::waitingWritesGoOutWhenTheServerIsBack()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const quint16 port = quint16(server.url().port());
    HttpClient http(server.url());
    const auto registered = http.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"moss"_s}, {u"password"_s, u"long enough pw"_s},
            {u"displayName"_s, u"Moss"_s}});
    const QJsonObject user = registered.json().value(u"user"_s).toObject();
    QVERIFY(server.stop());

    QTemporaryDir data;
    CacheDatabase database;
    QVERIFY(database.open(data.filePath(u"cache.sqlite"_s)));
    FeedCache feed(database.connection());
    CommentCache comments(database.connection());
    OutboxStore store(database.connection());
    ApiClient api(server.url());
    api.setToken(registered.json().value(u"token"_s).toString());
    Connectivity connectivity;
    connectivity.watch(api);
    Outbox outbox(store, feed, comments, api,
        User{user.value(u"id"_s).toInteger(), u"moss"_s, u"Moss"_s, false});
    SyncEngine engine(feed, comments, api);
    connect(&connectivity, &Connectivity::onlineChanged, &outbox, &Outbox::setOnline);
    connect(&connectivity, &Connectivity::onlineChanged, &engine, &SyncEngine::setOnline);

    outbox.createPost({PostKind::Post, u"Sent when back"_s, u"#BackOnline"_s, {}, {}, {}});
    // One failed attempt takes the client offline; offline, the outbox does not knock on
    // a closed door again, even after its backoff turn (2 s ± 20 %) has passed.
    QTRY_VERIFY_WITH_TIMEOUT(!connectivity.isOnline(), 15'000);
    QTest::qWait(3000);
    QCOMPARE(store.pending().value(0).attempts, 1);
    QCOMPARE(outbox.pendingCount(), 1);

    QVERIFY2(server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
        qPrintable(server.errorString()));
    QElapsedTimer timer;
    timer.start();
    LiveUpdates live;
    connect(&connectivity, &Connectivity::onlineChanged, &live, &LiveUpdates::setOnline);
    live.setEngine(&engine); // its first request is the probe
    QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0, 6'000);
    qInfo("the write went out %lld ms after the server came back", qint64(timer.elapsed()));
    QVERIFY(connectivity.isOnline());
    HttpClient reader(server.url());
    QCOMPARE(
        reader.get(u"/api/v1/topics/backonline/feed"_s).json().value(u"items"_s).toArray().size(),
        1);
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestConnectivity)
#include "tst_connectivity.moc"
