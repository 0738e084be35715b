// Accounts over real HTTP: registration rules, sign-in, the login rate limit, and a
// restart that keeps everything.

#include "ServerTestCase.h"
#include "api/Limits.h"

#include <QFile>

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registersAndSignsIn();
    void refusesBadRegistrations_data();
    void refusesBadRegistrations();
    void wrongPasswordsAreRefused();
    void loginsAreRateLimitedPerHandle();
    void tokensAndPasswordsAreNotStoredInTheClear();
    void loginsAreRateLimitedPerAddress();
    void behindATrustedProxyEachClientHasItsOwnLimit();
    void guessesElsewhereDoNotLockAMemberOut();
    void restartKeepsEverything();

private:
    ServerProcess m_server;
};

void TestAccounts::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestAccounts::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestAccounts::registersAndSignsIn()
{
    HttpClient client(m_server.url());
    const auto registered = client.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"willow"_s}, {u"password"_s, u"correct horse battery"_s},
            {u"displayName"_s, u"Willow 🌿"_s}});
    QCOMPARE(registered.status, 201);
    const QString token = registered.json().value(u"token"_s).toString();
    QCOMPARE(token.size(), 43); // 256 bits, base64url
    QCOMPARE(registered.json().value(u"user"_s).toObject().value(u"displayName"_s).toString(),
        u"Willow 🌿"_s);

    const auto login = client.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"willow"_s}, {u"password"_s, u"correct horse battery"_s}});
    QCOMPARE(login.status, 200);
    const QString second = login.json().value(u"token"_s).toString();
    QVERIFY(second != token); // every sign-in is its own session
    client.setToken(second);
    QCOMPARE(client.get(u"/api/v1/me"_s).json().value(u"handle"_s).toString(), u"willow"_s);
    client.setToken(token);
    QCOMPARE(client.get(u"/api/v1/me"_s).status, 200);

    const auto taken = client.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"willow"_s}, {u"password"_s, u"another password"_s},
            {u"displayName"_s, u"Someone"_s}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), u"handle_taken"_s);
}

void TestAccounts::refusesBadRegistrations_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("field");
    QTest::newRow("short handle") << u"ab"_s << u"long enough"_s << u"A"_s << u"handle"_s;
    QTest::newRow("uppercase handle") << u"Willow"_s << u"long enough"_s << u"A"_s << u"handle"_s;
    QTest::newRow("spaces") << u"a b c"_s << u"long enough"_s << u"A"_s << u"handle"_s;
    QTest::newRow("short password") << u"valid_one"_s << u"seven77"_s << u"A"_s << u"password"_s;
    QTest::newRow("blank name") << u"valid_two"_s << u"long enough"_s << u"   "_s
                                << u"displayName"_s;
    QTest::newRow("long name") << u"valid_three"_s << u"long enough"_s << QString(65, u'n')
                               << u"displayName"_s;
}

void TestAccounts::refusesBadRegistrations()
{
    QFETCH(QString, handle);
    QFETCH(QString, password);
    QFETCH(QString, displayName);
    QFETCH(QString, field);
    HttpClient client(m_server.url());
    const auto reply = client.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, handle}, {u"password"_s, password}, {u"displayName"_s, displayName}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"validation_failed"_s);
    QCOMPARE(reply.errorField(), field);
}

void TestAccounts::wrongPasswordsAreRefused()
{
    HttpClient client(m_server.url());
    registerUser(client, u"rowan"_s);
    HttpClient other(m_server.url());
    const auto wrong = other.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"rowan"_s}, {u"password"_s, u"not the password"_s}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), u"invalid_credentials"_s);
    const auto nobody = other.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"nobody_here"_s}, {u"password"_s, u"whatever1"_s}});
    QCOMPARE(nobody.status, 401);
    // The same answer whether or not the handle exists.
    QCOMPARE(nobody.json(), wrong.json());
}

void TestAccounts::loginsAreRateLimitedPerHandle()
{
    HttpClient client(m_server.url());
    registerUser(client, u"guarded"_s);
    HttpClient attacker(m_server.url());
    const QJsonObject wrong{{u"handle"_s, u"guarded"_s}, {u"password"_s, u"guess guess"_s}};
    for (int i = 0; i < 10; ++i)
        QCOMPARE(attacker.post(u"/api/v1/auth/login"_s, wrong).status, 401);
    const auto limited = attacker.post(u"/api/v1/auth/login"_s, wrong);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"rate_limited"_s);
    bool ok = false;
    const int retryAfter = limited.header("Retry-After").toInt(&ok);
    QVERIFY(ok && retryAfter > 0 && retryAfter <= 15 * 60);
    // Even the right password waits: the limit protects the account, not the guess.
    const auto right = attacker.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"guarded"_s}, {u"password"_s, u"a long enough password"_s}});
    QCOMPARE(right.status, 429);
}

void TestAccounts::tokensAndPasswordsAreNotStoredInTheClear()
{
    HttpClient client(m_server.url());
    registerUser(client, u"secretive"_s);
    const QString token = client.token();
    QByteArray bytes;
    for (const QString &path : m_server.databaseFiles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.contains("secretive"));
    QVERIFY(!bytes.contains(token.toLatin1()));
    QVERIFY(!bytes.contains("a long enough password"));
    QVERIFY(bytes.contains("$argon2id$"));
}

void TestAccounts::loginsAreRateLimitedPerAddress()
{
    // A different handle each time, so only the per-address limit can trip.
    HttpClient sprayer(m_server.url());
    int allowed = 0;
    HttpClient::Reply reply;
    for (int i = 0; i < 40; ++i) {
        reply = sprayer.post(u"/api/v1/auth/login"_s,
            {{u"handle"_s, u"spray_%1"_s.arg(i)}, {u"password"_s, u"guess guess"_s}});
        if (reply.status == 429)
            break;
        QCOMPARE(reply.status, 401);
        ++allowed;
    }
    QCOMPARE(reply.status, 429);
    QVERIFY(!reply.header("Retry-After").isEmpty());
    // Earlier tests of this suite signed in from this address too: the limit is 30 in all.
    QVERIFY2(allowed <= 30, qPrintable(QString::number(allowed)));
    QVERIFY(allowed >= 10);
}

void TestAccounts::behindATrustedProxyEachClientHasItsOwnLimit()
{
    ServerProcess proxied;
    QVERIFY2(
        proxied.start({u"--trusted-proxy"_s, u"127.0.0.1"_s}), qPrintable(proxied.errorString()));
    HttpClient client(proxied.url());
    const auto attempt = [&client](int i, const QByteArray &forwardedFor) {
        return client
            .post(u"/api/v1/auth/login"_s,
                {{u"handle"_s, u"nobody_%1"_s.arg(i)}, {u"password"_s, u"guess guess"_s}},
                {{"X-Forwarded-For", forwardedFor}})
            .status;
    };
    for (int i = 0; i < 30; ++i)
        QCOMPARE(attempt(i, "198.51.100.7"), 401);
    QCOMPARE(attempt(30, "198.51.100.7"), 429);
    // Another client behind the same proxy is not locked out with the first.
    QCOMPARE(attempt(31, "203.0.113.9"), 401);
    // The proxy appends the address it saw: what the client wrote before it does not count.
    QCOMPARE(attempt(32, "203.0.113.200, 198.51.100.7"), 429);
    QVERIFY(proxied.stop());
}

void TestAccounts::guessesElsewhereDoNotLockAMemberOut()
{
    // Ten wrong passwords for a handle used to refuse even the right one, from anywhere, for
    // 15 minutes: anyone could lock a member out.
    ServerProcess proxied;
    QVERIFY2(
        proxied.start({u"--trusted-proxy"_s, u"127.0.0.1"_s}), qPrintable(proxied.errorString()));
    HttpClient client(proxied.url());
    registerUser(client, u"steadfast"_s);
    const auto attempt = [&client](const QString &password, const QByteArray &from) {
        return client.post(u"/api/v1/auth/login"_s,
            {{u"handle"_s, u"steadfast"_s}, {u"password"_s, password}},
            {{"X-Forwarded-For", from}});
    };
    for (int i = 0; i < Hearth::Limits::LoginFailuresPerHandleAndAddress; ++i)
        QCOMPARE(attempt(u"guess number %1"_s.arg(i), "198.51.100.66").status, 401);
    // The guesser is slowed down, even with the right password...
    const HttpClient::Reply guesser = attempt(u"a long enough password"_s, "198.51.100.66");
    QCOMPARE(guesser.status, 429);
    QVERIFY(guesser.header("Retry-After").toInt() >= 1);
    // ...the member, from where they are, is not.
    const HttpClient::Reply member = attempt(u"a long enough password"_s, "203.0.113.20");
    QCOMPARE(member.status, 200);
    QVERIFY(!member.json().value(u"token"_s).toString().isEmpty());
    // Nor a guesser elsewhere with wrong passwords: each address has its own count.
    QCOMPARE(attempt(u"another guess"_s, "203.0.113.21").status, 401);
    QVERIFY(proxied.stop());
}

void TestAccounts::restartKeepsEverything()
{
    HttpClient client(m_server.url());
    registerUser(client, u"steady"_s);
    const auto post
        = client.post(u"/api/v1/posts"_s, newPost(u"Still here"_s, u"#Restart after a stop"_s));
    const qint64 id = post.json().value(u"id"_s).toInteger();
    client.put(u"/api/v1/posts/%1/reaction"_s.arg(id), {{u"kind"_s, u"heart"_s}});
    const QByteArray before = client.get(u"/api/v1/posts/%1"_s.arg(id)).body;
    const qint64 sequence
        = client.get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();

    QVERIFY(m_server.stop()); // SIGTERM: a clean, zero exit
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    client.setBase(m_server.url());
    QCOMPARE(client.get(u"/api/v1/me"_s).status, 200); // the session survives
    QCOMPARE(client.get(u"/api/v1/posts/%1"_s.arg(id)).body, before);
    QCOMPARE(
        client.get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger(), sequence);

    // A crash loses nothing that was answered.
    const auto later
        = client.post(u"/api/v1/posts"_s, newPost(u"Before the crash"_s, u"#Restart crash"_s));
    QCOMPARE(later.status, 201);
    m_server.kill();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    client.setBase(m_server.url());
    QCOMPARE(
        client.get(u"/api/v1/posts/%1"_s.arg(later.json().value(u"id"_s).toInteger())).status, 200);
    QCOMPARE(idsOf(client.get(u"/api/v1/topics/restart/feed"_s).json()).size(), 2);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
