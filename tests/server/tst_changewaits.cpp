// GET /changes?wait=N over real HTTP to a real process: a request with nothing to report is
// held until a write commits or its time is up, without holding anyone else up; a write wakes
// only the waiters it may concern; clients that go away, pipelined requests, the limits on
// waiting and shutdown. No assertion depends on how fast the machine is: "still unanswered" is
// checked before the write that answers it.

#include "ServerTestCase.h"
#include "support/ProcessStats.h"
#include "support/RawHttpClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray getRequest(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

QByteArray waitFor(qint64 since, int seconds, const QByteArray &extra = {})
{
    return getRequest("/api/v1/changes?since=" + QByteArray::number(since)
        + "&wait=" + QByteArray::number(seconds) + extra);
}

QJsonObject bodyOf(const RawResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// Long enough for any machine; an answer that is due comes long before it.
constexpr auto Generous = 20s;
// How long a held request is watched for an answer it must not get yet.
constexpr auto Brief = 600ms;

// What the server logged of one committed write's wake (ChangeWaiters::wake()): how many
// waiters it made run their query again, of how many waiting.
struct Wake
{
    int woken = -1;
    int waiting = -1;
};

} // namespace

class TestChangeWaits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void aWaitIsAnsweredByTheNextPost();
    void anExpiredWaitAnswersAnEmptyDelta();
    void aWaitForTopicsIgnoresOtherTopics();
    void aWriteWakesOnlyTheWaitersItConcerns();
    void aWaitWithChangesAlreadyAnswersAtOnce();
    void aClientThatLeavesWhileHeldIsDropped();
    void pipelinedAnswersKeepTheirOrder();
    void waitersPerAddressAreCapped();
    void aHeldLastRequestClosesAfterItsAnswer();
    void aThousandWaitersAreWokenByOneWrite();
    void aBadWaitIsRefused_data();
    void aBadWaitIsRefused();
    void heldRequestsAreAnsweredOnShutdown(); // last: stops the server

private:
    qint64 current();
    qint64 post(const QString &title, const QString &hashtag);
    qint64 logSize() const;
    QList<Wake> wakesLoggedAfter(qint64 offset) const;

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_alice;
    quint16 m_port = 0;
};

void TestChangeWaits::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_port = quint16(m_server.url().port());
    m_alice = std::make_unique<HttpClient>(m_server.url());
    QVERIFY(registerUser(*m_alice, u"alice"_s).value(u"id"_s).toInteger() > 0);
    post(u"First words"_s, u"porch"_s); // so that since > 0
}

void TestChangeWaits::cleanupTestCase()
{
    if (m_server.isRunning())
        QVERIFY(m_server.stop());
}

qint64 TestChangeWaits::current()
{
    return m_alice->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();
}

qint64 TestChangeWaits::post(const QString &title, const QString &hashtag)
{
    const auto reply = m_alice->post(u"/api/v1/posts"_s,
        newPost(title, u"Something to say #%1"_s.arg(hashtag), u"post"_s, {hashtag}));
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json().value(u"id"_s).toInteger();
}

qint64 TestChangeWaits::logSize() const
{
    return QFileInfo(m_server.dataPath() + u"/server.log"_s).size();
}

// The wake is logged before the write's answer is sent, so once a test has the answer its
// line is in the log.
QList<Wake> TestChangeWaits::wakesLoggedAfter(qint64 offset) const
{
    QFile log(m_server.dataPath() + u"/server.log"_s);
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
        return {};
    static const QRegularExpression line(u"wakes (\\d+) of (\\d+) waiting"_s);
    QList<Wake> wakes;
    for (auto match = line.globalMatch(QString::fromUtf8(log.readAll())); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        wakes.append({found.captured(1).toInt(), found.captured(2).toInt()});
    }
    return wakes;
}

void TestChangeWaits::aWaitIsAnsweredByTheNextPost()
{
    const qint64 since = current();
    RawHttpClient waiter(m_port);
    waiter.send(waitFor(since, 30));
    QVERIFY(waiter.responses(1, Brief).isEmpty());

    // Others are answered meanwhile: the wait holds no thread and no other request.
    QCOMPARE(m_alice->get(u"/api/v1/topics"_s).status, 200);
    QVERIFY(waiter.responses(1, 0ms).isEmpty());

    const qint64 id = post(u"Evening tea"_s, u"porch"_s);
    const QList<RawResponse> answers = waiter.responses(1, Generous);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 200);
    const QJsonObject delta = bodyOf(answers.at(0));
    QCOMPARE(delta.value(u"since"_s).toInteger(), since);
    QVERIFY(delta.value(u"next"_s).toInteger() > since);
    QVERIFY(idsOf(delta, u"posts"_s).contains(id));
}

void TestChangeWaits::anExpiredWaitAnswersAnEmptyDelta()
{
    const qint64 since = current();
    RawHttpClient waiter(m_port);
    waiter.send(waitFor(since, 1));
    const QList<RawResponse> answers = waiter.responses(1, Generous);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 200);
    const QJsonObject delta = bodyOf(answers.at(0));
    QCOMPARE(delta.value(u"next"_s).toInteger(), since);
    QVERIFY(delta.value(u"posts"_s).toArray().isEmpty());
    QVERIFY(delta.value(u"deletedPostIds"_s).toArray().isEmpty());
    QVERIFY(delta.value(u"topics"_s).toArray().isEmpty());
    QVERIFY(waiter.isConnected()); // keep-alive as any answer
}

void TestChangeWaits::aWaitForTopicsIgnoresOtherTopics()
{
    post(u"Seeds"_s, u"garden"_s); // so that the topic exists
    const qint64 since = current();
    RawHttpClient waiter(m_port);
    waiter.send(waitFor(since, 30, "&topics=garden"));
    QVERIFY(waiter.responses(1, Brief).isEmpty());

    post(u"Rain again"_s, u"weather"_s);
    QVERIFY(waiter.responses(1, Brief).isEmpty());

    const qint64 id = post(u"Tomatoes"_s, u"garden"_s);
    const QList<RawResponse> answers = waiter.responses(1, Generous);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(idsOf(bodyOf(answers.at(0)), u"posts"_s), QList<qint64>{id});
}

void TestChangeWaits::aWriteWakesOnlyTheWaitersItConcerns()
{
    const qint64 kilnPost = post(u"Glaze test"_s, u"kiln"_s);
    const qint64 loomPost = post(u"Warp threads"_s, u"loom"_s);
    const qint64 since = current();
    RawHttpClient kiln(m_port);
    RawHttpClient loom(m_port);
    RawHttpClient everything(m_port);
    RawHttpClient nowhere(m_port);
    kiln.send(waitFor(since, 30, "&topics=kiln"));
    loom.send(waitFor(since, 30, "&topics=loom"));
    everything.send(waitFor(since, 30));
    nowhere.send(waitFor(since, 30, "&topics=no-such-topic"));
    QVERIFY(everything.responses(1, Brief).isEmpty());
    const auto unanswered = [](RawHttpClient &client) {
        return client.responses(1, 0ms).isEmpty();
    };

    // A write that takes no change number (a report) wakes nobody.
    qint64 offset = logSize();
    QCOMPARE(m_alice->post(u"/api/v1/posts/%1/reports"_s.arg(loomPost), {{u"reason"_s, u"spam"_s}})
                 .status,
        201);
    QList<Wake> wakes = wakesLoggedAfter(offset);
    QCOMPARE(wakes.size(), 1);
    QCOMPARE(wakes.at(0).woken, 0);
    QCOMPARE(wakes.at(0).waiting, 4);

    // A reaction in loom: the loom waiter and the one without topics look again.
    offset = logSize();
    QCOMPARE(
        m_alice->put(u"/api/v1/posts/%1/reaction"_s.arg(loomPost), {{u"kind"_s, u"hug"_s}}).status,
        200);
    wakes = wakesLoggedAfter(offset);
    QCOMPARE(wakes.size(), 1);
    QCOMPARE(wakes.at(0).woken, 2);
    QCOMPARE(wakes.at(0).waiting, 4);
    QCOMPARE(
        idsOf(bodyOf(loom.responses(1, Generous).value(0)), u"posts"_s), QList<qint64>{loomPost});
    QCOMPARE(idsOf(bodyOf(everything.responses(1, Generous).value(0)), u"posts"_s),
        QList<qint64>{loomPost});
    QVERIFY(unanswered(kiln));
    QVERIFY(unanswered(nowhere));

    // An edit that takes a post out of kiln concerns kiln: the topics before count too.
    const QJsonObject before = m_alice->get(u"/api/v1/posts/%1"_s.arg(kilnPost)).json();
    offset = logSize();
    const auto edited = m_alice->patch(u"/api/v1/posts/%1"_s.arg(kilnPost),
        {{u"hashtags"_s, QJsonArray{u"loom"_s}}, {u"body"_s, u"Moved to the loom #loom"_s}},
        {{"If-Match", '"' + QByteArray::number(before.value(u"version"_s).toInteger()) + '"'}});
    QCOMPARE(edited.status, 200);
    wakes = wakesLoggedAfter(offset);
    QCOMPARE(wakes.size(), 1);
    QCOMPARE(wakes.at(0).woken, 1);
    QCOMPARE(wakes.at(0).waiting, 2);
    QCOMPARE(
        idsOf(bodyOf(kiln.responses(1, Generous).value(0)), u"posts"_s), QList<qint64>{kilnPost});
    QVERIFY(unanswered(nowhere));

    // Joining a topic touches that topic alone.
    RawHttpClient kilnAgain(m_port);
    kilnAgain.send(waitFor(current(), 30, "&topics=kiln"));
    QVERIFY(kilnAgain.responses(1, Brief).isEmpty());
    offset = logSize();
    QCOMPARE(m_alice->put(u"/api/v1/topics/loom/membership"_s).status, 200);
    QCOMPARE(m_alice->put(u"/api/v1/topics/kiln/membership"_s).status, 200);
    wakes = wakesLoggedAfter(offset);
    QCOMPARE(wakes.size(), 2);
    QCOMPARE(wakes.at(0).woken, 0);
    QCOMPARE(wakes.at(1).woken, 1);
    QCOMPARE(wakes.at(1).waiting, 2);
    const QJsonArray topics
        = bodyOf(kilnAgain.responses(1, Generous).value(0)).value(u"topics"_s).toArray();
    QCOMPARE(topics.size(), 1);
    QCOMPARE(topics.at(0).toObject().value(u"slug"_s).toString(), u"kiln"_s);
    QVERIFY(unanswered(nowhere));

    // A deletion concerns everyone: deletions are never narrowed by topic.
    offset = logSize();
    QCOMPARE(m_alice->remove(u"/api/v1/posts/%1"_s.arg(loomPost)).status, 204);
    wakes = wakesLoggedAfter(offset);
    QCOMPARE(wakes.size(), 1);
    QCOMPARE(wakes.at(0).woken, 1);
    QCOMPARE(wakes.at(0).waiting, 1);
    const QJsonObject deleted = bodyOf(nowhere.responses(1, Generous).value(0));
    QVERIFY(idsOf(deleted, u"posts"_s).isEmpty());
    QCOMPARE(deleted.value(u"deletedPostIds"_s).toArray().first().toInteger(), loomPost);
}

void TestChangeWaits::aWaitWithChangesAlreadyAnswersAtOnce()
{
    const qint64 since = current();
    const qint64 id = post(u"Already here"_s, u"porch"_s);
    RawHttpClient waiter(m_port);
    waiter.send(waitFor(since, 30));
    // Answered before any further write (within the generous time, there is none).
    const QList<RawResponse> answers = waiter.responses(1, Generous);
    QCOMPARE(answers.size(), 1);
    QVERIFY(idsOf(bodyOf(answers.at(0)), u"posts"_s).contains(id));
}

void TestChangeWaits::aClientThatLeavesWhileHeldIsDropped()
{
    const qint64 since = current();
    RawHttpClient leaving(m_port);
    RawHttpClient staying(m_port);
    leaving.send(waitFor(since, 30));
    staying.send(waitFor(since, 30));
    QVERIFY(staying.responses(1, Brief).isEmpty());
    leaving.socket().abort();

    // The write wakes both; the one whose client left must not be written to.
    const qint64 id = post(u"After a goodbye"_s, u"porch"_s);
    const QList<RawResponse> answers = staying.responses(1, Generous);
    QCOMPARE(answers.size(), 1);
    QVERIFY(idsOf(bodyOf(answers.at(0)), u"posts"_s).contains(id));

    // And again, with the server noticing the departure before any write.
    RawHttpClient leavingEarly(m_port);
    leavingEarly.send(waitFor(current(), 30));
    QVERIFY(leavingEarly.responses(1, Brief).isEmpty());
    leavingEarly.socket().abort();
    QTest::qWait(1000);
    post(u"Nobody waiting there"_s, u"porch"_s);

    QVERIFY(m_server.isRunning());
    QCOMPARE(m_alice->get(u"/api/v1/topics"_s).status, 200);
}

void TestChangeWaits::pipelinedAnswersKeepTheirOrder()
{
    const qint64 since = current();
    RawHttpClient client(m_port);
    // One connection, two requests at once: the second is answerable at once, but not
    // before the first.
    client.send(waitFor(since, 30) + getRequest("/api/v1/changes?since=0"));
    QVERIFY(client.responses(1, Brief).isEmpty());

    const qint64 id = post(u"In order"_s, u"porch"_s);
    const QList<RawResponse> answers = client.responses(2, Generous);
    QCOMPARE(answers.size(), 2);
    QVERIFY(idsOf(bodyOf(answers.at(0)), u"posts"_s).contains(id));
    QCOMPARE(bodyOf(answers.at(1)).value(u"since"_s).toInteger(), 0);
    QVERIFY(!bodyOf(answers.at(1)).contains(u"posts"_s)
        || bodyOf(answers.at(1)).value(u"posts"_s).toArray().isEmpty());
}

void TestChangeWaits::waitersPerAddressAreCapped()
{
    const qint64 since = current();
    const QHostAddress crowded(u"127.0.0.7"_s);
    // Nine at once from one address: whichever comes ninth is refused, the rest wait.
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < 9; ++i) {
        clients.push_back(
            std::make_unique<RawHttpClient>(QHostAddress::LocalHost, m_port, crowded));
        clients.back()->send(waitFor(since, 30));
    }
    const auto answered = [&] {
        return std::count_if(clients.begin(), clients.end(),
            [](const auto &client) { return !client->responses(0, 0ms).isEmpty(); });
    };
    QVERIFY(QTest::qWaitFor(
        [&] { return answered() > 0; }, int(std::chrono::milliseconds(Generous).count())));
    QTest::qWait(int(std::chrono::milliseconds(Brief).count()));
    QCOMPARE(answered(), 1);
    std::vector<std::unique_ptr<RawHttpClient>> held;
    for (auto &client : clients) {
        const QList<RawResponse> answers = client->responses(0, 0ms);
        if (answers.isEmpty()) {
            held.push_back(std::move(client));
            continue;
        }
        const RawResponse &refused = answers.at(0);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.fields.value("retry-after").toInt() >= 1);
        QCOMPARE(bodyOf(refused).value(u"error"_s).toObject().value(u"code"_s).toString(),
            u"rate_limited"_s);
    }
    QCOMPARE(held.size(), size_t(8));

    // Another address may still wait.
    RawHttpClient elsewhere(QHostAddress::LocalHost, m_port, QHostAddress(u"127.0.0.8"_s));
    elsewhere.send(waitFor(since, 30));
    QVERIFY(elsewhere.responses(1, Brief).isEmpty());

    const qint64 id = post(u"For everyone"_s, u"porch"_s);
    QVERIFY(idsOf(bodyOf(elsewhere.responses(1, Generous).value(0)), u"posts"_s).contains(id));
    for (const auto &client : held) {
        const QList<RawResponse> answers = client->responses(1, Generous);
        QCOMPARE(answers.size(), 1);
        QVERIFY(idsOf(bodyOf(answers.at(0)), u"posts"_s).contains(id));
    }
}

void TestChangeWaits::aHeldLastRequestClosesAfterItsAnswer()
{
    RawHttpClient client(m_port);
    client.send("GET /api/v1/changes?since=" + QByteArray::number(current())
        + "&wait=30 HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    QVERIFY(client.responses(1, Brief).isEmpty());
    QVERIFY(client.isConnected());

    const qint64 id = post(u"Closing time"_s, u"porch"_s);
    const QList<RawResponse> answers = client.responses(1, Generous);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).fields.value("connection").toLower(), QByteArray("close"));
    QVERIFY(idsOf(bodyOf(answers.at(0)), u"posts"_s).contains(id));
    QVERIFY(client.waitClosed(Generous));
}

void TestChangeWaits::aThousandWaitersAreWokenByOneWrite()
{
    constexpr int Count = 1000;
    // 8 from each of 125 loopback addresses: the per-address cap is 8.
    const auto address = [](int i) {
        const int host = i / 8;
        return QHostAddress(u"127.1.%1.%2"_s.arg(host / 250).arg(1 + host % 250));
    };
    const qint64 pid = m_server.pid();
    const qint64 since = current();
    QTest::qWait(500);
    const qint64 before = residentKiB(pid);
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < Count; ++i) {
        clients.push_back(
            std::make_unique<RawHttpClient>(QHostAddress::LocalHost, m_port, address(i)));
        QVERIFY(clients.back()->isConnected());
    }
    QTest::qWait(1000);
    const qint64 connected = residentKiB(pid);
    for (const auto &client : clients)
        client->send(waitFor(since, 30));
    QTest::qWait(1000);
    const qint64 waiting = residentKiB(pid);
    qInfo("resident: %lld KiB; +%.1f KiB per idle connection, +%.1f KiB more per waiting request",
        before, double(connected - before) / Count, double(waiting - connected) / Count);
    for (const auto &client : clients)
        QVERIFY(client->responses(1, 0ms).isEmpty());

    QElapsedTimer woken;
    woken.start();
    const qint64 id = post(u"One for a thousand"_s, u"porch"_s);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(clients.begin(), clients.end(),
                [](const auto &client) { return !client->responses(0, 0ms).isEmpty(); });
        },
        60'000));
    // Reported, not asserted: it depends on the machine.
    qInfo("all %d answered %lld ms after the write was sent", Count, woken.elapsed());
    for (const auto &client : clients) {
        const QList<RawResponse> answers = client->responses(1, 0ms);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).status, 200);
        QVERIFY(idsOf(bodyOf(answers.at(0)), u"posts"_s).contains(id));
    }
}

void TestChangeWaits::aBadWaitIsRefused_data()
{
    QTest::addColumn<QString>("wait");
    QTest::newRow("too long") << u"31"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("not a number") << u"soon"_s;
    QTest::newRow("a fraction") << u"1.5"_s;
    QTest::newRow("empty") << QString();
}

void TestChangeWaits::aBadWaitIsRefused()
{
    QFETCH(QString, wait);
    const auto reply = m_alice->get(u"/api/v1/changes?since=1&wait=%1"_s.arg(wait));
    QCOMPARE(reply.status, 400);
    const QJsonObject error = reply.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"bad_request"_s);
    QCOMPARE(error.value(u"field"_s).toString(), u"wait"_s);
}

void TestChangeWaits::heldRequestsAreAnsweredOnShutdown()
{
    const qint64 since = current();
    RawHttpClient waiter(m_port);
    waiter.send(waitFor(since, 30));
    QVERIFY(waiter.responses(1, Brief).isEmpty());
    QVERIFY(m_server.stop());
    const QList<RawResponse> answers = waiter.responses(1, Generous);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(bodyOf(answers.at(0)).value(u"next"_s).toInteger(), since);
}

QTEST_GUILESS_MAIN(TestChangeWaits)
#include "tst_changewaits.moc"
