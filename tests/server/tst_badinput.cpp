// Bad input over real HTTP gets a clear JSON error with the right 4xx and changes
// nothing; the connection guard refuses oversize and slow requests before they cost
// the server memory or attention.

#include "ServerTestCase.h"
#include "support/ProcessStats.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// Sends a request head and then the body in chunks over a raw socket, as a client that
// does not wait for an early answer would, and gives what the server answered.
struct RawExchange
{
    QByteArray answer;
    qint64 bodyBytesSent = 0;
};

RawExchange sendRaw(const QUrl &server, const QByteArray &head, qint64 bodyBytes, char fill = 'x',
    const QByteArray &bodyPrefix = {})
{
    RawExchange exchange;
    QTcpSocket socket;
    socket.connectToHost(server.host(), quint16(server.port()));
    if (!socket.waitForConnected(5000))
        return exchange;
    socket.write(head);
    socket.write(bodyPrefix);
    exchange.bodyBytesSent = bodyPrefix.size();
    const QByteArray chunk(64 * 1024, fill);
    QElapsedTimer timer;
    timer.start();
    while (exchange.bodyBytesSent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState
        && timer.elapsed() < 20'000) {
        exchange.bodyBytesSent += socket.write(chunk.left(bodyBytes - exchange.bodyBytesSent));
        socket.waitForBytesWritten(100);
        if (socket.waitForReadyRead(1))
            exchange.answer += socket.readAll();
        if (exchange.answer.contains("\r\n\r\n") && exchange.answer.endsWith("}"))
            break;
    }
    socket.waitForReadyRead(2000);
    exchange.answer += socket.readAll();
    return exchange;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void malformedJson_data();
    void malformedJson();
    void wrongTypesNameTheField();
    void nulInTextIsRefusedNamingTheField();
    void jsonMustSayItIsJson();
    void tenMegabyteTitleIsRefused();
    void unknownRoutesAndWrongMethods();
    void aGigabyteUploadIsRefusedAndMemoryStaysFlat();
    void anOversizePhotoIsRefusedAtItsHead();
    void slowClientsAreCutOffWhileOthersAreServed();

private:
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_client;
};

void TestBadInput::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<HttpClient>(m_server.url());
    registerUser(*m_client, u"tester"_s);
}

void TestBadInput::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestBadInput::malformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("kind=post&title=hi");
    QTest::newRow("truncated") << QByteArray(R"({"kind":"post","title":"hi)");
    QTest::newRow("array") << QByteArray(R"([{"kind":"post"}])");
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"kind\":\"post\",\"title\":\"\xff\xfe\",\"body\":\"#x\"}");
    QTest::newRow("deep") << QByteArray(
        "{\"title\":" + QByteArray(64, '[') + QByteArray(64, ']') + "}");
    // api.md: "A byte-order mark is not allowed", even before an otherwise valid post.
    QTest::newRow("byte-order mark")
        << QByteArray("\xef\xbb\xbf{\"kind\":\"post\",\"title\":\"t\",\"body\":\"#Bom\"}");
    QTest::newRow("bad escape") << QByteArray(R"({"kind":"post","title":"\q","body":"#x"})");
}

void TestBadInput::malformedJson()
{
    QFETCH(QByteArray, body);
    const auto before = m_client->get(u"/api/v1/changes?since=0"_s).json();
    const auto reply
        = m_client->send("POST", u"/api/v1/posts"_s, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply.errorCode(), u"invalid_json"_s);
    QVERIFY(!reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QCOMPARE(m_client->get(u"/api/v1/changes?since=0"_s).json(), before);
}

void TestBadInput::wrongTypesNameTheField()
{
    const auto reply
        = m_client->send("POST", u"/api/v1/posts"_s, R"({"kind":"post","title":42,"body":"#x"})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"validation_failed"_s);
    QCOMPARE(reply.errorField(), u"title"_s);
    const auto kind
        = m_client->send("POST", u"/api/v1/posts"_s, R"({"kind":"poem","title":"t","body":"#x"})");
    QCOMPARE(kind.errorField(), u"kind"_s);
    const auto media = m_client->send("POST", u"/api/v1/posts"_s,
        R"({"kind":"post","title":"t","body":"#x","media":{"id":"7"}})");
    QCOMPARE(media.errorField(), u"media.id"_s);
}

// U+0000 in any text is refused as an unpaired surrogate is (docs/api.md, "Text and lengths"),
// and nothing is written.
void TestBadInput::nulInTextIsRefusedNamingTheField()
{
    const auto before = m_client->get(u"/api/v1/changes?since=0"_s).json();
    const auto title = m_client->send("POST", u"/api/v1/posts"_s,
        R"({"kind":"post","title":"Small\u0000steps","body":"#NulTitle"})");
    QCOMPARE(title.status, 400);
    QCOMPARE(title.errorCode(), u"validation_failed"_s);
    QCOMPARE(title.errorField(), u"title"_s);
    const auto warning = m_client->send("POST", u"/api/v1/posts"_s,
        R"({"kind":"post","title":"t","body":"#NulWarning","contentWarning":"\u0000"})");
    QCOMPARE(warning.errorField(), u"contentWarning"_s);
    QCOMPARE(m_client->get(u"/api/v1/changes?since=0"_s).json(), before);
    QCOMPARE(m_client->get(u"/api/v1/topics/nultitle"_s).status, 404);
}

void TestBadInput::jsonMustSayItIsJson()
{
    const QByteArray body = R"({"kind":"post","title":"Typed","body":"#ContentType"})";
    for (const QByteArray &type :
        {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
            QByteArray("application/json; charset=latin1")}) {
        const auto reply
            = m_client->send("POST", u"/api/v1/posts"_s, body, {{"Content-Type", type}});
        QCOMPARE(reply.status, 415);
        QCOMPARE(reply.errorCode(), u"unsupported_media_type"_s);
    }
    QCOMPARE(m_client->get(u"/api/v1/topics/contenttype"_s).status, 404);
    const auto utf8 = m_client->send(
        "POST", u"/api/v1/posts"_s, body, {{"Content-Type", "Application/JSON; charset=UTF-8"}});
    QCOMPARE(utf8.status, 201);
}

void TestBadInput::tenMegabyteTitleIsRefused()
{
    const qint64 size = 10 * 1024 * 1024;
    const QByteArray prefix = R"({"kind":"post","body":"#Big","title":")";
    const QByteArray head = "POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\n"
                            "Content-Type: application/json\r\nAuthorization: Bearer "
        + m_client->token().toLatin1() + "\r\nContent-Length: " + QByteArray::number(size + 2)
        + "\r\n\r\n";
    const RawExchange exchange = sendRaw(m_server.url(), head, size, 'a', prefix);
    QVERIFY2(exchange.answer.startsWith("HTTP/1.1 413"), exchange.answer.left(200).constData());
    QVERIFY(exchange.answer.contains(R"("code":"payload_too_large")"));
    QVERIFY(exchange.bodyBytesSent < size);
    QCOMPARE(m_client->get(u"/api/v1/topics/big"_s).status, 404);
    // Just over the title limit, within the body limit: a field error.
    const auto over = m_client->post(u"/api/v1/posts"_s, newPost(QString(201, u't'), u"#Big"_s));
    QCOMPARE(over.status, 400);
    QCOMPARE(over.errorField(), u"title"_s);
}

void TestBadInput::unknownRoutesAndWrongMethods()
{
    const auto unknown = m_client->get(u"/api/v1/nothing/here"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"not_found"_s);
    QCOMPARE(m_client->get(u"/"_s).status, 404);
    QCOMPARE(m_client->get(u"/api/v2/topics"_s).status, 404);

    const auto wrong = m_client->send("DELETE", u"/api/v1/topics/therapy"_s, {});
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.errorCode(), u"method_not_allowed"_s);
    QCOMPARE(wrong.header("Allow"), QByteArray("GET"));
    const auto posts = m_client->send("GET", u"/api/v1/posts"_s, {});
    QCOMPARE(posts.status, 405);
    QCOMPARE(posts.header("Allow"), QByteArray("POST"));
    // A path is matched exactly: no trailing or doubled slashes, no padded ids.
    QCOMPARE(m_client->get(u"/api/v1/topics/"_s).status, 404);
    QCOMPARE(m_client->get(u"/api//v1/topics"_s).status, 404);
    const auto post = m_client->post(u"/api/v1/posts"_s, newPost(u"Seven"_s, u"#Routing"_s));
    const qint64 id = post.json().value(u"id"_s).toInteger();
    QCOMPARE(m_client->get(u"/api/v1/posts/%1"_s.arg(id)).status, 200);
    QCOMPARE(m_client->get(u"/api/v1/posts/0%1"_s.arg(id)).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/posts/+%1"_s.arg(id)).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/posts/%1/"_s.arg(id)).status, 404);

    const auto reaction = m_client->send("POST", u"/api/v1/posts/1/reaction"_s, "{}");
    QCOMPARE(reaction.status, 405);
    QCOMPARE(reaction.header("Allow"), QByteArray("PUT, DELETE"));
}

void TestBadInput::aGigabyteUploadIsRefusedAndMemoryStaysFlat()
{
    const qint64 before = residentKiB(m_server.pid());
    QVERIFY(before > 0);
    const QByteArray head
        = "POST /api/v1/media HTTP/1.1\r\nHost: localhost\r\nContent-Type: video/mp4\r\n"
          "Authorization: Bearer "
        + m_client->token().toLatin1()
        + "\r\n"
          "Content-Length: 1073741824\r\n\r\n";
    // Streams up to 64 MiB of the gigabyte, or until the server closes the connection.
    const RawExchange exchange = sendRaw(m_server.url(), head, 64 * 1024 * 1024);
    QVERIFY2(exchange.answer.startsWith("HTTP/1.1 413"), exchange.answer.left(200).constData());
    QVERIFY(exchange.answer.contains("payload_too_large"));
    const qint64 after = residentKiB(m_server.pid());
    qInfo("sent %lld KiB before the refusal; server RSS %lld KiB -> %lld KiB",
        exchange.bodyBytesSent / 1024, before, after);
    QVERIFY2(after - before < 32 * 1024, "the server buffered the upload");
    QCOMPARE(m_client->get(u"/api/v1/me"_s).status, 200);
}

void TestBadInput::anOversizePhotoIsRefusedAtItsHead()
{
    const auto head = [this](const QByteArray &type, qint64 length) -> QByteArray {
        return "POST /api/v1/media HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
            + "\r\nAuthorization: Bearer " + m_client->token().toLatin1()
            + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
    };
    // Nothing of the body is sent: the answer comes from the head alone.
    const RawExchange photo = sendRaw(m_server.url(), head("image/jpeg", 20 * 1024 * 1024), 0);
    QVERIFY2(photo.answer.startsWith("HTTP/1.1 413"), photo.answer.left(200).constData());
    QVERIFY(photo.answer.contains("10485760"));
    // A video of that size is within its limit: no answer until the body comes.
    const RawExchange video = sendRaw(m_server.url(), head("video/mp4", 20 * 1024 * 1024), 0);
    QVERIFY2(video.answer.isEmpty(), video.answer.left(200).constData());
}

void TestBadInput::slowClientsAreCutOffWhileOthersAreServed()
{
    // One header byte a second: the head deadline (10 s) ends it; others are served.
    QTcpSocket slow;
    slow.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
    QVERIFY(slow.waitForConnected(5000));
    const QByteArray head
        = "GET /api/v1/topics HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaa";
    QElapsedTimer timer;
    timer.start();
    qint64 served = 0;
    for (int i = 0; i < head.size() && slow.state() == QAbstractSocket::ConnectedState; ++i) {
        slow.write(head.mid(i, 1));
        slow.flush();
        const auto reply = m_client->get(u"/api/v1/me"_s);
        QCOMPARE(reply.status, 200);
        ++served;
        slow.waitForDisconnected(1000);
        if (timer.elapsed() > 25'000)
            break;
    }
    const qint64 elapsed = timer.elapsed();
    qInfo(
        "slow client cut off after %lld ms; %lld other requests served meanwhile", elapsed, served);
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(elapsed < 20'000);
    QVERIFY(served >= 5);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
