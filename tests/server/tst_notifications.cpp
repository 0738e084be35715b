// Notifications over real HTTP to a real server: what each kind of event records and for whom,
// reactions folded into one entry per post, nothing for one's own actions or from people one
// blocked, deleted posts and comments taking their entries, the read mark, paging, authz and
// bad input, and the caller's notifications in /changes — including a held /changes that a
// new notification wakes.

#include "ServerTestCase.h"
#include "support/RawHttpClient.h"

#include <QJsonDocument>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void aCommentOnMyPostIsAReply();
    void aReplyToMyCommentTellsTheCommenter();
    void reactionsAreOneEntryPerPost();
    void mentionsInPostsAndComments();
    void unknownHandlesAreNothing();
    void nothingForMyOwnActions();
    void nothingFromPeopleIBlocked();
    void aDeletedCommentOrPostTakesItsEntries();
    void readUpToMarksAndIsIdempotent();
    void pagesAreNewestFirst();
    void aSignedOutCallerIsRefused();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void changesCarryTheUnreadCount();
    void aNewNotificationWakesAWaitingChanges();

private:
    QJsonObject list(HttpClient &client, const QString &query = {});
    QJsonArray items(HttpClient &client) { return list(client).value(u"items"_s).toArray(); }
    qint64 post(
        HttpClient &client, const QString &title, const QString &body = u"Some words #porch"_s);
    void readAll(HttpClient &client);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_river;
    std::unique_ptr<HttpClient> m_maple;
    std::unique_ptr<HttpClient> m_fern;
    std::unique_ptr<HttpClient> m_owl;
    qint64 m_riverId = 0;
    qint64 m_mapleId = 0;
    qint64 m_fernId = 0;
    qint64 m_owlId = 0;
};

void TestNotifications::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_river = std::make_unique<HttpClient>(m_server.url());
    m_maple = std::make_unique<HttpClient>(m_server.url());
    m_fern = std::make_unique<HttpClient>(m_server.url());
    m_owl = std::make_unique<HttpClient>(m_server.url());
    m_riverId = registerUser(*m_river, u"river_stone"_s, u"River"_s).value(u"id"_s).toInteger();
    m_mapleId = registerUser(*m_maple, u"maple_tea"_s, u"Maple"_s).value(u"id"_s).toInteger();
    m_fernId = registerUser(*m_fern, u"fern_leaf"_s, u"Fern"_s).value(u"id"_s).toInteger();
    m_owlId = registerUser(*m_owl, u"owl_at_dusk"_s, u"Owl"_s).value(u"id"_s).toInteger();
    QVERIFY(m_riverId > 0 && m_mapleId > 0 && m_fernId > 0 && m_owlId > 0);
}

void TestNotifications::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestNotifications::init()
{
    // Each test starts from everything read.
    for (HttpClient *client : {m_river.get(), m_maple.get(), m_fern.get(), m_owl.get()})
        readAll(*client);
}

QJsonObject TestNotifications::list(HttpClient &client, const QString &query)
{
    const auto reply = client.get(u"/api/v1/notifications"_s + query);
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json();
}

qint64 TestNotifications::post(HttpClient &client, const QString &title, const QString &body)
{
    return idOf(client.post(u"/api/v1/posts"_s, newPost(title, body, u"post"_s, {u"porch"_s})));
}

void TestNotifications::readAll(HttpClient &client)
{
    client.post(u"/api/v1/notifications/read"_s, {{u"upTo"_s, 9007199254740991LL}});
}

void TestNotifications::aCommentOnMyPostIsAReply()
{
    const qint64 postId = post(*m_river, u"Quiet morning by the water"_s);
    const qint64 commentId = writeComment(*m_maple, postId, u"That sounds restful."_s);
    const QJsonArray got = items(*m_river);
    QVERIFY(!got.isEmpty());
    const QJsonObject first = got.first().toObject();
    QCOMPARE(first.value(u"kind"_s).toString(), u"reply"_s);
    QCOMPARE(first.value(u"actor"_s).toObject().value(u"handle"_s).toString(), u"maple_tea"_s);
    QCOMPARE(first.value(u"postId"_s).toInteger(), postId);
    QCOMPARE(first.value(u"commentId"_s).toInteger(), commentId);
    QCOMPARE(first.value(u"topic"_s).toString(), u"porch"_s);
    QCOMPARE(first.value(u"title"_s).toString(), u"Quiet morning by the water"_s);
    QCOMPARE(first.value(u"text"_s).toString(), u"That sounds restful."_s);
    QCOMPARE(first.value(u"read"_s).toBool(), false);
    QVERIFY(first.value(u"createdAt"_s).toString().endsWith(u'Z'));
    QCOMPARE(items(*m_maple).size(), 0); // the commenter is told nothing
}

void TestNotifications::aReplyToMyCommentTellsTheCommenter()
{
    const qint64 postId = post(*m_river, u"Small wins this week"_s);
    const qint64 commentId = writeComment(*m_maple, postId, u"I walked to the shop."_s);
    readAll(*m_river);
    const qint64 replyId = writeComment(*m_fern, postId, u"That counts!"_s, commentId);

    const QJsonObject toMaple = items(*m_maple).first().toObject();
    QCOMPARE(toMaple.value(u"kind"_s).toString(), u"comment_reply"_s);
    QCOMPARE(toMaple.value(u"commentId"_s).toInteger(), replyId);
    QCOMPARE(toMaple.value(u"actor"_s).toObject().value(u"id"_s).toInteger(), m_fernId);
    // The post's author hears of the reply in their thread too, as a reply.
    const QJsonObject toRiver = items(*m_river).first().toObject();
    QCOMPARE(toRiver.value(u"kind"_s).toString(), u"reply"_s);
    QCOMPARE(toRiver.value(u"commentId"_s).toInteger(), replyId);

    // A reply to my comment on my own post is told once, as a reply to my comment.
    const qint64 own = writeComment(*m_river, postId, u"Thank you all."_s);
    readAll(*m_river);
    writeComment(*m_owl, postId, u"Warm wishes"_s, own);
    const QJsonObject unread = list(*m_river);
    QCOMPARE(m_river->get(u"/api/v1/changes?since=0"_s)
                 .json()
                 .value(u"notifications"_s)
                 .toObject()
                 .value(u"unread"_s)
                 .toInteger(),
        1);
    QCOMPARE(unread.value(u"items"_s).toArray().first().toObject().value(u"kind"_s).toString(),
        u"comment_reply"_s);
}

void TestNotifications::reactionsAreOneEntryPerPost()
{
    const qint64 postId = post(*m_river, u"A photo of my garden"_s);
    const auto react = [&](HttpClient &client, const QString &kind) {
        QCOMPARE(client.put(u"/api/v1/posts/%1/reaction"_s.arg(postId), {{u"kind"_s, kind}}).status,
            200);
    };
    react(*m_maple, u"hug"_s);
    const qint64 firstId = items(*m_river).first().toObject().value(u"id"_s).toInteger();
    react(*m_fern, u"hug"_s);
    react(*m_owl, u"heart"_s);
    react(*m_river, u"heart"_s); // the author's own: not counted, not told

    QList<QJsonObject> aboutPost;
    for (const QJsonValue &value : items(*m_river)) {
        if (value.toObject().value(u"postId"_s).toInteger() == postId)
            aboutPost.append(value.toObject());
    }
    QCOMPARE(aboutPost.size(), 1);
    const QJsonObject entry = aboutPost.first();
    QCOMPARE(entry.value(u"kind"_s).toString(), u"reactions"_s);
    QCOMPARE(entry.value(u"actor"_s).toObject().value(u"handle"_s).toString(), u"owl_at_dusk"_s);
    QCOMPARE(entry.value(u"others"_s).toInteger(), 2);
    QCOMPARE(entry.value(u"reactions"_s).toArray(), QJsonArray({u"hug"_s, u"heart"_s}));
    QVERIFY(entry.value(u"commentId"_s).isNull());
    // Each new reaction makes the entry new again (a greater id), so it is unread again.
    QVERIFY(entry.value(u"id"_s).toInteger() > firstId);

    // Setting the same reaction again is no news.
    const qint64 before = entry.value(u"id"_s).toInteger();
    react(*m_owl, u"heart"_s);
    QCOMPARE(items(*m_river).first().toObject().value(u"id"_s).toInteger(), before);
}

void TestNotifications::mentionsInPostsAndComments()
{
    const qint64 postId = post(*m_maple, u"Thinking of @River_Stone today"_s,
        u"And @fern_leaf, and me@owl_at_dusk is not a mention #porch"_s);
    const QJsonObject toRiver = items(*m_river).first().toObject();
    QCOMPARE(toRiver.value(u"kind"_s).toString(), u"mention"_s);
    QCOMPARE(toRiver.value(u"postId"_s).toInteger(), postId);
    QVERIFY(toRiver.value(u"commentId"_s).isNull());
    QVERIFY(toRiver.value(u"text"_s).toString().startsWith(u"And @fern_leaf"_s));
    QCOMPARE(items(*m_fern).first().toObject().value(u"kind"_s).toString(), u"mention"_s);
    QCOMPARE(items(*m_owl).size(), 0);

    // An edit that adds a mention tells the newcomer only.
    const auto edited = m_maple->patch(u"/api/v1/posts/%1"_s.arg(postId),
        {{u"body"_s, u"And @fern_leaf and @owl_at_dusk #porch"_s}}, {{"If-Match", "\"1\""}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(items(*m_owl).size(), 1);
    QCOMPARE(list(*m_fern).value(u"items"_s).toArray().size(), 1);

    // In a comment: one entry, the comment's.
    const qint64 commentId = writeComment(*m_owl, postId, u"@river_stone you would like this"_s);
    const QJsonObject inComment = items(*m_river).first().toObject();
    QCOMPARE(inComment.value(u"kind"_s).toString(), u"mention"_s);
    QCOMPARE(inComment.value(u"commentId"_s).toInteger(), commentId);
}

void TestNotifications::unknownHandlesAreNothing()
{
    const qint64 before = items(*m_river).size();
    const auto reply = m_maple->post(u"/api/v1/posts"_s,
        newPost(u"Hello @nobody_here_at_all"_s, u"Also @xyz #porch"_s, u"post"_s, {u"porch"_s}));
    QCOMPARE(reply.status, 201);
    const qint64 postId = idOf(reply);
    QVERIFY(writeComment(*m_maple, postId, u"@no_such_person hi"_s) > 0);
    QCOMPARE(items(*m_river).size(), before);
}

void TestNotifications::nothingForMyOwnActions()
{
    const qint64 postId = post(*m_river, u"Talking to myself @river_stone"_s);
    writeComment(*m_river, postId, u"Adding a note @river_stone"_s);
    m_river->put(u"/api/v1/posts/%1/reaction"_s.arg(postId), {{u"kind"_s, u"hug"_s}});
    const QJsonObject changes = m_river->get(u"/api/v1/changes?since=0"_s).json();
    QCOMPARE(changes.value(u"notifications"_s).toObject().value(u"unread"_s).toInteger(), 0);
}

void TestNotifications::nothingFromPeopleIBlocked()
{
    QCOMPARE(m_river->put(u"/api/v1/users/%1/block"_s.arg(m_owlId)).status, 204);
    const qint64 postId = post(*m_river, u"Evening thoughts"_s);
    writeComment(*m_owl, postId, u"@river_stone hello"_s);
    m_owl->put(u"/api/v1/posts/%1/reaction"_s.arg(postId), {{u"kind"_s, u"hug"_s}});
    for (const QJsonValue &value : items(*m_river))
        QVERIFY(
            value.toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger() != m_owlId);
    QCOMPARE(m_river->get(u"/api/v1/changes?since=0"_s)
                 .json()
                 .value(u"notifications"_s)
                 .toObject()
                 .value(u"unread"_s)
                 .toInteger(),
        0);
    // Entries from before a block are hidden by it too.
    m_maple->put(u"/api/v1/posts/%1/reaction"_s.arg(postId), {{u"kind"_s, u"heart"_s}});
    const QJsonObject entry = items(*m_river).first().toObject();
    QCOMPARE(entry.value(u"actor"_s).toObject().value(u"id"_s).toInteger(), m_mapleId);
    QCOMPARE(entry.value(u"others"_s).toInteger(), 0); // the blocked reactor is not counted
    QCOMPARE(m_river->remove(u"/api/v1/users/%1/block"_s.arg(m_owlId)).status, 204);
}

void TestNotifications::aDeletedCommentOrPostTakesItsEntries()
{
    const qint64 postId = post(*m_river, u"Short-lived"_s);
    const qint64 commentId = writeComment(*m_maple, postId, u"Gone soon"_s);
    QCOMPARE(items(*m_river).first().toObject().value(u"commentId"_s).toInteger(), commentId);
    const qint64 seqBefore
        = m_river->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();
    QCOMPARE(m_maple->remove(u"/api/v1/comments/%1"_s.arg(commentId)).status, 204);
    for (const QJsonValue &value : items(*m_river))
        QVERIFY(value.toObject().value(u"commentId"_s).toInteger() != commentId);
    // The recipient's /changes hears that their notifications moved.
    const QJsonObject delta = m_river->get(u"/api/v1/changes?since=%1"_s.arg(seqBefore)).json();
    QVERIFY(delta.value(u"next"_s).toInteger() > seqBefore);
    QCOMPARE(delta.value(u"notifications"_s).toObject().value(u"unread"_s).toInteger(), 0);

    const qint64 otherPost = post(*m_maple, u"Also short-lived @river_stone"_s);
    QCOMPARE(items(*m_river).first().toObject().value(u"postId"_s).toInteger(), otherPost);
    QCOMPARE(m_maple->remove(u"/api/v1/posts/%1"_s.arg(otherPost)).status, 204);
    for (const QJsonValue &value : items(*m_river))
        QVERIFY(value.toObject().value(u"postId"_s).toInteger() != otherPost);
}

void TestNotifications::readUpToMarksAndIsIdempotent()
{
    const qint64 postId = post(*m_river, u"Counting"_s);
    writeComment(*m_maple, postId, u"one"_s);
    writeComment(*m_fern, postId, u"two"_s);
    writeComment(*m_owl, postId, u"three"_s);
    const QJsonArray got = items(*m_river);
    const qint64 middle = got.at(1).toObject().value(u"id"_s).toInteger();

    const auto mark = m_river->post(u"/api/v1/notifications/read"_s, {{u"upTo"_s, middle}});
    QCOMPARE(mark.status, 200);
    QCOMPARE(mark.json().value(u"unread"_s).toInteger(), 1);
    QCOMPARE(mark.json().value(u"latest"_s).toInteger(),
        got.at(0).toObject().value(u"id"_s).toInteger());
    const QJsonArray after = items(*m_river);
    QCOMPARE(after.at(0).toObject().value(u"read"_s).toBool(), false);
    QCOMPARE(after.at(1).toObject().value(u"read"_s).toBool(), true);
    QCOMPARE(after.at(2).toObject().value(u"read"_s).toBool(), true);

    // Again, or an older mark: nothing moves back.
    QCOMPARE(m_river->post(u"/api/v1/notifications/read"_s, {{u"upTo"_s, middle}})
                 .json()
                 .value(u"unread"_s)
                 .toInteger(),
        1);
    QCOMPARE(m_river->post(u"/api/v1/notifications/read"_s, {{u"upTo"_s, 0}})
                 .json()
                 .value(u"unread"_s)
                 .toInteger(),
        1);
    // Another device of the same person sees the same read state.
    HttpClient otherDevice(m_server.url());
    otherDevice.setToken(m_river->token());
    QCOMPARE(items(otherDevice).at(1).toObject().value(u"read"_s).toBool(), true);
    // A mark beyond the newest entry does not read entries yet to come.
    readAll(*m_river);
    writeComment(*m_maple, postId, u"four"_s);
    QCOMPARE(items(*m_river).first().toObject().value(u"read"_s).toBool(), false);
    // The write is idempotent under its key, like any other.
    const HttpClient::Headers key{{"Idempotency-Key", "mark-read-1"}};
    QCOMPARE(m_river->post(u"/api/v1/notifications/read"_s, {{u"upTo"_s, 1}}, key).status, 200);
    const auto replay = m_river->post(u"/api/v1/notifications/read"_s, {{u"upTo"_s, 1}}, key);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
}

void TestNotifications::pagesAreNewestFirst()
{
    const qint64 postId = post(*m_fern, u"Many voices"_s);
    for (int i = 0; i < 5; ++i)
        writeComment(*m_maple, postId, u"note %1"_s.arg(i));
    QList<qint64> seen;
    QString cursor;
    int pages = 0;
    do {
        const QJsonObject page = list(
            *m_fern, u"?limit=2"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        seen += idsOf(page);
        cursor = page.value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 50);
    QVERIFY(seen.size() >= 5);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) < seen.at(i - 1));
    QCOMPARE(setOf(seen).size(), seen.size());
}

void TestNotifications::aSignedOutCallerIsRefused()
{
    HttpClient anonymous(m_server.url());
    QCOMPARE(anonymous.get(u"/api/v1/notifications"_s).status, 401);
    QCOMPARE(anonymous.post(u"/api/v1/notifications/read"_s, {{u"upTo"_s, 1}}).status, 401);
    anonymous.setToken(u"not-a-real-token-at-all-000000000"_s);
    QCOMPARE(anonymous.get(u"/api/v1/notifications"_s).status, 401);
    // Signed out, /changes has no notifications field.
    QVERIFY(!anonymous.get(u"/api/v1/changes?since=0"_s).json().contains(u"notifications"_s));
    // Nobody reads another's: the list is always the caller's own.
    for (const QJsonValue &value : items(*m_owl))
        QVERIFY(
            value.toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger() != m_owlId);
}

void TestNotifications::badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("limit zero") << QByteArray("GET") << u"/api/v1/notifications?limit=0"_s
                                << QByteArray() << 400 << u"limit"_s;
    QTest::newRow("limit too high") << QByteArray("GET") << u"/api/v1/notifications?limit=100000"_s
                                    << QByteArray() << 400 << u"limit"_s;
    QTest::newRow("foreign cursor")
        << QByteArray("GET") << u"/api/v1/notifications?cursor=bm9wZTox"_s << QByteArray() << 400
        << u"cursor"_s;
    QTest::newRow("no upTo") << QByteArray("POST") << u"/api/v1/notifications/read"_s
                             << QByteArray("{}") << 400 << u"upTo"_s;
    QTest::newRow("negative upTo") << QByteArray("POST") << u"/api/v1/notifications/read"_s
                                   << QByteArray(R"({"upTo": -1})") << 400 << u"upTo"_s;
    QTest::newRow("string upTo") << QByteArray("POST") << u"/api/v1/notifications/read"_s
                                 << QByteArray(R"({"upTo": "12"})") << 400 << u"upTo"_s;
    QTest::newRow("not json") << QByteArray("POST") << u"/api/v1/notifications/read"_s
                              << QByteArray("upTo=3") << 400 << QString();
    QTest::newRow("wrong method") << QByteArray("DELETE") << u"/api/v1/notifications"_s
                                  << QByteArray() << 405 << QString();
}

void TestNotifications::badInputIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const auto reply = m_river->send(method, path, body,
        body.isEmpty() ? HttpClient::Headers{}
                       : HttpClient::Headers{{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, status);
    if (!field.isEmpty())
        QCOMPARE(reply.errorField(), field);
}

void TestNotifications::changesCarryTheUnreadCount()
{
    const QJsonObject start = m_river->get(u"/api/v1/changes?since=0"_s).json();
    QCOMPARE(start.value(u"notifications"_s).toObject().value(u"unread"_s).toInteger(), 0);
    const qint64 since = start.value(u"next"_s).toInteger();

    const qint64 postId = post(*m_river, u"Tell me"_s);
    const qint64 seqAfterPost
        = m_river->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();
    writeComment(*m_maple, postId, u"Telling you"_s);
    const QJsonObject delta = m_river->get(u"/api/v1/changes?since=%1"_s.arg(since)).json();
    const QJsonObject state = delta.value(u"notifications"_s).toObject();
    QCOMPARE(state.value(u"unread"_s).toInteger(), 1);
    QCOMPARE(state.value(u"latest"_s).toInteger(),
        items(*m_river).first().toObject().value(u"id"_s).toInteger());
    // Maple's /changes carries Maple's own state, unmoved.
    QCOMPARE(m_maple->get(u"/api/v1/changes?since=%1"_s.arg(seqAfterPost))
                 .json()
                 .value(u"notifications"_s)
                 .toObject()
                 .value(u"unread"_s)
                 .toInteger(),
        0);
}

void TestNotifications::aNewNotificationWakesAWaitingChanges()
{
    const qint64 postId = post(*m_river, u"Waiting for words"_s);
    // Waiting for a topic nobody writes in: only River's notifications can answer it.
    const qint64 since
        = m_river->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();
    const QByteArray bearer = "Authorization: Bearer " + m_river->token().toLatin1() + "\r\n";
    RawHttpClient waiter(quint16(m_server.url().port()));
    waiter.send("GET /api/v1/changes?since=" + QByteArray::number(since)
        + "&wait=30&topics=nobody_writes_here HTTP/1.1\r\nHost: test\r\n" + bearer + "\r\n");
    QVERIFY(waiter.responses(1, 600ms).isEmpty());

    // Someone else's notification leaves River's request waiting.
    const qint64 maplePost = post(*m_maple, u"Maple's own"_s);
    writeComment(*m_fern, maplePost, u"For Maple"_s);
    QVERIFY(waiter.responses(1, 600ms).isEmpty());

    writeComment(*m_owl, postId, u"Here are some"_s);
    const QList<RawResponse> answers = waiter.responses(1, 20s);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 200);
    const QJsonObject delta = QJsonDocument::fromJson(answers.at(0).body).object();
    QCOMPARE(delta.value(u"notifications"_s).toObject().value(u"unread"_s).toInteger(), 1);
    QVERIFY(delta.value(u"next"_s).toInteger() > since);

    // Marking read on another device moves the count too: it wakes a waiting request.
    const qint64 next = delta.value(u"next"_s).toInteger();
    RawHttpClient second(quint16(m_server.url().port()));
    second.send("GET /api/v1/changes?since=" + QByteArray::number(next)
        + "&wait=30&topics=nobody_writes_here HTTP/1.1\r\nHost: test\r\n" + bearer + "\r\n");
    QVERIFY(second.responses(1, 600ms).isEmpty());
    readAll(*m_river);
    const QList<RawResponse> marked = second.responses(1, 20s);
    QCOMPARE(marked.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(marked.at(0).body)
                 .object()
                 .value(u"notifications"_s)
                 .toObject()
                 .value(u"unread"_s)
                 .toInteger(),
        0);
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
