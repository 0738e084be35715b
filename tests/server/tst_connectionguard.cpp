// ConnectionGuard in front of a real QHttpServer 6.4, driven by raw sockets: the limits,
// the deadlines, and the QtHttpServer internals the guard relies on (slot order, one
// request read per readyRead), so that a Qt update that changes them fails here.

#include "server/ConnectionGuard.h"
#include "support/ProcessStats.h"
#include "support/RawHttpClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

// An error answer in one line, for QCOMPARE: "413 payload_too_large application/json close".
QString describeError(const RawResponse &response)
{
    const QJsonObject error
        = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
    QString description
        = QString::number(response.status) + u' ' + error.value(u"code"_s).toString();
    if (error.value(u"message"_s).toString().isEmpty())
        description += u" (no message)"_s;
    description += u' ' + QString::fromLatin1(response.fields.value("content-type")) + u' '
        + QString::fromLatin1(response.fields.value("connection"));
    return description;
}

QByteArray postHead(QByteArrayView target, qint64 contentLength)
{
    return "POST " + target.toByteArray() + " HTTP/1.1\r\nHost: test\r\nContent-Length: "
        + QByteArray::number(contentLength) + "\r\n\r\n";
}

const QByteArray pingRequest = QByteArrayLiteral("GET /ping HTTP/1.1\r\nHost: test\r\n\r\n");

// Collects the log of the guard, to check what it writes (and what it never writes).
QStringList guardLog;
QMutex guardLogMutex;
QtMessageHandler previousHandler = nullptr;

void captureGuardLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "hearth.server.guard") == 0) {
        const QMutexLocker locker(&guardLogMutex);
        guardLog.append(message);
    }
    previousHandler(type, context, message);
}

} // namespace

// The suite: a QHttpServer bound to a ConnectionGuard with short deadlines, and raw clients.
class TestConnectionGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void servesGetAndPost();
    void sendsAnswersWithoutDelay();
    void servesPipelinedRequestsInOrder();
    void servesRequestArrivingByteByByte();
    void servesBareLineFeedHead();
    void servesBodiesLargerThanTheReadBuffer();
    void servesBodyAtTheLimit();
    void servesHundredHeaderFieldsAndRepeatedLength();
    void refusesHugeContentLengthBeforeTheBody();
    void cutsOffGigabyteUpload();
    void allowsLargeMediaUploadHead_data();
    void allowsLargeMediaUploadHead();
    void refusesTooLargeBodies_data();
    void refusesTooLargeBodies();
    void refusesHugeHeads_data();
    void refusesHugeHeads();
    void refusesAmbiguousFraming_data();
    void refusesAmbiguousFraming();
    void answersPipelinedRequestBeforeRefusal();
    void cutsOffSlowHeadWhileServingOthers();
    void cutsOffSlowBody();
    void closesIdleConnections();
    void keepsSlowDownloadsAlive();
    void refusesConnectionsWhenNotBound();
    void stillServesAfterRefusals();

private:
    QHttpServer m_server;
    ConnectionGuard *m_guard = nullptr;
    quint16 m_port = 0;
};

void TestConnectionGuard::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureGuardLog);

    m_server.route(u"/ping"_s, QHttpServerRequest::Method::Get, [] { return u"pong"_s; });
    m_server.route(u"/echo"_s, QHttpServerRequest::Method::Post,
        [](const QHttpServerRequest &request) { return QString::number(request.body().size()); });
    m_server.route(
        u"/large"_s, QHttpServerRequest::Method::Get, [] { return QByteArray(1280 * KiB, 'L'); });

    // Short deadlines keep the suite fast; the limits on sizes are the API's.
    ConnectionGuard::Limits limits;
    limits.headDeadline = 1s;
    limits.requestDeadline = 2s;
    limits.idleTimeout = 2s;
    limits.lingerTime = 500ms;
    limits.lingerBytes = 256 * KiB;
    // Smaller than the JSON limit, so that accepted bodies outgrow it.
    limits.readBufferBytes = 64 * KiB;
    QCOMPARE(limits.maxHeadBytes, 16 * KiB);
    QCOMPARE(limits.maxJsonBodyBytes, 256 * KiB);
    QCOMPARE(limits.maxUploadBodyBytes, 100 * MiB);

    m_guard = new ConnectionGuard(limits);
    QVERIFY(m_guard->listen(QHostAddress::LocalHost, 0));
    m_server.bind(m_guard);
    m_port = m_guard->serverPort();
    QVERIFY(m_port != 0);
}

void TestConnectionGuard::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestConnectionGuard::servesGetAndPost()
{
    RawHttpClient client(m_port);
    client.send(pingRequest);
    QList<RawResponse> responses = client.responses(1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(0).body, "pong"_ba);

    client.send(postHead("/echo", 5) + "hello");
    responses = client.responses(2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(1).status, 200);
    QCOMPARE(responses.at(1).body, "5"_ba);
    QVERIFY(client.isConnected());
}

void TestConnectionGuard::sendsAnswersWithoutDelay()
{
    // Nagle's algorithm held the body of an answer written after its head until the client
    // acknowledged the head, which Linux delays by 40 ms: at most 25 answers a second on a
    // keep-alive connection, whatever the CPU. Every accepted socket sends at once.
    RawHttpClient client(m_port);
    client.send(pingRequest);
    QCOMPARE(client.responses(1).size(), 1);
    const QList<QTcpSocket *> sockets = m_guard->findChildren<QTcpSocket *>();
    QVERIFY(!sockets.isEmpty());
    int connected = 0;
    for (QTcpSocket *socket : sockets) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue;
        ++connected;
        QCOMPARE(socket->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    }
    QVERIFY(connected >= 1);
}

void TestConnectionGuard::servesPipelinedRequestsInOrder()
{
    // One write: the server reads one request per readyRead, the guard frames all three.
    RawHttpClient client(m_port);
    client.send(pingRequest + postHead("/echo", 3) + "abc" + pingRequest + postHead("/echo", 11)
        + "hello world");
    const QList<RawResponse> responses = client.responses(4);
    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses.at(0).body, "pong"_ba);
    QCOMPARE(responses.at(1).body, "3"_ba);
    QCOMPARE(responses.at(2).body, "pong"_ba);
    QCOMPARE(responses.at(3).body, "11"_ba);
}

void TestConnectionGuard::servesRequestArrivingByteByByte()
{
    // The server reads the head byte by byte as it arrives, so the guard must frame from
    // its own copy of the head, not from what is left in the socket.
    RawHttpClient client(m_port);
    const QByteArray request = postHead("/echo", 7) + "1234567" + pingRequest;
    for (const char byte : request) {
        client.send(QByteArray(1, byte));
        QTest::qWait(1);
    }
    const QList<RawResponse> responses = client.responses(2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).body, "7"_ba);
    QCOMPARE(responses.at(1).body, "pong"_ba);
}

void TestConnectionGuard::servesBareLineFeedHead()
{
    // QtHttpServer ends a head at "\n\n" too; the guard must frame it the same way.
    RawHttpClient client(m_port);
    client.send(
        "\r\nPOST /echo HTTP/1.1\nHost: test\nContent-Length: 3\n\nabcGET /ping HTTP/1.1\n\n");
    const QList<RawResponse> responses = client.responses(2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).body, "3"_ba);
    QCOMPARE(responses.at(1).body, "pong"_ba);
}

void TestConnectionGuard::servesBodiesLargerThanTheReadBuffer()
{
    // QtHttpServer keeps a request in the socket buffer until it is complete: with the
    // read buffer capped at 64 KiB these would stall unless the guard makes room.
    RawHttpClient client(m_port);
    client.send(postHead("/echo", 200 * KiB) + QByteArray(200 * KiB, 'j'));
    QList<RawResponse> responses = client.responses(1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).body, QByteArray::number(200 * KiB));

    // An upload is read in full before the route layer answers (404 here: no such route).
    client.send(postHead("/api/v1/media", 3 * MiB) + QByteArray(3 * MiB, 'v') + pingRequest);
    responses = client.responses(3, 10s);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses.at(1).status, 404);
    QCOMPARE(responses.at(2).body, "pong"_ba);
}

void TestConnectionGuard::servesBodyAtTheLimit()
{
    RawHttpClient client(m_port);
    client.send(postHead("/echo", 256 * KiB) + QByteArray(256 * KiB, 'x'));
    const QList<RawResponse> responses = client.responses(1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(0).body, QByteArray::number(256 * KiB));
}

void TestConnectionGuard::servesHundredHeaderFieldsAndRepeatedLength()
{
    QByteArray fields;
    for (int i = 0; i < 98; ++i)
        fields += "X-Field-" + QByteArray::number(i) + ": value\r\n";
    RawHttpClient client(m_port);
    // Host + 98 + Content-Length: 100 fields, the most QtHttpServer reads.
    client.send("POST /echo HTTP/1.1\r\nHost: test\r\n" + fields + "Content-Length: 3\r\n\r\nabc");
    // The same length twice is no conflict.
    client.send("POST /echo HTTP/1.1\r\nContent-Length: 4\r\ncontent-length: 04\r\n\r\nabcd");
    const QList<RawResponse> responses = client.responses(2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).body, "3"_ba);
    QCOMPARE(responses.at(1).body, "4"_ba);
}

void TestConnectionGuard::refusesHugeContentLengthBeforeTheBody()
{
    {
        const QMutexLocker locker(&guardLogMutex);
        guardLog.clear();
    }
    RawHttpClient client(m_port);
    client.send("POST /echo HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer secret-token-4711\r\n"
                "Content-Length: 1073741824\r\n\r\n"
        + QByteArray(64 * KiB, 'x'));
    const QList<RawResponse> responses = client.responses(1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(describeError(responses.at(0)), u"413 payload_too_large application/json close"_s);
    QVERIFY(client.waitClosed(3s));

    // The refusal is logged, the head (and its token) is not.
    const QMutexLocker locker(&guardLogMutex);
    const QString log = guardLog.join(u'\n');
    QVERIFY2(log.contains(u"payload_too_large"_s), qPrintable(log));
    QVERIFY(!log.contains(u"secret-token"_s));
    QVERIFY(!log.contains(u"Bearer"_s));
}

void TestConnectionGuard::cutsOffGigabyteUpload()
{
    // A client that really streams a gigabyte: the guard refuses at the head and closes;
    // the server never buffers the body (client and server share this process's memory).
    const qint64 residentBefore = residentKiB(QCoreApplication::applicationPid());
    QVERIFY(residentBefore > 0);

    RawHttpClient client(m_port);
    QTcpSocket &socket = client.socket();
    const QByteArray chunk(64 * KiB, 'u');
    constexpr qint64 SendCap = 20 * MiB;
    qint64 sent = 0;
    qint64 sentWhenAnswered = -1;
    QObject::connect(&socket, &QIODevice::bytesWritten, [&](qint64 bytes) { sent += bytes; });
    // Keeps at most 256 KiB queued in the client, so only what the server holds counts.
    const auto pump = [&] {
        while (socket.state() == QAbstractSocket::ConnectedState
            && sent + socket.bytesToWrite() < SendCap && socket.bytesToWrite() < 256 * KiB) {
            socket.write(chunk);
        }
    };
    QObject::connect(&socket, &QIODevice::bytesWritten, pump);
    QObject::connect(&socket, &QIODevice::readyRead, [&] {
        if (sentWhenAnswered < 0)
            sentWhenAnswered = sent;
    });

    QElapsedTimer elapsed;
    elapsed.start();
    socket.write(postHead("/echo", 1024 * MiB));
    pump();
    QVERIFY(client.waitClosed(10s));
    const qint64 residentAfter = residentKiB(QCoreApplication::applicationPid());

    qInfo("1 GiB upload: answered after %lld bytes sent, cut off after %lld bytes sent, %lld ms; "
          "RSS %lld -> %lld KiB",
        sentWhenAnswered, sent, qint64(elapsed.elapsed()), residentBefore, residentAfter);
    const QList<RawResponse> responses = client.responses(1, 0ms);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(describeError(responses.at(0)), u"413 payload_too_large application/json close"_s);
    QVERIFY(sent < SendCap);
    QVERIFY(residentAfter - residentBefore < 64 * 1024);
}

void TestConnectionGuard::allowsLargeMediaUploadHead_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("plain") << "/api/v1/media"_ba;
    QTest::newRow("with query") << "/api/v1/media?kind=video"_ba;
}

void TestConnectionGuard::allowsLargeMediaUploadHead()
{
    QFETCH(QByteArray, target);
    // 50 MiB is within the upload limit: the guard lets the head through (no 413) and
    // the connection waits for the body.
    RawHttpClient client(m_port);
    client.send(postHead(target, 50 * MiB));
    QTest::qWait(300);
    QCOMPARE(client.receivedBytes(), 0);
    QVERIFY(client.isConnected());
}

void TestConnectionGuard::refusesTooLargeBodies_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("upload over 100 MiB") << postHead("/api/v1/media", 100 * MiB + 1);
    QTest::newRow("JSON over 256 KiB") << postHead("/echo", 256 * KiB + 1);
    QTest::newRow("upload limit is for POST only")
        << "PUT /api/v1/media HTTP/1.1\r\nContent-Length: 52428800\r\n\r\n"_ba;
    QTest::newRow("upload limit is for that path only") << postHead("/api/v1/media/42", 50 * MiB);
    QTest::newRow("beyond qint64")
        << "POST /echo HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"_ba;
    // QtHttpServer ends this head at "\n\n": a guard waiting for "\r\n\r\n" would miss it.
    QTest::newRow("bare line feeds") << "POST /echo HTTP/1.1\nContent-Length: 1073741824\n\n"_ba;
}

void TestConnectionGuard::refusesTooLargeBodies()
{
    QFETCH(QByteArray, head);
    RawHttpClient client(m_port);
    client.send(head + "some body");
    const QList<RawResponse> responses = client.responses(1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(describeError(responses.at(0)), u"413 payload_too_large application/json close"_s);
    QVERIFY(client.waitClosed(3s));
}

void TestConnectionGuard::refusesHugeHeads_data()
{
    QTest::addColumn<QByteArray>("head");
    const QByteArray hugeLine = "X-Filler: " + QByteArray(20 * KiB, 'a') + "\r\n";
    QTest::newRow("20 KiB header line")
        << "GET /ping HTTP/1.1\r\nHost: test\r\n" + hugeLine + "\r\n";
    QTest::newRow("20 KiB, no end in sight") << "GET /ping HTTP/1.1\r\nHost: test\r\n" + hugeLine;
    QTest::newRow("20 KiB of blank lines") << QByteArray(20 * KiB, '\n');
    QByteArray fields;
    for (int i = 0; i < 100; ++i)
        fields += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("101 fields") << "POST /echo HTTP/1.1\r\nContent-Length: 3\r\n" + fields
            + "\r\nabc";
}

void TestConnectionGuard::refusesHugeHeads()
{
    QFETCH(QByteArray, head);
    RawHttpClient client(m_port);
    client.send(head);
    const QList<RawResponse> responses = client.responses(1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(describeError(responses.at(0)), u"431 headers_too_large application/json close"_s);
    QVERIFY(client.waitClosed(3s));
}

void TestConnectionGuard::refusesAmbiguousFraming_data()
{
    // Everything QtHttpServer could frame differently from the guard is refused: it would
    // let a body pass as an unchecked request (or the other way round).
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("chunked")
        << "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"_ba;
    QTest::newRow("any transfer coding")
        << "POST /echo HTTP/1.1\r\ntransfer-encoding: gzip\r\n\r\n"_ba;
    QTest::newRow("length and chunked")
        << "POST /echo HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc"_ba;
    QTest::newRow("length not a number") << "POST /echo HTTP/1.1\r\nContent-Length: abc\r\n\r\n"_ba;
    QTest::newRow("negative length") << "POST /echo HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba;
    QTest::newRow("signed length") << "POST /echo HTTP/1.1\r\nContent-Length: +3\r\n\r\nabc"_ba;
    QTest::newRow("empty length") << "POST /echo HTTP/1.1\r\nContent-Length:\r\n\r\n"_ba;
    QTest::newRow("length list") << "POST /echo HTTP/1.1\r\nContent-Length: 3, 3\r\n\r\nabc"_ba;
    QTest::newRow("conflicting lengths")
        << "POST /echo HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde"_ba;
    QTest::newRow("space before colon")
        << "POST /echo HTTP/1.1\r\nContent-Length : 3\r\n\r\nabc"_ba;
    QTest::newRow("folded field")
        << "POST /echo HTTP/1.1\r\n X: y\r\nContent-Length: 3\r\n\r\nabc"_ba;
    QTest::newRow("field without colon")
        << "POST /echo HTTP/1.1\r\nBogus\r\nContent-Length: 3\r\n\r\nabc"_ba;
    QTest::newRow("bad field name")
        << "POST /echo HTTP/1.1\r\nX(y): z\r\nContent-Length: 3\r\n\r\nabc"_ba;
    QTest::newRow("bad request line") << "GET /ping\r\n\r\n"_ba;
}

void TestConnectionGuard::refusesAmbiguousFraming()
{
    QFETCH(QByteArray, request);
    RawHttpClient client(m_port);
    client.send(request);
    const QList<RawResponse> responses = client.responses(1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(describeError(responses.at(0)), u"400 bad_request application/json close"_s);
    QVERIFY(client.waitClosed(3s));
}

void TestConnectionGuard::answersPipelinedRequestBeforeRefusal()
{
    // The refusal waits until the server has answered the requests accepted before it,
    // so the answers stay in order and none is lost.
    RawHttpClient client(m_port);
    client.send(pingRequest + postHead("/echo", 2) + "ok" + postHead("/echo", 1024 * MiB) + "xxxx");
    const QList<RawResponse> responses = client.responses(3);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses.at(0).body, "pong"_ba);
    QCOMPARE(responses.at(1).body, "2"_ba);
    QCOMPARE(describeError(responses.at(2)), u"413 payload_too_large application/json close"_s);
    QVERIFY(client.waitClosed(3s));
}

void TestConnectionGuard::cutsOffSlowHeadWhileServingOthers()
{
    // One header byte every 300 ms: the head cannot be complete within its 1 s deadline.
    RawHttpClient slow(m_port);
    const QByteArray head = "GET /ping HTTP/1.1\r\nHost: test\r\nX-Slow: yes\r\n\r\n";
    qsizetype dripped = 0;
    QTimer drip;
    drip.setInterval(300);
    QObject::connect(&drip, &QTimer::timeout, [&] {
        if (slow.isConnected() && dripped < head.size())
            slow.send(head.mid(dripped++, 1));
    });
    QElapsedTimer sinceFirstByte;
    sinceFirstByte.start();
    slow.send(head.mid(dripped++, 1));
    drip.start();

    // Meanwhile, another client is served promptly.
    QTest::qWait(400);
    RawHttpClient other(m_port);
    QElapsedTimer latency;
    latency.start();
    other.send(pingRequest);
    const QList<RawResponse> otherResponses = other.responses(1, 2s);
    const qint64 otherLatency = latency.elapsed();
    QCOMPARE(otherResponses.size(), 1);
    QCOMPARE(otherResponses.at(0).body, "pong"_ba);
    QVERIFY2(otherLatency < 500, qPrintable(u"%1 ms"_s.arg(otherLatency)));

    QVERIFY(slow.waitClosed(3s));
    const qint64 cutAfter = sinceFirstByte.elapsed();
    qInfo("Slow head cut off after %lld ms (%lld bytes sent); a parallel GET took %lld ms",
        cutAfter, qint64(dripped), otherLatency);
    QVERIFY2(cutAfter >= 900 && cutAfter < 2000, qPrintable(u"%1 ms"_s.arg(cutAfter)));
    const QList<RawResponse> responses = slow.responses(1, 0ms);
    if (!responses.isEmpty())
        QCOMPARE(describeError(responses.at(0)), u"408 request_timeout application/json close"_s);
}

void TestConnectionGuard::cutsOffSlowBody()
{
    // The head is complete at once, the body drips: the 2 s request deadline applies.
    RawHttpClient slow(m_port);
    QElapsedTimer sinceFirstByte;
    sinceFirstByte.start();
    slow.send(postHead("/echo", 20));
    QTimer drip;
    drip.setInterval(300);
    QObject::connect(&drip, &QTimer::timeout, [&] {
        if (slow.isConnected())
            slow.send("b");
    });
    drip.start();
    QVERIFY(slow.waitClosed(4s));
    const qint64 cutAfter = sinceFirstByte.elapsed();
    qInfo("Slow body cut off after %lld ms", cutAfter);
    QVERIFY2(cutAfter >= 1900 && cutAfter < 3000, qPrintable(u"%1 ms"_s.arg(cutAfter)));
    const QList<RawResponse> responses = slow.responses(1, 0ms);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(describeError(responses.at(0)), u"408 request_timeout application/json close"_s);
}

void TestConnectionGuard::closesIdleConnections()
{
    RawHttpClient silent(m_port); // never sends a byte
    RawHttpClient kept(m_port); // keeps the connection after a request
    kept.send(pingRequest);
    QCOMPARE(kept.responses(1).size(), 1);
    QElapsedTimer idle;
    idle.start();

    QVERIFY(kept.waitClosed(4s));
    const qint64 closedAfter = idle.elapsed();
    qInfo("Idle keep-alive connection closed after %lld ms", closedAfter);
    QVERIFY2(closedAfter >= 1800, qPrintable(u"%1 ms"_s.arg(closedAfter)));
    QVERIFY(silent.waitClosed(1s));
    // Just closed: no answer to an idle connection.
    QCOMPARE(silent.receivedBytes(), 0);
    QCOMPARE(kept.responses(2, 0ms).size(), 1);
}

void TestConnectionGuard::keepsSlowDownloadsAlive()
{
    // A client reading a large answer slowly, for longer than the idle timeout (and its
    // grace), is busy, not idle. Small socket buffers on both ends make the answer take
    // about 4 s to go out at 320 KiB/s.
    QTcpSocket client;
    client.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * KiB);
    client.setReadBufferSize(32 * KiB);
    client.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(client.waitForConnected(2000));
    QTcpSocket *serverSide = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<QTcpSocket *> sockets = m_guard->findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : sockets) {
                if (socket->peerPort() == client.localPort())
                    serverSide = socket;
            }
            return serverSide != nullptr;
        },
        2000));
    serverSide->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 16 * KiB);

    QElapsedTimer elapsed;
    elapsed.start();
    client.write("GET /large HTTP/1.1\r\nHost: test\r\n\r\n");
    QByteArray received;
    QTimer reader;
    reader.setInterval(100);
    QObject::connect(&reader, &QTimer::timeout, [&] { received += client.read(32 * KiB); });
    reader.start();
    QList<RawResponse> responses;
    // The size check below tells.
    (void)QTest::qWaitFor(
        [&] {
            QByteArray buffer = received;
            responses = takeResponses(buffer);
            return !responses.isEmpty() || client.state() != QAbstractSocket::ConnectedState;
        },
        10000);
    qInfo("A 1280 KiB answer read slowly took %lld ms", qint64(elapsed.elapsed()));
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).body.size(), 1280 * KiB);
    // Otherwise the test did not outlast idle timeout and grace (2.5 s) and proves nothing.
    QVERIFY(elapsed.elapsed() > 2600);
}

void TestConnectionGuard::refusesConnectionsWhenNotBound()
{
    // Without the HTTP server's slot right behind its own the guard cannot work: it closes.
    ConnectionGuard unbound;
    QVERIFY(unbound.listen(QHostAddress::LocalHost, 0));
    QTest::ignoreMessage(QtCriticalMsg,
        "ConnectionGuard is not bound to a QAbstractHttpServer; refusing connections");
    RawHttpClient client(unbound.serverPort());
    QVERIFY(client.waitClosed(2s));
}

void TestConnectionGuard::stillServesAfterRefusals()
{
    {
        RawHttpClient client(m_port);
        client.send(pingRequest);
        const QList<RawResponse> responses = client.responses(1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).body, "pong"_ba);
    }
    // Every connection of this suite is closed by now, and its socket gone.
    QTRY_COMPARE_WITH_TIMEOUT(m_guard->findChildren<QTcpSocket *>().size(), 0, 3000);
}

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connectionguard.moc"
