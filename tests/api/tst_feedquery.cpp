// The feed query string: defaults left out, every parameter checked.

#include "api/FeedQuery.h"

#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestFeedQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreLeftOut();
    void roundTrips();
    void refusesBadParameters_data();
    void refusesBadParameters();
};

void TestFeedQuery::defaultsAreLeftOut()
{
    QCOMPARE(FeedQuery().toUrlQuery().toString(), QString());
    const Result<FeedQuery> parsed = FeedQuery::fromUrlQuery(QUrlQuery());
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, FeedQuery());
}

void TestFeedQuery::roundTrips()
{
    const FeedQuery query{FeedKind::Story, FeedSort::Trending, 7, u"eyJ0Ijox+/=fQ"_s};
    const QUrlQuery encoded = query.toUrlQuery();
    QCOMPARE(encoded.queryItemValue(u"kind"_s), u"story"_s);
    QCOMPARE(encoded.queryItemValue(u"sort"_s), u"trending"_s);
    // Through a real URL, as the server receives it.
    QUrl url(u"http://127.0.0.1/api/v1/topics/therapy/feed"_s);
    url.setQuery(encoded);
    const Result<FeedQuery> parsed = FeedQuery::fromUrlQuery(QUrlQuery(url));
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, query);
}

void TestFeedQuery::refusesBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("kind") << u"kind=poems"_s << u"kind"_s;
    QTest::newRow("sort") << u"sort=oldest"_s << u"sort"_s;
    QTest::newRow("limit zero") << u"limit=0"_s << u"limit"_s;
    QTest::newRow("limit 51") << u"limit=51"_s << u"limit"_s;
    QTest::newRow("limit text") << u"limit=ten"_s << u"limit"_s;
    QTest::newRow("limit huge") << u"limit=99999999999999999999"_s << u"limit"_s;
    QTest::newRow("cursor empty") << u"cursor="_s << u"cursor"_s;
    QTest::newRow("cursor long") << u"cursor="_s + QString(513, u'c') << u"cursor"_s;
}

void TestFeedQuery::refusesBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Result<FeedQuery> parsed = FeedQuery::fromUrlQuery(QUrlQuery(query));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ApiError::Code::BadRequest);
    QCOMPARE(parsed.error().field(), field);
}

QTEST_GUILESS_MAIN(TestFeedQuery)
#include "tst_feedquery.moc"
