// hearth-server over real HTTP, on the rules of docs/api.md that a reader could take two ways
// and that the document now settles: IDs are never reused (so /changes never names one post
// as both live and deleted), replies to a tombstone, the spelling of an If-Match version, a
// PATCH that changes nothing, what trending's R counts, and the order of GET /topics.

#include "ServerTestCase.h"

#include <QUuid>

#include <algorithm>

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
    void replyingToATombstoneIsAValidationError();
    void ifMatchIsSpelledLikeTheETag_data();
    void ifMatchIsSpelledLikeTheETag();
    void patchOfIgnoredFieldsOnlyChangesNothing();
    void trendingCountsEveryReaction();
    void topicsTieBreakOnCodePoints();

private:
    qint64 createPost(HttpClient &client, const QString &title, const QString &body);
    qint64 sequence();

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_alice;
    std::unique_ptr<HttpClient> m_bob;
    std::unique_ptr<HttpClient> m_carol;
    std::unique_ptr<HttpClient> m_reader; // signed out
};

void TestContract::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_alice = std::make_unique<HttpClient>(m_server.url());
    m_bob = std::make_unique<HttpClient>(m_server.url());
    m_carol = std::make_unique<HttpClient>(m_server.url());
    m_reader = std::make_unique<HttpClient>(m_server.url());
    QVERIFY(registerUser(*m_alice, u"alice"_s).value(u"id"_s).toInteger() > 0);
    QVERIFY(registerUser(*m_bob, u"bob"_s).value(u"id"_s).toInteger() > 0);
    QVERIFY(registerUser(*m_carol, u"carol"_s).value(u"id"_s).toInteger() > 0);
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

void TestContract::replyingToATombstoneIsAValidationError()
{
    // api.md: a reply's parentId must be "a top-level, not deleted comment of the same
    // post"; a tombstone is refused like an unknown parent.
    const qint64 postId = createPost(*m_alice, u"Thread"_s, u"#Tombstones"_s);
    const QString comments = u"/api/v1/posts/%1/comments"_s.arg(postId);
    const qint64 parent
        = m_bob->post(comments, {{u"body"_s, u"Top"_s}}).json().value(u"id"_s).toInteger();
    QCOMPARE(
        m_alice->post(comments, {{u"body"_s, u"Reply"_s}, {u"parentId"_s, parent}}).status, 201);
    QCOMPARE(m_bob->remove(u"/api/v1/comments/%1"_s.arg(parent)).status, 204);
    const QJsonObject tombstone
        = m_reader->get(comments).json().value(u"items"_s).toArray().first().toObject();
    QVERIFY(tombstone.value(u"deleted"_s).toBool());

    const auto reply
        = m_carol->post(comments, {{u"body"_s, u"Late reply"_s}, {u"parentId"_s, parent}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"validation_failed"_s);
    QCOMPARE(reply.errorField(), u"parentId"_s);
    // Editing and reporting a tombstone are 404: the comment is not there any more.
    QCOMPARE(m_bob
                 ->patch(u"/api/v1/comments/%1"_s.arg(parent), {{u"body"_s, u"x"_s}},
                     {{"If-Match", "\"1\""}})
                 .status,
        404);
    QCOMPARE(m_carol->post(u"/api/v1/comments/%1/reports"_s.arg(parent), {{u"reason"_s, u"spam"_s}})
                 .status,
        404);
}

void TestContract::ifMatchIsSpelledLikeTheETag_data()
{
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::newRow("leading zero") << "\"01\""_ba;
    QTest::newRow("plus sign") << "\"+1\""_ba;
    QTest::newRow("inner space") << "\" 1\""_ba;
    QTest::newRow("zero") << "\"0\""_ba;
    QTest::newRow("hex") << "\"0x1\""_ba;
}

void TestContract::ifMatchIsSpelledLikeTheETag()
{
    // A version is written in decimal without sign or leading zeros, like a path ID and
    // exactly as the ETag gives it; any other spelling is malformed, for posts and comments.
    QFETCH(QByteArray, ifMatch);
    const qint64 postId = createPost(*m_alice, u"Versioned"_s, u"#IfMatch"_s);
    const QString post = u"/api/v1/posts/%1"_s.arg(postId);
    const auto refused
        = m_alice->patch(post, {{u"title"_s, u"Changed"_s}}, {{"If-Match", ifMatch}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), u"bad_request"_s);
    QCOMPARE(refused.errorField(), u"If-Match"_s);
    QCOMPARE(m_reader->get(post).json().value(u"version"_s).toInt(), 1);

    const qint64 commentId = m_bob->post(post + u"/comments"_s, {{u"body"_s, u"Hello"_s}})
                                 .json()
                                 .value(u"id"_s)
                                 .toInteger();
    const auto comment = m_bob->patch(
        u"/api/v1/comments/%1"_s.arg(commentId), {{u"body"_s, u"Hi"_s}}, {{"If-Match", ifMatch}});
    QCOMPARE(comment.status, 400);
    QCOMPARE(comment.errorField(), u"If-Match"_s);

    // The ETag's own spelling works.
    QCOMPARE(
        m_alice->patch(post, {{u"title"_s, u"Changed"_s}}, {{"If-Match", "\"1\""}}).status, 200);
}

void TestContract::patchOfIgnoredFieldsOnlyChangesNothing()
{
    // kind and teamPrompt are ignored like unknown members; a body holding nothing else has
    // nothing to change.
    const qint64 postId = createPost(*m_alice, u"As it is"_s, u"#NothingToChange"_s);
    const QString post = u"/api/v1/posts/%1"_s.arg(postId);
    const auto ignored = m_alice->patch(post,
        {{u"kind"_s, u"story"_s}, {u"teamPrompt"_s, true}, {u"mood"_s, u"calm"_s}},
        {{"If-Match", "\"1\""}});
    QCOMPARE(ignored.status, 400);
    QCOMPARE(ignored.errorCode(), u"validation_failed"_s);
    const QJsonObject after = m_reader->get(post).json();
    QCOMPARE(after.value(u"version"_s).toInt(), 1);
    QVERIFY(after.value(u"editedAt"_s).isNull());
    QCOMPARE(after.value(u"kind"_s).toString(), u"post"_s);
    QVERIFY(!after.value(u"teamPrompt"_s).toBool());
    QCOMPARE(m_alice->patch(post, {}, {{"If-Match", "\"1\""}}).errorCode(), u"validation_failed"_s);

    const qint64 commentId = m_bob->post(post + u"/comments"_s, {{u"body"_s, u"Hello"_s}})
                                 .json()
                                 .value(u"id"_s)
                                 .toInteger();
    const auto comment = m_bob->patch(u"/api/v1/comments/%1"_s.arg(commentId),
        {{u"parentId"_s, 1}, {u"deleted"_s, true}}, {{"If-Match", "\"1\""}});
    QCOMPARE(comment.status, 400);
    QCOMPARE(comment.errorCode(), u"validation_failed"_s);

    // With one real change beside them, the ignored members are just ignored.
    const auto edited = m_alice->patch(
        post, {{u"kind"_s, u"story"_s}, {u"title"_s, u"Retitled"_s}}, {{"If-Match", "\"1\""}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"kind"_s).toString(), u"post"_s);
}

void TestContract::trendingCountsEveryReaction()
{
    // R is the sum of all of a post's reaction counts, whatever their kinds. "Mixed" has
    // three reactions of three kinds: (3 + 1) beats "Talked" with one comment (2 + 1), although
    // Talked is a little younger; counting one kind, or the most common one, would not.
    const qint64 mixed = createPost(*m_alice, u"Mixed"_s, u"#TrendingR mixed"_s);
    const qint64 talked = createPost(*m_alice, u"Talked"_s, u"#TrendingR talked"_s);
    const QString reaction = u"/api/v1/posts/%1/reaction"_s.arg(mixed);
    QCOMPARE(m_alice->put(reaction, {{u"kind"_s, u"heart"_s}}).status, 200);
    QCOMPARE(m_bob->put(reaction, {{u"kind"_s, u"hug"_s}}).status, 200);
    const auto last = m_carol->put(reaction, {{u"kind"_s, u"me_too"_s}});
    QCOMPARE(last.json().value(u"reactions"_s).toObject().value(u"counts"_s).toObject().size(), 3);
    QCOMPARE(m_bob->post(u"/api/v1/posts/%1/comments"_s.arg(talked), {{u"body"_s, u"Same here."_s}})
                 .status,
        201);

    QCOMPARE(idsOf(m_reader->get(u"/api/v1/topics/trendingr/feed?sort=trending"_s).json()),
        QList<qint64>({mixed, talked}));
}

void TestContract::topicsTieBreakOnCodePoints()
{
    // Topics with the same member count are ordered by slug in Unicode code point order (the
    // byte order of UTF-8), not by a locale's collation and not by UTF-16 code units:
    // z (U+007A) < é (U+00E9) < ａ (U+FF41) < 𝐚 (U+1D41A). A locale puts é before z; UTF-16
    // puts 𝐚 (a surrogate pair, 0xD835…) before ａ.
    const QStringList expected{
        u"tieorderzen"_s, u"tieorderété"_s, u"tieorderａ"_s, u"tieorder\U0001D41A"_s};
    QList<QString> tags{
        u"TieOrder\U0001D41A"_s, u"TieOrderÉté"_s, u"TieOrderZen"_s, u"TieOrderａ"_s};
    for (const QString &tag : tags)
        QVERIFY(createPost(*m_alice, u"Order"_s, u"#"_s + tag) > 0);

    const auto all = m_reader->get(u"/api/v1/topics?q=tieorder"_s);
    QCOMPARE(all.status, 200);
    QStringList slugs;
    for (const QJsonValue &topic : all.json().value(u"items"_s).toArray())
        slugs.append(topic.toObject().value(u"slug"_s).toString());
    QCOMPARE(slugs, expected);

    // Keyset pages follow the same order.
    QStringList paged;
    QString cursor;
    for (int page = 0; page < 10; ++page) {
        const auto reply = m_reader->get(u"/api/v1/topics?q=tieorder&limit=1"_s
            + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &topic : reply.json().value(u"items"_s).toArray())
            paged.append(topic.toObject().value(u"slug"_s).toString());
        cursor = reply.json().value(u"nextCursor"_s).toString();
        if (cursor.isEmpty())
            break;
    }
    QCOMPARE(paged, expected);

    // The order is the code point order of the slugs.
    QStringList byCodePoint = expected;
    std::sort(byCodePoint.begin(), byCodePoint.end(),
        [](const QString &a, const QString &b) { return a.toUcs4() < b.toUcs4(); });
    QCOMPARE(byCodePoint, expected);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
