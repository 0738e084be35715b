// PostJson writes feed pages straight into bytes: they must be the very bytes the general
// codec (Json::toJson, then QJsonDocument) writes, for every kind of field a post can hold.

#include "api/Json.h"
#include "server/PostJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestPostJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageIsTheCodecsBytes_data();
    void pageIsTheCodecsBytes();
    void emptyPage();
};

namespace {

Post plainPost()
{
    Post post;
    post.id = 41;
    post.kind = PostKind::Post;
    post.author = User{7, u"wren"_s, u"Wren"_s, false};
    post.title = u"A slow morning"_s;
    post.body = u"Tea by the window. #Rest"_s;
    post.hashtags = {u"Rest"_s};
    post.createdAt = QDateTime::fromMSecsSinceEpoch(1'765'000'123'456, Qt::UTC);
    return post;
}

} // namespace

void TestPostJson::pageIsTheCodecsBytes_data()
{
    QTest::addColumn<Page<Post>>("page");
    QTest::addColumn<bool>("readable"); // whether the codec reads it back (it checks times)

    QTest::newRow("plain") << Page<Post>{{plainPost()}, {}} << true;

    Post everything = plainPost();
    everything.kind = PostKind::Video;
    everything.author.team = true;
    everything.teamPrompt = true;
    everything.contentWarning = u"A hard day"_s;
    everything.editedAt = QDateTime::fromMSecsSinceEpoch(1'765'000'999'001, Qt::UTC);
    everything.version = 3;
    everything.commentCount = 12;
    everything.hashtags = {u"Rest"_s, u"SmallWins"_s, u"Sleep"_s};
    everything.reactions.setCount(ReactionKind::Heart, 40);
    everything.reactions.setCount(ReactionKind::Hug, 2);
    everything.reactions.setCount(ReactionKind::ThinkingOfYou, 1);
    everything.reactions.setMine(ReactionKind::Hug);
    everything.media = Media{9, MediaKind::Video, u"video/x-msvideo"_s, 320, 240, 123'456,
        u"A lake at dusk"_s, true, 8, 2000};
    Post photo = plainPost();
    photo.id = 40;
    photo.kind = PostKind::Story;
    photo.media
        = Media{5, MediaKind::Image, u"image/jpeg"_s, 960, 640, 88'000, QString(), false, {}, {}};
    QTest::newRow("every field, two posts, a cursor")
        << Page<Post>{{everything, photo}, u"bDoxOjI6YWxsOjE3NjU6NDA"_s} << true;

    // What a hostile or unusual author can put in text: quotes, backslashes, every control
    // character, characters beyond ASCII and beyond the BMP, and a lone surrogate.
    Post hostile = plainPost();
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    hostile.title = u"\"quoted\" and \\back\\slashed\\ </script> & <b>"_s;
    hostile.body = controls + u" caf\u00e9 \u2028 \u00a0 \u4e2d\u6587 \U0001F33F \x7f end"_s;
    hostile.contentWarning = QString(QChar(0xd800)) + u"lone"_s;
    hostile.author.displayName = u"\u00c5sa \"the\" \\calm\\"_s;
    hostile.hashtags = {u"Caf\u00e9"_s};
    QTest::newRow("hostile text") << Page<Post>{{hostile}, {}} << false;

    Post ancient = plainPost();
    ancient.createdAt = QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC); // 1969, one ms before
    ancient.editedAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    Post far = plainPost();
    far.createdAt = QDate(12000, 1, 1).startOfDay(Qt::UTC);
    QTest::newRow("times at the edges") << Page<Post>{{ancient, far}, {}} << false;
}

void TestPostJson::pageIsTheCodecsBytes()
{
    QFETCH(Page<Post>, page);
    const QByteArray expected = Json::serialize(Json::toJson(page));
    const QByteArray written = PostJson::page(page);
    if (written != expected) {
        // Where they part, rather than their first hundred bytes.
        qsizetype at = 0;
        while (at < written.size() && at < expected.size() && written[at] == expected[at])
            ++at;
        QCOMPARE(written.mid(std::max<qsizetype>(0, at - 20), 40),
            expected.mid(std::max<qsizetype>(0, at - 20), 40));
    }
    QCOMPARE(written, expected);
    // And it reads back as the same page.
    QFETCH(bool, readable);
    if (!readable)
        return;
    const auto decoded = Json::decodePage<Post>(QJsonDocument::fromJson(written).object());
    QVERIFY(decoded);
    QCOMPARE(decoded->items.size(), page.items.size());
}

void TestPostJson::emptyPage()
{
    const Page<Post> page;
    QCOMPARE(PostJson::page(page), QByteArray(R"({"items":[],"nextCursor":null})"));
    QCOMPARE(PostJson::page(page), Json::serialize(Json::toJson(page)));
}

QTEST_GUILESS_MAIN(TestPostJson)
#include "tst_postjson.moc"
