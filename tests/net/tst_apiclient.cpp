// ApiClient against a real hearth-server process: every kind of call, the errors a
// person can meet, idempotency keys, TLS refusal, timeouts, hostile answers, and photos
// that show offline from the disk cache.

#include "net/ApiClient.h"
#include "support/ServerProcess.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// Waits (spinning the test's event loop) until an asynchronous call has answered.
template<typename T>
class Answer
{
public:
    ApiClient::Callback<T> callback()
    {
        return [this](Result<T> result) {
            m_result.emplace(std::move(result));
        };
    }
    bool wait(int milliseconds = 15'000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, milliseconds);
    }
    const Result<T> &result() const { return *m_result; }
    const T &value() const { return m_result->value(); }
    bool ok() const { return m_result && m_result->ok(); }
    ApiError error() const { return m_result && !m_result->ok() ? m_result->error() : ApiError(); }

private:
    std::optional<Result<T>> m_result;
};

#define AWAIT(answer) QVERIFY2((answer).wait(), "no answer in time")
#define AWAIT_OK(answer)                                                                           \
    do {                                                                                           \
        AWAIT(answer);                                                                             \
        QVERIFY2((answer).ok(),                                                                    \
            qPrintable((answer).error().field() + u": "_s + (answer).error().message()));          \
    } while (false)

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signsUpAndIn();
    void readsTopicsFeedsPostsAndComments();
    void writesWithIdempotencyKeys();
    void editsNeedTheRightVersion();
    void reactsCommentsAndMore();
    void errorsSayWhatHappened();
    void plainHttpIsRefusedExceptOnLoopback();
    void slowServersTimeOut();
    void hostileAnswersAreRefused();
    void photosShowOfflineFromTheDiskCache();
    void aDestroyedContextHearsNothing();

private:
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_cacheDir;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_client = std::make_unique<ApiClient>(m_server.url());
    m_client->setMediaCacheDirectory(m_cacheDir.path());
}

void TestApiClient::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

void TestApiClient::signsUpAndIn()
{
    Answer<Session> registered;
    m_client->registerUser(
        {u"ada"_s, u"a long enough password"_s, u"Ada"_s}, this, registered.callback());
    AWAIT_OK(registered);
    QCOMPARE(registered.value().user.handle, u"ada"_s);

    Answer<Session> taken;
    m_client->registerUser(
        {u"ada"_s, u"a long enough password"_s, u"Ada"_s}, this, taken.callback());
    AWAIT(taken);
    QCOMPARE(taken.error().code(), ApiError::Code::HandleTaken);

    Answer<Session> login;
    m_client->login({u"ada"_s, u"a long enough password"_s}, this, login.callback());
    AWAIT_OK(login);
    m_client->setToken(login.value().token);
    Answer<User> me;
    m_client->me(this, me.callback());
    AWAIT_OK(me);
    QCOMPARE(me.value().displayName, u"Ada"_s);

    Answer<Session> wrong;
    m_client->login({u"ada"_s, u"not the password"_s}, this, wrong.callback());
    AWAIT(wrong);
    QCOMPARE(wrong.error().code(), ApiError::Code::InvalidCredentials);
    QVERIFY(!ApiClient::describe(wrong.error()).isEmpty());
}

void TestApiClient::readsTopicsFeedsPostsAndComments()
{
    Answer<Page<Topic>> topics;
    m_client->topics({}, {}, this, topics.callback());
    AWAIT_OK(topics);
    QVERIFY(topics.value().items.size() >= 8);

    Answer<Topic> therapy;
    m_client->topic(u"therapy"_s, this, therapy.callback());
    AWAIT_OK(therapy);
    QCOMPARE(therapy.value().name, u"Therapy"_s);

    FeedQuery query;
    query.limit = 5;
    Answer<Page<Post>> first;
    m_client->feed(u"therapy"_s, query, this, first.callback());
    AWAIT_OK(first);
    QCOMPARE(first.value().items.size(), 5);
    QVERIFY(first.value().hasMore());
    query.cursor = first.value().nextCursor;
    Answer<Page<Post>> second;
    m_client->feed(u"therapy"_s, query, this, second.callback());
    AWAIT_OK(second);
    QVERIFY(second.value().items.first().createdAt <= first.value().items.last().createdAt);

    FeedQuery stories{FeedKind::Story, FeedSort::Trending, 50, {}};
    Answer<Page<Post>> storyFeed;
    m_client->feed(u"therapy"_s, stories, this, storyFeed.callback());
    AWAIT_OK(storyFeed);
    QVERIFY(!storyFeed.value().items.isEmpty());
    for (const Post &post : storyFeed.value().items)
        QCOMPARE(post.kind, PostKind::Story);

    const Post &someone = first.value().items.first();
    Answer<Post> post;
    m_client->post(someone.id, this, post.callback());
    AWAIT_OK(post);
    QCOMPARE(post.value().title, someone.title);

    Answer<Page<Comment>> comments;
    m_client->comments(someone.id, {}, this, comments.callback());
    AWAIT_OK(comments);
    // Demo threads fit one page: every comment and reply is there.
    QCOMPARE(qint64(comments.value().items.size()), someone.commentCount);

    Answer<Page<Newsletter>> newsletters;
    m_client->newsletters(u"therapy"_s, {}, this, newsletters.callback());
    AWAIT_OK(newsletters);
    QVERIFY(!newsletters.value().items.isEmpty());

    Answer<Changes> changes;
    m_client->changes(0, {}, this, changes.callback());
    AWAIT_OK(changes);
    QVERIFY(changes.value().next > 0);
}

void TestApiClient::writesWithIdempotencyKeys()
{
    const QString key = ApiClient::newIdempotencyKey();
    const NewPost draft{PostKind::Post, u"Only once"_s, u"Sent twice, stored once. #ClientKeys"_s,
        {}, {}, std::nullopt};
    Answer<Post> first;
    m_client->createPost(draft, key, this, first.callback());
    AWAIT_OK(first);
    Answer<Post> retry;
    m_client->createPost(draft, key, this, retry.callback());
    AWAIT_OK(retry);
    QCOMPARE(retry.value().id, first.value().id);

    FeedQuery query;
    Answer<Page<Post>> feed;
    m_client->feed(u"clientkeys"_s, query, this, feed.callback());
    AWAIT_OK(feed);
    QCOMPARE(feed.value().items.size(), 1);

    // Without a key of the caller's, each call is its own write.
    Answer<Post> unkeyed;
    m_client->createPost(draft, {}, this, unkeyed.callback());
    AWAIT_OK(unkeyed);
    QVERIFY(unkeyed.value().id != first.value().id);
}

void TestApiClient::editsNeedTheRightVersion()
{
    Answer<Post> created;
    m_client->createPost({PostKind::Post, u"Draft"_s, u"#ClientEdits words"_s, {}, {}, {}}, {},
        this, created.callback());
    AWAIT_OK(created);
    PostPatch patch;
    patch.body = u"#ClientEdits better words"_s;
    Answer<Post> edited;
    m_client->editPost(created.value().id, 1, patch, {}, this, edited.callback());
    AWAIT_OK(edited);
    QCOMPARE(edited.value().version, 2);
    QVERIFY(edited.value().isEdited());

    Answer<Post> stale;
    m_client->editPost(created.value().id, 1, patch, {}, this, stale.callback());
    AWAIT(stale);
    QCOMPARE(stale.error().code(), ApiError::Code::VersionConflict);

    Answer<ApiClient::Done> deleted;
    m_client->deletePost(created.value().id, {}, this, deleted.callback());
    AWAIT_OK(deleted);
    Answer<Post> gone;
    m_client->post(created.value().id, this, gone.callback());
    AWAIT(gone);
    QCOMPARE(gone.error().code(), ApiError::Code::NotFound);
}

void TestApiClient::reactsCommentsAndMore()
{
    Answer<Post> created;
    m_client->createPost(
        {PostKind::Post, u"Talk"_s, u"#ClientMore"_s, {}, {}, {}}, {}, this, created.callback());
    AWAIT_OK(created);
    const qint64 id = created.value().id;

    Answer<ApiClient::ReactionState> hug;
    m_client->react(id, ReactionKind::Hug, {}, this, hug.callback());
    AWAIT_OK(hug);
    QCOMPARE(hug.value().reactions.count(ReactionKind::Hug), 1);
    QCOMPARE(hug.value().reactions.mine(), ReactionKind::Hug);
    Answer<ApiClient::ReactionState> none;
    m_client->react(id, std::nullopt, {}, this, none.callback());
    AWAIT_OK(none);
    QCOMPARE(none.value().reactions.total(), 0);

    Answer<Comment> comment;
    m_client->createComment(
        id, {u"Here with you."_s, std::nullopt, {}}, {}, this, comment.callback());
    AWAIT_OK(comment);
    Answer<Comment> reply;
    m_client->createComment(
        id, {u"Thank you."_s, comment.value().id, {}}, {}, this, reply.callback());
    AWAIT_OK(reply);
    QCOMPARE(reply.value().parentId, comment.value().id);
    Answer<Comment> edited;
    m_client->editComment(
        reply.value().id, 1, {u"Thank you so much."_s, std::nullopt}, {}, this, edited.callback());
    AWAIT_OK(edited);
    QCOMPARE(edited.value().version, 2);
    Answer<ApiClient::Done> removed;
    m_client->deleteComment(reply.value().id, {}, this, removed.callback());
    AWAIT_OK(removed);

    Answer<Topic> joined;
    m_client->setMembership(u"clientmore"_s, true, {}, this, joined.callback());
    AWAIT_OK(joined);
    QVERIFY(joined.value().joined);

    Answer<Page<Newsletter>> newsletters;
    m_client->newsletters(u"therapy"_s, {}, this, newsletters.callback());
    AWAIT_OK(newsletters);
    Answer<Newsletter> subscribed;
    m_client->setSubscription(
        newsletters.value().items.first().id, true, {}, this, subscribed.callback());
    AWAIT_OK(subscribed);
    QVERIFY(subscribed.value().subscribed);

    Answer<qint64> report;
    m_client->report(ReportTarget::Comment, comment.value().id, {ReportReason::Spam, u"test"_s}, {},
        this, report.callback());
    AWAIT_OK(report);
    QVERIFY(report.value() > 0);

    Answer<Page<Post>> demo;
    m_client->feed(u"therapy"_s, FeedQuery(), this, demo.callback());
    AWAIT_OK(demo);
    const qint64 river = demo.value().items.first().author.id;
    Answer<ApiClient::Done> blocked;
    m_client->setBlocked(river, true, {}, this, blocked.callback());
    AWAIT_OK(blocked);
    Answer<Page<User>> blocks;
    m_client->blockedUsers({}, this, blocks.callback());
    AWAIT_OK(blocks);
    QCOMPARE(blocks.value().items.size(), 1);
    Answer<ApiClient::Done> unblocked;
    m_client->setBlocked(river, false, {}, this, unblocked.callback());
    AWAIT_OK(unblocked);
}

void TestApiClient::errorsSayWhatHappened()
{
    Answer<Topic> missing;
    m_client->topic(u"no-such-topic"_s, this, missing.callback());
    AWAIT(missing);
    QCOMPARE(missing.error().code(), ApiError::Code::NotFound);
    QVERIFY(!ApiClient::describe(missing.error()).isEmpty());

    Answer<Post> invalid;
    m_client->createPost(
        {PostKind::Post, u"No tag"_s, u"nothing"_s, {}, {}, {}}, {}, this, invalid.callback());
    AWAIT(invalid);
    QCOMPARE(invalid.error().code(), ApiError::Code::ValidationFailed);
    QCOMPARE(invalid.error().field(), u"hashtags"_s);
    // For a refused write, the server's reason is what the person reads.
    QCOMPARE(ApiClient::describe(invalid.error()), invalid.error().message());

    ApiClient signedOut(m_server.url());
    Answer<User> me;
    signedOut.me(this, me.callback());
    AWAIT(me);
    QCOMPARE(me.error().code(), ApiError::Code::Unauthorized);

    // Nobody listens on this port (it was free a moment ago).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    ApiClient nowhere(QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort)));
    Answer<Topic> unreachable;
    nowhere.topic(u"therapy"_s, this, unreachable.callback());
    AWAIT(unreachable);
    QCOMPARE(unreachable.error().code(), ApiError::Code::Network);
    QVERIFY(ApiClient::describe(unreachable.error()).contains(u"reach"_s));
}

void TestApiClient::plainHttpIsRefusedExceptOnLoopback()
{
    QVERIFY(ApiClient::isSecure(QUrl(u"https://community.example"_s)));
    QVERIFY(ApiClient::isSecure(QUrl(u"http://127.0.0.1:8080"_s)));
    QVERIFY(ApiClient::isSecure(QUrl(u"http://localhost:8080"_s)));
    QVERIFY(ApiClient::isSecure(QUrl(u"http://[::1]:8080"_s)));
    QVERIFY(!ApiClient::isSecure(QUrl(u"http://community.example"_s)));
    QVERIFY(!ApiClient::isSecure(QUrl(u"http://10.1.2.3"_s)));

    ApiClient plain(QUrl(u"http://community.example"_s));
    plain.setToken(u"a-secret-token"_s);
    Answer<User> refused;
    plain.me(this, refused.callback());
    AWAIT(refused);
    QCOMPARE(refused.error().code(), ApiError::Code::Network);
    QVERIFY(refused.error().message().contains(u"HTTPS"_s));
}

void TestApiClient::slowServersTimeOut()
{
    // A server that accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this,
        [&] { held.append(silent.nextPendingConnection()); });
    ApiClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
    client.setTransferTimeout(std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    Answer<Topic> answer;
    client.topic(u"therapy"_s, this, answer.callback());
    AWAIT(answer);
    QCOMPARE(answer.error().code(), ApiError::Code::Network);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(answer.error().message().contains(u"too long"_s));
}

void TestApiClient::hostileAnswersAreRefused()
{
    // A "server" that answers every request with the next canned response.
    const QList<QByteArray> bodies{
        R"({"slug":"therapy","name":"Therapy","tag":"Therapy","counts":{"members":"many"}})",
        R"(<html>not json</html>)",
        "{\"slug\":\"" + QByteArray(100, '[') + "\"}",
        R"({"slug":"Therapy","name":"x","tag":"Therapy","counts":{"members":1,"posts":1,"stories":1,"videos":1}})",
    };
    QTcpServer fake;
    QVERIFY(fake.listen(QHostAddress::LocalHost));
    int next = 0;
    connect(&fake, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = fake.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &bodies, &next] {
            socket->readAll();
            const QByteArray body = bodies.value(next++);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    ApiClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(fake.serverPort())));
    for (int i = 0; i < bodies.size(); ++i) {
        Answer<Topic> answer;
        client.topic(u"therapy"_s, this, answer.callback());
        AWAIT(answer);
        QVERIFY2(!answer.ok(), qPrintable(QString::number(i)));
        QCOMPARE(answer.error().code(), ApiError::Code::Network);
        QVERIFY(answer.error().message().contains(u"could not read"_s));
    }
}

void TestApiClient::photosShowOfflineFromTheDiskCache()
{
    FeedQuery query;
    query.limit = 50;
    Answer<Page<Post>> feed;
    m_client->feed(u"selfcare"_s, query, this, feed.callback());
    AWAIT_OK(feed);
    qint64 photo = 0;
    for (const Post &post : feed.value().items) {
        if (post.media && post.media->kind == MediaKind::Image)
            photo = post.media->id;
    }
    QVERIFY(photo > 0);
    Answer<QByteArray> online;
    m_client->mediaBytes(photo, true, this, online.callback());
    AWAIT_OK(online);
    QVERIFY(online.value().startsWith("\xff\xd8"));
    QVERIFY(m_server.stop());
    Answer<QByteArray> offline;
    m_client->mediaBytes(photo, true, this, offline.callback());
    AWAIT_OK(offline);
    QCOMPARE(offline.value(), online.value());
    // What was never seen is not there offline.
    Answer<QByteArray> unseen;
    m_client->mediaBytes(photo, false, this, unseen.callback());
    AWAIT(unseen);
    QCOMPARE(unseen.error().code(), ApiError::Code::Network);
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
}

void TestApiClient::aDestroyedContextHearsNothing()
{
    ApiClient client(m_server.url());
    bool called = false;
    auto *context = new QObject;
    client.topic(u"therapy"_s, context, [&called](Result<Topic>) { called = true; });
    delete context;
    QTest::qWait(500);
    QVERIFY(!called);
    // The client itself still works.
    Answer<Topic> answer;
    client.topic(u"therapy"_s, this, answer.callback());
    AWAIT_OK(answer);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
