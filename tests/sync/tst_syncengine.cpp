// The sync engine against a real hearth-server: feeds read into a cold cache read the same
// with the server gone, for every filter and sort; a delta updates exactly the rows that
// changed on the server.

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "net/ApiClient.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Client
{
    Client(const QString &path, const QUrl &server)
    {
        if (!database.open(path))
            qFatal("cannot open the cache: %s", qPrintable(database.errorString()));
        feed = std::make_unique<FeedCache>(database.connection());
        comments = std::make_unique<CommentCache>(database.connection());
        api = std::make_unique<ApiClient>(server);
        api->setTransferTimeout(std::chrono::seconds(5));
        engine = std::make_unique<SyncEngine>(*feed, *comments, *api);
    }
    ~Client()
    {
        engine.reset();
        api.reset();
        comments.reset();
        feed.reset();
        database.close();
    }

    // Waits until the engine has nothing running.
    bool settle(int milliseconds = 15'000)
    {
        QTest::qWait(20);
        return QTest::qWaitFor(
            [this] { return engine->state() != SyncEngine::State::Syncing; }, milliseconds);
    }

    // The whole cached feed, in the cache's order, read page by page as a view would.
    QList<qint64> cachedFeed(const QString &slug, FeedKind kind, FeedSort sort) const
    {
        QList<qint64> ids;
        FeedPosition position = FeedPosition::start();
        for (int guard = 0; guard < 100; ++guard) {
            FeedPosition last;
            const QList<Post> page = feed->feed({slug, kind, sort}, position, 7, &last);
            for (const Post &post : page)
                ids.append(post.id);
            if (page.size() < 7)
                break;
            position = last;
        }
        return ids;
    }

    CacheDatabase database;
    std::unique_ptr<FeedCache> feed;
    std::unique_ptr<CommentCache> comments;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> engine;
};

// The ids of a thread as the server reads it to the end, page after page.
QList<qint64> serverThread(HttpClient &http, qint64 postId)
{
    QList<qint64> ids;
    QString cursor;
    do {
        const QJsonObject page
            = http.get(u"/api/v1/posts/%1/comments%2"_s.arg(postId).arg(
                           cursor.isEmpty() ? QString() : u"?cursor="_s + cursor))
                  .json();
        for (const QJsonValue &comment : page.value(u"items"_s).toArray())
            ids.append(comment.toObject().value(u"id"_s).toInteger());
        cursor = page.value(u"nextCursor"_s).toString();
    } while (!cursor.isEmpty());
    return ids;
}

QList<qint64> idsOf(const QList<Comment> &comments)
{
    QList<qint64> ids;
    for (const Comment &comment : comments)
        ids.append(comment.id);
    return ids;
}

// The same, without the person's comments the server does not have.
QList<qint64> serverIdsOf(const QList<Comment> &comments)
{
    QList<qint64> ids = idsOf(comments);
    ids.removeIf([](qint64 id) { return id < 0; });
    return ids;
}

QList<qint64> serverFeed(HttpClient &http, const QString &slug, FeedKind kind, FeedSort sort)
{
    QList<qint64> ids;
    FeedQuery query{kind, sort, 50, {}};
    do {
        QUrlQuery params = query.toUrlQuery();
        const auto page
            = http.get(u"/api/v1/topics/%1/feed?%2"_s.arg(slug, params.toString())).json();
        for (const QJsonValue &item : page.value(u"items"_s).toArray())
            ids.append(item.toObject().value(u"id"_s).toInteger());
        query.cursor = page.value(u"nextCursor"_s).toString();
    } while (!query.cursor.isEmpty());
    return ids;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aColdCacheReadsTheSameOffline();
    void aDeltaUpdatesExactlyTheRowsThatChanged();
    void commentThreadsAreCached();
    void aSinglePostIsFetchedOrForgotten();
    void aThreadIsReadAgainAsFarAsItWasLoaded();
    void aThreadRefreshAskedTwiceRunsOnceMoreAfter();

private:
    QTemporaryDir m_data;
};

void TestSyncEngine::aColdCacheReadsTheSameOffline()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    HttpClient http(server.url());
    Client client(m_data.filePath(u"cold.sqlite"_s), server.url());
    const QString slug = u"selfcare"_s; // has posts, stories and videos

    QHash<QString, QList<qint64>> online;
    for (FeedKind kind : {FeedKind::All, FeedKind::Post, FeedKind::Story, FeedKind::Video}) {
        for (FeedSort sort : {FeedSort::Latest, FeedSort::Trending}) {
            const QString name = toWire(kind) + u'/' + toWire(sort);
            client.engine->refreshTopic({slug, kind, sort});
            QVERIFY(client.settle());
            while (client.engine->canFetchMore({slug, kind, sort})) {
                client.engine->fetchMore({slug, kind, sort});
                QVERIFY(client.settle());
            }
            const QList<qint64> cached = client.cachedFeed(slug, kind, sort);
            const QList<qint64> reference = serverFeed(http, slug, kind, sort);
            QVERIFY2(!cached.isEmpty(), qPrintable(name));
            if (sort == FeedSort::Latest) {
                QCOMPARE(cached, reference);
            } else {
                // Trending scores move with time; the same posts, ranked as the engine saw them.
                QCOMPARE(QSet<qint64>(cached.begin(), cached.end()),
                    QSet<qint64>(reference.begin(), reference.end()));
            }
            online.insert(name, cached);
        }
    }
    QCOMPARE(client.feed->topic(slug)->name, u"Self-Care"_s);

    QVERIFY(server.stop());
    QSignalSpy failures(client.engine.get(), &SyncEngine::syncFailed);
    client.engine->refreshTopic({slug, FeedKind::All, FeedSort::Latest});
    QVERIFY(client.settle());
    QVERIFY(!failures.isEmpty());
    QCOMPARE(client.engine->state(), SyncEngine::State::Offline);
    for (auto it = online.cbegin(); it != online.cend(); ++it) {
        const QStringList parts = it.key().split(u'/');
        QCOMPARE(client.cachedFeed(slug, *feedKindFromWire(parts[0]), *feedSortFromWire(parts[1])),
            it.value());
    }
}

void TestSyncEngine::aDeltaUpdatesExactlyTheRowsThatChanged()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient bob(server.url());
    const auto registered = bob.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"bob"_s}, {u"password"_s, u"long enough pw"_s},
            {u"displayName"_s, u"Bob"_s}});
    bob.setToken(registered.json().value(u"token"_s).toString());
    QList<qint64> ids;
    for (const QString &title : {u"Edited"_s, u"Deleted"_s, u"Hugged"_s, u"Untouched"_s}) {
        ids.append(bob.post(u"/api/v1/posts"_s,
                          {{u"kind"_s, u"post"_s}, {u"title"_s, title}, {u"body"_s, u"#Deltas"_s}})
                       .json()
                       .value(u"id"_s)
                       .toInteger());
    }
    Client client(m_data.filePath(u"delta.sqlite"_s), server.url());
    client.engine->refreshTopic({u"deltas"_s, FeedKind::All, FeedSort::Latest});
    QVERIFY(client.settle());
    QCOMPARE(client.cachedFeed(u"deltas"_s, FeedKind::All, FeedSort::Latest).size(), 4);

    bob.patch(u"/api/v1/posts/%1"_s.arg(ids[0]), {{u"body"_s, u"#Deltas edited elsewhere"_s}},
        {{"If-Match", "\"1\""}});
    bob.remove(u"/api/v1/posts/%1"_s.arg(ids[1]));
    bob.put(u"/api/v1/posts/%1/reaction"_s.arg(ids[2]), {{u"kind"_s, u"hug"_s}});

    QSignalSpy changed(client.engine.get(), &SyncEngine::postsChanged);
    QSignalSpy removed(client.engine.get(), &SyncEngine::postsRemoved);
    client.engine->pullChanges();
    QVERIFY(client.settle());
    QCOMPARE(changed.size(), 1);
    const auto changedIds = changed.first().first().value<QList<qint64>>();
    QCOMPARE(QSet<qint64>(changedIds.begin(), changedIds.end()), QSet<qint64>({ids[0], ids[2]}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().value<QList<qint64>>(), QList<qint64>{ids[1]});

    QCOMPARE(client.feed->post(ids[0])->body, u"#Deltas edited elsewhere"_s);
    QVERIFY(client.feed->post(ids[0])->isEdited());
    QVERIFY(!client.feed->post(ids[1]));
    QCOMPARE(client.feed->post(ids[2])->reactions.count(ReactionKind::Hug), 1);
    QCOMPARE(client.cachedFeed(u"deltas"_s, FeedKind::All, FeedSort::Latest),
        QList<qint64>({ids[3], ids[2], ids[0]}));
    QCOMPARE(client.feed->topic(u"deltas"_s)->counts.posts, 3);

    // Asked again, nothing has changed.
    changed.clear();
    client.engine->pullChanges();
    QVERIFY(client.settle());
    QVERIFY(changed.isEmpty());
    QVERIFY(server.stop());
}

void TestSyncEngine::commentThreadsAreCached()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    Client client(m_data.filePath(u"comments.sqlite"_s), server.url());
    client.engine->refreshTopic({u"therapy"_s, FeedKind::All, FeedSort::Trending});
    QVERIFY(client.settle());
    const QList<Post> posts = client.feed->feed(
        {u"therapy"_s, FeedKind::All, FeedSort::Trending}, FeedPosition::start(), 1);
    QCOMPARE(posts.size(), 1);
    QSignalSpy changed(client.engine.get(), &SyncEngine::commentsChanged);
    client.engine->fetchComments(posts.first().id);
    QVERIFY(client.settle());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(qint64(client.comments->thread(posts.first().id).size()), posts.first().commentCount);
    QVERIFY(server.stop());
    // Offline, the thread is still there.
    QCOMPARE(qint64(client.comments->thread(posts.first().id).size()), posts.first().commentCount);
}

void TestSyncEngine::aSinglePostIsFetchedOrForgotten()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient cleo(server.url());
    const auto registered = cleo.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"cleo"_s}, {u"password"_s, u"long enough pw"_s},
            {u"displayName"_s, u"Cleo"_s}});
    cleo.setToken(registered.json().value(u"token"_s).toString());
    const qint64 id = cleo.post(u"/api/v1/posts"_s,
                              {{u"kind"_s, u"post"_s}, {u"title"_s, u"Opened from a link"_s},
                                  {u"body"_s, u"Never in a feed page here. #Links"_s}})
                          .json()
                          .value(u"id"_s)
                          .toInteger();
    Client client(m_data.filePath(u"single.sqlite"_s), server.url());
    QVERIFY(!client.feed->post(id));

    // A post the cache never had arrives by itself.
    QSignalSpy changed(client.engine.get(), &SyncEngine::postsChanged);
    client.engine->fetchPost(id);
    QVERIFY(client.settle());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(client.feed->post(id)->title, u"Opened from a link"_s);

    // Once deleted on the server, asking again forgets it, and that is not a failure.
    QCOMPARE(cleo.remove(u"/api/v1/posts/%1"_s.arg(id)).status, 204);
    QSignalSpy removed(client.engine.get(), &SyncEngine::postsRemoved);
    QSignalSpy failed(client.engine.get(), &SyncEngine::syncFailed);
    client.engine->fetchPost(id);
    QVERIFY(client.settle());
    QCOMPARE(removed.size(), 1);
    QVERIFY(!client.feed->post(id));
    QVERIFY(failed.isEmpty());
    QVERIFY(server.stop());
}

void TestSyncEngine::aThreadIsReadAgainAsFarAsItWasLoaded()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient dana(server.url());
    registerUser(dana, u"dana"_s, u"Dana"_s);
    HttpClient eli(server.url());
    registerUser(eli, u"eli"_s, u"Eli"_s);
    const qint64 postId = idOf(dana.post(u"/api/v1/posts"_s,
        {{u"kind"_s, u"post"_s}, {u"title"_s, u"Evenings after work"_s},
            {u"body"_s, u"How do you wind down? #Evenings"_s}}));
    // Two pages and a bit: the server's pages hold 20 top-level comments.
    QList<qint64> topLevel;
    for (int i = 0; i < 45; ++i) {
        topLevel.append(idOf(eli.post(u"/api/v1/posts/%1/comments"_s.arg(postId),
            {{u"body"_s, u"A slow walk with the radio on, evening %1."_s.arg(i + 1)}})));
    }
    Client client(m_data.filePath(u"refresh.sqlite"_s), server.url());
    // The reader loaded two pages of three.
    client.engine->fetchComments(postId);
    QVERIFY(client.settle());
    client.engine->fetchComments(postId, true);
    QVERIFY(client.settle());
    QCOMPARE(client.comments->thread(postId).size(), 40);
    // And wrote a comment that the community refused: it is the person's, and stays.
    Comment refused;
    refused.id = -7;
    refused.postId = postId;
    refused.author = User{99, u"reader"_s, u"Reader"_s, false};
    refused.body = u"Mine, not on the server."_s;
    refused.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(client.comments->storeComment(refused));
    QVERIFY(client.comments->setLocalState(-7, LocalState::Failed, u"Too long"_s));

    // Meanwhile: a reply on the first page, an edit and a deletion on the second, a comment
    // at the very end.
    const qint64 reply = idOf(eli.post(u"/api/v1/posts/%1/comments"_s.arg(postId),
        {{u"body"_s, u"And a cup of something warm."_s}, {u"parentId"_s, topLevel[2]}}));
    QCOMPARE(eli.patch(u"/api/v1/comments/%1"_s.arg(topLevel[30]),
                    {{u"body"_s, u"A slow walk, no radio now."_s}}, {{"If-Match", "\"1\""}})
                 .status,
        200);
    QCOMPARE(eli.remove(u"/api/v1/comments/%1"_s.arg(topLevel[35])).status, 204);
    const qint64 last = idOf(eli.post(u"/api/v1/posts/%1/comments"_s.arg(postId),
        {{u"body"_s, u"Late to this, but: stretching."_s}}));

    QSignalSpy changed(client.engine.get(), &SyncEngine::commentsChanged);
    client.engine->refreshThread(postId);
    QVERIFY(client.settle());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), postId);
    // Both pages again (the second now reaches one further: one of its comments went), and
    // nothing beyond them: the reply in place, the edit, the deletion.
    const QList<Comment> thread = client.comments->thread(postId);
    QList<qint64> expected = serverThread(dana, postId);
    expected = expected.mid(0, expected.indexOf(topLevel[40]) + 1);
    QCOMPARE(serverIdsOf(thread), expected);
    QVERIFY(idsOf(thread).contains(-7));
    QCOMPARE(client.comments->localState(-7), LocalState::Failed);
    QCOMPARE(thread[3].id, reply);
    QCOMPARE(thread[3].parentId.value_or(0), topLevel[2]);
    QVERIFY(!idsOf(thread).contains(topLevel[35]));
    QCOMPARE(client.comments->comment(topLevel[30])->body, u"A slow walk, no radio now."_s);
    QVERIFY(client.comments->comment(topLevel[30])->isEdited());
    QVERIFY(!idsOf(thread).contains(topLevel[41]));
    QVERIFY(!idsOf(thread).contains(last));

    // The next page the reader asks for still follows on from there.
    client.engine->fetchComments(postId, true);
    QVERIFY(client.settle());
    QCOMPARE(serverIdsOf(client.comments->thread(postId)), serverThread(dana, postId));
    QVERIFY(client.comments->threadCursor(postId).isEmpty());

    // With the whole thread loaded, a refresh reads it to the end.
    const qint64 later = idOf(eli.post(
        u"/api/v1/posts/%1/comments"_s.arg(postId), {{u"body"_s, u"One more: a bath."_s}}));
    client.engine->refreshThread(postId);
    QVERIFY(client.settle());
    QCOMPARE(serverIdsOf(client.comments->thread(postId)), serverThread(dana, postId));
    QCOMPARE(serverIdsOf(client.comments->thread(postId)).last(), later);
    QVERIFY(idsOf(client.comments->thread(postId)).contains(-7));
    QVERIFY(server.stop());
}

void TestSyncEngine::aThreadRefreshAskedTwiceRunsOnceMoreAfter()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient fen(server.url());
    registerUser(fen, u"fen"_s, u"Fen"_s);
    const qint64 postId = idOf(fen.post(u"/api/v1/posts"_s,
        {{u"kind"_s, u"post"_s}, {u"title"_s, u"Quiet mornings"_s},
            {u"body"_s, u"Who else wakes early? #Mornings"_s}}));
    fen.post(u"/api/v1/posts/%1/comments"_s.arg(postId), {{u"body"_s, u"Me, with the birds."_s}});
    Client client(m_data.filePath(u"twice.sqlite"_s), server.url());
    QSignalSpy changed(client.engine.get(), &SyncEngine::commentsChanged);
    client.engine->refreshThread(postId);
    // Asked three more times while the first is out: one more read after it, not three.
    client.engine->refreshThread(postId);
    client.engine->refreshThread(postId);
    client.engine->refreshThread(postId);
    QVERIFY(client.settle());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(client.comments->thread(postId).size(), 1);
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
