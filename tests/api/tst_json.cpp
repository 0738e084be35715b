// The JSON codec of the wire contract: every type survives a round trip through bytes,
// required fields are required, types and ranges are checked, unknown fields are ignored.

#include "api/Json.h"

#include <QJsonArray>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

User sampleUser()
{
    return User{7, u"quiet_harbour"_s, u"Quiet Harbour"_s, false};
}

Media samplePhoto()
{
    Media media;
    media.id = 31;
    media.kind = MediaKind::Image;
    media.mimeType = u"image/jpeg"_s;
    media.width = 1600;
    media.height = 1067;
    media.byteSize = 245'118;
    media.altText = u"A lighthouse at dusk, its beam over calm water."_s;
    media.sensitive = false;
    return media;
}

Media sampleVideo()
{
    Media media;
    media.id = 32;
    media.kind = MediaKind::Video;
    media.mimeType = u"video/webm"_s;
    media.width = 640;
    media.height = 360;
    media.byteSize = 1'200'000;
    media.posterId = 31;
    media.durationMs = 12'500;
    return media;
}

Post samplePost()
{
    Post post;
    post.id = 42;
    post.kind = PostKind::Post;
    post.author = sampleUser();
    post.title = u"Did anyone else feel worse before feeling better?"_s;
    post.body = u"Third session of #Therapy today. Tired, but hopeful. 🌱 #CheckInWithMe"_s;
    post.hashtags = {u"Therapy"_s, u"CheckInWithMe"_s};
    post.createdAt = at("2026-11-20T08:15:00.250Z");
    post.version = 1;
    post.reactions.setCount(ReactionKind::Hug, 12);
    post.reactions.setCount(ReactionKind::MeToo, 30);
    post.reactions.setMine(ReactionKind::Hug);
    post.commentCount = 16;
    return post;
}

Comment sampleComment()
{
    Comment comment;
    comment.id = 9;
    comment.postId = 42;
    comment.author = User{8, u"fern"_s, u"Fern"_s, false};
    comment.body = u"Yes. Week three was the hardest for me too."_s;
    comment.createdAt = at("2026-11-20T09:00:00.000Z");
    comment.replyCount = 2;
    return comment;
}

Topic sampleTopic()
{
    return Topic{u"chronicillness"_s, u"Chronic Illness"_s, u"ChronicIllness"_s,
        u"Living with a body that has its own plans."_s, TopicCounts{14'600, 1'400, 0, 12}, true};
}

template<typename T>
QByteArray describe(const Result<T> &result)
{
    if (result.ok())
        return "ok";
    return (result.error().field() + u": "_s + result.error().message()).toUtf8();
}

template<typename T>
void checkRoundTrip(const T &value)
{
    const QByteArray bytes = Json::serialize(Json::toJson(value));
    const Result<T> decoded = Json::decodeBody<T>(bytes);
    QVERIFY2(decoded.ok(), describe(decoded).constData());
    QVERIFY2(*decoded == value, bytes.constData());
}

template<typename T>
ApiError decodeError(const QJsonObject &object)
{
    const Result<T> decoded = Json::decode<T>(object);
    if (decoded.ok())
        return ApiError(ApiError::Code::Internal, u"decoded although it should not"_s);
    return decoded.error();
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsUser();
    void roundTripsTopic();
    void roundTripsMedia();
    void roundTripsReactions();
    void roundTripsPost();
    void roundTripsComment();
    void roundTripsSessionAndNewsletter();
    void roundTripsChanges();
    void roundTripsPages();
    void roundTripsRequests();
    void encodesTheDocumentedShape();
    void requiredFieldsAreRequired_data();
    void requiredFieldsAreRequired();
    void wrongTypesAreRefused_data();
    void wrongTypesAreRefused();
    void outOfRangeValuesAreRefused_data();
    void outOfRangeValuesAreRefused();
    void optionalFieldsTakeTheirDefaults();
    void unknownFieldsAreIgnored();
    void nestedErrorsNameThePath();
    void timestampsNeedAZone();
    void newPostRules();
    void patchesNeedSomethingToChange();
    void errorObjectRoundTrips();
    void errorBodiesThatAreNotErrorsStillDecode();
    void reactionsCountAndRank();
    void roundTripsNotifications();
};

void TestJson::roundTripsUser()
{
    checkRoundTrip(sampleUser());
    checkRoundTrip(User{1, u"team"_s, u"Hearth Community Team"_s, true});
    checkRoundTrip(User{Limits::MaxId, u"abc"_s, u"Ünïcødé 名前"_s, false});
}

void TestJson::roundTripsTopic()
{
    checkRoundTrip(sampleTopic());
    checkRoundTrip(Topic{u"überleben"_s, u"Überleben"_s, u"Überleben"_s, {}, {}, false});
}

void TestJson::roundTripsMedia()
{
    checkRoundTrip(samplePhoto());
    checkRoundTrip(sampleVideo());
    Media sensitive = samplePhoto();
    sensitive.sensitive = true;
    sensitive.altText.clear();
    checkRoundTrip(sensitive);
}

void TestJson::roundTripsReactions()
{
    checkRoundTrip(Reactions());
    Reactions reactions;
    for (ReactionKind kind : AllReactionKinds)
        reactions.setCount(kind, int(kind) + 1);
    reactions.setMine(ReactionKind::ThinkingOfYou);
    checkRoundTrip(reactions);
}

void TestJson::roundTripsPost()
{
    checkRoundTrip(samplePost());

    Post story = samplePost();
    story.kind = PostKind::Story;
    story.body = u"# A year of small steps\n\n"_s + QString(30'000, u'x');
    story.media = samplePhoto();
    story.editedAt = at("2026-11-21T10:00:00.000Z");
    story.version = 3;
    story.contentWarning = u"Mentions a hospital stay"_s;
    checkRoundTrip(story);

    Post video = samplePost();
    video.kind = PostKind::Video;
    video.body.clear();
    video.media = sampleVideo();
    video.teamPrompt = true;
    checkRoundTrip(video);

    // Hostile text is carried exactly, never interpreted.
    Post hostile = samplePost();
    hostile.title = u"<script>alert(1)</script> & <b>bold</b>"_s;
    hostile.body = u"\u0001\u0007\t\r\n\u202e reversed \u200b zero-width \"quotes\" \\ 𝄞"_s;
    checkRoundTrip(hostile);
}

void TestJson::roundTripsComment()
{
    checkRoundTrip(sampleComment());
    Comment reply = sampleComment();
    reply.id = 10;
    reply.parentId = 9;
    reply.replyCount = 0;
    reply.editedAt = at("2026-11-20T09:30:00.000Z");
    reply.version = 2;
    checkRoundTrip(reply);
    Comment tombstone = sampleComment();
    tombstone.deleted = true;
    tombstone.body.clear();
    checkRoundTrip(tombstone);
}

void TestJson::roundTripsSessionAndNewsletter()
{
    checkRoundTrip(Session{u"Zk3p9QxVv0Ww1Ee2Rr3Tt4Yy5Uu6Ii7Oo8Pp9Aa0Ss1"_s, sampleUser()});
    checkRoundTrip(Newsletter{3, u"therapy"_s, u"Sunday letters"_s, u"A gentle weekly round-up."_s,
        NewsletterCadence::Weekly, true});
    checkRoundTrip(Newsletter{
        4, u"grief"_s, u"Remembering, together"_s, {}, NewsletterCadence::Monthly, false});
}

void TestJson::roundTripsChanges()
{
    Changes changes;
    changes.since = 10;
    changes.next = 25;
    changes.more = true;
    changes.posts = {samplePost()};
    changes.deletedPostIds = {4, 8};
    changes.topics = {sampleTopic()};
    checkRoundTrip(changes);
    checkRoundTrip(Changes{0, 0, false, {}, {}, {}, {}});
}

void TestJson::roundTripsPages()
{
    Page<Post> posts{{samplePost(), samplePost()}, u"eyJ0IjoxfQ"_s};
    posts.items[1].id = 43;
    const auto decodedPosts
        = Json::decodePage<Post>(Json::parseObject(Json::serialize(Json::toJson(posts))).value());
    QVERIFY(decodedPosts.ok());
    QCOMPARE(*decodedPosts, posts);
    QVERIFY(decodedPosts->hasMore());

    const Page<Comment> comments{{sampleComment()}, {}};
    const QJsonObject json = Json::toJson(comments);
    QVERIFY(json.value(u"nextCursor"_s).isNull());
    const auto decodedComments = Json::decodePage<Comment>(json);
    QVERIFY(decodedComments.ok());
    QCOMPARE(*decodedComments, comments);
    QVERIFY(!decodedComments->hasMore());

    const auto decodedTopics
        = Json::decodePage<Topic>(Json::toJson(Page<Topic>{{sampleTopic()}, {}}));
    QVERIFY(decodedTopics.ok());
    QCOMPARE(decodedTopics->items.first(), sampleTopic());
}

void TestJson::roundTripsRequests()
{
    NewPost post{PostKind::Post, u"Small win"_s, u"I went outside today. #Anxiety"_s,
        {u"SmallWins"_s}, {}, std::nullopt};
    checkRoundTrip(post);
    post.media = MediaAttachment{31, u"A path through a forest"_s, true};
    post.contentWarning = u"Mentions panic attacks"_s;
    checkRoundTrip(post);
    checkRoundTrip(NewPost{
        PostKind::Video, u"Breathing with the sea"_s, {}, {}, {}, MediaAttachment{32, {}, false}});

    checkRoundTrip(
        PostPatch{u"New title"_s, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    checkRoundTrip(PostPatch{std::nullopt, u"New body"_s, QStringList{u"Grief"_s}, u""_s,
        std::optional<MediaAttachment>()});
    checkRoundTrip(PostPatch{std::nullopt, std::nullopt, std::nullopt, std::nullopt,
        std::optional<MediaAttachment>(MediaAttachment{31, u"alt"_s, false})});

    checkRoundTrip(NewComment{u"Sending you strength."_s, std::nullopt, {}});
    checkRoundTrip(NewComment{u"Same here."_s, 9, u"Mentions loss"_s});
    checkRoundTrip(CommentPatch{u"Edited kindly."_s, std::nullopt});
    checkRoundTrip(CommentPatch{std::nullopt, u"Loss"_s});
    checkRoundTrip(Registration{u"new_leaf"_s, u"correct horse battery"_s, u"New Leaf"_s});
    checkRoundTrip(Login{u"new_leaf"_s, u"correct horse battery"_s});
    checkRoundTrip(Report{ReportReason::Harassment, u"Unkind replies on my post."_s});
    checkRoundTrip(MediaAttachment{5, u"Stars over a field"_s, false});
}

void TestJson::encodesTheDocumentedShape()
{
    Post post = samplePost();
    const QJsonObject json = Json::toJson(post);
    QCOMPARE(json.value(u"kind"_s).toString(), u"post"_s);
    QCOMPARE(json.value(u"createdAt"_s).toString(), u"2026-11-20T08:15:00.250Z"_s);
    QVERIFY(json.value(u"editedAt"_s).isNull());
    QVERIFY(json.value(u"media"_s).isNull());
    QCOMPARE(json.value(u"hashtags"_s).toArray(), QJsonArray({u"Therapy"_s, u"CheckInWithMe"_s}));
    const QJsonObject reactions = json.value(u"reactions"_s).toObject();
    QCOMPARE(reactions.value(u"mine"_s).toString(), u"hug"_s);
    QCOMPARE(
        reactions.value(u"counts"_s).toObject(), QJsonObject({{u"hug"_s, 12}, {u"me_too"_s, 30}}));
    QCOMPARE(json.value(u"author"_s).toObject().value(u"handle"_s).toString(), u"quiet_harbour"_s);

    const QJsonObject video = Json::toJson(sampleVideo());
    QCOMPARE(video.value(u"posterId"_s).toInteger(), 31);
    QCOMPARE(video.value(u"durationMs"_s).toInteger(), 12'500);
    QVERIFY(Json::toJson(samplePhoto()).value(u"durationMs"_s).isNull());
}

void TestJson::requiredFieldsAreRequired_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    const auto add = [](const char *type, const QJsonObject &object) {
        for (const QString &key : object.keys())
            QTest::addRow("%s.%s", type, qPrintable(key)) << QString::fromLatin1(type) << key;
    };
    // Required fields only: optional ones are covered by optionalFieldsTakeTheirDefaults.
    add("User", {{u"id"_s, 1}, {u"handle"_s, 1}, {u"displayName"_s, 1}});
    add("Topic", {{u"slug"_s, 1}, {u"name"_s, 1}, {u"tag"_s, 1}, {u"counts"_s, 1}});
    add("Media",
        {{u"id"_s, 1}, {u"kind"_s, 1}, {u"mimeType"_s, 1}, {u"width"_s, 1}, {u"height"_s, 1},
            {u"byteSize"_s, 1}});
    add("Post",
        {{u"id"_s, 1}, {u"kind"_s, 1}, {u"author"_s, 1}, {u"title"_s, 1}, {u"body"_s, 1},
            {u"hashtags"_s, 1}, {u"createdAt"_s, 1}, {u"version"_s, 1}, {u"reactions"_s, 1},
            {u"commentCount"_s, 1}});
    add("Comment",
        {{u"id"_s, 1}, {u"postId"_s, 1}, {u"author"_s, 1}, {u"body"_s, 1}, {u"createdAt"_s, 1},
            {u"version"_s, 1}});
    add("Session", {{u"token"_s, 1}, {u"user"_s, 1}});
    add("Newsletter", {{u"id"_s, 1}, {u"topicSlug"_s, 1}, {u"title"_s, 1}, {u"cadence"_s, 1}});
    add("Changes",
        {{u"since"_s, 1}, {u"next"_s, 1}, {u"posts"_s, 1}, {u"deletedPostIds"_s, 1},
            {u"topics"_s, 1}});
    add("NewPost", {{u"kind"_s, 1}, {u"title"_s, 1}, {u"body"_s, 1}});
    add("NewComment", {{u"body"_s, 1}});
    add("Registration", {{u"handle"_s, 1}, {u"password"_s, 1}, {u"displayName"_s, 1}});
    add("Login", {{u"handle"_s, 1}, {u"password"_s, 1}});
    add("Report", {{u"reason"_s, 1}});
}

namespace {

QJsonObject validJsonOf(const QString &type)
{
    if (type == u"User")
        return Json::toJson(sampleUser());
    if (type == u"Topic")
        return Json::toJson(sampleTopic());
    if (type == u"Media")
        return Json::toJson(samplePhoto());
    if (type == u"Post")
        return Json::toJson(samplePost());
    if (type == u"Comment")
        return Json::toJson(sampleComment());
    if (type == u"Session")
        return Json::toJson(Session{u"0123456789abcdef0123"_s, sampleUser()});
    if (type == u"Newsletter")
        return Json::toJson(Newsletter{1, u"therapy"_s, u"Letters"_s, {}, {}, false});
    if (type == u"Changes")
        return Json::toJson(Changes{1, 2, false, {samplePost()}, {3}, {sampleTopic()}, {}});
    if (type == u"NewPost")
        return Json::toJson(NewPost{PostKind::Post, u"Title"_s, u"Body #Therapy"_s, {}, {}, {}});
    if (type == u"NewComment")
        return Json::toJson(NewComment{u"Kind words"_s, {}, {}});
    if (type == u"Registration")
        return Json::toJson(Registration{u"someone"_s, u"long enough"_s, u"Someone"_s});
    if (type == u"Login")
        return Json::toJson(Login{u"someone"_s, u"long enough"_s});
    if (type == u"Report")
        return Json::toJson(Report{ReportReason::Spam, {}});
    return {};
}

ApiError decodeAs(const QString &type, const QJsonObject &object)
{
    if (type == u"User")
        return decodeError<User>(object);
    if (type == u"Topic")
        return decodeError<Topic>(object);
    if (type == u"Media")
        return decodeError<Media>(object);
    if (type == u"Post")
        return decodeError<Post>(object);
    if (type == u"Comment")
        return decodeError<Comment>(object);
    if (type == u"Session")
        return decodeError<Session>(object);
    if (type == u"Newsletter")
        return decodeError<Newsletter>(object);
    if (type == u"Changes")
        return decodeError<Changes>(object);
    if (type == u"NewPost")
        return decodeError<NewPost>(object);
    if (type == u"NewComment")
        return decodeError<NewComment>(object);
    if (type == u"Registration")
        return decodeError<Registration>(object);
    if (type == u"Login")
        return decodeError<Login>(object);
    if (type == u"Report")
        return decodeError<Report>(object);
    return ApiError(ApiError::Code::Internal, u"unknown type"_s);
}

} // namespace

void TestJson::requiredFieldsAreRequired()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QJsonObject object = validJsonOf(type);
    QVERIFY2(object.contains(field), qPrintable(field));
    // The complete object decodes...
    QCOMPARE(decodeAs(type, object).message(), u"decoded although it should not"_s);
    // ...and without the field it does not, with an error naming the field.
    object.remove(field);
    const ApiError error = decodeAs(type, object);
    QCOMPARE(error.code(), ApiError::Code::ValidationFailed);
    QCOMPARE(error.field(), field);
    QVERIFY(!error.message().isEmpty());
}

void TestJson::wrongTypesAreRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id as string") << u"Post"_s << u"id"_s << QJsonValue(u"42"_s);
    QTest::newRow("id as bool") << u"Post"_s << u"id"_s << QJsonValue(true);
    QTest::newRow("title as number") << u"Post"_s << u"title"_s << QJsonValue(5);
    QTest::newRow("title as null") << u"Post"_s << u"title"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("body as array") << u"Post"_s << u"body"_s << QJsonValue(QJsonArray{u"a"_s});
    QTest::newRow("hashtags as string") << u"Post"_s << u"hashtags"_s << QJsonValue(u"Therapy"_s);
    QTest::newRow("hashtag as number") << u"Post"_s << u"hashtags"_s << QJsonValue(QJsonArray{1});
    QTest::newRow("author as string") << u"Post"_s << u"author"_s << QJsonValue(u"fern"_s);
    QTest::newRow("kind unknown") << u"Post"_s << u"kind"_s << QJsonValue(u"poem"_s);
    QTest::newRow("kind wrong case") << u"Post"_s << u"kind"_s << QJsonValue(u"Post"_s);
    QTest::newRow("teamPrompt as string") << u"Post"_s << u"teamPrompt"_s << QJsonValue(u"true"_s);
    QTest::newRow("reactions as array") << u"Post"_s << u"reactions"_s << QJsonValue(QJsonArray());
    QTest::newRow("media as number") << u"Post"_s << u"media"_s << QJsonValue(31);
    QTest::newRow("createdAt as number")
        << u"Post"_s << u"createdAt"_s << QJsonValue(1'700'000'000);
    QTest::newRow("counts as number") << u"Topic"_s << u"counts"_s << QJsonValue(3);
    QTest::newRow("joined as number") << u"Topic"_s << u"joined"_s << QJsonValue(1);
    QTest::newRow("parentId as string") << u"Comment"_s << u"parentId"_s << QJsonValue(u"9"_s);
    QTest::newRow("deleted as string") << u"Comment"_s << u"deleted"_s << QJsonValue(u"no"_s);
    QTest::newRow("cadence unknown") << u"Newsletter"_s << u"cadence"_s << QJsonValue(u"daily"_s);
    QTest::newRow("deletedPostIds of strings")
        << u"Changes"_s << u"deletedPostIds"_s << QJsonValue(QJsonArray{u"4"_s});
    QTest::newRow("reason unknown") << u"Report"_s << u"reason"_s << QJsonValue(u"boring"_s);
}

namespace {

// Sets the fetched field to the fetched value and expects the decoder to name it.
void expectFetchedFieldRefused()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject object = validJsonOf(type);
    object.insert(field, value);
    const ApiError error = decodeAs(type, object);
    QCOMPARE(error.code(), ApiError::Code::ValidationFailed);
    QVERIFY2(error.field() == field || error.field().startsWith(field + u'['),
        qPrintable(error.field()));
}

} // namespace

void TestJson::wrongTypesAreRefused()
{
    expectFetchedFieldRefused();
}

void TestJson::outOfRangeValuesAreRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id zero") << u"Post"_s << u"id"_s << QJsonValue(0);
    QTest::newRow("id negative") << u"Post"_s << u"id"_s << QJsonValue(-1);
    QTest::newRow("id fraction") << u"Post"_s << u"id"_s << QJsonValue(1.5);
    QTest::newRow("id 2^53") << u"Post"_s << u"id"_s << QJsonValue(9007199254740992.0);
    QTest::newRow("id 1e300") << u"Post"_s << u"id"_s << QJsonValue(1e300);
    QTest::newRow("version zero") << u"Post"_s << u"version"_s << QJsonValue(0);
    QTest::newRow("negative comments") << u"Post"_s << u"commentCount"_s << QJsonValue(-3);
    QTest::newRow("empty title") << u"Post"_s << u"title"_s << QJsonValue(u""_s);
    QTest::newRow("title 201") << u"Post"_s << u"title"_s << QJsonValue(QString(201, u'a'));
    QTest::newRow("post body 5001")
        << u"Post"_s << u"body"_s << QJsonValue(QString(Limits::MaxPostBodyLength + 1, u'a'));
    QTest::newRow("11 hashtags") << u"Post"_s << u"hashtags"_s
                                 << QJsonValue(QJsonArray::fromStringList(
                                        {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s,
                                            u"h"_s, u"i"_s, u"j"_s, u"k"_s}));
    QTest::newRow("hashtag with #")
        << u"Post"_s << u"hashtags"_s << QJsonValue(QJsonArray{u"#Therapy"_s});
    QTest::newRow("hashtag with space")
        << u"Post"_s << u"hashtags"_s << QJsonValue(QJsonArray{u"Chronic Illness"_s});
    QTest::newRow("content warning 201")
        << u"Post"_s << u"contentWarning"_s << QJsonValue(QString(201, u'w'));
    QTest::newRow("lone surrogate")
        << u"Post"_s << u"title"_s << QJsonValue(QString(QChar(0xd800)) + u"abc"_s);
    QTest::newRow("comment 2001") << u"Comment"_s << u"body"_s << QJsonValue(QString(2001, u'c'));
    QTest::newRow("handle uppercase") << u"User"_s << u"handle"_s << QJsonValue(u"Fern"_s);
    QTest::newRow("handle too short") << u"User"_s << u"handle"_s << QJsonValue(u"ab"_s);
    QTest::newRow("handle with space") << u"User"_s << u"handle"_s << QJsonValue(u"a b c"_s);
    QTest::newRow("display name 65")
        << u"User"_s << u"displayName"_s << QJsonValue(QString(65, u'n'));
    QTest::newRow("slug uppercase") << u"Topic"_s << u"slug"_s << QJsonValue(u"Therapy"_s);
    QTest::newRow("tag not the slug") << u"Topic"_s << u"tag"_s << QJsonValue(u"Grief"_s);
    QTest::newRow("next before since") << u"Changes"_s << u"next"_s << QJsonValue(0);
    QTest::newRow("password 7") << u"Registration"_s << u"password"_s << QJsonValue(u"1234567"_s);
    QTest::newRow("password 257") << u"Registration"_s << u"password"_s
                                  << QJsonValue(QString(257, u'p'));
    QTest::newRow("registration handle")
        << u"Registration"_s << u"handle"_s << QJsonValue(u"No Spaces"_s);
    QTest::newRow("note 1001") << u"Report"_s << u"note"_s << QJsonValue(QString(1001, u'n'));
}

void TestJson::outOfRangeValuesAreRefused()
{
    expectFetchedFieldRefused();
}

void TestJson::optionalFieldsTakeTheirDefaults()
{
    QJsonObject json = Json::toJson(samplePost());
    for (const auto *key : {"contentWarning", "media", "editedAt", "teamPrompt"})
        json.remove(QString::fromLatin1(key));
    QJsonObject reactions = json.value(u"reactions"_s).toObject();
    reactions.remove(u"mine"_s);
    json.insert(u"reactions"_s, reactions);
    const Result<Post> post = Json::decode<Post>(json);
    QVERIFY(post.ok());
    QVERIFY(post->contentWarning.isEmpty());
    QVERIFY(!post->media);
    QVERIFY(!post->isEdited());
    QVERIFY(!post->teamPrompt);
    QVERIFY(!post->reactions.mine());
    QCOMPARE(post->reactions.count(ReactionKind::MeToo), 30);
    QCOMPARE(post->reactions.count(ReactionKind::Heart), 0);

    QJsonObject user = Json::toJson(sampleUser());
    user.remove(u"team"_s);
    QVERIFY(Json::decode<User>(user).ok());

    QJsonObject topic = Json::toJson(sampleTopic());
    topic.remove(u"description"_s);
    topic.remove(u"joined"_s);
    const Result<Topic> decodedTopic = Json::decode<Topic>(topic);
    QVERIFY(decodedTopic.ok());
    QVERIFY(!decodedTopic->joined);
    QVERIFY(decodedTopic->description.isEmpty());
}

void TestJson::unknownFieldsAreIgnored()
{
    QJsonObject json = Json::toJson(samplePost());
    json.insert(u"pollOptions"_s, QJsonArray{u"yes"_s, u"no"_s});
    json.insert(u"futureFlag"_s, true);
    QJsonObject author = json.value(u"author"_s).toObject();
    author.insert(u"pronouns"_s, u"they/them"_s);
    json.insert(u"author"_s, author);
    QJsonObject reactions = json.value(u"reactions"_s).toObject();
    QJsonObject counts = reactions.value(u"counts"_s).toObject();
    counts.insert(u"sparkles"_s, 4); // a reaction kind from a newer server
    reactions.insert(u"counts"_s, counts);
    reactions.insert(u"mine"_s, u"sparkles"_s);
    json.insert(u"reactions"_s, reactions);

    const Result<Post> post = Json::decode<Post>(json);
    QVERIFY2(post.ok(), describe(post).constData());
    QCOMPARE(post->author, sampleUser());
    QCOMPARE(post->reactions.total(), 42);
    QVERIFY(!post->reactions.mine());
}

void TestJson::nestedErrorsNameThePath()
{
    QJsonObject json = Json::toJson(samplePost());
    QJsonObject author = json.value(u"author"_s).toObject();
    author.insert(u"handle"_s, 12);
    json.insert(u"author"_s, author);
    QCOMPARE(Json::decode<Post>(json).error().field(), u"author.handle"_s);

    QJsonObject page = Json::toJson(Page<Post>{{samplePost(), samplePost()}, {}});
    QJsonArray items = page.value(u"items"_s).toArray();
    QJsonObject second = items.at(1).toObject();
    QJsonObject media = Json::toJson(samplePhoto());
    media.insert(u"width"_s, -1);
    second.insert(u"media"_s, media);
    items.replace(1, second);
    page.insert(u"items"_s, items);
    const auto decoded = Json::decodePage<Post>(page);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().field(), u"items[1].media.width"_s);

    QJsonObject changes = Json::toJson(Changes{1, 2, false, {}, {1, 2}, {}, {}});
    changes.insert(u"deletedPostIds"_s, QJsonArray{1, 0});
    QCOMPARE(Json::decode<Changes>(changes).error().field(), u"deletedPostIds[1]"_s);
}

void TestJson::timestampsNeedAZone()
{
    const auto decodeWith = [](const QJsonValue &createdAt) {
        QJsonObject json = Json::toJson(samplePost());
        json.insert(u"createdAt"_s, createdAt);
        return Json::decode<Post>(json);
    };
    QVERIFY(decodeWith(u"2026-11-20T08:15:00.250Z"_s).ok());
    QVERIFY(decodeWith(u"2026-11-20T08:15:00Z"_s).ok());
    const Result<Post> offset = decodeWith(u"2026-11-20T10:15:00.250+02:00"_s);
    QVERIFY(offset.ok());
    QCOMPARE(offset->createdAt, samplePost().createdAt);
    QCOMPARE(offset->createdAt.timeSpec(), Qt::UTC);

    for (const QString &bad : {u"2026-11-20T08:15:00.250"_s, u"2026-11-20"_s, u"yesterday"_s,
             u"2026-13-45T99:99:99Z"_s, u""_s, u"20 Nov 2026 08:15:00 GMT"_s}) {
        const Result<Post> post = decodeWith(bad);
        QVERIFY2(!post.ok(), qPrintable(bad));
        QCOMPARE(post.error().field(), u"createdAt"_s);
    }
}

void TestJson::newPostRules()
{
    const auto errorFor = [](const NewPost &post) {
        const Result<NewPost> decoded = Json::decode<NewPost>(Json::toJson(post));
        return decoded.ok() ? QString() : decoded.error().field();
    };
    NewPost post{PostKind::Post, u"Title"_s, u"Body"_s, {}, {}, {}};
    QCOMPARE(errorFor(post), QString());
    post.title = u"   \n\t "_s;
    QCOMPARE(errorFor(post), u"title"_s);
    post.title = u"Title"_s;
    post.body = u"  "_s;
    QCOMPARE(errorFor(post), u"body"_s);
    post.kind = PostKind::Story;
    post.body = QString(Limits::MaxStoryBodyLength, u's');
    QCOMPARE(errorFor(post), QString());
    post.body += u's';
    QCOMPARE(errorFor(post), u"body"_s);
    // A video needs its video, and may go without a body.
    post.kind = PostKind::Video;
    post.body.clear();
    QCOMPARE(errorFor(post), u"media"_s);
    post.media = MediaAttachment{3, {}, false};
    QCOMPARE(errorFor(post), QString());
    // Limits count code points, not UTF-16 units: 200 emoji fit a title.
    post.title.clear();
    for (int i = 0; i < Limits::MaxTitleLength; ++i)
        post.title += u"🌿"_s;
    QCOMPARE(errorFor(post), QString());
    post.title += u"🌿"_s;
    QCOMPARE(errorFor(post), u"title"_s);
}

void TestJson::patchesNeedSomethingToChange()
{
    QCOMPARE(
        Json::decode<PostPatch>(QJsonObject()).error().code(), ApiError::Code::ValidationFailed);
    QCOMPARE(Json::decode<CommentPatch>(QJsonObject{{u"other"_s, 1}}).error().code(),
        ApiError::Code::ValidationFailed);
    const Result<PostPatch> removal
        = Json::decode<PostPatch>(QJsonObject{{u"media"_s, QJsonValue::Null}});
    QVERIFY(removal.ok());
    QVERIFY(removal->media.has_value());
    QVERIFY(!removal->media->has_value());
}

void TestJson::errorObjectRoundTrips()
{
    const ApiError error(
        ApiError::Code::VersionConflict, u"Someone edited this first."_s, u"version"_s);
    QCOMPARE(error.httpStatus(), 412);
    const QByteArray body = Json::serialize(error.toJson());
    QCOMPARE(body,
        QByteArray(
            R"({"error":{"code":"version_conflict","field":"version","message":"Someone edited this first."}})"));
    QCOMPARE(Json::decodeError(body, 412), error);

    for (int code = 0; code <= int(ApiError::Code::Internal); ++code) {
        const auto known = ApiError::Code(code);
        QCOMPARE(ApiError::codeFromWire(ApiError::wireName(known)), known);
        QVERIFY(ApiError(known, {}).httpStatus() >= 400);
    }
    QCOMPARE(ApiError::codeFromWire(u"network"), ApiError::Code::Unknown);
}

void TestJson::errorBodiesThatAreNotErrorsStillDecode()
{
    const ApiError proxy = Json::decodeError("<html>Bad Gateway</html>", 502);
    QCOMPARE(proxy.code(), ApiError::Code::Internal);
    QVERIFY(proxy.message().contains(u"502"_s));
    QCOMPARE(Json::decodeError("", 404).code(), ApiError::Code::NotFound);
    QCOMPARE(Json::decodeError(R"({"error":{"code":"brand_new","message":"New."}})", 400).code(),
        ApiError::Code::BadRequest);
    QCOMPARE(Json::decodeError(R"({"error":"flat"})", 429).code(), ApiError::Code::RateLimited);
}

void TestJson::reactionsCountAndRank()
{
    Reactions reactions;
    reactions.setCount(ReactionKind::Heart, 3);
    reactions.setCount(ReactionKind::MeToo, 5);
    reactions.setCount(ReactionKind::Hug, 3);
    QCOMPARE(reactions.total(), 11);
    QCOMPARE(
        reactions.mostCommon(2), QList<ReactionKind>({ReactionKind::MeToo, ReactionKind::Heart}));
    QCOMPARE(reactions.mostCommon(-1).size(), 3);

    reactions.react(ReactionKind::Hug);
    QCOMPARE(reactions.count(ReactionKind::Hug), 4);
    QCOMPARE(reactions.mine(), ReactionKind::Hug);
    reactions.react(ReactionKind::Heart); // changing the kind moves my one reaction
    QCOMPARE(reactions.count(ReactionKind::Hug), 3);
    QCOMPARE(reactions.count(ReactionKind::Heart), 4);
    QCOMPARE(reactions.total(), 12);
    reactions.react(std::nullopt);
    QCOMPARE(reactions.total(), 11);
    QVERIFY(!reactions.mine());
}

void TestJson::roundTripsNotifications()
{
    Notification notification;
    notification.id = 57;
    notification.kind = NotificationKind::Reactions;
    notification.actor = User{3, u"river_stone"_s, u"River"_s, false};
    notification.others = 3;
    notification.postId = 42;
    notification.topic = u"therapy"_s;
    notification.reactions = {ReactionKind::Hug, ReactionKind::Heart};
    notification.title = u"Third session tomorrow"_s;
    notification.createdAt = QDateTime(QDate(2026, 11, 26), QTime(8, 12, 40, 511), Qt::UTC);
    checkRoundTrip(notification);
    notification.kind = NotificationKind::CommentReply;
    notification.commentId = 311;
    notification.reactions = {};
    notification.text = u"Writing it down first helped me."_s;
    notification.read = true;
    checkRoundTrip(notification);
    checkRoundTrip(NotificationState{3, 57});

    Changes changes;
    changes.next = 9;
    changes.notifications = NotificationState{1, 58};
    checkRoundTrip(changes);
    QCOMPARE(
        Json::toJson(changes).value(u"notifications"_s).toObject().value(u"unread"_s).toInt(), 1);
    // Absent for a signed-out caller, and read as absent.
    QVERIFY(!Json::toJson(Changes{}).contains(u"notifications"_s));

    // A kind or a reaction this version does not know is refused, naming the field.
    QJsonObject unknown = Json::toJson(notification);
    unknown.insert(u"kind"_s, u"poke"_s);
    QCOMPARE(Json::decode<Notification>(unknown).error().field(), u"kind"_s);
    QJsonObject badTopic = Json::toJson(notification);
    badTopic.insert(u"topic"_s, u"Therapy"_s);
    QCOMPARE(Json::decode<Notification>(badTopic).error().field(), u"topic"_s);
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
