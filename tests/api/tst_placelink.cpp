// PlaceLink: the links Copy link makes and `hearth LINK` opens. Every place and every kind
// of community address goes there and back unchanged; anything else is refused, with
// whether it was a hearth: link at all.

#include "api/Limits.h"
#include "api/PlaceLink.h"

#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestPlaceLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void readsAsTheAddressItHolds();
    void communitiesAreCompared_data();
    void communitiesAreCompared();
    void unlinkablePlacesMakeNoLink();
    void refused_data();
    void refused();
    void forgivingOnlyOfSurroundingSpaceAndSchemeCase();
};

void TestPlaceLink::roundTrip_data()
{
    QTest::addColumn<PlaceLink>("place");
    const QUrl secure(u"https://community.example"_s);
    const QUrl lan(u"http://192.168.1.20:8080"_s);
    const QUrl underPath(u"https://example.org/groups/hearth"_s);
    const QUrl v6(u"http://[fd00::5]:8080"_s);
    QTest::newRow("post") << PlaceLink::post(secure, 42);
    QTest::newRow("post at a comment") << PlaceLink::post(lan, 42, 7);
    QTest::newRow("largest ids") << PlaceLink::post(secure, Limits::MaxId, Limits::MaxId);
    QTest::newRow("topic under a path") << PlaceLink::topic(underPath, u"therapy"_s);
    QTest::newRow("topic, not ASCII") << PlaceLink::topic(secure, u"überleben"_s);
    QTest::newRow("profile over IPv6") << PlaceLink::profile(v6, u"river_stone"_s);
    QTest::newRow("path with an escape")
        << PlaceLink::post(QUrl(u"https://example.org/a%20b&c"_s), 3);
}

void TestPlaceLink::roundTrip()
{
    QFETCH(PlaceLink, place);
    const QString text = place.toString();
    QVERIFY2(text.startsWith(u"hearth:"_s), qPrintable(text));
    QVERIFY(place.toUrl().isValid());
    const std::optional<PlaceLink> parsed = PlaceLink::parse(text);
    QVERIFY2(parsed, qPrintable(text));
    PlaceLink expected = place;
    expected.community = PlaceLink::normalizedCommunity(place.community);
    QCOMPARE(*parsed, expected);
    // And as a QUrl hands it over (the desktop's %u, a command line).
    QCOMPARE(PlaceLink::parse(place.toUrl().toString(QUrl::FullyEncoded)), expected);
}

void TestPlaceLink::readsAsTheAddressItHolds()
{
    QCOMPARE(PlaceLink::post(QUrl(u"https://community.example/"_s), 42).toString(),
        u"hearth:post/42?community=https://community.example"_s);
    QCOMPARE(PlaceLink::post(QUrl(u"http://192.168.1.20:8080"_s), 42, 7).toString(),
        u"hearth:post/42/comment/7?community=http://192.168.1.20:8080"_s);
    QCOMPARE(PlaceLink::topic(QUrl(u"HTTPS://Example.ORG:443/hearth/"_s), u"therapy"_s).toString(),
        u"hearth:topic/therapy?community=https://example.org/hearth"_s);
    QCOMPARE(PlaceLink::profile(QUrl(u"https://community.example"_s), u"river_stone"_s).toString(),
        u"hearth:user/river_stone?community=https://community.example"_s);
}

void TestPlaceLink::communitiesAreCompared_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("default port") << u"https://x.example"_s << u"https://x.example:443/"_s << true;
    QTest::newRow("case") << u"HTTP://X.Example:8080"_s << u"http://x.example:8080"_s << true;
    QTest::newRow("scheme") << u"http://x.example"_s << u"https://x.example"_s << false;
    QTest::newRow("port") << u"http://x.example:8080"_s << u"http://x.example:8081"_s << false;
    QTest::newRow("path") << u"https://x.example/a"_s << u"https://x.example/b"_s << false;
    QTest::newRow("not http") << u"ftp://x.example"_s << u"ftp://x.example"_s << false;
}

void TestPlaceLink::communitiesAreCompared()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(PlaceLink::sameCommunity(QUrl(a), QUrl(b)), same);
}

void TestPlaceLink::unlinkablePlacesMakeNoLink()
{
    const QUrl community(u"https://community.example"_s);
    // A post or comment written offline has a local (negative) id until the server gives one.
    QVERIFY(PlaceLink::post(community, -3).toString().isEmpty());
    QVERIFY(PlaceLink::post(community, 42, -1).toString().isEmpty());
    QVERIFY(PlaceLink::post(community, 0).toString().isEmpty());
    QVERIFY(PlaceLink::topic(community, u"Therapy"_s).toString().isEmpty());
    QVERIFY(PlaceLink::topic(community, {}).toString().isEmpty());
    QVERIFY(PlaceLink::profile(community, u"River"_s).toString().isEmpty());
    QVERIFY(PlaceLink::post(QUrl(u"file:///tmp"_s), 42).toString().isEmpty());
    QVERIFY(PlaceLink::post(QUrl(u"https://me:pw@community.example"_s), 42).toString().isEmpty());
    QVERIFY(PlaceLink::post(QUrl(), 42).toString().isEmpty());
}

void TestPlaceLink::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PlaceLink::Problem>("problem");
    const auto notHearth = PlaceLink::Problem::NotHearth;
    const auto malformed = PlaceLink::Problem::Malformed;
    const QString c = u"?community=https://community.example"_s;
    QTest::newRow("empty") << QString() << notHearth;
    QTest::newRow("web address") << u"https://community.example/post/42"_s << notHearth;
    QTest::newRow("words") << u"post 42"_s << notHearth;
    QTest::newRow("scheme alone") << u"hearth:"_s << malformed;
    QTest::newRow("no community") << u"hearth:post/42"_s << malformed;
    QTest::newRow("empty community") << u"hearth:post/42?community="_s << malformed;
    QTest::newRow("id 0") << (u"hearth:post/0"_s + c) << malformed;
    QTest::newRow("leading zero") << (u"hearth:post/042"_s + c) << malformed;
    QTest::newRow("sign") << (u"hearth:post/+42"_s + c) << malformed;
    QTest::newRow("negative") << (u"hearth:post/-42"_s + c) << malformed;
    QTest::newRow("beyond MaxId") << (u"hearth:post/9007199254740992"_s + c) << malformed;
    QTest::newRow("huge id") << (u"hearth:post/99999999999999999999999"_s + c) << malformed;
    QTest::newRow("not digits") << (u"hearth:post/4x2"_s + c) << malformed;
    QTest::newRow("comment without id") << (u"hearth:post/42/comment"_s + c) << malformed;
    QTest::newRow("comment 0") << (u"hearth:post/42/comment/0"_s + c) << malformed;
    QTest::newRow("extra segment") << (u"hearth:post/42/comment/7/x"_s + c) << malformed;
    QTest::newRow("trailing slash") << (u"hearth:post/42/"_s + c) << malformed;
    QTest::newRow("unknown place") << (u"hearth:poll/42"_s + c) << malformed;
    QTest::newRow("place in capitals") << (u"hearth:POST/42"_s + c) << malformed;
    QTest::newRow("authority") << (u"hearth://community.example/post/42"_s + c) << malformed;
    QTest::newRow("rooted path") << (u"hearth:/post/42"_s + c) << malformed;
    QTest::newRow("fragment") << (u"hearth:post/42"_s + c + u"#top"_s) << malformed;
    QTest::newRow("second item") << (u"hearth:post/42"_s + c + u"&comment=7"_s) << malformed;
    QTest::newRow("other key") << u"hearth:post/42?server=https://community.example"_s << malformed;
    QTest::newRow("ftp") << u"hearth:post/42?community=ftp://community.example"_s << malformed;
    QTest::newRow("javascript") << u"hearth:post/42?community=javascript:alert(1)"_s << malformed;
    QTest::newRow("no host") << u"hearth:post/42?community=https://"_s << malformed;
    QTest::newRow("relative") << u"hearth:post/42?community=community.example"_s << malformed;
    QTest::newRow("user in address")
        << u"hearth:post/42?community=https://me%40community.example"_s << malformed;
    QTest::newRow("user, encoded")
        << u"hearth:post/42?community=https%3A%2F%2Fme%40community.example"_s << malformed;
    QTest::newRow("query in address")
        << u"hearth:post/42?community=https://community.example/%3Fa=1"_s << malformed;
    QTest::newRow("topic not folded") << (u"hearth:topic/Therapy"_s + c) << malformed;
    QTest::newRow("topic with a space") << (u"hearth:topic/my%20topic"_s + c) << malformed;
    QTest::newRow("topic with a slash") << (u"hearth:topic/a%2Fb"_s + c) << malformed;
    QTest::newRow("topic bad UTF-8") << (u"hearth:topic/%C3"_s + c) << malformed;
    QTest::newRow("handle too short") << (u"hearth:user/ab"_s + c) << malformed;
    QTest::newRow("handle capitals") << (u"hearth:user/River"_s + c) << malformed;
    QTest::newRow("space inside") << (u"hearth:post/4 2"_s + c) << malformed;
    QTest::newRow("control char") << (u"hearth:post/42\u0007"_s + c) << malformed;
    QTest::newRow("direction mark") << (u"hearth:post/42\u202e"_s + c) << malformed;
    // Short as typed, past MaxLength once its address is written out escaped (fuzz_place_link).
    QTest::newRow("long once escaped")
        << (u"hearth:post/1?community=https://example.org/"_s + QString(300, u'é')) << malformed;
    QTest::newRow("too long") << (u"hearth:post/42"_s + c + u"/"_s + QString(3000, u'a'))
                              << malformed;
}

void TestPlaceLink::refused()
{
    QFETCH(QString, text);
    QFETCH(PlaceLink::Problem, problem);
    PlaceLink::Problem found = PlaceLink::Problem::NotHearth;
    const std::optional<PlaceLink> parsed = PlaceLink::parse(text, &found);
    QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString() : QString()));
    QCOMPARE(found, problem);
}

void TestPlaceLink::forgivingOnlyOfSurroundingSpaceAndSchemeCase()
{
    const std::optional<PlaceLink> parsed
        = PlaceLink::parse(u"  HEARTH:post/42?community=https://community.example/\n"_s);
    QVERIFY(parsed);
    QCOMPARE(parsed->postId, 42);
    QCOMPARE(parsed->community, QUrl(u"https://community.example"_s));
}

QTEST_GUILESS_MAIN(TestPlaceLink)
#include "tst_placelink.moc"
