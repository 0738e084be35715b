// hearth-server over real HTTP: people's pages. GET /users/{handle}, GET /users/{id}/posts
// and PATCH /me, with their limits, their refusals, avatars (uploaded through /media, their
// location stripped) and what a block changes.

#include "ServerTestCase.h"
#include "api/Limits.h"
#include "support/JpegMetadata.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray jpegOf(const QColor &colour)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.write(image);
    return bytes;
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aProfileShowsWhoTheyAre();
    void anUnknownHandleIsNotFound();
    void followedTopicsShowOnlyWhenPublic();
    void postsComeNewestFirstPageByPage();
    void theKindFilterFilters();
    void deletedPostsAreNotListed();
    void badQueriesAreRefused();
    void editingMyProfile();
    void editsNeedASignedInPerson();
    void badEditsAreRefused_data();
    void badEditsAreRefused();
    void limitsAreCodePoints();
    void anAvatarIsMyOwnUploadedImage();
    void anAvatarIsPublicAndWithoutLocation();
    void blockingHidesTheirPostsButNotTheirPage();

private:
    qint64 upload(HttpClient &client, const QByteArray &jpeg);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_river;
    std::unique_ptr<HttpClient> m_sage;
    qint64 m_riverId = 0;
    qint64 m_sageId = 0;
    QList<qint64> m_riverPosts; // oldest first
};

qint64 TestUsers::upload(HttpClient &client, const QByteArray &jpeg)
{
    const auto reply
        = client.send("POST", u"/api/v1/media"_s, jpeg, {{"Content-Type", "image/jpeg"}});
    return idOf(reply);
}

void TestUsers::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_river = std::make_unique<HttpClient>(m_server.url());
    m_sage = std::make_unique<HttpClient>(m_server.url());
    m_riverId = registerUser(*m_river, u"river"_s).value(u"id"_s).toInteger();
    m_sageId = registerUser(*m_sage, u"sage"_s, u"Sage Okafor"_s).value(u"id"_s).toInteger();
    QVERIFY(m_riverId > 0 && m_sageId > 0);
    // Five posts, two stories by River, in this order; one post by Sage.
    const QStringList kinds{
        u"post"_s, u"story"_s, u"post"_s, u"post"_s, u"story"_s, u"post"_s, u"post"_s};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const qint64 id = idOf(m_river->post(u"/api/v1/posts"_s,
            newPost(
                u"River's note %1"_s.arg(i), u"Small steps, #Therapy day %1"_s.arg(i), kinds[i])));
        QVERIFY(id > 0);
        m_riverPosts.append(id);
    }
    QVERIFY(idOf(m_sage->post(
                u"/api/v1/posts"_s, newPost(u"Sage's note"_s, u"A quiet walk #Walking"_s)))
        > 0);
    QCOMPARE(m_river->put(u"/api/v1/topics/therapy/membership"_s).status, 200);
}

void TestUsers::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestUsers::aProfileShowsWhoTheyAre()
{
    HttpClient reader(m_server.url()); // signed out: reading is public
    const auto reply = reader.get(u"/api/v1/users/sage"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject profile = reply.json();
    QCOMPARE(profile.value(u"user"_s).toObject().value(u"id"_s).toInteger(), m_sageId);
    QCOMPARE(
        profile.value(u"user"_s).toObject().value(u"displayName"_s).toString(), u"Sage Okafor"_s);
    QCOMPARE(profile.value(u"bio"_s).toString(), QString());
    QVERIFY(profile.value(u"avatar"_s).isNull());
    QVERIFY(!profile.value(u"blocked"_s).toBool());
    const QDateTime joined
        = QDateTime::fromString(profile.value(u"joinedAt"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(joined.isValid());
    QVERIFY(qAbs(joined.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    const QJsonObject counts = profile.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"posts"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"stories"_s).toInteger(), 0);

    const QJsonObject river = reader.get(u"/api/v1/users/river"_s).json();
    QCOMPARE(river.value(u"counts"_s).toObject().value(u"posts"_s).toInteger(), 5);
    QCOMPARE(river.value(u"counts"_s).toObject().value(u"stories"_s).toInteger(), 2);
}

void TestUsers::anUnknownHandleIsNotFound()
{
    const auto reply = m_river->get(u"/api/v1/users/nobody_here"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
    QCOMPARE(m_river->get(u"/api/v1/users/987654/posts"_s).status, 404);
}

void TestUsers::followedTopicsShowOnlyWhenPublic()
{
    HttpClient reader(m_server.url());
    // Hidden by default from others; always shown to the person.
    QVERIFY(reader.get(u"/api/v1/users/river"_s).json().value(u"followedTopics"_s).isNull());
    QVERIFY(m_sage->get(u"/api/v1/users/river"_s).json().value(u"followedTopics"_s).isNull());
    const QJsonArray mine
        = m_river->get(u"/api/v1/users/river"_s).json().value(u"followedTopics"_s).toArray();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().toObject().value(u"slug"_s).toString(), u"therapy"_s);

    QCOMPARE(m_river->patch(u"/api/v1/me"_s, {{u"topicsPublic"_s, true}}).status, 200);
    const QJsonArray shown
        = reader.get(u"/api/v1/users/river"_s).json().value(u"followedTopics"_s).toArray();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().toObject().value(u"slug"_s).toString(), u"therapy"_s);
    QCOMPARE(m_river->patch(u"/api/v1/me"_s, {{u"topicsPublic"_s, false}}).status, 200);
    QVERIFY(reader.get(u"/api/v1/users/river"_s).json().value(u"followedTopics"_s).isNull());
}

void TestUsers::postsComeNewestFirstPageByPage()
{
    HttpClient reader(m_server.url());
    QList<qint64> seen;
    QString cursor;
    int pages = 0;
    do {
        QString path = u"/api/v1/users/%1/posts?limit=3"_s.arg(m_riverId);
        if (!cursor.isEmpty())
            path += u"&cursor="_s + cursor;
        const auto reply = reader.get(path);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.json();
        for (const QJsonValue &item : page.value(u"items"_s).toArray()) {
            QCOMPARE(item.toObject().value(u"author"_s).toObject().value(u"id"_s).toInteger(),
                m_riverId);
            seen.append(item.toObject().value(u"id"_s).toInteger());
        }
        cursor = page.value(u"nextCursor"_s).toString();
        QVERIFY(++pages < 10);
    } while (!cursor.isEmpty());
    QList<qint64> newestFirst = m_riverPosts;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(seen, newestFirst);
    QCOMPARE(pages, 3);
}

void TestUsers::theKindFilterFilters()
{
    const QJsonObject stories
        = m_sage->get(u"/api/v1/users/%1/posts?kind=story"_s.arg(m_riverId)).json();
    QCOMPARE(idsOf(stories), (QList<qint64>{m_riverPosts[4], m_riverPosts[1]}));
    for (const QJsonValue &item : stories.value(u"items"_s).toArray())
        QCOMPARE(item.toObject().value(u"kind"_s).toString(), u"story"_s);
    QVERIFY(m_sage->get(u"/api/v1/users/%1/posts?kind=video"_s.arg(m_riverId))
                .json()
                .value(u"items"_s)
                .toArray()
                .isEmpty());
    // A cursor of one filter is refused by another.
    const QString cursor = m_sage->get(u"/api/v1/users/%1/posts?kind=post&limit=1"_s.arg(m_riverId))
                               .json()
                               .value(u"nextCursor"_s)
                               .toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(
        m_sage->get(u"/api/v1/users/%1/posts?kind=story&cursor=%2"_s.arg(m_riverId).arg(cursor))
            .status,
        400);
    QCOMPARE(m_sage->get(u"/api/v1/users/%1/posts?kind=post&cursor=%2"_s.arg(m_sageId).arg(cursor))
                 .status,
        400);
}

void TestUsers::deletedPostsAreNotListed()
{
    const qint64 id = idOf(
        m_river->post(u"/api/v1/posts"_s, newPost(u"Second thoughts"_s, u"Soon gone #Therapy"_s)));
    QVERIFY(idsOf(m_sage->get(u"/api/v1/users/%1/posts"_s.arg(m_riverId)).json()).contains(id));
    QCOMPARE(m_river->remove(u"/api/v1/posts/%1"_s.arg(id)).status, 204);
    QVERIFY(!idsOf(m_sage->get(u"/api/v1/users/%1/posts"_s.arg(m_riverId)).json()).contains(id));
    QCOMPARE(m_sage->get(u"/api/v1/users/river"_s)
                 .json()
                 .value(u"counts"_s)
                 .toObject()
                 .value(u"posts"_s)
                 .toInteger(),
        5);
}

void TestUsers::badQueriesAreRefused()
{
    for (const QString &query :
        {u"kind=poem"_s, u"limit=0"_s, u"limit=51"_s, u"cursor=not-a-cursor"_s}) {
        const auto reply = m_sage->get(u"/api/v1/users/%1/posts?"_s.arg(m_riverId) + query);
        QVERIFY2(
            reply.status == 400, qPrintable(query + u" gave "_s + QString::number(reply.status)));
    }
}

void TestUsers::editingMyProfile()
{
    const QString bio = u"Gardener, slow reader. Here for the Tuesday check-ins. 🌱"_s;
    const auto reply
        = m_sage->patch(u"/api/v1/me"_s, {{u"displayName"_s, u"Sage O."_s}, {u"bio"_s, bio}},
            {{"Idempotency-Key", "sage-profile-1"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"bio"_s).toString(), bio);
    QCOMPARE(
        reply.json().value(u"user"_s).toObject().value(u"displayName"_s).toString(), u"Sage O."_s);

    HttpClient reader(m_server.url());
    const QJsonObject profile = reader.get(u"/api/v1/users/sage"_s).json();
    QCOMPARE(profile.value(u"bio"_s).toString(), bio);
    QCOMPARE(profile.value(u"user"_s).toObject().value(u"displayName"_s).toString(), u"Sage O."_s);
    // What is not in the patch stays; the new name is on their posts and on /me.
    QCOMPARE(
        m_sage->patch(u"/api/v1/me"_s, {{u"topicsPublic"_s, true}}).json().value(u"bio"_s), bio);
    QCOMPARE(m_sage->get(u"/api/v1/me"_s).json().value(u"displayName"_s).toString(), u"Sage O."_s);
    const QJsonArray posts
        = reader.get(u"/api/v1/users/%1/posts"_s.arg(m_sageId)).json().value(u"items"_s).toArray();
    QCOMPARE(posts.first().toObject().value(u"author"_s).toObject().value(u"displayName"_s),
        u"Sage O."_s);
    // The same key again is the same answer, not a second write.
    const auto replay
        = m_sage->patch(u"/api/v1/me"_s, {{u"displayName"_s, u"Sage O."_s}, {u"bio"_s, bio}},
            {{"Idempotency-Key", "sage-profile-1"}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    // An empty bio is a bio.
    QCOMPARE(m_sage->patch(u"/api/v1/me"_s, {{u"bio"_s, u""_s}}).json().value(u"bio"_s), u""_s);
}

void TestUsers::editsNeedASignedInPerson()
{
    HttpClient stranger(m_server.url());
    QCOMPARE(stranger.patch(u"/api/v1/me"_s, {{u"bio"_s, u"Not mine"_s}}).status, 401);
    stranger.setToken(u"no-such-token"_s);
    QCOMPARE(stranger.patch(u"/api/v1/me"_s, {{u"bio"_s, u"Not mine"_s}}).status, 401);
    QCOMPARE(m_sage->get(u"/api/v1/users/sage"_s).json().value(u"bio"_s).toString(), QString());
}

void TestUsers::badEditsAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("nothing") << QByteArray("{}") << QString();
    QTest::newRow("blank name") << QByteArray(R"({"displayName":"   "})") << u"displayName"_s;
    QTest::newRow("empty name") << QByteArray(R"({"displayName":""})") << u"displayName"_s;
    QTest::newRow("name not text") << QByteArray(R"({"displayName":7})") << u"displayName"_s;
    QTest::newRow("bio null") << QByteArray(R"({"bio":null})") << u"bio"_s;
    QTest::newRow("topicsPublic text")
        << QByteArray(R"({"topicsPublic":"yes"})") << u"topicsPublic"_s;
    QTest::newRow("topicsPublic null")
        << QByteArray(R"({"topicsPublic":null})") << u"topicsPublic"_s;
    QTest::newRow("avatar not an id")
        << QByteArray(R"({"avatarMediaId":"x"})") << u"avatarMediaId"_s;
    QTest::newRow("avatar unknown")
        << QByteArray(R"({"avatarMediaId":99999})") << u"avatarMediaId"_s;
}

void TestUsers::badEditsAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QByteArray before = m_sage->get(u"/api/v1/users/sage"_s).body;
    const auto reply
        = m_sage->send("PATCH", u"/api/v1/me"_s, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), field);
    QCOMPARE(m_sage->get(u"/api/v1/users/sage"_s).body, before);
}

void TestUsers::limitsAreCodePoints()
{
    // 300 code points of a character outside the BMP (600 UTF-16 units) fit; 301 do not.
    const QString leaf = u"🌿"_s;
    const QString longest = leaf.repeated(Limits::MaxBioLength);
    QCOMPARE(m_river->patch(u"/api/v1/me"_s, {{u"bio"_s, longest}}).status, 200);
    QCOMPARE(m_river->get(u"/api/v1/users/river"_s).json().value(u"bio"_s).toString(), longest);
    const auto tooLong = m_river->patch(u"/api/v1/me"_s, {{u"bio"_s, QString(longest + leaf)}});
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"bio"_s);
    const QString name = u"a"_s.repeated(Limits::MaxDisplayNameLength);
    QCOMPARE(m_river->patch(u"/api/v1/me"_s, {{u"displayName"_s, name}}).status, 200);
    QCOMPARE(
        m_river->patch(u"/api/v1/me"_s, {{u"displayName"_s, QString(name + u"a"_s)}}).status, 400);
    QCOMPARE(
        m_river->patch(u"/api/v1/me"_s, {{u"displayName"_s, u"River"_s}, {u"bio"_s, u""_s}}).status,
        200);
}

void TestUsers::anAvatarIsMyOwnUploadedImage()
{
    // Someone else's upload is not mine to show.
    const qint64 sages = upload(*m_sage, jpegOf(Qt::darkGreen));
    QVERIFY(sages > 0);
    auto reply = m_river->patch(u"/api/v1/me"_s, {{u"avatarMediaId"_s, sages}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(
        reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"avatarMediaId"_s);
    // Nor is an image already in a post.
    const qint64 photo = upload(*m_river, jpegOf(Qt::darkBlue));
    QJsonObject withPhoto = newPost(u"A photo"_s, u"Morning light #Therapy"_s);
    withPhoto.insert(u"media"_s, QJsonObject{{u"id"_s, photo}});
    QVERIFY(idOf(m_river->post(u"/api/v1/posts"_s, withPhoto)) > 0);
    QCOMPARE(m_river->patch(u"/api/v1/me"_s, {{u"avatarMediaId"_s, photo}}).status, 400);

    const qint64 mine = upload(*m_river, jpegOf(Qt::darkCyan));
    reply = m_river->patch(u"/api/v1/me"_s, {{u"avatarMediaId"_s, mine}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"avatar"_s).toObject().value(u"id"_s).toInteger(), mine);
    QCOMPARE(reply.json().value(u"user"_s).toObject().value(u"avatarId"_s).toInteger(), mine);
    QCOMPARE(m_river->get(u"/api/v1/me"_s).json().value(u"avatarId"_s).toInteger(), mine);
    // null takes it away, and the old picture goes with it.
    reply = m_river->send("PATCH", u"/api/v1/me"_s, R"({"avatarMediaId":null})",
        {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(u"avatar"_s).isNull());
    QVERIFY(!reply.json().value(u"user"_s).toObject().contains(u"avatarId"_s));
    QCOMPARE(m_river->get(u"/api/v1/media/%1"_s.arg(mine)).status, 404);
}

void TestUsers::anAvatarIsPublicAndWithoutLocation()
{
    // A phone photo carrying its place in EXIF and XMP.
    const QByteArray tagged = JpegMetadata::withMetadata(jpegOf(QColor(200, 120, 80)));
    QVERIFY(tagged.contains(JpegMetadata::XmpGps));
    const qint64 id = upload(*m_sage, tagged);
    QCOMPARE(m_sage->patch(u"/api/v1/me"_s, {{u"avatarMediaId"_s, id}}).status, 200);
    HttpClient reader(m_server.url());
    const auto picture = reader.get(u"/api/v1/media/%1"_s.arg(id));
    QCOMPARE(picture.status, 200);
    QVERIFY(!picture.body.contains(JpegMetadata::XmpGps));
    QVERIFY(!picture.body.contains(JpegMetadata::CommentText));
    for (const auto &segment : JpegMetadata::jpegSegments(picture.body))
        QVERIFY(segment.marker != 0xe1); // no EXIF, no XMP
    // Their posts carry it, in a feed page (written from the rows) as in the post itself.
    const QJsonObject first = reader.get(u"/api/v1/topics/walking/feed"_s)
                                  .json()
                                  .value(u"items"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value(u"author"_s).toObject().value(u"avatarId"_s).toInteger(), id);
    const QJsonObject single
        = reader.get(u"/api/v1/posts/%1"_s.arg(first.value(u"id"_s).toInteger())).json();
    QCOMPARE(single.value(u"author"_s).toObject(), first.value(u"author"_s).toObject());
    QCOMPARE(reader.get(u"/api/v1/users/sage"_s)
                 .json()
                 .value(u"avatar"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toInteger(),
        id);
}

void TestUsers::blockingHidesTheirPostsButNotTheirPage()
{
    const QList<qint64> before
        = idsOf(m_sage->get(u"/api/v1/users/%1/posts"_s.arg(m_riverId)).json());
    QVERIFY(!before.isEmpty());
    QCOMPARE(m_sage->put(u"/api/v1/users/%1/block"_s.arg(m_riverId)).status, 204);
    const auto page = m_sage->get(u"/api/v1/users/river"_s);
    QCOMPARE(page.status, 200);
    QVERIFY(page.json().value(u"blocked"_s).toBool());
    const QJsonObject posts = m_sage->get(u"/api/v1/users/%1/posts"_s.arg(m_riverId)).json();
    QVERIFY(posts.value(u"items"_s).toArray().isEmpty());
    QVERIFY(posts.value(u"nextCursor"_s).isNull());
    // The blocked person still sees the page of who blocked them: being blocked hides
    // nothing that a signed-out reader sees.
    const auto theirs = m_river->get(u"/api/v1/users/sage"_s);
    QCOMPARE(theirs.status, 200);
    QVERIFY(!theirs.json().value(u"blocked"_s).toBool());
    QVERIFY(!m_river->get(u"/api/v1/users/%1/posts"_s.arg(m_sageId))
                 .json()
                 .value(u"items"_s)
                 .toArray()
                 .isEmpty());
    QCOMPARE(m_sage->remove(u"/api/v1/users/%1/block"_s.arg(m_riverId)).status, 204);
    QCOMPARE(idsOf(m_sage->get(u"/api/v1/users/%1/posts"_s.arg(m_riverId)).json()), before);
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
