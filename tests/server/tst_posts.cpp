// hearth-server over real HTTP: posts, feeds, pagination, trending, versions, reactions,
// comments, idempotent replays, the change sequence, newsletters, blocks and reports.

#include "ServerTestCase.h"

#include <QSet>
#include <QUuid>

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestPosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createsAndReadsAPost();
    void hashtagsMakeTopicsAndCounts();
    void feedFiltersByKind();
    void paginationLosesAndRepeatsNothingWhilePostsArrive();
    void trendingOrdersByEngagement();
    void editsNeedTheCurrentVersion();
    void onlyTheAuthorDeletes();
    void reactionsAreOnePerPerson();
    void commentsAndReplies();
    void idempotentWritesHappenOnce();
    void changesSinceASequence();
    void changesAreCappedByTopicsToo();
    void aCommentEditReportsItsPost();
    void membershipCounts();
    void newsletters();
    void blocksHideAPersonFromMe();
    void reports();

private:
    qint64 createPost(HttpClient &client, const QString &title, const QString &body,
        const QString &kind = u"post"_s);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_alice;
    std::unique_ptr<HttpClient> m_bob;
    std::unique_ptr<HttpClient> m_reader; // signed out
    qint64 m_aliceId = 0;
    qint64 m_bobId = 0;
};

void TestPosts::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_alice = std::make_unique<HttpClient>(m_server.url());
    m_bob = std::make_unique<HttpClient>(m_server.url());
    m_reader = std::make_unique<HttpClient>(m_server.url());
    m_aliceId = registerUser(*m_alice, u"alice"_s).value(u"id"_s).toInteger();
    m_bobId = registerUser(*m_bob, u"bob"_s).value(u"id"_s).toInteger();
    QVERIFY(m_aliceId > 0 && m_bobId > 0);
}

void TestPosts::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

qint64 TestPosts::createPost(
    HttpClient &client, const QString &title, const QString &body, const QString &kind)
{
    const auto reply = client.post(u"/api/v1/posts"_s, newPost(title, body, kind));
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json().value(u"id"_s).toInteger();
}

void TestPosts::createsAndReadsAPost()
{
    const auto created = m_alice->post(u"/api/v1/posts"_s,
        newPost(u"First week of #Therapy"_s, u"Tired but hopeful. #CheckInWithMe"_s, u"post"_s,
            {u"SmallWins"_s, u"therapy"_s}));
    QCOMPARE(created.status, 201);
    const QJsonObject post = created.json();
    const qint64 id = post.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(created.header("Location"), "/api/v1/posts/" + QByteArray::number(id));
    QCOMPARE(post.value(u"hashtags"_s).toArray(),
        QJsonArray({u"Therapy"_s, u"CheckInWithMe"_s, u"SmallWins"_s}));
    QCOMPARE(post.value(u"author"_s).toObject().value(u"handle"_s).toString(), u"alice"_s);
    QCOMPARE(post.value(u"version"_s).toInt(), 1);
    QVERIFY(post.value(u"editedAt"_s).isNull());

    // Read back by anyone, exactly as created; text is stored as sent.
    const auto read = m_reader->get(u"/api/v1/posts/%1"_s.arg(id));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json(), post);

    const QString hostile = u"<b>bold</b> &amp; <script>x</script>\u202e #Therapy"_s;
    const qint64 hostileId = createPost(*m_alice, u"<i>title</i>"_s, hostile);
    QCOMPARE(m_reader->get(u"/api/v1/posts/%1"_s.arg(hostileId)).json().value(u"body"_s).toString(),
        hostile);

    QCOMPARE(m_reader->get(u"/api/v1/posts/999999"_s).status, 404);
    QCOMPARE(m_reader->get(u"/api/v1/posts/0"_s).status, 404);
    QCOMPARE(m_reader->get(u"/api/v1/posts/abc"_s).status, 404);
}

void TestPosts::hashtagsMakeTopicsAndCounts()
{
    QCOMPARE(m_reader->get(u"/api/v1/topics/brandnewtopic"_s).status, 404);
    createPost(*m_alice, u"A story"_s, u"Long form about #BrandNewTopic"_s, u"story"_s);
    createPost(*m_alice, u"A post"_s, u"Short #brandnewtopic #Überleben"_s);
    const auto topic = m_reader->get(u"/api/v1/topics/brandnewtopic"_s);
    QCOMPARE(topic.status, 200);
    const QJsonObject json = topic.json();
    QCOMPARE(json.value(u"name"_s).toString(), u"BrandNewTopic"_s);
    QCOMPARE(json.value(u"counts"_s).toObject().value(u"posts"_s).toInt(), 1);
    QCOMPARE(json.value(u"counts"_s).toObject().value(u"stories"_s).toInt(), 1);
    // Slugs are case-folded, and a topic is found however the slug is written.
    QCOMPARE(m_reader->get(u"/api/v1/topics/BrandNewTopic"_s).json(), json);
    QCOMPARE(m_reader->get(u"/api/v1/topics/%C3%BCberleben"_s).status, 200);
    QCOMPARE(m_reader->get(u"/api/v1/topics/Überleben"_s).status, 200);

    // A post needs a home, and at most ten.
    const auto none = m_alice->post(u"/api/v1/posts"_s, newPost(u"No tags"_s, u"Nothing here"_s));
    QCOMPARE(none.status, 400);
    QCOMPARE(none.errorField(), u"hashtags"_s);
    QString many;
    for (int i = 0; i < 11; ++i)
        many += u" #Tag"_s + QChar(u'a' + i);
    const auto tooMany = m_alice->post(u"/api/v1/posts"_s, newPost(u"Many"_s, many));
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.errorField(), u"hashtags"_s);
    QCOMPARE(m_reader->get(u"/api/v1/topics/taga"_s).status, 404); // nothing was created

    const auto list = m_reader->get(u"/api/v1/topics?q=%23Brand"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(u"items"_s).toArray().size(), 1);
    QCOMPARE(m_reader->get(u"/api/v1/topics?q="_s + QString(51, u'a')).errorField(), u"q"_s);
    QCOMPARE(m_reader->get(u"/api/v1/topics?q=br%00and"_s).errorField(), u"q"_s);

    // The topic list pages like any other: one at a time, every topic once.
    const int total
        = m_reader->get(u"/api/v1/topics?limit=50"_s).json().value(u"items"_s).toArray().size();
    QSet<QString> slugs;
    QString cursor;
    int pages = 0;
    do {
        const auto page = m_reader
                              ->get(u"/api/v1/topics?limit=1"_s
                                  + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor))
                              .json();
        for (const QJsonValue &topic : page.value(u"items"_s).toArray())
            slugs.insert(topic.toObject().value(u"slug"_s).toString());
        cursor = page.value(u"nextCursor"_s).toString();
    } while (!cursor.isEmpty() && ++pages < 100);
    QCOMPARE(slugs.size(), total);
    QCOMPARE(m_reader->get(u"/api/v1/topics?limit=0"_s).errorField(), u"limit"_s);
}

void TestPosts::feedFiltersByKind()
{
    const qint64 story = createPost(*m_alice, u"Story"_s, u"#KindFilter long"_s, u"story"_s);
    const qint64 post = createPost(*m_alice, u"Post"_s, u"#KindFilter short"_s);
    const auto all = m_reader->get(u"/api/v1/topics/kindfilter/feed"_s);
    QCOMPARE(idsOf(all.json()), QList<qint64>({post, story}));
    QCOMPARE(idsOf(m_reader->get(u"/api/v1/topics/kindfilter/feed?kind=story"_s).json()),
        QList<qint64>{story});
    QCOMPARE(idsOf(m_reader->get(u"/api/v1/topics/kindfilter/feed?kind=post"_s).json()),
        QList<qint64>{post});
    QCOMPARE(idsOf(m_reader->get(u"/api/v1/topics/kindfilter/feed?kind=video"_s).json()),
        QList<qint64>{});
    QCOMPARE(m_reader->get(u"/api/v1/topics/kindfilter/feed?kind=poem"_s).status, 400);
    QCOMPARE(
        m_reader->get(u"/api/v1/topics/kindfilter/feed?cursor=bm9wZQ"_s).errorField(), u"cursor"_s);
    QCOMPARE(m_reader->get(u"/api/v1/topics/nosuchtopic/feed"_s).status, 404);

    // A cursor belongs to its topic and kind: elsewhere it is refused, not followed.
    for (int i = 0; i < 3; ++i)
        createPost(*m_alice, u"More %1"_s.arg(i), u"#KindFilter more"_s);
    const QString cursor = m_reader->get(u"/api/v1/topics/kindfilter/feed?limit=2"_s)
                               .json()
                               .value(u"nextCursor"_s)
                               .toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(
        m_reader->get(u"/api/v1/topics/kindfilter/feed?limit=2&cursor="_s + cursor).status, 200);
    QCOMPARE(m_reader->get(u"/api/v1/topics/kindfilter/feed?kind=post&limit=2&cursor="_s + cursor)
                 .errorField(),
        u"cursor"_s);
    QCOMPARE(m_reader->get(u"/api/v1/topics/kindfilter/feed?sort=trending&cursor="_s + cursor)
                 .errorField(),
        u"cursor"_s);
    QCOMPARE(m_reader->get(u"/api/v1/topics/therapy/feed?limit=2&cursor="_s + cursor).status, 400);
}

void TestPosts::paginationLosesAndRepeatsNothingWhilePostsArrive()
{
    QList<qint64> created;
    for (int i = 0; i < 25; ++i)
        created.prepend(createPost(*m_alice, u"Page %1"_s.arg(i), u"#Paging item %1"_s.arg(i)));

    for (const QString &sort : {u"latest"_s, u"trending"_s}) {
        QList<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            const auto page = m_reader->get(u"/api/v1/topics/paging/feed?limit=10&sort=%1%2"_s.arg(
                sort, cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            QCOMPARE(page.status, 200);
            seen += idsOf(page.json());
            cursor = page.json().value(u"nextCursor"_s).toString();
            // New posts arrive while the reader pages through.
            if (pages++ == 0) {
                for (int i = 0; i < 5; ++i)
                    createPost(*m_bob, u"Late %1"_s.arg(i), u"#Paging late"_s);
            }
        } while (!cursor.isEmpty() && pages < 20);
        QCOMPARE(setOf(seen).size(), seen.size()); // no repeats
        for (qint64 id : std::as_const(created))
            QVERIFY2(seen.contains(id), qPrintable(sort)); // nothing lost
        if (sort == u"latest")
            QCOMPARE(seen, created); // newest first, exactly the posts that were there
    }
}

void TestPosts::trendingOrdersByEngagement()
{
    const qint64 quiet = createPost(*m_alice, u"Quiet"_s, u"#Trend older and quiet"_s);
    const qint64 loved = createPost(*m_alice, u"Loved"_s, u"#Trend older and loved"_s);
    const qint64 fresh = createPost(*m_alice, u"Fresh"_s, u"#Trend newest"_s);
    m_bob->put(u"/api/v1/posts/%1/reaction"_s.arg(loved), {{u"kind"_s, u"hug"_s}});
    m_bob->post(u"/api/v1/posts/%1/comments"_s.arg(loved), {{u"body"_s, u"This helped me."_s}});
    m_alice->post(u"/api/v1/posts/%1/comments"_s.arg(loved), {{u"body"_s, u"Thank you."_s}});

    const auto latest = idsOf(m_reader->get(u"/api/v1/topics/trend/feed"_s).json());
    QCOMPARE(latest, QList<qint64>({fresh, loved, quiet}));
    const auto trending = idsOf(m_reader->get(u"/api/v1/topics/trend/feed?sort=trending"_s).json());
    QCOMPARE(trending.first(), loved);
    QCOMPARE(trending.size(), 3);
}

void TestPosts::editsNeedTheCurrentVersion()
{
    const qint64 id = createPost(*m_alice, u"Draft thoughts"_s, u"#Editing first words"_s);
    const QString path = u"/api/v1/posts/%1"_s.arg(id);
    const QJsonObject change{{u"body"_s, u"#Editing better words #Hope"_s}};

    const auto missing = m_alice->patch(path, change);
    QCOMPARE(missing.status, 428);
    QCOMPARE(missing.errorCode(), u"precondition_required"_s);
    const auto malformed = m_alice->patch(path, change, {{"If-Match", "1"}});
    QCOMPARE(malformed.status, 400);
    const auto stale = m_alice->patch(path, change, {{"If-Match", "\"7\""}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.errorCode(), u"version_conflict"_s);
    QCOMPARE(stale.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(m_bob->patch(path, change, {{"If-Match", "\"1\""}}).status, 403);

    const auto edited = m_alice->patch(path, change, {{"If-Match", "\"1\""}});
    QCOMPARE(edited.status, 200);
    // Without a new list, the post keeps its tags in their order and gains new ones.
    const qint64 ordered = createPost(*m_alice, u"Order"_s, u"#Anxiety and #SmallWins"_s);
    const auto retitled = m_alice->patch(u"/api/v1/posts/%1"_s.arg(ordered),
        {{u"title"_s, u"#smallwins #Later update"_s}}, {{"If-Match", "\"1\""}});
    QCOMPARE(retitled.json().value(u"hashtags"_s).toArray(),
        QJsonArray({u"Anxiety"_s, u"SmallWins"_s, u"Later"_s}));
    QCOMPARE(edited.json().value(u"version"_s).toInt(), 2);
    QVERIFY(!edited.json().value(u"editedAt"_s).isNull());
    QCOMPARE(edited.json().value(u"body"_s).toString(), u"#Editing better words #Hope"_s);
    QCOMPARE(edited.json().value(u"hashtags"_s).toArray(), QJsonArray({u"Editing"_s, u"Hope"_s}));
    QCOMPARE(edited.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(
        m_reader->get(u"/api/v1/topics/hope/feed"_s).json().value(u"items"_s).toArray().size(), 1);

    // The edit someone else based on version 1 is refused, and changes nothing.
    const auto late
        = m_alice->patch(path, {{u"title"_s, u"Lost update"_s}}, {{"If-Match", "\"1\""}});
    QCOMPARE(late.status, 412);
    QCOMPARE(m_reader->get(path).json().value(u"title"_s).toString(), u"Draft thoughts"_s);
    // A body over the kind's limit, and a blank one, are refused.
    QCOMPARE(
        m_alice->patch(path, {{u"body"_s, QString(5001, u'x')}}, {{"If-Match", "\"2\""}}).status,
        400);
    QCOMPARE(m_alice->patch(path, {{u"body"_s, u"   "_s}}, {{"If-Match", "\"2\""}}).errorField(),
        u"body"_s);
}

void TestPosts::onlyTheAuthorDeletes()
{
    const qint64 id = createPost(*m_alice, u"To delete"_s, u"#Deleting soon"_s);
    const auto before = m_reader->get(u"/api/v1/topics/deleting"_s).json();
    QCOMPARE(before.value(u"counts"_s).toObject().value(u"posts"_s).toInt(), 1);
    QCOMPARE(m_bob->remove(u"/api/v1/posts/%1"_s.arg(id)).status, 403);
    QCOMPARE(m_reader->get(u"/api/v1/posts/%1"_s.arg(id)).status, 200);
    QCOMPARE(m_alice->remove(u"/api/v1/posts/%1"_s.arg(id)).status, 204);
    QCOMPARE(m_reader->get(u"/api/v1/posts/%1"_s.arg(id)).status, 404);
    QCOMPARE(m_alice->remove(u"/api/v1/posts/%1"_s.arg(id)).status, 404);
    const auto after = m_reader->get(u"/api/v1/topics/deleting"_s).json();
    QCOMPARE(after.value(u"counts"_s).toObject().value(u"posts"_s).toInt(), 0);
    QVERIFY(idsOf(m_reader->get(u"/api/v1/topics/deleting/feed"_s).json()).isEmpty());
}

void TestPosts::reactionsAreOnePerPerson()
{
    const qint64 id = createPost(*m_alice, u"React to me"_s, u"#Reacting"_s);
    const QString path = u"/api/v1/posts/%1/reaction"_s.arg(id);
    auto reply = m_bob->put(path, {{u"kind"_s, u"hug"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"postId"_s).toInteger(), id);
    QJsonObject reactions = reply.json().value(u"reactions"_s).toObject();
    QCOMPARE(reactions.value(u"counts"_s).toObject(), QJsonObject({{u"hug"_s, 1}}));
    QCOMPARE(reactions.value(u"mine"_s).toString(), u"hug"_s);

    reply = m_bob->put(path, {{u"kind"_s, u"sending_strength"_s}}); // changing the kind
    reactions = reply.json().value(u"reactions"_s).toObject();
    QCOMPARE(reactions.value(u"counts"_s).toObject(), QJsonObject({{u"sending_strength"_s, 1}}));
    m_alice->put(path, {{u"kind"_s, u"sending_strength"_s}});
    m_bob->put(path, {{u"kind"_s, u"sending_strength"_s}}); // the same again changes nothing
    const QJsonObject post = m_alice->get(u"/api/v1/posts/%1"_s.arg(id)).json();
    QCOMPARE(post.value(u"reactions"_s).toObject().value(u"counts"_s).toObject(),
        QJsonObject({{u"sending_strength"_s, 2}}));
    QCOMPARE(
        post.value(u"reactions"_s).toObject().value(u"mine"_s).toString(), u"sending_strength"_s);
    QVERIFY(m_reader->get(u"/api/v1/posts/%1"_s.arg(id))
                .json()
                .value(u"reactions"_s)
                .toObject()
                .value(u"mine"_s)
                .isNull());

    reply = m_bob->remove(path);
    QCOMPARE(reply.status, 200);
    reactions = reply.json().value(u"reactions"_s).toObject();
    QCOMPARE(reactions.value(u"counts"_s).toObject(), QJsonObject({{u"sending_strength"_s, 1}}));
    QVERIFY(reactions.value(u"mine"_s).isNull());

    const auto unknown = m_bob->put(path, {{u"kind"_s, u"sparkles"_s}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorField(), u"kind"_s);
    QCOMPARE(m_bob->put(u"/api/v1/posts/999999/reaction"_s, {{u"kind"_s, u"hug"_s}}).status, 404);
}

void TestPosts::commentsAndReplies()
{
    const qint64 postId = createPost(*m_alice, u"Talk to me"_s, u"#Commenting"_s);
    const QString comments = u"/api/v1/posts/%1/comments"_s.arg(postId);
    const auto first = m_bob->post(comments, {{u"body"_s, u"I hear you."_s}});
    QCOMPARE(first.status, 201);
    const qint64 firstId = first.json().value(u"id"_s).toInteger();
    const auto reply
        = m_alice->post(comments, {{u"body"_s, u"Thank you."_s}, {u"parentId"_s, firstId}});
    QCOMPARE(reply.status, 201);
    const qint64 replyId = reply.json().value(u"id"_s).toInteger();
    QCOMPARE(reply.json().value(u"parentId"_s).toInteger(), firstId);
    const auto second = m_bob->post(comments, {{u"body"_s, u"Also: drink water."_s}});
    const qint64 secondId = second.json().value(u"id"_s).toInteger();

    // One level of replies only.
    const auto nested = m_bob->post(comments, {{u"body"_s, u"Deeper"_s}, {u"parentId"_s, replyId}});
    QCOMPARE(nested.status, 400);
    QCOMPARE(nested.errorField(), u"parentId"_s);
    QCOMPARE(m_bob->post(comments, {{u"body"_s, u"  "_s}}).status, 400);

    QJsonObject thread = m_reader->get(comments).json();
    QCOMPARE(idsOf(thread), QList<qint64>({firstId, replyId, secondId}));
    QCOMPARE(
        thread.value(u"items"_s).toArray().first().toObject().value(u"replyCount"_s).toInt(), 1);
    QCOMPARE(
        m_reader->get(u"/api/v1/posts/%1"_s.arg(postId)).json().value(u"commentCount"_s).toInt(),
        3);

    // Parameters that mean nothing to a thread are ignored.
    QCOMPARE(idsOf(m_reader->get(comments + u"?sort=oldest&kind=x"_s).json()).size(), 3);
    // Pages count threads, and never split one.
    const auto page = m_reader->get(comments + u"?limit=1"_s).json();
    QCOMPARE(idsOf(page), QList<qint64>({firstId, replyId}));
    const auto next
        = m_reader->get(comments + u"?limit=1&cursor="_s + page.value(u"nextCursor"_s).toString());
    QCOMPARE(idsOf(next.json()), QList<qint64>{secondId});

    // Editing needs the version, and only the author may.
    const QString firstPath = u"/api/v1/comments/%1"_s.arg(firstId);
    QCOMPARE(m_alice->patch(firstPath, {{u"body"_s, u"x"_s}}, {{"If-Match", "\"1\""}}).status, 403);
    const auto edited
        = m_bob->patch(firstPath, {{u"body"_s, u"I hear you, truly."_s}}, {{"If-Match", "\"1\""}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"version"_s).toInt(), 2);
    QVERIFY(!edited.json().value(u"editedAt"_s).isNull());

    // A comment with replies stays as a tombstone; it goes with its last reply.
    QCOMPARE(m_alice->remove(firstPath).status, 403);
    QCOMPARE(m_bob->remove(firstPath).status, 204);
    thread = m_reader->get(comments).json();
    const QJsonObject tombstone = thread.value(u"items"_s).toArray().first().toObject();
    QCOMPARE(tombstone.value(u"id"_s).toInteger(), firstId);
    QVERIFY(tombstone.value(u"deleted"_s).toBool());
    QCOMPARE(tombstone.value(u"body"_s).toString(), QString());
    QCOMPARE(m_alice->remove(u"/api/v1/comments/%1"_s.arg(replyId)).status, 204);
    QCOMPARE(idsOf(m_reader->get(comments).json()), QList<qint64>{secondId});
    QCOMPARE(
        m_reader->get(u"/api/v1/posts/%1"_s.arg(postId)).json().value(u"commentCount"_s).toInt(),
        1);
}

void TestPosts::idempotentWritesHappenOnce()
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QJsonObject body = newPost(u"Sent twice"_s, u"#Idempotent once only"_s);
    const auto first = m_alice->post(u"/api/v1/posts"_s, body, {{"Idempotency-Key", key}});
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    // The response was lost; the client retries with the same key.
    const auto retry = m_alice->post(u"/api/v1/posts"_s, body, {{"Idempotency-Key", key}});
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retry.json().value(u"id"_s), first.json().value(u"id"_s));
    QCOMPARE(idsOf(m_reader->get(u"/api/v1/topics/idempotent/feed"_s).json()).size(), 1);
    QCOMPARE(m_reader->get(u"/api/v1/topics/idempotent"_s)
                 .json()
                 .value(u"counts"_s)
                 .toObject()
                 .value(u"posts"_s)
                 .toInt(),
        1);

    // The same key for something else is a mistake the server names.
    const auto reused = m_alice->post(
        u"/api/v1/posts"_s, newPost(u"Other"_s, u"#Idempotent"_s), {{"Idempotency-Key", key}});
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), u"idempotency_key_reused"_s);
    // Keys are per person.
    QCOMPARE(m_bob->post(u"/api/v1/posts"_s, body, {{"Idempotency-Key", key}}).status, 201);
    QCOMPARE(idsOf(m_reader->get(u"/api/v1/topics/idempotent/feed"_s).json()).size(), 2);

    // A refused write is not remembered: fixing it and retrying with the key works.
    const QByteArray key2 = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QCOMPARE(
        m_alice->post(u"/api/v1/posts"_s, newPost(u"No tag"_s, u"x"_s), {{"Idempotency-Key", key2}})
            .status,
        400);
    QCOMPARE(
        m_alice->post(u"/api/v1/posts"_s, newPost(u"No tag"_s, u"x"_s), {{"Idempotency-Key", key2}})
            .status,
        400);

    // Deletes replay too: the retry of a delete that went through is not a 404.
    const qint64 doomed = createPost(*m_alice, u"Doomed"_s, u"#Idempotent gone"_s);
    const QByteArray deleteKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QCOMPARE(
        m_alice->remove(u"/api/v1/posts/%1"_s.arg(doomed), {{"Idempotency-Key", deleteKey}}).status,
        204);
    const auto deletedAgain
        = m_alice->remove(u"/api/v1/posts/%1"_s.arg(doomed), {{"Idempotency-Key", deleteKey}});
    QCOMPARE(deletedAgain.status, 204);
    QCOMPARE(deletedAgain.header("Idempotent-Replayed"), QByteArray("true"));

    // Reactions and comments replay too.
    const qint64 postId = first.json().value(u"id"_s).toInteger();
    const QByteArray key3 = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString comments = u"/api/v1/posts/%1/comments"_s.arg(postId);
    QCOMPARE(
        m_bob->post(comments, {{u"body"_s, u"Once"_s}}, {{"Idempotency-Key", key3}}).status, 201);
    QCOMPARE(
        m_bob->post(comments, {{u"body"_s, u"Once"_s}}, {{"Idempotency-Key", key3}}).status, 201);
    QCOMPARE(idsOf(m_reader->get(comments).json()).size(), 1);

    QCOMPARE(
        m_alice->post(u"/api/v1/posts"_s, body, {{"Idempotency-Key", QByteArray(129, 'k')}}).status,
        400);
    QCOMPARE(
        m_alice->post(u"/api/v1/posts"_s, body, {{"Idempotency-Key", "has space"}}).status, 400);
}

void TestPosts::changesSinceASequence()
{
    const qint64 edited = createPost(*m_alice, u"Will change"_s, u"#Delta one"_s);
    const qint64 reacted = createPost(*m_alice, u"Will get a hug"_s, u"#Delta two"_s);
    const qint64 deleted = createPost(*m_alice, u"Will go"_s, u"#Delta three"_s);
    const qint64 untouched = createPost(*m_alice, u"Stays"_s, u"#Delta four"_s);
    const qint64 elsewhere = createPost(*m_alice, u"Other topic"_s, u"#NotDelta"_s);

    const auto start = m_reader->get(u"/api/v1/changes?since=0"_s).json();
    const qint64 since = start.value(u"next"_s).toInteger();
    QVERIFY(since > 0);
    QVERIFY(start.value(u"posts"_s).toArray().isEmpty());

    m_alice->patch(
        u"/api/v1/posts/%1"_s.arg(edited), {{u"title"_s, u"Changed"_s}}, {{"If-Match", "\"1\""}});
    m_bob->put(u"/api/v1/posts/%1/reaction"_s.arg(reacted), {{u"kind"_s, u"hug"_s}});
    m_alice->remove(u"/api/v1/posts/%1"_s.arg(deleted));
    m_bob->put(u"/api/v1/posts/%1/reaction"_s.arg(elsewhere), {{u"kind"_s, u"heart"_s}});

    const auto all = m_reader->get(u"/api/v1/changes?since=%1"_s.arg(since));
    QCOMPARE(all.status, 200);
    QCOMPARE(setOf(idsOf(all.json(), u"posts"_s)), QSet<qint64>({edited, reacted, elsewhere}));
    QCOMPARE(all.json().value(u"deletedPostIds"_s).toArray(), QJsonArray{deleted});
    QVERIFY(!idsOf(all.json(), u"posts"_s).contains(untouched));
    const qint64 next = all.json().value(u"next"_s).toInteger();
    QVERIFY(next > since);
    QVERIFY(!all.json().value(u"more"_s).toBool());

    const auto delta = m_reader->get(u"/api/v1/changes?since=%1&topics=delta"_s.arg(since)).json();
    QCOMPARE(setOf(idsOf(delta, u"posts"_s)), QSet<qint64>({edited, reacted}));
    QCOMPARE(delta.value(u"deletedPostIds"_s).toArray(), QJsonArray{deleted});
    QCOMPARE(delta.value(u"topics"_s).toArray().size(), 1); // Delta's post count changed

    // A post edited out of a topic is still reported to that topic's followers.
    const qint64 leaving = createPost(*m_alice, u"Leaving"_s, u"#Delta for now"_s);
    const qint64 before
        = m_reader->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();
    m_alice->patch(u"/api/v1/posts/%1"_s.arg(leaving),
        {{u"body"_s, u"Moved to #Elsewhere"_s}, {u"hashtags"_s, QJsonArray()}},
        {{"If-Match", "\"1\""}});
    const auto departed
        = m_reader->get(u"/api/v1/changes?since=%1&topics=delta"_s.arg(before)).json();
    QCOMPARE(idsOf(departed, u"posts"_s), QList<qint64>{leaving});
    QCOMPARE(departed.value(u"posts"_s).toArray().first().toObject().value(u"hashtags"_s).toArray(),
        QJsonArray{u"Elsewhere"_s});
    // Deletions are listed whatever the topics; unknown topics match no post.
    m_alice->remove(u"/api/v1/posts/%1"_s.arg(untouched));
    const auto unknown
        = m_reader->get(u"/api/v1/changes?since=%1&topics=nosuchtopic"_s.arg(before)).json();
    QVERIFY(unknown.value(u"posts"_s).toArray().isEmpty());
    QCOMPARE(unknown.value(u"deletedPostIds"_s).toArray(), QJsonArray{untouched});
    QCOMPARE(m_reader->get(u"/api/v1/changes"_s).status, 400);

    // Nothing more after next; a number from the future is refused.
    const qint64 now
        = m_reader->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();
    const auto quiet = m_reader->get(u"/api/v1/changes?since=%1"_s.arg(now)).json();
    QVERIFY(quiet.value(u"posts"_s).toArray().isEmpty());
    QCOMPARE(quiet.value(u"next"_s).toInteger(), now);
    QVERIFY(now > next);
    QCOMPARE(m_reader->get(u"/api/v1/changes?since=%1"_s.arg(now + 1000)).status, 400);
    QCOMPARE(m_reader->get(u"/api/v1/changes?since=-1"_s).status, 400);
}

void TestPosts::changesAreCappedByTopicsToo()
{
    const qint64 since
        = m_reader->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();
    // 21 posts with 10 new topics each: 210 topics, over the 200 an answer may hold.
    QList<qint64> posts;
    for (int p = 0; p < 21; ++p) {
        QString body;
        for (int t = 0; t < 10; ++t)
            body += u" #Cap%1x%2"_s.arg(p).arg(t);
        posts.append(createPost(*m_alice, u"Capped %1"_s.arg(p), body));
    }
    const auto first = m_reader->get(u"/api/v1/changes?since=%1"_s.arg(since)).json();
    QVERIFY(first.value(u"more"_s).toBool());
    QCOMPARE(first.value(u"topics"_s).toArray().size(), 200);
    QCOMPARE(idsOf(first, u"posts"_s), posts.mid(0, 20));
    const auto rest
        = m_reader->get(u"/api/v1/changes?since=%1"_s.arg(first.value(u"next"_s).toInteger()))
              .json();
    QVERIFY(!rest.value(u"more"_s).toBool());
    QCOMPARE(rest.value(u"topics"_s).toArray().size(), 10);
    QCOMPARE(idsOf(rest, u"posts"_s), QList<qint64>{posts.last()});
}

void TestPosts::aCommentEditReportsItsPost()
{
    const qint64 postId = createPost(*m_alice, u"Open thread"_s, u"#EditedThread"_s);
    const auto comment = m_bob->post(
        u"/api/v1/posts/%1/comments"_s.arg(postId), {{u"body"_s, u"First thoguhts"_s}});
    QCOMPARE(comment.status, 201);
    const qint64 commentId = comment.json().value(u"id"_s).toInteger();
    const qint64 since
        = m_reader->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger();

    QCOMPARE(m_bob
                 ->patch(u"/api/v1/comments/%1"_s.arg(commentId),
                     {{u"body"_s, u"First thoughts"_s}}, {{"If-Match", "\"1\""}})
                 .status,
        200);
    // The post, unchanged itself, comes once more: a client with it open re-reads the thread.
    const QJsonObject delta = m_reader->get(u"/api/v1/changes?since=%1"_s.arg(since)).json();
    QVERIFY(delta.value(u"next"_s).toInteger() > since);
    QCOMPARE(idsOf(delta, u"posts"_s), QList<qint64>{postId});
    const QJsonObject post = delta.value(u"posts"_s).toArray().first().toObject();
    QCOMPARE(post.value(u"version"_s).toInteger(), 1);
    QCOMPARE(post.value(u"commentCount"_s).toInteger(), 1);
    QVERIFY(post.value(u"editedAt"_s).toString().isEmpty());
    // As the post's other changes are, it is found by its topic too.
    const QJsonObject byTopic
        = m_reader->get(u"/api/v1/changes?since=%1&topics=editedthread"_s.arg(since)).json();
    QCOMPARE(idsOf(byTopic, u"posts"_s), QList<qint64>{postId});

    // A refused edit takes no number.
    const qint64 after = delta.value(u"next"_s).toInteger();
    QCOMPARE(m_bob
                 ->patch(u"/api/v1/comments/%1"_s.arg(commentId), {{u"body"_s, u"Stale"_s}},
                     {{"If-Match", "\"1\""}})
                 .status,
        412);
    QCOMPARE(
        m_reader->get(u"/api/v1/changes?since=0"_s).json().value(u"next"_s).toInteger(), after);
}

void TestPosts::membershipCounts()
{
    createPost(*m_alice, u"Join me"_s, u"#Joining"_s);
    const QString path = u"/api/v1/topics/joining/membership"_s;
    QCOMPARE(m_reader->put(path).status, 401);
    auto joined = m_bob->put(path);
    QCOMPARE(joined.status, 200);
    QVERIFY(joined.json().value(u"joined"_s).toBool());
    QCOMPARE(joined.json().value(u"counts"_s).toObject().value(u"members"_s).toInt(), 1);
    joined = m_bob->put(path); // joining twice is still one member
    QCOMPARE(joined.json().value(u"counts"_s).toObject().value(u"members"_s).toInt(), 1);
    m_alice->put(path);
    QCOMPARE(m_reader->get(u"/api/v1/topics/joining"_s)
                 .json()
                 .value(u"counts"_s)
                 .toObject()
                 .value(u"members"_s)
                 .toInt(),
        2);
    QVERIFY(!m_reader->get(u"/api/v1/topics/joining"_s).json().value(u"joined"_s).toBool());
    const auto left = m_bob->remove(path);
    QVERIFY(!left.json().value(u"joined"_s).toBool());
    QCOMPARE(left.json().value(u"counts"_s).toObject().value(u"members"_s).toInt(), 1);
    QCOMPARE(m_bob->put(u"/api/v1/topics/nosuchtopic/membership"_s).status, 404);
}

void TestPosts::newsletters()
{
    // The demo server is where newsletters live; here, a topic without any lists none.
    createPost(*m_alice, u"Letters"_s, u"#Letters"_s);
    const auto none = m_reader->get(u"/api/v1/topics/letters/newsletters"_s);
    QCOMPARE(none.status, 200);
    QVERIFY(none.json().value(u"items"_s).toArray().isEmpty());
    QCOMPARE(m_bob->put(u"/api/v1/newsletters/999/subscription"_s).status, 404);
}

void TestPosts::blocksHideAPersonFromMe()
{
    const qint64 bobs = createPost(*m_bob, u"From bob"_s, u"#Blocking"_s);
    const qint64 alices = createPost(*m_alice, u"From alice"_s, u"#Blocking"_s);
    m_bob->post(u"/api/v1/posts/%1/comments"_s.arg(alices), {{u"body"_s, u"Hi from bob"_s}});
    QCOMPARE(
        m_alice->put(u"/api/v1/users/%1/block"_s.arg(m_aliceId)).errorCode(), u"bad_request"_s);
    QCOMPARE(m_alice->put(u"/api/v1/users/999999/block"_s).status, 404);
    QCOMPARE(m_alice->put(u"/api/v1/users/%1/block"_s.arg(m_bobId)).status, 204);

    QCOMPARE(idsOf(m_alice->get(u"/api/v1/topics/blocking/feed"_s).json()), QList<qint64>{alices});
    QCOMPARE(idsOf(m_reader->get(u"/api/v1/topics/blocking/feed"_s).json()),
        QList<qint64>({alices, bobs}));
    QVERIFY(idsOf(m_alice->get(u"/api/v1/posts/%1/comments"_s.arg(alices)).json()).isEmpty());
    QCOMPARE(idsOf(m_reader->get(u"/api/v1/posts/%1/comments"_s.arg(alices)).json()).size(), 1);
    const auto blocks = m_alice->get(u"/api/v1/me/blocks"_s).json();
    QCOMPARE(idsOf(blocks), QList<qint64>{m_bobId});

    QCOMPARE(m_alice->remove(u"/api/v1/users/%1/block"_s.arg(m_bobId)).status, 204);
    QCOMPARE(idsOf(m_alice->get(u"/api/v1/topics/blocking/feed"_s).json()),
        QList<qint64>({alices, bobs}));
    QVERIFY(idsOf(m_alice->get(u"/api/v1/me/blocks"_s).json()).isEmpty());
}

void TestPosts::reports()
{
    const qint64 postId = createPost(*m_bob, u"Reported"_s, u"#Reports"_s);
    const auto report = m_alice->post(u"/api/v1/posts/%1/reports"_s.arg(postId),
        {{u"reason"_s, u"spam"_s}, {u"note"_s, u"Looks automated."_s}});
    QCOMPARE(report.status, 201);
    QVERIFY(report.json().value(u"id"_s).toInteger() > 0);
    QCOMPARE(m_alice->post(u"/api/v1/posts/%1/reports"_s.arg(postId), {{u"reason"_s, u"boring"_s}})
                 .status,
        400);
    const qint64 commentId
        = m_bob->post(u"/api/v1/posts/%1/comments"_s.arg(postId), {{u"body"_s, u"hm"_s}})
              .json()
              .value(u"id"_s)
              .toInteger();
    QCOMPARE(m_alice
                 ->post(u"/api/v1/comments/%1/reports"_s.arg(commentId),
                     {{u"reason"_s, u"harassment"_s}})
                 .status,
        201);
    QCOMPARE(m_alice->post(u"/api/v1/comments/999999/reports"_s, {{u"reason"_s, u"spam"_s}}).status,
        404);
}

QTEST_GUILESS_MAIN(TestPosts)
#include "tst_posts.moc"
