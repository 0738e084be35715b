// The demo community: what --demo promises, checked through the API as a client sees it.

#include "ServerTestCase.h"

#include <QImage>
#include <QSet>

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hasTheTopics();
    void hasEnoughOfEveryKind();
    void hasCommentsRepliesReactionsAndEdits();
    void picturesAndClipsAreServed();
    void newslettersAndMembersCanSignIn();
    void membersWereToldOfTheirConversations();
    void aSecondStartDoesNotAddItAgain();

private:
    QList<QJsonObject> allPosts(const QString &slug);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_client;
    QHash<qint64, QJsonObject> m_posts; // every post of every topic, by id
};

void TestDemo::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_client = std::make_unique<HttpClient>(m_server.url());
    const auto topics = m_client->get(u"/api/v1/topics"_s).json().value(u"items"_s).toArray();
    for (const QJsonValue &topic : topics) {
        for (const QJsonObject &post : allPosts(topic.toObject().value(u"slug"_s).toString()))
            m_posts.insert(post.value(u"id"_s).toInteger(), post);
    }
}

void TestDemo::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

QList<QJsonObject> TestDemo::allPosts(const QString &slug)
{
    QList<QJsonObject> posts;
    QString cursor;
    do {
        const auto page = m_client
                              ->get(u"/api/v1/topics/%1/feed?limit=50%2"_s.arg(
                                  slug, cursor.isEmpty() ? QString() : u"&cursor="_s + cursor))
                              .json();
        for (const QJsonValue &post : page.value(u"items"_s).toArray())
            posts.append(post.toObject());
        cursor = page.value(u"nextCursor"_s).toString();
    } while (!cursor.isEmpty());
    return posts;
}

void TestDemo::hasTheTopics()
{
    const auto topics = m_client->get(u"/api/v1/topics"_s).json().value(u"items"_s).toArray();
    QSet<QString> names;
    for (const QJsonValue &topic : topics) {
        names.insert(topic.toObject().value(u"name"_s).toString());
        QVERIFY(!topic.toObject().value(u"description"_s).toString().isEmpty());
    }
    for (const QString &name : {u"Therapy"_s, u"Anxiety"_s, u"Depression"_s, u"PTSD"_s, u"Grief"_s,
             u"Chronic Illness"_s, u"Bipolar Disorder"_s, u"Caregiving"_s}) {
        QVERIFY2(names.contains(name), qPrintable(name));
    }
    QVERIFY(names.size() >= 8);
    const auto therapy = m_client->get(u"/api/v1/topics/therapy"_s).json();
    QVERIFY(therapy.value(u"counts"_s).toObject().value(u"members"_s).toInt() > 0);
}

void TestDemo::hasEnoughOfEveryKind()
{
    QHash<QString, int> kinds;
    int spanning = 0;
    int photos = 0;
    int sensitivePhotos = 0;
    int teamPrompts = 0;
    for (const QJsonObject &post : std::as_const(m_posts)) {
        ++kinds[post.value(u"kind"_s).toString()];
        spanning += post.value(u"hashtags"_s).toArray().size() > 1;
        photos += post.value(u"media"_s).toObject().value(u"kind"_s).toString() == u"image";
        sensitivePhotos += post.value(u"media"_s).toObject().value(u"sensitive"_s).toBool();
        teamPrompts += post.value(u"teamPrompt"_s).toBool();
    }
    qInfo() << "demo items by kind:" << kinds << "photos:" << photos
            << "spanning topics:" << spanning;
    QVERIFY(m_posts.size() >= 80);
    QVERIFY(
        kinds.value(u"post"_s) > 0 && kinds.value(u"story"_s) > 0 && kinds.value(u"video"_s) > 0);
    QVERIFY(spanning > 20);
    QVERIFY(photos >= 10);
    QVERIFY(sensitivePhotos >= 1); // what a blurred photo looks like, for the demo
    QVERIFY(teamPrompts >= 1);
    for (const QJsonObject &post : std::as_const(m_posts)) {
        if (post.value(u"kind"_s).toString() == u"story") {
            const qsizetype words
                = post.value(u"body"_s).toString().split(u' ', Qt::SkipEmptyParts).size();
            QVERIFY2(words >= 300, qPrintable(post.value(u"title"_s).toString()));
        }
    }
    // The flagship page (Therapy, where the app opens) shows every kind on its first page.
    for (const QString &kind : {u"post"_s, u"story"_s, u"video"_s}) {
        const QJsonArray first = m_client->get(u"/api/v1/topics/therapy/feed?kind=%1"_s.arg(kind))
                                     .json()
                                     .value(u"items"_s)
                                     .toArray();
        QVERIFY2(!first.isEmpty(), qPrintable(kind));
    }
}

void TestDemo::hasCommentsRepliesReactionsAndEdits()
{
    QSet<QString> reactionKinds;
    QSet<qint64> reactors;
    int edited = 0;
    qint64 withReplies = 0;
    for (const QJsonObject &post : std::as_const(m_posts)) {
        const QJsonObject counts
            = post.value(u"reactions"_s).toObject().value(u"counts"_s).toObject();
        for (const QString &kind : counts.keys())
            reactionKinds.insert(kind);
        edited += !post.value(u"editedAt"_s).isNull();
        if (withReplies == 0 && post.value(u"commentCount"_s).toInt() > 2) {
            const auto thread = m_client->get(
                u"/api/v1/posts/%1/comments"_s.arg(post.value(u"id"_s).toInteger()));
            for (const QJsonValue &comment : thread.json().value(u"items"_s).toArray()) {
                if (!comment.toObject().value(u"parentId"_s).isNull())
                    withReplies = post.value(u"id"_s).toInteger();
                reactors.insert(
                    comment.toObject().value(u"author"_s).toObject().value(u"id"_s).toInteger());
            }
        }
    }
    QCOMPARE(reactionKinds,
        QSet<QString>(
            {u"heart"_s, u"hug"_s, u"me_too"_s, u"sending_strength"_s, u"thinking_of_you"_s}));
    QVERIFY(edited >= 3);
    QVERIFY(withReplies > 0);
}

void TestDemo::picturesAndClipsAreServed()
{
    bool sawPhoto = false;
    bool sawVideo = false;
    for (const QJsonObject &post : std::as_const(m_posts)) {
        const QJsonObject media = post.value(u"media"_s).toObject();
        if (media.isEmpty())
            continue;
        const qint64 id = media.value(u"id"_s).toInteger();
        if (!sawPhoto && media.value(u"kind"_s).toString() == u"image") {
            const auto bytes = m_client->get(u"/api/v1/media/%1"_s.arg(id));
            QCOMPARE(bytes.status, 200);
            const QImage image = QImage::fromData(bytes.body);
            QCOMPARE(image.width(), media.value(u"width"_s).toInt());
            QVERIFY(!media.value(u"altText"_s).toString().isEmpty());
            const QImage thumb
                = QImage::fromData(m_client->get(u"/api/v1/media/%1?size=thumb"_s.arg(id)).body);
            QVERIFY(!thumb.isNull() && thumb.width() <= 480);
            sawPhoto = true;
        }
        if (!sawVideo && media.value(u"kind"_s).toString() == u"video") {
            const auto clip = m_client->get(u"/api/v1/media/%1"_s.arg(id));
            QCOMPARE(clip.status, 200);
            QVERIFY(clip.body.startsWith("RIFF") && clip.body.mid(8, 4) == "AVI ");
            QCOMPARE(clip.header("Content-Type"), QByteArray("video/x-msvideo"));
            // Players seek with ranges.
            const QString path = u"/api/v1/media/%1"_s.arg(id);
            const auto head = m_client->get(path, {{"Range", "bytes=0-99"}});
            QCOMPARE(head.status, 206);
            QCOMPARE(head.body, clip.body.left(100));
            QCOMPARE(
                head.header("Content-Range"), "bytes 0-99/" + QByteArray::number(clip.body.size()));
            QCOMPARE(m_client->get(path, {{"Range", "bytes=-10"}}).body, clip.body.right(10));
            QCOMPARE(m_client->get(path, {{"Range", "bytes=100-"}}).body, clip.body.mid(100));
            QCOMPARE(m_client->get(path, {{"Range", "bytes=999999999-"}}).status, 416);
            const QByteArray etag = clip.header("ETag");
            QCOMPARE(m_client->get(path, {{"If-None-Match", etag}}).status, 304);
            QVERIFY(media.value(u"durationMs"_s).toInteger() >= 1000);
            const qint64 poster = media.value(u"posterId"_s).toInteger();
            QVERIFY(
                !QImage::fromData(m_client->get(u"/api/v1/media/%1"_s.arg(poster)).body).isNull());
            sawVideo = true;
        }
    }
    QVERIFY(sawPhoto && sawVideo);
}

void TestDemo::newslettersAndMembersCanSignIn()
{
    const auto newsletters = m_client->get(u"/api/v1/topics/therapy/newsletters"_s).json();
    QVERIFY(!newsletters.value(u"items"_s).toArray().isEmpty());
    HttpClient river(m_server.url());
    const auto login = river.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"river_stone"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(login.status, 200);
    river.setToken(login.json().value(u"token"_s).toString());
    const qint64 id
        = newsletters.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    const auto subscribed = river.put(u"/api/v1/newsletters/%1/subscription"_s.arg(id));
    QCOMPARE(subscribed.status, 200);
    QVERIFY(subscribed.json().value(u"subscribed"_s).toBool());
    QVERIFY(river.get(u"/api/v1/topics/therapy"_s).json().value(u"joined"_s).toBool());
}

// A member signing in to the demo finds what a real community would have told them: replies to
// their posts and comments and the comments that name them, newest first, those of the last
// day unread.
void TestDemo::membersWereToldOfTheirConversations()
{
    HttpClient river(m_server.url());
    const auto login = river.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"river_stone"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(login.status, 200);
    river.setToken(login.json().value(u"token"_s).toString());
    const auto page = river.get(u"/api/v1/notifications?limit=50"_s);
    QCOMPARE(page.status, 200);
    const QJsonArray items = page.json().value(u"items"_s).toArray();
    QVERIFY(items.size() >= 10);
    QMultiHash<QString, QString> byKind; // kind -> actor handle
    QDateTime previous;
    qint64 previousId = std::numeric_limits<qint64>::max();
    int unread = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString actor = item.value(u"actor"_s).toObject().value(u"handle"_s).toString();
        QVERIFY(actor != u"river_stone"_s);
        byKind.insert(item.value(u"kind"_s).toString(), actor);
        // Newest first, by id and by time alike: told in the order the comments came.
        const QDateTime at
            = QDateTime::fromString(item.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(item.value(u"id"_s).toInteger() < previousId);
        if (previous.isValid())
            QVERIFY(at <= previous);
        previous = at;
        previousId = item.value(u"id"_s).toInteger();
        const bool read = item.value(u"read"_s).toBool();
        unread += read ? 0 : 1;
        // Read exactly when more than a day old.
        QCOMPARE(read, at.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600);
    }
    QVERIFY(byKind.values(u"reply"_s).contains(u"tea_and_pages"_s));
    QVERIFY(byKind.values(u"comment_reply"_s).contains(u"lantern_lu"_s));
    QVERIFY(byKind.values(u"mention"_s).contains(u"slow_tide"_s));
    QVERIFY(unread > 0 && unread < items.size());
    QCOMPARE(river.get(u"/api/v1/changes?since=0"_s)
                 .json()
                 .value(u"notifications"_s)
                 .toObject()
                 .value(u"unread"_s)
                 .toInteger(),
        unread);
}

void TestDemo::aSecondStartDoesNotAddItAgain()
{
    const qint64 before = m_client->get(u"/api/v1/topics/therapy"_s)
                              .json()
                              .value(u"counts"_s)
                              .toObject()
                              .value(u"posts"_s)
                              .toInteger();
    QVERIFY(m_server.stop());
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_client->setBase(m_server.url());
    QCOMPARE(m_client->get(u"/api/v1/topics/therapy"_s)
                 .json()
                 .value(u"counts"_s)
                 .toObject()
                 .value(u"posts"_s)
                 .toInteger(),
        before);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
