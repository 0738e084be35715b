// RequestFramer without a socket: where requests end, which heads it refuses, which request
// is a connection's last, and that none of it depends on how the bytes are split up.

#include "server/RequestFramer.h"

#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// What framing a stream gives: "C<end>" for each request framed whole (with "!" when it is the
// connection's last), "R<status>@<start>" for a refusal.
QStringList frame(const QByteArray &stream, qsizetype chunk)
{
    RequestFramer framer{ConnectionLimits()};
    QStringList events;
    qsizetype offset = 0;
    while (offset < stream.size()) {
        const QByteArrayView bytes
            = QByteArrayView(stream).sliced(offset, std::min(chunk, stream.size() - offset));
        qsizetype taken = 0;
        while (taken < bytes.size() && framer.state() != RequestFramer::State::Done) {
            const RequestFramer::Step step = framer.step(bytes.sliced(taken));
            taken += step.used;
            if (step.event == RequestFramer::Event::Completed) {
                events.append(u"C%1%2"_s.arg(framer.position())
                                  .arg(framer.isLastRequest() ? u"!"_s : QString()));
            } else if (step.event == RequestFramer::Event::Refused) {
                events.append(
                    u"R%1@%2"_s.arg(framer.refusal()->httpStatus()).arg(framer.requestStart()));
            }
        }
        if (framer.state() == RequestFramer::State::Done)
            break;
        offset += bytes.size();
    }
    return events;
}

} // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesTheSameWhateverTheChunks_data();
    void framesTheSameWhateverTheChunks();
};

void TestRequestFramer::framesTheSameWhateverTheChunks_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    const QByteArray get = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"_ba; // 28 bytes
    QTest::newRow("pipelined keep-alive") << get + get << QStringList{u"C28"_s, u"C56"_s};
    QTest::newRow("body, then bare line feeds")
        << "\r\nPOST /e HTTP/1.1\nContent-Length: 3\n\nabcGET /p HTTP/1.1\n\n"_ba
        << QStringList{u"C41"_s, u"C58"_s};
    QTest::newRow("close ends the framing")
        << "GET /a HTTP/1.1\r\nConnection: keep-alive, close\r\n\r\n"_ba + get
        << QStringList{u"C50!"_s};
    QTest::newRow("HTTP/1.0 is the last")
        << "GET /a HTTP/1.0\r\n\r\n"_ba + get << QStringList{u"C19!"_s};
    QTest::newRow("an upgrade is the last")
        << "GET /a HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"_ba + get
        << QStringList{u"C60!"_s};
    QTest::newRow("chunked is refused after a good one")
        << get + "POST /e HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
        << QStringList{u"C28"_s, u"R400@28"_s};
    QTest::newRow("conflicting lengths")
        << "POST /e HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"_ba
        << QStringList{u"R400@0"_s};
    QTest::newRow("a body over the JSON limit")
        << "POST /e HTTP/1.1\r\nContent-Length: 262145\r\n\r\n"_ba << QStringList{u"R413@0"_s};
    QTest::newRow("a photo may be larger")
        << "POST /api/v1/media HTTP/1.1\r\nContent-Type: image/png\r\nContent-Length: 3\r\n\r\nabc"_ba
        << QStringList{u"C78"_s};
    QTest::newRow("a head over 16 KiB")
        << "GET /a HTTP/1.1\r\nX: "_ba + QByteArray(17 * 1024, 'x') << QStringList{u"R431@0"_s};
}

void TestRequestFramer::framesTheSameWhateverTheChunks()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(7), stream.size()})
        QCOMPARE(frame(stream, chunk), expected);
}

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
