// Several hearth-server processes on one PostgreSQL database, as a community that outgrew
// one process runs them (docs/deploy.md): processes starting together migrate a new
// database once, and an older one refuses a database a newer one migrated; an
// Idempotency-Key replayed through another process, or sent to all at once, makes one post;
// concurrent writers on all three and a reader paging /changes through them never miss or
// repeat a change; a sign-in limit reached through one holds on the others; a write through
// one wakes a request held by another; and each ends when the database goes, for its
// service manager to start it again.

#include "ServerTestCase.h"
#include "support/PostgresCluster.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <functional>

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void processesStartingTogetherMigrateOnce();
    void idempotencyKeyReplaysThroughAnyInstance();
    void sameKeyAtOnceOnAllMakesOnePost();
    void changesAreNeverSkippedAcrossInstances();
    void signInLimitHoldsOnEveryInstance();
    void writeOnOneWakesWaiterOnAnother();
    void losingTheDatabaseEndsEveryInstance();

private:
    // Sends a request without waiting for it; done gets the status, headers and body.
    QNetworkReply *send(const QUrl &url, const QByteArray &method, const QString &token,
        const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // The ids of a topic's feed (first page, up to 50).
    QList<qint64> feedIds(const QString &slug);

    PostgresCluster m_cluster;
    std::array<ServerProcess, 3> m_servers;
    QNetworkAccessManager m_network;
    QString m_token; // a member, signed in: valid on every instance
};

void TestInstances::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    for (ServerProcess &server : m_servers) {
        server.setDatabaseUrl(m_cluster.url());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
    }
    HttpClient client(m_servers[0].url());
    QVERIFY(!registerUser(client, u"river"_s).isEmpty());
    m_token = client.token();
}

void TestInstances::cleanupTestCase()
{
    for (ServerProcess &server : m_servers)
        server.stop();
}

QNetworkReply *TestInstances::send(const QUrl &url, const QByteArray &method, const QString &token,
    const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, body);
}

QList<qint64> TestInstances::feedIds(const QString &slug)
{
    HttpClient reader(m_servers[2].url());
    const auto page = reader.get(u"/api/v1/topics/%1/feed?limit=50"_s.arg(slug));
    return page.status == 200 ? idsOf(page.json()) : QList<qint64>{-1};
}

void TestInstances::processesStartingTogetherMigrateOnce()
{
    // A database of its own, new: three processes start on it at the same moment.
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setHostName(m_cluster.socketDirectory());
        admin.setUserName(PostgresCluster::user());
        admin.setDatabaseName(PostgresCluster::database());
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery create(admin);
        QVERIFY2(create.exec(u"CREATE DATABASE together"_s), qPrintable(create.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    QTemporaryDir data;
    std::array<QProcess, 3> processes;
    for (QProcess &process : processes) {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(ServerProcess::executable(),
            {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path(), u"--database"_s,
                m_cluster.url(u"together"_s)});
    }
    for (QProcess &process : processes) {
        QByteArray output;
        QDeadlineTimer deadline(30'000);
        while (!output.contains('\n') && !deadline.hasExpired()
            && process.waitForReadyRead(int(deadline.remainingTime())))
            output += process.readAllStandardOutput();
        QVERIFY2(output.startsWith("listening on "),
            qPrintable(QString::fromUtf8(output + process.readAllStandardError())));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"together"_s);
        db.setHostName(m_cluster.socketDirectory());
        db.setUserName(PostgresCluster::user());
        db.setDatabaseName(u"together"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT count(*), max(version) FROM schema_version"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.value(1).toInt() >= 1);
        QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'change_seq'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
        QVERIFY(!query.next()); // one row: nothing was made twice
    }
    for (QProcess &process : processes) {
        process.terminate();
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 0);
    }

    // A database a newer hearth-server migrated is not touched by an older one: it says so.
    {
        QSqlDatabase db = QSqlDatabase::database(u"together"_s);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE schema_version SET version = version + 1"_s));
    }
    QSqlDatabase::removeDatabase(u"together"_s);
    QProcess older;
    older.setProcessChannelMode(QProcess::MergedChannels);
    older.start(ServerProcess::executable(),
        {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path(), u"--database"_s,
            m_cluster.url(u"together"_s)});
    QVERIFY(older.waitForFinished(30'000));
    QCOMPARE(older.exitCode(), 1);
    const QString said = QString::fromUtf8(older.readAll());
    QVERIFY2(said.contains(u"this version of hearth-server knows up to"_s), qPrintable(said));
}

void TestInstances::idempotencyKeyReplaysThroughAnyInstance()
{
    const QByteArray body = QJsonDocument(
        newPost(u"Replayed once"_s, u"Sent through A #Replays"_s, u"post"_s, {u"Replays"_s}))
                                .toJson(QJsonDocument::Compact);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        HttpClient client(m_servers[i].url());
        client.setToken(m_token);
        const auto reply = client.send("POST", u"/api/v1/posts"_s, body,
            {{"Content-Type", "application/json"}, {"Idempotency-Key", "replayed-1"}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.header("Idempotent-Replayed").isEmpty(), i == 0);
        ids.append(idOf(reply));
    }
    QCOMPARE(ids, (QList<qint64>{ids[0], ids[0], ids[0]}));
    QCOMPARE(feedIds(u"replays"_s), QList<qint64>{ids[0]});
}

void TestInstances::sameKeyAtOnceOnAllMakesOnePost()
{
    // Sent to all three before any answers: two of them wait for the first to commit.
    const QByteArray body
        = QJsonDocument(newPost(u"Sent three times at once"_s, u"Only one of me #AtOnce"_s,
                            u"post"_s, {u"AtOnce"_s}))
              .toJson(QJsonDocument::Compact);
    QList<QNetworkReply *> replies;
    for (ServerProcess &server : m_servers) {
        replies.append(send(server.url(u"/api/v1/posts"_s), "POST", m_token, body,
            {{"Idempotency-Key", "at-once-1"}}));
    }
    QSet<qint64> ids;
    int replayed = 0;
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        ids.insert(QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toInteger());
        replayed += reply->rawHeader("Idempotent-Replayed") == "true" ? 1 : 0;
        reply->deleteLater();
    }
    QCOMPARE(ids.size(), 1);
    QCOMPARE(replayed, 2);
    QCOMPARE(feedIds(u"atonce"_s), QList<qint64>{*ids.begin()});
}

void TestInstances::changesAreNeverSkippedAcrossInstances()
{
    // Where the reader starts: everything so far.
    qint64 cursor = 0;
    {
        HttpClient reader(m_servers[0].url());
        for (bool more = true; more;) {
            const auto page = reader.get(u"/api/v1/changes?since=%1"_s.arg(cursor));
            QCOMPARE(page.status, 200);
            cursor = page.json().value(u"next"_s).toInteger();
            more = page.json().value(u"more"_s).toBool();
        }
    }

    // Writers: 30 posts through each instance, three at a time on each, all at once.
    constexpr int PerInstance = 30;
    constexpr int InFlight = 3;
    QSet<qint64> written;
    int started = 0;
    int finished = 0;
    int failures = 0;
    std::function<void(int)> write = [&](int instance) {
        const int n = started++;
        const QByteArray body = QJsonDocument(
            newPost(u"Concurrent %1"_s.arg(n), u"Written through %1 #Concurrent"_s.arg(instance),
                u"post"_s, {u"Concurrent"_s}))
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply
            = send(m_servers[instance].url(u"/api/v1/posts"_s), "POST", m_token, body);
        connect(reply, &QNetworkReply::finished, this, [&, reply, instance] {
            reply->deleteLater();
            ++finished;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                written.insert(
                    QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toInteger());
            else
                ++failures;
        });
    };
    // Each instance keeps InFlight requests going until it has sent PerInstance.
    std::array<int, 3> sent{};
    std::function<void(int)> keepGoing = [&](int instance) {
        if (sent[instance] >= PerInstance)
            return;
        ++sent[instance];
        write(instance);
    };
    connect(&m_network, &QNetworkAccessManager::finished, this, [&](QNetworkReply *reply) {
        const int port = reply->url().port();
        for (int i = 0; i < 3; ++i) {
            if (m_servers[i].url().port() == port && reply->url().path() == u"/api/v1/posts")
                keepGoing(i);
        }
    });
    for (int i = 0; i < 3; ++i) {
        for (int k = 0; k < InFlight; ++k)
            keepGoing(i);
    }

    // The reader pages /changes meanwhile, through each instance in turn, from its cursor on.
    QList<qint64> seen;
    int reads = 0;
    const auto readOnce = [&](int instance) -> bool {
        QNetworkReply *reply
            = send(m_servers[instance].url(u"/api/v1/changes?since=%1"_s.arg(cursor)), "GET", {});
        if (!QSignalSpy(reply, &QNetworkReply::finished).wait(30'000))
            return false;
        reply->deleteLater();
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        for (const QJsonValue &post : page.value(u"posts"_s).toArray())
            seen.append(post.toObject().value(u"id"_s).toInteger());
        cursor = page.value(u"next"_s).toInteger();
        ++reads;
        return page.value(u"more"_s).toBool();
    };
    QElapsedTimer timer;
    timer.start();
    while (finished < 3 * PerInstance && timer.elapsed() < 120'000)
        readOnce(reads % 3);
    QCOMPARE(finished, 3 * PerInstance);
    QCOMPARE(failures, 0);
    // And once more after the last write, until nothing is left.
    for (int i = 0; readOnce(i % 3) && i < 100; ++i) { }
    QVERIFY(readOnce(0) == false);
    disconnect(&m_network, &QNetworkAccessManager::finished, this, nullptr);

    QCOMPARE(written.size(), 3 * PerInstance);
    const QSet<qint64> seenOnce(seen.begin(), seen.end());
    QCOMPARE(seen.size(), seenOnce.size()); // no change told twice
    QCOMPARE(seenOnce, written); // and none missed, though pages were read while written
    qInfo("%d pages of /changes read while %d posts were written through three instances", reads,
        int(written.size()));
    QVERIFY(reads > 3);
}

void TestInstances::signInLimitHoldsOnEveryInstance()
{
    HttpClient owner(m_servers[0].url());
    registerUser(owner, u"guarded"_s);
    const QJsonObject wrong{{u"handle"_s, u"guarded"_s}, {u"password"_s, u"not the password"_s}};
    // Ten failures, spread over the three instances: the limit of one address and handle.
    for (int i = 0; i < 10; ++i) {
        HttpClient guesser(m_servers[i % 3].url());
        QCOMPARE(guesser.post(u"/api/v1/auth/login"_s, wrong).status, 401);
    }
    for (ServerProcess &server : m_servers) {
        HttpClient guesser(server.url());
        const auto refused = guesser.post(u"/api/v1/auth/login"_s, wrong);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.header("Retry-After").toInt() > 0);
    }
}

void TestInstances::writeOnOneWakesWaiterOnAnother()
{
    HttpClient reader(m_servers[1].url());
    qint64 cursor = 0;
    for (bool more = true; more;) {
        const auto page = reader.get(u"/api/v1/changes?since=%1"_s.arg(cursor));
        cursor = page.json().value(u"next"_s).toInteger();
        more = page.json().value(u"more"_s).toBool();
    }
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *held
        = send(m_servers[1].url(u"/api/v1/changes?since=%1&wait=20"_s.arg(cursor)), "GET", {});
    QTest::qWait(500); // held by now
    QVERIFY(!held->isFinished());
    HttpClient writer(m_servers[0].url());
    writer.setToken(m_token);
    const qint64 post = idOf(writer.post(u"/api/v1/posts"_s,
        newPost(
            u"Wakes the other"_s, u"Through A, heard on B #Waking"_s, u"post"_s, {u"Waking"_s})));
    QVERIFY(post > 0);
    if (!held->isFinished())
        QVERIFY(QSignalSpy(held, &QNetworkReply::finished).wait(30'000));
    const qint64 waited = timer.elapsed();
    const QJsonObject page = QJsonDocument::fromJson(held->readAll()).object();
    held->deleteLater();
    QCOMPARE(idsOf(page, u"posts"_s), QList<qint64>{post});
    // Told at the write, not at the end of the 20 s wait.
    QVERIFY2(waited < 10'000, qPrintable(QString::number(waited)));
}

void TestInstances::losingTheDatabaseEndsEveryInstance()
{
    // PostgreSQL goes away (a crash, a restart): each instance answers what it cannot do
    // with a 500 and ends, so that its service manager starts it afresh on the database.
    QVERIFY(m_cluster.stop());
    for (ServerProcess &server : m_servers) {
        HttpClient client(server.url());
        const auto reply = client.get(u"/api/v1/topics/therapy/feed"_s);
        QVERIFY2(
            reply.status == 500 || reply.status == 0, qPrintable(QString::number(reply.status)));
        QTRY_VERIFY_WITH_TIMEOUT(!server.isRunning(), 15'000);
        QCOMPARE(server.exitCode(), 3);
    }
}

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
