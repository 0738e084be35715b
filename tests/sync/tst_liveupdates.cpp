// LiveUpdates against a real hearth-server and a real cache: a held request brings a change
// the moment it is made, without the engine looking busy meanwhile; offline, the held request
// is given up without a word about the server, and back online the next is asked at once;
// the pauses between tries grow and stay bounded.

#include "net/ApiClient.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "support/SyncedReader.h"
#include "sync/LiveUpdates.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 15'000;

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theRetryPauseGrowsAndStaysBounded();
    void aHeldRequestBringsAChangeAtOnce();
    void offlineTheHeldRequestIsGivenUpQuietly();

private:
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_author;
};

void TestLiveUpdates::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_author = std::make_unique<HttpClient>(m_server.url());
    registerUser(*m_author, u"willow_a"_s);
    // Something to be at: the sequence is above 0, so that requests are held.
    QCOMPARE(
        m_author->post(u"/api/v1/posts"_s, newPost(u"First"_s, u"Hello. #Garden"_s)).status, 201);
}

void TestLiveUpdates::theRetryPauseGrowsAndStaysBounded()
{
    for (int i = 0; i < 50; ++i) {
        const auto first = LiveUpdates::retryDelay(1).count();
        QVERIFY2(first >= 800 && first <= 1200, qPrintable(QString::number(first)));
        const auto third = LiveUpdates::retryDelay(3).count();
        QVERIFY2(third >= 3200 && third <= 4800, qPrintable(QString::number(third)));
        for (const int failures : {7, 12, 1000}) {
            const auto late = LiveUpdates::retryDelay(failures).count();
            QVERIFY2(late >= 48'000 && late <= 72'000, qPrintable(QString::number(late)));
        }
        const auto jitter = LiveUpdates::jitter().count();
        QVERIFY(jitter >= 0 && jitter <= 1000);
    }
}

void TestLiveUpdates::aHeldRequestBringsAChangeAtOnce()
{
    SyncedReader client(m_server.url());
    LiveUpdates live;
    live.setWait(std::chrono::seconds(20));
    live.setEngine(&client.engine);
    // The first answer (from 0) is at once; the next is held.
    QTRY_VERIFY_WITH_TIMEOUT(client.feed.changeSequence() > 0 && client.engine.isWaiting(), Wait);
    QTest::qWait(300);
    QVERIFY(client.engine.isWaiting());
    // Held is not busy: nothing in the window says "Syncing…" for 20 s.
    QVERIFY(client.engine.state() != SyncEngine::State::Syncing);

    QSignalSpy changed(&client.engine, &SyncEngine::postsChanged);
    QElapsedTimer clock;
    clock.start();
    const qint64 id = m_author->post(u"/api/v1/posts"_s, newPost(u"Now"_s, u"Just now. #Garden"_s))
                          .json()
                          .value(u"id"_s)
                          .toInteger();
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.begin(), changed.end(),
                                 [id](const QList<QVariant> &args) {
                                     return args.first().value<QList<qint64>>().contains(id);
                                 }),
        Wait);
    // Well before the wait is up: woken by the write, not by the clock.
    QVERIFY2(clock.elapsed() < 15'000, qPrintable(QString::number(clock.elapsed())));
    qInfo("the post reached the cache %lld ms after it was made", qint64(clock.elapsed()));
    QVERIFY(client.feed.post(id).has_value());
    // And the next is held again.
    QTRY_VERIFY_WITH_TIMEOUT(client.engine.isWaiting(), Wait);
}

void TestLiveUpdates::offlineTheHeldRequestIsGivenUpQuietly()
{
    SyncedReader client(m_server.url());
    LiveUpdates live;
    live.setWait(std::chrono::seconds(20));
    live.setEngine(&client.engine);
    QTRY_VERIFY_WITH_TIMEOUT(client.engine.isWaiting(), Wait);

    // The system says the network went: the held request goes, and the reply it ends with
    // says nothing about the server (it would take every other part offline with it).
    QSignalSpy reached(&client.api, &ApiClient::reachabilityObserved);
    QSignalSpy finished(&client.engine, &SyncEngine::pullFinished);
    live.setOnline(false);
    QVERIFY(!client.engine.isWaiting());
    QVERIFY(!client.engine.isPulling());
    QTest::qWait(300);
    QCOMPARE(reached.size(), 0);
    QCOMPARE(finished.size(), 0);

    // Back: asked at once, not after the pause for an unreachable server.
    live.setOnline(true);
    QVERIFY(client.engine.isPulling());
    QTRY_VERIFY_WITH_TIMEOUT(client.engine.isWaiting() || reached.size() > 0, Wait);
}

QTEST_GUILESS_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
