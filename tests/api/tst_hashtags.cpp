// Hashtag extraction: what counts as a tag, how it maps to a topic slug.

#include "api/Hashtags.h"

#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestHashtags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void boundedCount();
    void tooLongIsNotATag();
    void slugs_data();
    void slugs();
    void isValid_data();
    void isValid();
    void unite();
    void aPostsTagsFollowTheDocumentedOrder();
    void hugeInputStaysCheap();
};

void TestHashtags::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("camel case") << u"#MentalHealth matters"_s << QStringList{u"MentalHealth"_s};
    QTest::newRow("several") << u"Trying #CheckInWithMe and #Therapy."_s
                             << QStringList{u"CheckInWithMe"_s, u"Therapy"_s};
    QTest::newRow("umlaut") << u"#Überleben heißt weitermachen"_s << QStringList{u"Überleben"_s};
    QTest::newRow("accents and CJK")
        << u"#Ansiedad #癒し #café"_s << QStringList{u"Ansiedad"_s, u"癒し"_s, u"café"_s};
    QTest::newRow("digits inside")
        << u"#Covid19 #2024Goals"_s << QStringList{u"Covid19"_s, u"2024Goals"_s};
    QTest::newRow("underscore") << u"#self_care"_s << QStringList{u"self_care"_s};
    QTest::newRow("trailing punctuation")
        << u"(#Grief), #Hope! #PTSD?"_s << QStringList{u"Grief"_s, u"Hope"_s, u"PTSD"_s};
    QTest::newRow("start of line") << u"line one\n#Caregiving"_s << QStringList{u"Caregiving"_s};
    QTest::newRow("inside a word") << u"a#b c#Therapy"_s << QStringList{};
    QTest::newRow("numbers only") << u"#1 #2024 #___"_s << QStringList{};
    QTest::newRow("lone hash") << u"# heading and #"_s << QStringList{};
    QTest::newRow("double hash") << u"##Therapy"_s << QStringList{};
    QTest::newRow("html entity") << u"it&#39;s fine &#x27;"_s << QStringList{};
    QTest::newRow("url fragment") << u"see https://example.org/page#Therapy and #Anxiety"_s
                                  << QStringList{u"Anxiety"_s};
    QTest::newRow("url path hash") << u"https://example.org/#/topics/#Grief"_s << QStringList{};
    QTest::newRow("www url") << u"www.example.org/#Top then #Bottom"_s << QStringList{u"Bottom"_s};
    QTest::newRow("after url") << u"https://example.org #Hope"_s << QStringList{u"Hope"_s};
    QTest::newRow("duplicates by case")
        << u"#therapy #Therapy #THERAPY"_s << QStringList{u"therapy"_s};
    QTest::newRow("duplicates by normalisation")
        << u"#Über and #U\u0308ber"_s << QStringList{u"Über"_s};
    QTest::newRow("combining mark kept") << u"#nai\u0308ve"_s << QStringList{u"naïve"_s};
    QTest::newRow("emoji ends a tag") << u"#Hope🌱 #🌱"_s << QStringList{u"Hope"_s};
    QTest::newRow("supplementary letter") << u"#𠀀𠀁"_s << QStringList{u"𠀀𠀁"_s};
    QTest::newRow("apostrophe ends a tag") << u"#Mom's"_s << QStringList{u"Mom"_s};
    QTest::newRow("after punctuation") << u"x,#Grief;#Loss"_s << QStringList{u"Grief"_s, u"Loss"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestHashtags::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QCOMPARE(Hashtags::extract(text), tags);
}

void TestHashtags::boundedCount()
{
    QString text;
    for (int i = 0; i < 25; ++i)
        text += u"#Tag"_s + QChar(u'a' + i) + u' ';
    const QStringList tags = Hashtags::extract(text);
    QCOMPARE(tags.size(), Limits::MaxHashtagsPerPost);
    QCOMPARE(tags.first(), u"Taga"_s);
    QCOMPARE(tags.last(), u"Tagj"_s);
    QCOMPARE(Hashtags::extract(text, 3).size(), 3);
    QCOMPARE(Hashtags::extract(text, 0).size(), 0);
    QCOMPARE(Hashtags::extract(text, 100).size(), 25);
}

void TestHashtags::tooLongIsNotATag()
{
    const QString fifty(Limits::MaxHashtagLength, u'a');
    QCOMPARE(Hashtags::extract(QString(u"#"_s + fifty)), QStringList{fifty});
    // One more letter and the whole run is not a tag: never a truncated one.
    QCOMPARE(Hashtags::extract(QString(u"#"_s + fifty + u"b #Next"_s)), QStringList{u"Next"_s});
    // The length is the NFC form's: 50 code points written, 51 in NFC, is no tag.
    const QString widens = QChar(0xfb41) + QString(Limits::MaxHashtagLength - 1, u'0');
    QCOMPARE(Hashtags::extract(QString(u"#"_s + widens + u" #Next"_s)), QStringList{u"Next"_s});
    // 51 written, 50 in NFC, is one.
    const QString narrows = QString(Limits::MaxHashtagLength - 1, u'a') + u"e\u0301"_s;
    QCOMPARE(Hashtags::extract(QString(u"#"_s + narrows)),
        QStringList{narrows.normalized(QString::NormalizationForm_C)});
}

void TestHashtags::slugs_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("slug");
    QTest::newRow("ascii") << u"MentalHealth"_s << u"mentalhealth"_s;
    QTest::newRow("umlaut") << u"Überleben"_s << u"überleben"_s;
    QTest::newRow("decomposed") << u"U\u0308berleben"_s << u"überleben"_s;
    QTest::newRow("greek") << u"Ελπίδα"_s << u"ελπίδα"_s;
    QTest::newRow("already") << u"grief"_s << u"grief"_s;
}

void TestHashtags::slugs()
{
    QFETCH(QString, tag);
    QFETCH(QString, slug);
    QCOMPARE(Hashtags::slug(tag), slug);
    QCOMPARE(Hashtags::slug(slug), slug);
}

void TestHashtags::isValid_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"Therapy"_s << true;
    QTest::newRow("with hash") << u"#Therapy"_s << false;
    QTest::newRow("space") << u"Chronic Illness"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digits") << u"2024"_s << false;
    QTest::newRow("max") << QString(Limits::MaxHashtagLength, u'x') << true;
    QTest::newRow("too long") << QString(Limits::MaxHashtagLength + 1, u'x') << false;
    QTest::newRow("lone surrogate") << u"ab"_s + QChar(0xd800) << false;
    QTest::newRow("punctuation") << u"a-b"_s << false;
    // Counted in NFC: U+FB41 is two code points there, e + U+0301 one.
    QTest::newRow("longer in NFC")
        << QString(QChar(0xfb41) + QString(Limits::MaxHashtagLength - 1, u'x')) << false;
    QTest::newRow("shorter in NFC")
        << QString(QString(Limits::MaxHashtagLength - 1, u'x') + u"e\u0301"_s) << true;
}

void TestHashtags::isValid()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(Hashtags::isValid(tag), valid);
}

void TestHashtags::unite()
{
    QCOMPARE(Hashtags::unite({u"Therapy"_s, u"Hope"_s}, {u"hope"_s, u"Grief"_s, u"THERAPY"_s}),
        QStringList({u"Therapy"_s, u"Hope"_s, u"Grief"_s}));
    QCOMPARE(Hashtags::unite({}, {u"a"_s, u"A"_s}), QStringList{u"a"_s});
}

void TestHashtags::aPostsTagsFollowTheDocumentedOrder()
{
    // docs/api.md: title, then body, then the explicit list, by slug; "anxiety" keeps the
    // spelling "Anxiety" written first.
    QCOMPARE(Hashtags::forPost(u"Small win #Grief"_s, u"I made the call. #Anxiety"_s,
                 {u"SmallWins"_s, u"anxiety"_s}),
        QStringList({u"Grief"_s, u"Anxiety"_s, u"SmallWins"_s}));
    // More than a post may have comes back, so that it can be refused, not cut.
    QString many;
    for (int i = 0; i < 12; ++i)
        many += u" #Tag%1"_s.arg(QChar(u'a' + i));
    QCOMPARE(Hashtags::forPost(many, {}, {}).size(), Limits::MaxHashtagsPerPost + 1);
    // An edit without a list keeps the tags the post has where they are, then the new ones.
    QCOMPARE(Hashtags::afterEdit(u"Still here #Hope"_s, u"#Grief and #Therapy"_s,
                 {u"Therapy"_s, u"CheckInWithMe"_s}),
        QStringList({u"Therapy"_s, u"CheckInWithMe"_s, u"Hope"_s, u"Grief"_s}));
    QCOMPARE(Limits::maxBodyLength(PostKind::Story), Limits::MaxStoryBodyLength);
    QCOMPARE(Limits::maxBodyLength(PostKind::Video), Limits::MaxVideoBodyLength);
    QCOMPARE(Limits::maxBodyLength(PostKind::Post), Limits::MaxPostBodyLength);
}

void TestHashtags::hugeInputStaysCheap()
{
    // A megabyte of '#' and letters, and a megabyte-long URL: linear, bounded output.
    QString noise;
    noise.reserve(1'000'000);
    while (noise.size() < 1'000'000)
        noise += u"#a#b "_s;
    QCOMPARE(Hashtags::extract(noise), QStringList({u"a"_s}));
    const QString url = u"https://example.org/"_s + QString(1'000'000, u'#');
    QCOMPARE(Hashtags::extract(QString(url + u" #Hope"_s)), QStringList{u"Hope"_s});
}

QTEST_GUILESS_MAIN(TestHashtags)
#include "tst_hashtags.moc"
