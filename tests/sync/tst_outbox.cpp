// The outbox against a real hearth-server and a real cache file: writes made offline
// survive a client restart and arrive exactly once, in order; a server killed in the
// middle of a replay loses nothing and doubles nothing; a refused write waits for the
// person while the rest goes through; reaction toggles coalesce. A post's photo (or video
// and poster) written offline is kept by the outbox, uploaded once and attached.

#include "api/Json.h"
#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "support/HttpClient.h"
#include "support/JpegMetadata.h"
#include "support/ServerProcess.h"
#include "sync/Outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using Hearth::Testing::JpegMetadata::pngChunk;
using namespace Qt::StringLiterals;

namespace {

// Everything a client keeps for one account, opened on the cache file in dataDir; a
// "restart" is destroying it and making a new one on the same file.
struct Client
{
    Client(const QString &path, const QUrl &server, const QString &token, const User &me)
    {
        if (!database.open(path))
            qFatal("cannot open the cache: %s", qPrintable(database.errorString()));
        feed = std::make_unique<FeedCache>(database.connection());
        comments = std::make_unique<CommentCache>(database.connection());
        store = std::make_unique<OutboxStore>(database.connection());
        api = std::make_unique<ApiClient>(server);
        api->setToken(token);
        api->setTransferTimeout(std::chrono::seconds(5));
        outbox = std::make_unique<Outbox>(*store, *feed, *comments, *api, me);
    }
    ~Client()
    {
        outbox.reset();
        api.reset();
        store.reset();
        comments.reset();
        feed.reset();
        database.close();
    }

    bool waitUntilSent(int milliseconds = 30'000)
    {
        return QTest::qWaitFor([this] { return outbox->pendingCount() == 0; }, milliseconds);
    }

    CacheDatabase database;
    std::unique_ptr<FeedCache> feed;
    std::unique_ptr<CommentCache> comments;
    std::unique_ptr<OutboxStore> store;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Outbox> outbox;
};

NewPost post(const QString &title, const QString &body)
{
    return NewPost{PostKind::Post, title, body, {}, {}, std::nullopt};
}

QList<QJsonObject> serverFeed(HttpClient &http, const QString &slug)
{
    QList<QJsonObject> posts;
    for (const QJsonValue &item : http.get(u"/api/v1/topics/%1/feed?limit=50"_s.arg(slug))
                                      .json()
                                      .value(u"items"_s)
                                      .toArray()) {
        posts.append(item.toObject());
    }
    return posts;
}

QByteArray bigEndian(quint32 value)
{
    const char bytes[] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    return QByteArray(bytes, 4);
}

struct Rgb
{
    quint8 red = 0;
    quint8 green = 0;
    quint8 blue = 0;
};

// A real PNG of width x height pixels in one colour, made without QtGui (this suite is
// GUI-less): 8-bit RGB, no filter, the pixels deflated by zlib through qCompress().
QByteArray solidPng(int width, int height, Rgb colour)
{
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header.append(QByteArray::fromHex("0802000000")); // depth 8, RGB, deflate, filter, no interlace
    QByteArray row(1, '\0');
    for (int x = 0; x < width; ++x)
        row.append(char(colour.red)).append(char(colour.green)).append(char(colour.blue));
    const QByteArray pixels = row.repeated(height);
    const QByteArray zlib = qCompress(pixels).mid(4); // less qCompress's own length prefix
    return QByteArray::fromHex("89504e470d0a1a0a") + pngChunk("IHDR", header)
        + pngChunk("IDAT", zlib) + pngChunk("IEND", {});
}

// Bytes that pass for an MP4 with the server (an ftyp box, then filler).
QByteArray fakeMp4()
{
    return QByteArray::fromHex("0000001866747970") + "mp42" + QByteArray(4, '\0') + "isommp42"
        + QByteArray(4096, '\x11');
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void offlineWritesSurviveARestartAndArriveOnce();
    void anOfflineEditShowsTheTagsTheServerWillGive();
    void aServerKilledMidReplayLosesNothingAndDoublesNothing();
    void aRefusedWriteWaitsWhileTheRestGoesThrough();
    void reactionTogglesCoalesce();
    void everyKindOfWriteArrives();
    void aCorruptCacheKeepsItsPendingWrites();
    void aRebuiltCacheUsesNoLocalIdTwice();
    void anOfflinePhotoSurvivesARestartAndIsUploadedOnce();
    void aCrashAfterTheUploadsDoesNotUploadThemAgain();
    void aCorruptPhotoFailsWithTheServersReason();
    void backoffGrowsWithJitter();
    void aKindFromANewerHearthWaitsForThePerson();

private:
    // The media rows the server holds for me, read from its database.
    int mediaOnServer();

    QString cachePath(const QString &name) const { return m_data.filePath(name + u".sqlite"_s); }

    ServerProcess m_server;
    QTemporaryDir m_data;
    QString m_token;
    User m_me;
};

void TestOutbox::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    HttpClient http(m_server.url());
    const auto registered = http.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"wren"_s}, {u"password"_s, u"a long enough password"_s},
            {u"displayName"_s, u"Wren"_s}});
    QCOMPARE(registered.status, 201);
    m_token = registered.json().value(u"token"_s).toString();
    const QJsonObject user = registered.json().value(u"user"_s).toObject();
    m_me = User{user.value(u"id"_s).toInteger(), u"wren"_s, u"Wren"_s, false};
}

void TestOutbox::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

void TestOutbox::offlineWritesSurviveARestartAndArriveOnce()
{
    QVERIFY(m_server.stop()); // the train enters the tunnel
    const QUrl offlineUrl = m_server.url();
    qint64 first = 0;
    qint64 second = 0;
    {
        Client client(cachePath(u"offline"_s), offlineUrl, m_token, m_me);
        first = client.outbox->createPost(
            post(u"Written on the train"_s, u"No signal. #OfflineWrites"_s));
        second = client.outbox->createPost(
            post(u"Second thought"_s, u"Still no signal. #OfflineWrites"_s));
        QVERIFY(first < 0 && second < 0 && first != second);
        client.outbox->createComment(first, {u"Replying to myself, offline."_s, std::nullopt, {}});
        client.outbox->react(first, ReactionKind::Hug);
        PostPatch patch;
        patch.body = u"No signal, but I wrote it anyway. #OfflineWrites"_s;
        client.outbox->editPost(first, patch);
        client.outbox->react(second, ReactionKind::Heart);
        client.outbox->react(second, std::nullopt); // changed my mind: nothing to send

        // The window shows it all at once, marked as waiting.
        const QList<Post> feed = client.feed->feed(
            {u"offlinewrites"_s, FeedKind::All, FeedSort::Latest}, FeedPosition::start(), 10);
        QCOMPARE(feed.size(), 2);
        QCOMPARE(client.feed->localState(first), LocalState::Pending);
        QCOMPARE(client.feed->post(first)->body, patch.body.value());
        QCOMPARE(client.feed->post(first)->reactions.mine(), ReactionKind::Hug);
        QCOMPARE(client.feed->post(first)->commentCount, 1);
        QCOMPARE(client.outbox->pendingCount(), 5);

        // Trying while the server is down changes nothing but the retry time.
        QTest::qWait(500);
        QCOMPARE(client.outbox->pendingCount(), 5);
    } // the app is closed

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    Client client(cachePath(u"offline"_s), m_server.url(), m_token, m_me);
    QSignalSpy idChanges(client.outbox.get(), &Outbox::postIdChanged);
    client.outbox->flush();
    QVERIFY2(client.waitUntilSent(), "the outbox did not drain");
    QCOMPARE(idChanges.size(), 2);

    HttpClient http(m_server.url());
    const QList<QJsonObject> onServer = serverFeed(http, u"offlinewrites"_s);
    QCOMPARE(onServer.size(), 2);
    const QJsonObject firstOnServer = onServer.last(); // oldest last
    QCOMPARE(firstOnServer.value(u"title"_s).toString(), u"Written on the train"_s);
    QCOMPARE(firstOnServer.value(u"body"_s).toString(),
        u"No signal, but I wrote it anyway. #OfflineWrites"_s);
    QCOMPARE(firstOnServer.value(u"version"_s).toInt(), 2);
    QCOMPARE(firstOnServer.value(u"commentCount"_s).toInt(), 1);
    QCOMPARE(firstOnServer.value(u"reactions"_s).toObject().value(u"counts"_s).toObject(),
        QJsonObject({{u"hug"_s, 1}}));
    QVERIFY(
        onServer.first().value(u"reactions"_s).toObject().value(u"counts"_s).toObject().isEmpty());

    // The cache settled on the server's ids and state.
    const qint64 firstId = firstOnServer.value(u"id"_s).toInteger();
    QVERIFY(!client.feed->post(first));
    QCOMPARE(client.feed->localState(firstId), LocalState::Synced);
    QCOMPARE(client.feed->post(firstId)->version, 2);
    const QList<Comment> thread = client.comments->thread(firstId);
    QCOMPARE(thread.size(), 1);
    QVERIFY(thread.first().id > 0);
}

void TestOutbox::anOfflineEditShowsTheTagsTheServerWillGive()
{
    // An edit without a list of hashtags keeps the post's tags where they are and appends new
    // written ones (docs/api.md); the card showed the written ones first until the server
    // answered.
    QVERIFY(m_server.stop());
    const QUrl offlineUrl = m_server.url();
    QStringList shown;
    {
        Client client(cachePath(u"edittags"_s), offlineUrl, m_token, m_me);
        NewPost draft = post(u"Small win"_s, u"I made the call. #HopeOffline"_s);
        draft.hashtags = {u"SmallWinsOffline"_s};
        const qint64 local = client.outbox->createPost(draft);
        PostPatch patch;
        patch.title = u"Small win #GriefOffline"_s;
        client.outbox->editPost(local, patch);
        shown = client.feed->post(local)->hashtags;
    }
    // Back online before anything can fail: the suite's other cases need the server.
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QCOMPARE(shown, QStringList({u"HopeOffline"_s, u"SmallWinsOffline"_s, u"GriefOffline"_s}));

    Client client(cachePath(u"edittags"_s), m_server.url(), m_token, m_me);
    client.outbox->flush();
    QVERIFY2(client.waitUntilSent(), "the outbox did not drain");
    HttpClient http(m_server.url());
    const QList<QJsonObject> onServer = serverFeed(http, u"smallwinsoffline"_s);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().value(u"hashtags"_s).toVariant().toStringList(), shown);
}

void TestOutbox::aServerKilledMidReplayLosesNothingAndDoublesNothing()
{
    const int count = 30;
    const quint16 port = quint16(m_server.url().port());
    Client client(cachePath(u"killed"_s), m_server.url(), m_token, m_me);
    client.outbox->setOnline(false);
    for (int i = 0; i < count; ++i)
        client.outbox->createPost(
            post(u"Replayed %1"_s.arg(i), u"#KilledMidReplay number %1"_s.arg(i)));
    QCOMPARE(client.outbox->pendingCount(), count);

    // Kill the server after a few writes went through, whatever is in flight then.
    int settled = 0;
    connect(client.outbox.get(), &Outbox::postIdChanged, this, [&] {
        if (++settled == 5)
            m_server.kill();
    });
    client.outbox->setOnline(true);
    QVERIFY(QTest::qWaitFor([&] { return !m_server.isRunning(); }, 20'000));
    QTest::qWait(300);
    QVERIFY(client.outbox->pendingCount() > 0);

    // The server comes back on the same address; the outbox retries on its own.
    QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
        qPrintable(m_server.errorString()));
    QCOMPARE(quint16(m_server.url().port()), port);
    QVERIFY2(client.waitUntilSent(60'000), "the outbox did not drain after the restart");

    HttpClient http(m_server.url());
    const QList<QJsonObject> onServer = serverFeed(http, u"killedmidreplay"_s);
    QSet<QString> titles;
    for (const QJsonObject &item : onServer)
        titles.insert(item.value(u"title"_s).toString());
    QCOMPARE(onServer.size(), count); // none doubled
    QCOMPARE(titles.size(), count); // none lost
    // Sent in the order written: ids grow with the titles' numbers.
    for (qsizetype i = 1; i < onServer.size(); ++i)
        QVERIFY(
            onServer[i - 1].value(u"id"_s).toInteger() > onServer[i].value(u"id"_s).toInteger());

    // And on the server's own database, with the server stopped: 30 rows, 30 titles.
    QVERIFY(m_server.stop());
    {
        QSqlDatabase db = m_server.openDatabase(u"server-db"_s);
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT COUNT(*), COUNT(DISTINCT title) FROM posts "
                           "WHERE title LIKE 'Replayed %'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), count);
        QCOMPARE(query.value(1).toInt(), count);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"server-db"_s);
    QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
        qPrintable(m_server.errorString()));
}

void TestOutbox::aRefusedWriteWaitsWhileTheRestGoesThrough()
{
    Client client(cachePath(u"refused"_s), m_server.url(), m_token, m_me);
    QSignalSpy failures(client.outbox.get(), &Outbox::writeFailed);
    const qint64 refused = client.outbox->createPost(post(QString(10, u't'), u"No hashtag here"_s));
    const qint64 accepted
        = client.outbox->createPost(post(u"Fine"_s, u"#RefusedWrites this one is fine"_s));
    QVERIFY(QTest::qWaitFor([&] { return client.outbox->pendingCount() == 0; }, 15'000));
    QCOMPARE(failures.size(), 1);
    const QString message = failures.first().at(1).toString();
    QVERIFY2(message.contains(u"hashtag"_s), qPrintable(message)); // the server's own reason
    QCOMPARE(client.feed->localState(refused), LocalState::Failed);
    QCOMPARE(client.outbox->failedWrites().size(), 1);
    QVERIFY(!client.feed->post(accepted)); // replaced by its server id
    HttpClient http(m_server.url());
    QCOMPARE(serverFeed(http, u"refusedwrites"_s).size(), 1);

    // Discarding the failed write takes the post that only existed here with it.
    client.outbox->discard(client.outbox->failedWrites().first().id);
    QVERIFY(!client.feed->post(refused));
    QVERIFY(client.outbox->failedWrites().isEmpty());
}

void TestOutbox::reactionTogglesCoalesce()
{
    HttpClient http(m_server.url());
    http.setToken(m_token);
    const auto created = http.post(u"/api/v1/posts"_s,
        {{u"kind"_s, u"post"_s}, {u"title"_s, u"React"_s}, {u"body"_s, u"#Coalesce"_s}});
    const qint64 id = created.json().value(u"id"_s).toInteger();
    Client client(cachePath(u"coalesce"_s), m_server.url(), m_token, m_me);
    client.feed->storePosts({Json::decode<Post>(created.json()).value()});

    client.outbox->setOnline(false);
    client.outbox->react(id, ReactionKind::Hug);
    client.outbox->react(id, std::nullopt);
    QCOMPARE(client.outbox->pendingCount(), 0); // on, off: nothing to send
    client.outbox->react(id, ReactionKind::Heart);
    client.outbox->react(id, std::nullopt);
    client.outbox->react(id, ReactionKind::MeToo);
    QCOMPARE(client.outbox->pendingCount(), 1); // on, off, on: one request
    QCOMPARE(client.feed->post(id)->reactions.count(ReactionKind::MeToo), 1);

    client.outbox->setOnline(true);
    QVERIFY(client.waitUntilSent());
    const QJsonObject onServer = http.get(u"/api/v1/posts/%1"_s.arg(id)).json();
    QCOMPARE(onServer.value(u"reactions"_s).toObject().value(u"mine"_s).toString(), u"me_too"_s);
    QCOMPARE(onServer.value(u"reactions"_s).toObject().value(u"counts"_s).toObject(),
        QJsonObject({{u"me_too"_s, 1}}));
}

void TestOutbox::everyKindOfWriteArrives()
{
    HttpClient http(m_server.url());
    const auto other = http.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"someone_else"_s}, {u"password"_s, u"long enough pw"_s},
            {u"displayName"_s, u"Someone"_s}});
    const qint64 otherId = other.json().value(u"user"_s).toObject().value(u"id"_s).toInteger();
    http.setToken(other.json().value(u"token"_s).toString());
    http.post(u"/api/v1/posts"_s,
        {{u"kind"_s, u"post"_s}, {u"title"_s, u"Theirs"_s},
            {u"body"_s, u"#EveryKind from someone else"_s}});

    Client client(cachePath(u"everykind"_s), m_server.url(), m_token, m_me);
    client.outbox->setOnline(false);
    const qint64 postId = client.outbox->createPost(post(u"Mine"_s, u"#EveryKind mine"_s));
    const qint64 comment = client.outbox->createComment(postId, {u"A comment"_s, std::nullopt, {}});
    const qint64 reply = client.outbox->createComment(postId, {u"A reply"_s, comment, {}});
    client.outbox->editComment(comment, {u"A kinder comment"_s, std::nullopt});
    const qint64 unsent = client.outbox->createComment(postId, {u"Never mind"_s, std::nullopt, {}});
    client.outbox->deleteComment(unsent); // never sent: nothing to send for it
    client.outbox->setMembership(u"everykind"_s, true);
    client.outbox->report(ReportTarget::Post, postId, {ReportReason::Other, u"test"_s});
    client.outbox->setBlocked({otherId, u"someone_else"_s, u"Someone"_s, false}, true);
    QCOMPARE(client.outbox->pendingCount(), 7);

    client.outbox->setOnline(true);
    QVERIFY(client.waitUntilSent());
    QVERIFY(client.outbox->failedWrites().isEmpty());

    HttpClient mine(m_server.url());
    mine.setToken(m_token);
    // Blocked: only my post is left in my feed of the topic.
    const QList<QJsonObject> feed = serverFeed(mine, u"everykind"_s);
    QCOMPARE(feed.size(), 1);
    const qint64 serverPost = feed.first().value(u"id"_s).toInteger();
    const QJsonArray thread = mine.get(u"/api/v1/posts/%1/comments"_s.arg(serverPost))
                                  .json()
                                  .value(u"items"_s)
                                  .toArray();
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread[0].toObject().value(u"body"_s).toString(), u"A kinder comment"_s);
    QCOMPARE(thread[1].toObject().value(u"parentId"_s).toInteger(),
        thread[0].toObject().value(u"id"_s).toInteger());
    QCOMPARE(thread[1].toObject().value(u"body"_s).toString(), u"A reply"_s);
    QVERIFY(mine.get(u"/api/v1/topics/everykind"_s).json().value(u"joined"_s).toBool());
    QCOMPARE(mine.get(u"/api/v1/me/blocks"_s).json().value(u"items"_s).toArray().size(), 1);
    QVERIFY(reply < 0);

    // Deleting a sent comment reaches the server too.
    const QList<Comment> cachedThread = client.comments->thread(serverPost);
    QCOMPARE(cachedThread.size(), 2);
    client.outbox->deleteComment(cachedThread.last().id);
    QVERIFY(client.waitUntilSent());
    QCOMPARE(mine.get(u"/api/v1/posts/%1/comments"_s.arg(serverPost))
                 .json()
                 .value(u"items"_s)
                 .toArray()
                 .size(),
        1);
}

void TestOutbox::aCorruptCacheKeepsItsPendingWrites()
{
    const QString path = cachePath(u"corrupt"_s);
    {
        Client client(path, m_server.url(), m_token, m_me);
        client.outbox->setOnline(false);
        client.outbox->createPost(post(u"Kept through a broken disk"_s, u"#CorruptCache"_s));
        client.outbox->createPost(post(u"Also kept"_s, u"#CorruptCache"_s));
        // Fill the file so that the damage lands past the outbox's pages.
        for (int i = 0; i < 200; ++i) {
            Post filler;
            filler.id = 100'000 + i;
            filler.author = m_me;
            filler.title = u"Filler %1"_s.arg(i);
            filler.body = QString(2000, u'f') + u" #Filler"_s;
            filler.hashtags = {u"Filler"_s};
            filler.createdAt = QDateTime::currentDateTimeUtc();
            client.feed->storePosts({filler});
        }
    }
    // Garble the middle of the file, as a failing disk might.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 200'000);
    file.seek(size / 2);
    file.write(QByteArray(64 * 1024, 'Z'));
    file.close();

    Client client(path, m_server.url(), m_token, m_me);
    QVERIFY(client.database.recovery().happened);
    // The writes were never in the damaged file: nothing needed salvaging, nothing is lost.
    QVERIFY(client.database.recovery().cacheRebuilt);
    QCOMPARE(client.database.recovery().salvagedOutboxRows, 0);
    QVERIFY(!client.database.recovery().wordsMayBeLost);
    QCOMPARE(client.outbox->pendingCount(), 2);
    client.outbox->flush();
    QVERIFY(client.waitUntilSent());
    HttpClient http(m_server.url());
    QCOMPARE(serverFeed(http, u"corruptcache"_s).size(), 2);
}

// The local-id counter lives in the cache; the writes that use local ids live in the
// words file and outlive a rebuilt cache. A post written after the rebuild must not take
// the id of one still waiting, or the server's answer for the one would rewrite the other.
void TestOutbox::aRebuiltCacheUsesNoLocalIdTwice()
{
    const QString path = cachePath(u"rebuilt-ids"_s);
    qint64 first = 0;
    qint64 comment = 0;
    {
        Client client(path, m_server.url(), m_token, m_me);
        client.outbox->setOnline(false);
        first = client.outbox->createPost(post(u"Before the repair"_s, u"#RebuiltIds"_s));
        comment = client.outbox->createComment(
            first, NewComment{u"A note to self"_s, std::nullopt, {}});
        QVERIFY(first < 0 && comment < first);
    }
    // The cache gone (a repair sets it aside): its counter goes with it.
    QVERIFY(QFile::remove(path));

    Client client(path, m_server.url(), m_token, m_me);
    QCOMPARE(client.outbox->pendingCount(), 2);
    client.outbox->setOnline(false);
    const qint64 second = client.outbox->createPost(post(u"After the repair"_s, u"#RebuiltIds"_s));
    QVERIFY2(
        second < comment, qPrintable(u"%1 after %2 and %3"_s.arg(second).arg(first).arg(comment)));

    client.outbox->setOnline(true);
    client.outbox->flush();
    QVERIFY(client.waitUntilSent());
    HttpClient http(m_server.url());
    QStringList titles;
    for (const QJsonObject &item : serverFeed(http, u"rebuiltids"_s))
        titles.append(item.value(u"title"_s).toString());
    titles.sort();
    QCOMPARE(titles, (QStringList{u"After the repair"_s, u"Before the repair"_s}));
}

int TestOutbox::mediaOnServer()
{
    int count = -1;
    {
        QSqlDatabase db = m_server.openDatabase(u"server-media"_s);
        if (db.isOpen()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM media WHERE owner_id = %1"_s.arg(m_me.id))
                && query.next()) {
                count = query.value(0).toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"server-media"_s);
    return count;
}

void TestOutbox::anOfflinePhotoSurvivesARestartAndIsUploadedOnce()
{
    const int mediaBefore = mediaOnServer();
    QVERIFY(mediaBefore >= 0);
    const QString photo = m_data.filePath(u"walk.png"_s);
    QVERIFY(writeFile(photo, solidPng(120, 80, Rgb{40, 120, 90})));

    QVERIFY(m_server.stop()); // offline
    QString mediaFolder;
    qint64 localId = 0;
    {
        Client client(cachePath(u"photo"_s), m_server.url(), m_token, m_me);
        mediaFolder = client.outbox->mediaDirectory();
        QVERIFY(!mediaFolder.isEmpty());
        localId = client.outbox->createPost(
            post(u"The path by the river"_s, u"Went out for ten minutes. #OfflinePhotos"_s),
            PostMedia{photo, "image/png", {}, {}, u"A muddy path under bare trees."_s, false});
        QVERIFY2(localId < 0, qPrintable(client.outbox->errorString()));
        QCOMPARE(client.outbox->pendingCount(), 1);
        QCOMPARE(filesIn(mediaFolder).size(), 1); // the outbox's own copy, for my eyes only
        const QFileInfo copy(QDir(mediaFolder).filePath(filesIn(mediaFolder).first()));
        QCOMPARE(copy.size(), QFileInfo(photo).size());
        QCOMPARE(copy.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QTest::qWait(300); // tries, and finds no server
        QCOMPARE(client.outbox->pendingCount(), 1);
    } // the app is closed
    QVERIFY(QFile::remove(photo)); // the person tidies their pictures meanwhile

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    Client client(cachePath(u"photo"_s), m_server.url(), m_token, m_me);
    QCOMPARE(filesIn(mediaFolder).size(), 1);
    QSignalSpy uploads(client.outbox.get(), &Outbox::mediaUploaded);
    client.outbox->flush();
    QVERIFY2(client.waitUntilSent(), "the outbox did not drain");
    QVERIFY(client.outbox->failedWrites().isEmpty());
    QCOMPARE(uploads.size(), 1);

    HttpClient http(m_server.url());
    const QList<QJsonObject> onServer = serverFeed(http, u"offlinephotos"_s);
    QCOMPARE(onServer.size(), 1);
    const QJsonObject media = onServer.first().value(u"media"_s).toObject();
    QCOMPARE(media.value(u"kind"_s).toString(), u"image"_s);
    QCOMPARE(media.value(u"width"_s).toInt(), 120);
    QCOMPARE(media.value(u"altText"_s).toString(), u"A muddy path under bare trees."_s);
    const qint64 mediaId = media.value(u"id"_s).toInteger();
    QCOMPARE(mediaId, uploads.first().at(1).toLongLong());
    // The photo is served to anyone, now that a post holds it.
    const auto served = http.get(u"/api/v1/media/%1"_s.arg(mediaId));
    QCOMPARE(served.status, 200);
    QVERIFY(served.header("Content-Type").startsWith("image/"));
    QVERIFY(served.body.size() > 100);
    QCOMPARE(mediaOnServer(), mediaBefore + 1); // uploaded once
    // The cache holds the server's post, with its media; the copy is gone.
    const qint64 serverId = onServer.first().value(u"id"_s).toInteger();
    QVERIFY(!client.feed->post(localId));
    QCOMPARE(client.feed->post(serverId)->media->id, mediaId);
    QVERIFY(filesIn(mediaFolder).isEmpty());
}

void TestOutbox::aCrashAfterTheUploadsDoesNotUploadThemAgain()
{
    const int mediaBefore = mediaOnServer();
    const quint16 port = quint16(m_server.url().port());
    const QString video = m_data.filePath(u"kettle.mp4"_s);
    const QString poster = m_data.filePath(u"kettle.png"_s);
    QVERIFY(writeFile(video, fakeMp4()));
    QVERIFY(writeFile(poster, solidPng(64, 36, Rgb{200, 180, 90})));
    QString mediaFolder;
    {
        Client client(cachePath(u"video"_s), m_server.url(), m_token, m_me);
        mediaFolder = client.outbox->mediaDirectory();
        // The server goes down right after the second upload (the video), before the post.
        int uploaded = 0;
        connect(client.outbox.get(), &Outbox::mediaUploaded, this, [&] {
            if (++uploaded == 2)
                m_server.kill();
        });
        NewPost clip = post(u"The kettle, finally"_s, u"Ten seconds of calm. #OfflineVideos"_s);
        clip.kind = PostKind::Video;
        const qint64 localId = client.outbox->createPost(clip,
            PostMedia{video, "video/mp4", poster, "image/png", u"A kettle on a stove."_s, false});
        QVERIFY2(localId < 0, qPrintable(client.outbox->errorString()));
        QCOMPARE(filesIn(mediaFolder).size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return !m_server.isRunning(); }, 15'000));
        QTest::qWait(200);
        QCOMPARE(uploaded, 2);
        // Both ids are in the row, which waits for the server.
        const QList<OutboxEntry> waiting = client.store->pending();
        QCOMPARE(waiting.size(), 1);
        const QJsonObject upload = waiting.first().payload.value(u"upload"_s).toObject();
        QVERIFY(upload.value(u"mediaId"_s).toInteger() > 0);
        QVERIFY(upload.value(u"posterMediaId"_s).toInteger() > 0);
    } // and the app is closed (or crashed) before the post went

    QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
        qPrintable(m_server.errorString()));
    Client client(cachePath(u"video"_s), m_server.url(), m_token, m_me);
    QSignalSpy uploads(client.outbox.get(), &Outbox::mediaUploaded);
    client.outbox->flush();
    QVERIFY2(client.waitUntilSent(), "the outbox did not drain");
    QVERIFY(client.outbox->failedWrites().isEmpty());
    QCOMPARE(uploads.size(), 0); // nothing uploaded again
    QCOMPARE(mediaOnServer(), mediaBefore + 2); // the poster and the video, once each

    HttpClient http(m_server.url());
    const QList<QJsonObject> onServer = serverFeed(http, u"offlinevideos"_s);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().value(u"kind"_s).toString(), u"video"_s);
    const QJsonObject media = onServer.first().value(u"media"_s).toObject();
    QCOMPARE(media.value(u"kind"_s).toString(), u"video"_s);
    QVERIFY(media.value(u"posterId"_s).toInteger() > 0);
    QCOMPARE(http.get(u"/api/v1/media/%1"_s.arg(media.value(u"id"_s).toInteger())).body, fakeMp4());
    QVERIFY(filesIn(mediaFolder).isEmpty());
}

void TestOutbox::aCorruptPhotoFailsWithTheServersReason()
{
    // A PNG cut short: its signature and header are right, the pixels are not there.
    const QString broken = m_data.filePath(u"broken.png"_s);
    QVERIFY(writeFile(broken, solidPng(300, 200, Rgb{10, 20, 30}).left(60)));
    Client client(cachePath(u"corruptphoto"_s), m_server.url(), m_token, m_me);
    QSignalSpy failures(client.outbox.get(), &Outbox::writeFailed);
    const qint64 localId
        = client.outbox->createPost(post(u"A picture that won't open"_s, u"#CorruptPhotos"_s),
            PostMedia{broken, "image/png", {}, {}, {}, false});
    QVERIFY(localId < 0);
    QVERIFY(failures.wait(15'000));
    const QString message = failures.first().at(1).toString();
    QVERIFY2(message.contains(u"image"_s), qPrintable(message)); // the server's own reason
    QCOMPARE(client.feed->localState(localId), LocalState::Failed);
    QCOMPARE(client.feed->localError(localId), message);
    QCOMPARE(client.outbox->failedWrites().size(), 1);
    HttpClient http(m_server.url());
    QVERIFY(serverFeed(http, u"corruptphotos"_s).isEmpty());

    // The copy waits with the write (for a retry); discarding the write removes it.
    const QString mediaFolder = client.outbox->mediaDirectory();
    QCOMPARE(filesIn(mediaFolder).size(), 1);
    client.outbox->discard(client.outbox->failedWrites().first().id);
    QVERIFY(filesIn(mediaFolder).isEmpty());
    QVERIFY(!client.feed->post(localId));
}

void TestOutbox::backoffGrowsWithJitter()
{
    QSet<qint64> seen;
    for (int i = 0; i < 20; ++i) {
        const qint64 first = Outbox::backoff(1).count();
        QVERIFY(first >= 1600 && first <= 2400);
        seen.insert(first);
    }
    QVERIFY(seen.size() > 1); // jittered
    QVERIFY(Outbox::backoff(4).count() >= 12'800);
    QVERIFY(Outbox::backoff(30).count() <= 360'000); // capped at 5 minutes + jitter
}

void TestOutbox::aKindFromANewerHearthWaitsForThePerson()
{
    // A row a newer Hearth wrote: this one cannot send it, so it is refused here, shown as
    // a change, and holds back nothing but the writes on its post.
    Client client(cachePath(u"newer"_s), m_server.url(), m_token, m_me);
    client.outbox->setOnline(false);
    OutboxEntry newer;
    newer.kind = u"pinPost"_s;
    newer.target = u"post:4242"_s;
    newer.payload = QJsonObject{{u"postId"_s, 4242}, {u"pinned"_s, true}};
    const qint64 id = client.store->enqueue(newer);
    QVERIFY(id > 0);
    const qint64 mine = client.outbox->createPost(post(u"After the pin"_s, u"#NewerKinds"_s));
    QSignalSpy failures(client.outbox.get(), &Outbox::writeFailed);
    client.outbox->setOnline(true);
    QVERIFY(client.waitUntilSent());
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().at(0).toLongLong(), id);
    QVERIFY(!client.feed->post(mine)); // sent, under its server id

    const QList<UnsentWrite> unsent = client.outbox->failedWrites();
    QCOMPARE(unsent.size(), 1);
    QCOMPARE(unsent.first().id, id);
    QCOMPARE(unsent.first().description, u"A change"_s);
    QVERIFY(!unsent.first().holdsWords());
    // Its members are as the newer Hearth left them.
    QCOMPARE(client.store->entry(id)->payload, newer.payload);
    QCOMPARE(client.store->entry(id)->kind, u"pinPost"_s);

    client.outbox->discard(id);
    QVERIFY(client.outbox->failedWrites().isEmpty());
    QVERIFY(!client.store->entry(id));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
