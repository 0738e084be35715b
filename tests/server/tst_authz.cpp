// The authorization matrix: every write, without a token, with a bad or revoked token,
// and with another person's token where the thing is not theirs, is refused with 401 or
// 403, and changes nothing: the change sequence does not move and the data reads the same.

#include "ServerTestCase.h"

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedWritesChangeNothing_data();
    void refusedWritesChangeNothing();
    void badTokensAreRefusedEvenForReading();
    void logoutRevokesTheToken();

private:
    QByteArray snapshot();

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_alice;
    std::unique_ptr<HttpClient> m_bob;
    qint64 m_postId = 0;
    qint64 m_commentId = 0;
    qint64 m_bobId = 0;
    qint64 m_newsletterId = 0;
};

void TestAuthorization::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_alice = std::make_unique<HttpClient>(m_server.url());
    m_bob = std::make_unique<HttpClient>(m_server.url());
    registerUser(*m_alice, u"alice"_s);
    m_bobId = registerUser(*m_bob, u"bob"_s).value(u"id"_s).toInteger();
    const auto post = m_alice->post(u"/api/v1/posts"_s, newPost(u"Mine"_s, u"#Therapy mine"_s));
    m_postId = post.json().value(u"id"_s).toInteger();
    m_commentId
        = m_alice->post(u"/api/v1/posts/%1/comments"_s.arg(m_postId), {{u"body"_s, u"Also mine"_s}})
              .json()
              .value(u"id"_s)
              .toInteger();
    m_newsletterId = m_alice->get(u"/api/v1/topics/therapy/newsletters"_s)
                         .json()
                         .value(u"items"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"id"_s)
                         .toInteger();
    QVERIFY(m_postId > 0 && m_commentId > 0 && m_newsletterId > 0);
}

void TestAuthorization::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

// Everything a refused write could have touched, as a reader sees it.
QByteArray TestAuthorization::snapshot()
{
    HttpClient reader(m_server.url());
    QByteArray state;
    for (const QString &path : {u"/api/v1/changes?since=0"_s, u"/api/v1/posts/%1"_s.arg(m_postId),
             u"/api/v1/posts/%1/comments"_s.arg(m_postId), u"/api/v1/topics/therapy"_s,
             u"/api/v1/topics/therapy/feed"_s}) {
        state += reader.get(path).body + '\n';
    }
    state += m_alice->get(u"/api/v1/topics/therapy/newsletters"_s).body + '\n';
    state += m_bob->get(u"/api/v1/me/blocks"_s).body + '\n';
    return state;
}

void TestAuthorization::refusedWritesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ownedByAlice"); // bob's token must get 403 too

    const QString post = u"/api/v1/posts/%1"_s.arg(m_postId);
    const QString comment = u"/api/v1/comments/%1"_s.arg(m_commentId);
    const QByteArray postBody = R"({"kind":"post","title":"x","body":"#Therapy x"})";
    QTest::newRow("create post") << QByteArray("POST") << u"/api/v1/posts"_s << postBody << false;
    QTest::newRow("edit post") << QByteArray("PATCH") << post
                               << QByteArray(R"({"title":"Taken over"})") << true;
    QTest::newRow("delete post") << QByteArray("DELETE") << post << QByteArray() << true;
    QTest::newRow("react") << QByteArray("PUT") << post + u"/reaction"_s
                           << QByteArray(R"({"kind":"hug"})") << false;
    QTest::newRow("unreact") << QByteArray("DELETE") << post + u"/reaction"_s << QByteArray()
                             << false;
    QTest::newRow("comment") << QByteArray("POST") << post + u"/comments"_s
                             << QByteArray(R"({"body":"x"})") << false;
    QTest::newRow("edit comment") << QByteArray("PATCH") << comment
                                  << QByteArray(R"({"body":"Taken"})") << true;
    QTest::newRow("delete comment") << QByteArray("DELETE") << comment << QByteArray() << true;
    QTest::newRow("join") << QByteArray("PUT") << u"/api/v1/topics/therapy/membership"_s
                          << QByteArray() << false;
    QTest::newRow("leave") << QByteArray("DELETE") << u"/api/v1/topics/therapy/membership"_s
                           << QByteArray() << false;
    QTest::newRow("subscribe") << QByteArray("PUT")
                               << u"/api/v1/newsletters/%1/subscription"_s.arg(m_newsletterId)
                               << QByteArray() << false;
    QTest::newRow("unsubscribe") << QByteArray("DELETE")
                                 << u"/api/v1/newsletters/%1/subscription"_s.arg(m_newsletterId)
                                 << QByteArray() << false;
    QTest::newRow("report post") << QByteArray("POST") << post + u"/reports"_s
                                 << QByteArray(R"({"reason":"spam"})") << false;
    QTest::newRow("report comment") << QByteArray("POST") << comment + u"/reports"_s
                                    << QByteArray(R"({"reason":"spam"})") << false;
    QTest::newRow("block") << QByteArray("PUT") << u"/api/v1/users/%1/block"_s.arg(m_bobId)
                           << QByteArray() << false;
    QTest::newRow("unblock") << QByteArray("DELETE") << u"/api/v1/users/%1/block"_s.arg(m_bobId)
                             << QByteArray() << false;
    QTest::newRow("upload") << QByteArray("POST") << u"/api/v1/media"_s << QByteArray("\x89PNG")
                            << false;
    QTest::newRow("logout") << QByteArray("POST") << u"/api/v1/auth/logout"_s << QByteArray()
                            << false;
}

void TestAuthorization::refusedWritesChangeNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, ownedByAlice);

    const QByteArray before = snapshot();
    HttpClient::Headers headers;
    if (path.endsWith(u"/media"_s))
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "image/png"));
    if (method == "PATCH")
        headers.append(std::pair<QByteArray, QByteArray>("If-Match", "\"1\""));

    HttpClient anonymous(m_server.url());
    const auto noToken = anonymous.send(method, path, body, headers);
    QCOMPARE(noToken.status, 401);
    QCOMPARE(noToken.errorCode(), u"unauthorized"_s);
    QCOMPARE(noToken.header("WWW-Authenticate"), QByteArray("Bearer"));

    HttpClient forged(m_server.url());
    forged.setToken(u"Zm9yZ2VkLXRva2VuLXRoYXQtaXMtbm90LXJlYWwtYXQtYWxsLTEyMw"_s);
    const auto forgedReply = forged.send(method, path, body, headers);
    QCOMPARE(forgedReply.status, 401);
    QCOMPARE(forgedReply.header("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\""));
    HttpClient malformed(m_server.url());
    QCOMPARE(malformed
                 .send(method, path, body,
                     headers + HttpClient::Headers{{"Authorization", "Basic YTpi"}})
                 .status,
        401);

    if (ownedByAlice) {
        const auto other = m_bob->send(method, path, body, headers);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), u"forbidden"_s);
    }
    QCOMPARE(snapshot(), before);
}

void TestAuthorization::badTokensAreRefusedEvenForReading()
{
    HttpClient forged(m_server.url());
    forged.setToken(u"not-a-token"_s);
    QCOMPARE(forged.get(u"/api/v1/topics/therapy"_s).status, 401);
    HttpClient anonymous(m_server.url());
    QCOMPARE(anonymous.get(u"/api/v1/topics/therapy"_s).status, 200);
    QCOMPARE(anonymous.get(u"/api/v1/me"_s).status, 401);
    QCOMPARE(m_alice->get(u"/api/v1/me"_s).json().value(u"handle"_s).toString(), u"alice"_s);
}

void TestAuthorization::logoutRevokesTheToken()
{
    HttpClient carol(m_server.url());
    registerUser(carol, u"carol"_s);
    const QString token = carol.token();
    QCOMPARE(carol.get(u"/api/v1/me"_s).status, 200);
    QCOMPARE(carol.post(u"/api/v1/auth/logout"_s, {}).status, 204);
    QCOMPARE(carol.get(u"/api/v1/me"_s).status, 401);
    QCOMPARE(carol.post(u"/api/v1/posts"_s, newPost(u"After"_s, u"#Therapy after"_s)).status, 401);
    // The other sessions of other people are untouched.
    QCOMPARE(m_alice->get(u"/api/v1/me"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authz.moc"
