// Mention extraction: what counts as "@handle", where it is, and how it is spelled.

#include "api/Mentions.h"

#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestMentions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void spansPointAtTheWords();
    void boundedCount();
    void validHandles();
    void hugeInputStaysCheap();
};

void TestMentions::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("handles");

    QTest::newRow("one") << u"thank you @river_stone"_s << QStringList{u"river_stone"_s};
    QTest::newRow("start and punctuation")
        << u"@maple_tea, (@owl_at_dusk)! @fern?"_s
        << QStringList{u"maple_tea"_s, u"owl_at_dusk"_s, u"fern"_s};
    QTest::newRow("capitals are read small")
        << u"@River_Stone and @RIVER_STONE"_s << QStringList{u"river_stone"_s};
    QTest::newRow("sentence end") << u"ask @maple_tea."_s << QStringList{u"maple_tea"_s};
    QTest::newRow("e-mail address")
        << u"write to kit@river_stone or a.b@maple_tea"_s << QStringList{};
    QTest::newRow("address after it") << u"@river_stone.org is a site"_s << QStringList{};
    QTest::newRow("inside a word") << u"hello@river_stone x_@maple_tea"_s << QStringList{};
    QTest::newRow("url") << u"see https://example.org/@river_stone and @fern_leaf"_s
                         << QStringList{u"fern_leaf"_s};
    QTest::newRow("too short") << u"@ab @a"_s << QStringList{};
    QTest::newRow("exactly three") << u"@abc"_s << QStringList{u"abc"_s};
    QTest::newRow("thirty") << u"@"_s + QString(30, u'a') << QStringList{QString(30, u'a')};
    QTest::newRow("thirty-one is nothing") << u"@"_s + QString(31, u'a') << QStringList{};
    QTest::newRow("word goes on in another script") << u"@riverö @ríver"_s << QStringList{};
    QTest::newRow("apostrophe ends it") << u"@maple_tea's reply"_s << QStringList{u"maple_tea"_s};
    QTest::newRow("double at") << u"@@river_stone"_s << QStringList{};
    QTest::newRow("at after") << u"@river_stone@host"_s << QStringList{};
    QTest::newRow("newline before") << u"first line\n@quiet_bay"_s << QStringList{u"quiet_bay"_s};
    QTest::newRow("emoji before and after") << u"🌱@quiet_bay🌱"_s << QStringList{u"quiet_bay"_s};
    QTest::newRow("hashtag is not a mention") << u"#river_stone"_s << QStringList{};
    QTest::newRow("lone at") << u"meet @ noon"_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestMentions::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, handles);
    QCOMPARE(Mentions::extract(text), handles);
}

void TestMentions::spansPointAtTheWords()
{
    const QString text = u"Hi @River_Stone, and @maple_tea and @river_stone"_s;
    const QList<Mentions::Span> spans = Mentions::find(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(text.mid(spans[0].start, spans[0].length), u"@River_Stone"_s);
    QCOMPARE(spans[0].handle, u"river_stone"_s);
    QCOMPARE(text.mid(spans[1].start, spans[1].length), u"@maple_tea"_s);
    QCOMPARE(spans[2].handle, u"river_stone"_s);
}

void TestMentions::boundedCount()
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += u"@person_"_s + QString::number(i) + u' ';
    QCOMPARE(Mentions::extract(text).size(), Mentions::MaxPerText);
    QCOMPARE(
        Mentions::extract(text, 3), QStringList({u"person_0"_s, u"person_1"_s, u"person_2"_s}));
    QCOMPARE(Mentions::extract(text, 0), QStringList{});
}

void TestMentions::validHandles()
{
    QVERIFY(Mentions::isValidHandle(u"river_stone"));
    QVERIFY(Mentions::isValidHandle(u"a_1"));
    QVERIFY(!Mentions::isValidHandle(u"River"));
    QVERIFY(!Mentions::isValidHandle(u"ab"));
    QVERIFY(!Mentions::isValidHandle(QString(31, u'a')));
    QVERIFY(!Mentions::isValidHandle(u"río"));
}

void TestMentions::hugeInputStaysCheap()
{
    // A megabyte of '@' and letters, and a megabyte-long URL: linear, bounded output.
    QString noise;
    noise.reserve(1'000'000);
    while (noise.size() < 1'000'000)
        noise += u"@abc@de "_s;
    QCOMPARE(Mentions::extract(noise), QStringList{});
    const QString url = u"https://example.org/"_s + QString(1'000'000, u'@');
    QCOMPARE(Mentions::extract(QString(url + u" @quiet_bay"_s)), QStringList{u"quiet_bay"_s});
}

QTEST_GUILESS_MAIN(TestMentions)
#include "tst_mentions.moc"
