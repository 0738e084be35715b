// The client against a community run as scripts/cluster runs one: nginx in front of three
// hearth-server instances on one PostgreSQL database (docs/deploy.md). The client's own
// parts, unchanged, read the demo community through nginx, send writes made offline that
// arrive once, and hear of another's post through a held request while nginx spreads the
// requests over the instances.

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "support/SyncedReader.h"
#include "sync/LiveUpdates.h"
#include "sync/Outbox.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 30'000;

const FeedKey Therapy{u"therapy"_s, FeedKind::All, FeedSort::Latest};

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsTheCommunityThroughNginx();
    void writesArriveOnceThroughNginx();
    void aHeldRequestHearsAnotherInstancesWrite();

private:
    QProcess m_cluster;
    QUrl m_url;
    QString m_token;
    User m_me;
};

void TestCluster::initTestCase()
{
    m_cluster.setProcessChannelMode(QProcess::SeparateChannels);
    m_cluster.start(u"bash"_s,
        {QStringLiteral(HEARTH_SOURCE_DIR "/scripts/cluster"), u"--bin"_s,
            QFileInfo(ServerProcess::executable()).absolutePath(), u"--demo"_s});
    QByteArray output;
    const QRegularExpression address(u"Hearth cluster: (http://\\S+)"_s);
    QDeadlineTimer deadline(120'000);
    while (!address.match(QString::fromUtf8(output)).hasMatch() && !deadline.hasExpired()
        && m_cluster.waitForReadyRead(int(deadline.remainingTime())))
        output += m_cluster.readAllStandardOutput();
    const auto match = address.match(QString::fromUtf8(output));
    QVERIFY2(
        match.hasMatch(), qPrintable(QString::fromUtf8(output + m_cluster.readAllStandardError())));
    m_url = QUrl(match.captured(1));

    HttpClient http(m_url);
    const auto signedIn = http.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"river_stone"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(signedIn.status, 200);
    m_token = signedIn.json().value(u"token"_s).toString();
    const QJsonObject user = signedIn.json().value(u"user"_s).toObject();
    m_me = User{user.value(u"id"_s).toInteger(), u"river_stone"_s,
        user.value(u"displayName"_s).toString(), false};
}

void TestCluster::cleanupTestCase()
{
    // As Ctrl+C would: everything stops and the folder goes.
    m_cluster.terminate();
    QVERIFY(m_cluster.waitForFinished(60'000));
    QCOMPARE(m_cluster.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_cluster.exitCode(), 0);
    HttpClient http(m_url);
    QCOMPARE(http.get(u"/api/v1/topics"_s).status, 0); // nothing listens there now
}

void TestCluster::readsTheCommunityThroughNginx()
{
    SyncedReader reader(m_url);
    QSignalSpy loaded(&reader.engine, &SyncEngine::feedPageStored);
    reader.engine.refreshTopic(Therapy);
    QVERIFY(loaded.wait(Wait));
    const QList<Post> posts = reader.feed.feed(Therapy, FeedPosition::start(), 10);
    QCOMPARE(posts.size(), 10);
    QVERIFY(std::all_of(posts.begin(), posts.end(), [](const Post &post) {
        return post.hashtags.contains(u"Therapy"_s, Qt::CaseInsensitive);
    }));
    // And a thread, as the post page loads it.
    const auto commented = std::find_if(
        posts.begin(), posts.end(), [](const Post &post) { return post.commentCount > 0; });
    QVERIFY(commented != posts.end());
    QSignalSpy thread(&reader.engine, &SyncEngine::commentsChanged);
    reader.engine.fetchComments(commented->id);
    QVERIFY(thread.wait(Wait));
    QVERIFY(!reader.comments.thread(commented->id).isEmpty());
}

void TestCluster::writesArriveOnceThroughNginx()
{
    QTemporaryDir data;
    CacheDatabase database;
    QVERIFY(database.open(data.filePath(u"cache.sqlite"_s)));
    FeedCache feed(database.connection());
    CommentCache comments(database.connection());
    OutboxStore store(database.connection());
    ApiClient api(m_url);
    api.setToken(m_token);
    Outbox outbox(store, feed, comments, api, m_me);
    const qint64 local = outbox.createPost(NewPost{PostKind::Post, u"Through the proxy"_s,
        u"Written once, sent once. #ClusterWrites"_s, {}, {}, std::nullopt});
    outbox.createComment(local, {u"And a comment on it."_s, std::nullopt, {}});
    outbox.react(local, ReactionKind::Hug);
    outbox.flush();
    QVERIFY2(QTest::qWaitFor([&] { return outbox.pendingCount() == 0; }, Wait),
        "the outbox did not drain");

    HttpClient http(m_url);
    const QJsonArray onServer
        = http.get(u"/api/v1/topics/clusterwrites/feed"_s).json().value(u"items"_s).toArray();
    QCOMPARE(onServer.size(), 1);
    const QJsonObject post = onServer.first().toObject();
    QCOMPARE(post.value(u"title"_s).toString(), u"Through the proxy"_s);
    QCOMPARE(post.value(u"commentCount"_s).toInt(), 1);
    QCOMPARE(post.value(u"reactions"_s).toObject().value(u"counts"_s).toObject(),
        QJsonObject({{u"hug"_s, 1}}));
    QCOMPARE(feed.localState(post.value(u"id"_s).toInteger()), LocalState::Synced);
}

void TestCluster::aHeldRequestHearsAnotherInstancesWrite()
{
    SyncedReader reader(m_url);
    LiveUpdates live;
    live.setWait(std::chrono::seconds(25));
    live.setEngine(&reader.engine);
    QTRY_VERIFY_WITH_TIMEOUT(reader.feed.changeSequence() > 0 && reader.engine.isWaiting(), Wait);
    QTest::qWait(300);

    // Several writes, so that nginx's round robin sends some to an instance other than the
    // one holding the request.
    HttpClient writer(m_url);
    writer.setToken(m_token);
    QSignalSpy changed(&reader.engine, &SyncEngine::postsChanged);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        ids.append(idOf(writer.post(u"/api/v1/posts"_s,
            newPost(u"Heard %1"_s.arg(i), u"Through any instance. #ClusterLive"_s))));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.begin(), ids.end(),
                                 [&](qint64 id) { return reader.feed.post(id).has_value(); }),
        Wait);
    // Well before the 25 s wait: woken by the writes.
    QVERIFY2(clock.elapsed() < 15'000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
