// hearth-server over real HTTP, on rules of docs/api.md that are easy to break unnoticed:
// IDs are never reused (so /changes never names one post as both live and deleted).

#include "ServerTestCase.h"

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void postIdsAreNeverReused();
    void commentIdsAreNeverReused();

private:
    qint64 createPost(HttpClient &client, const QString &title, const QString &body);
    qint64 sequence();

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_alice;
    std::unique_ptr<HttpClient> m_bob;
    std::unique_ptr<HttpClient> m_reader; // signed out
};

void TestContract::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_alice = std::make_unique<HttpClient>(m_server.url());
    m_bob = std::make_unique<HttpClient>(m_server.url());
    m_reader = std::make_unique<HttpClient>(m_server.url());
    QVERIFY(registerUser(*m_alice, u"alice"_s).value(u"id"_s).toInteger() > 0);
    QVERIFY(registerUser(*m_bob, u"bob"_s).value(u"id"_s).toInteger() > 0);
}

void TestContract::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

qint64 TestContract::createPost(HttpClient &client, const QString &title, const QString &body)
{
    const auto reply = client.post(u"/api/v1/posts"_s, newPost(title, body));
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json().value(u"id"_s).toInteger();
}

qint64 TestContract::sequence()
{
    return m_reader->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();
}

void TestContract::postIdsAreNeverReused()
{
    // since=0 may answer empty lists: start from a sequence past 0.
    QVERIFY(createPost(*m_bob, u"Before"_s, u"#ReuseBefore"_s) > 0);
    const qint64 since = sequence();
    QVERIFY(since > 0);
    const qint64 first = createPost(*m_alice, u"Here a moment"_s, u"#Reuse first"_s);
    QVERIFY(first > 0);
    // The newest post goes; the next one must not take its ID.
    QCOMPARE(m_alice->remove(u"/api/v1/posts/%1"_s.arg(first)).status, 204);
    const qint64 second = createPost(*m_alice, u"Here to stay"_s, u"#Reuse second"_s);
    QVERIFY(second > 0);
    QVERIFY2(
        second > first, qPrintable(u"post %1 came after deleted post %2"_s.arg(second).arg(first)));

    // A client applying the checklist (upsert posts, then delete deletedPostIds) keeps the
    // live post: no ID is in both lists.
    const QJsonObject changes = m_reader->get(u"/api/v1/changes?since=%1"_s.arg(since)).json();
    const QSet<qint64> live = setOf(idsOf(changes, u"posts"_s));
    QSet<qint64> deleted;
    for (const QJsonValue &id : changes.value(u"deletedPostIds"_s).toArray())
        deleted.insert(id.toInteger());
    QCOMPARE(live, QSet<qint64>{second});
    QCOMPARE(deleted, QSet<qint64>{first});
    QVERIFY(!live.intersects(deleted));
    QCOMPARE(m_reader->get(u"/api/v1/posts/%1"_s.arg(first)).status, 404);

    // A report about the deleted post keeps pointing at nothing, not at the new post.
    QCOMPARE(
        m_bob->post(u"/api/v1/posts/%1/reports"_s.arg(first), {{u"reason"_s, u"spam"_s}}).status,
        404);
}

void TestContract::commentIdsAreNeverReused()
{
    const qint64 postId = createPost(*m_alice, u"Talk"_s, u"#ReuseComments"_s);
    const QString comments = u"/api/v1/posts/%1/comments"_s.arg(postId);
    const auto first = m_bob->post(comments, {{u"body"_s, u"Said too soon."_s}});
    QCOMPARE(first.status, 201);
    const qint64 firstId = first.json().value(u"id"_s).toInteger();
    QCOMPARE(m_bob->remove(u"/api/v1/comments/%1"_s.arg(firstId)).status, 204);
    const auto second = m_bob->post(comments, {{u"body"_s, u"Said with care."_s}});
    QCOMPARE(second.status, 201);
    const qint64 secondId = second.json().value(u"id"_s).toInteger();
    QVERIFY2(secondId > firstId,
        qPrintable(u"comment %1 came after deleted comment %2"_s.arg(secondId).arg(firstId)));
    // The deleted comment's address stays dead.
    QCOMPARE(m_bob
                 ->patch(u"/api/v1/comments/%1"_s.arg(firstId), {{u"body"_s, u"x"_s}},
                     {{"If-Match", "\"1\""}})
                 .status,
        404);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
