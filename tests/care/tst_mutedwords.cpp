// Muted words and hashtags: whole words, any case, Unicode, phrases, tags; and what must
// not match.

#include "care/MutedWords.h"
#include "care/WordMatcher.h"

#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestMutedWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesText_data();
    void matchesText();
    void hashtags_data();
    void hashtags();
    void titleAndBodyBothCount();
    void firstEntryInListOrderAsTyped();
    void entriesAreCleanedUp();
    void emptyListMatchesNothing();
    void wordMatcherFold();
};

void TestMutedWords::matchesText_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    // Whole words.
    QTest::newRow("word") << u"sad"_s << u"Feeling sad today."_s << true;
    QTest::newRow("longer word") << u"sad"_s << u"A quiet sadness today."_s << false;
    QTest::newRow("inside a word") << u"ache"_s << u"Another headache."_s << false;
    QTest::newRow("word start") << u"ache"_s << u"My back aches."_s << false;
    QTest::newRow("at start and end") << u"ache"_s << u"ache"_s << true;
    QTest::newRow("punctuation around") << u"ache"_s << u"(ache), ache!"_s << true;
    QTest::newRow("digit after") << u"sad"_s << u"sad2"_s << false;
    QTest::newRow("digit before") << u"sad"_s << u"2sad"_s << false;
    QTest::newRow("hyphen is a boundary") << u"panic"_s << u"post-panic calm"_s << true;
    QTest::newRow("apostrophe is a boundary") << u"panic"_s << u"panic's grip"_s << true;
    QTest::newRow("later occurrence") << u"sad"_s << u"sadness, then sad"_s << true;

    // Case.
    QTest::newRow("upper case text") << u"grief"_s << u"GRIEF is strange"_s << true;
    QTest::newRow("upper case entry") << u"GRIEF"_s << u"grief is strange"_s << true;
    QTest::newRow("mixed") << u"Panic Attack"_s << u"a pAnIc aTTack at work"_s << true;

    // Unicode.
    QTest::newRow("umlaut") << u"übelkeit"_s << u"Die Übelkeit ist zurück"_s << true;
    QTest::newRow("umlaut inside a word") << u"müde"_s << u"Ich bin ermüdet"_s << false;
    QTest::newRow("umlaut word after") << u"müde"_s << u"müdeste Woche"_s << false;
    QTest::newRow("accent") << u"ansiedad"_s << u"La ANSIEDAD vuelve"_s << true;
    QTest::newRow("accented word") << u"depresión"_s << u"Mi depresión, otra vez"_s << true;
    QTest::newRow("accent counts") << u"depresion"_s << u"Mi depresión"_s << false;
    QTest::newRow("tilde") << u"años"_s << u"diez años después"_s << true;
    QTest::newRow("decomposed text") << u"años"_s << u"diez an\u0303os"_s << true;
    QTest::newRow("decomposed entry") << u"an\u0303os"_s << u"diez años"_s << true;
    // U+0332 has no precomposed form: it stays a mark after NFC, and continues the word.
    QTest::newRow("combining mark after") << u"cafe"_s << u"un cafe\u0332 fuerte"_s << false;
    QTest::newRow("precomposed letter after") << u"nai"_s << u"nai\u0308ve"_s << false;
    QTest::newRow("emoji after") << u"grief"_s << u"grief💔"_s << true;
    QTest::newRow("emoji around") << u"grief"_s << u"💔grief💔"_s << true;
    QTest::newRow("emoji entry") << u"💔"_s << u"so 💔 today"_s << true;
    QTest::newRow("supplementary letter before") << u"grief"_s << u"𠀀grief"_s << false;
    QTest::newRow("CJK alone") << u"不安"_s << u"不安"_s << true;
    QTest::newRow("typographic apostrophe") << u"can't sleep"_s << u"I can’t sleep"_s << true;
    QTest::newRow("typographic entry") << u"can’t sleep"_s << u"I can't sleep"_s << true;

    // Phrases.
    QTest::newRow("phrase") << u"end of life"_s << u"Talking about end of life care."_s << true;
    QTest::newRow("phrase over lines") << u"end of life"_s << u"the end  of\n life"_s << true;
    QTest::newRow("phrase inside words") << u"end of life"_s << u"the end of lifetime"_s << false;
    QTest::newRow("phrase after a word") << u"end of life"_s << u"blend of life"_s << false;
    QTest::newRow("phrase incomplete") << u"end of life"_s << u"end of the line"_s << false;

    // Entries with punctuation at the edge have no boundary there.
    QTest::newRow("emoticon") << u":("_s << u"sad:("_s << true;
    QTest::newRow("no emoticon") << u":("_s << u"sad :)"_s << false;
}

void TestMutedWords::matchesText()
{
    QFETCH(QString, entry);
    QFETCH(QString, text);
    QFETCH(bool, matches);

    const MutedWords muted({entry});
    QCOMPARE(muted.match({}, text, {}), matches ? entry.trimmed() : QString());
    // The same through WordMatcher directly.
    QCOMPARE(WordMatcher({entry}).matches(text), matches);
}

void TestMutedWords::hashtags_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QStringList>("hashtags");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("matches");

    const QStringList none;
    QTest::newRow("word matches its tag") << u"grief"_s << QStringList{u"Grief"_s} << u""_s << true;
    QTest::newRow("word matches the tag in any case")
        << u"Grief"_s << QStringList{u"GRIEF"_s} << u""_s << true;
    QTest::newRow("hashtag entry") << u"#grief"_s << QStringList{u"Grief"_s} << u""_s << true;
    QTest::newRow("hashtag entry, other case")
        << u"#GRIEF"_s << QStringList{u"grief"_s} << u""_s << true;
    QTest::newRow("hashtag entry, umlaut")
        << u"#überleben"_s << QStringList{u"Überleben"_s} << u""_s << true;
    QTest::newRow("not a longer tag")
        << u"grief"_s << QStringList{u"GriefSupport"_s} << u""_s << false;
    QTest::newRow("hashtag entry, not a longer tag")
        << u"#grief"_s << QStringList{u"GriefSupport"_s} << u""_s << false;
    QTest::newRow("hashtag entry does not match the word")
        << u"#grief"_s << none << u"grief comes in waves"_s << false;
    QTest::newRow("hashtag written in the body")
        << u"#grief"_s << none << u"Still here. #Grief"_s << true;
    QTest::newRow("word matches a tag written in the body")
        << u"grief"_s << none << u"Still here. #Grief"_s << true;
    QTest::newRow("a url fragment is not a tag")
        << u"#grief"_s << none << u"see https://example.org/page#grief"_s << false;
    QTest::newRow("phrase does not match tags")
        << u"self care"_s << QStringList{u"SelfCare"_s} << u""_s << false;
    QTest::newRow("other tags") << u"grief"_s << QStringList{u"Therapy"_s, u"Sleep"_s}
                                << u"nothing here"_s << false;
}

void TestMutedWords::hashtags()
{
    QFETCH(QString, entry);
    QFETCH(QStringList, hashtags);
    QFETCH(QString, body);
    QFETCH(bool, matches);

    QCOMPARE(MutedWords({entry}).match(u"A title", body, hashtags), matches ? entry : QString());
}

void TestMutedWords::titleAndBodyBothCount()
{
    const MutedWords muted({u"relapse"_s});
    QCOMPARE(muted.match(u"A relapse, and after", u"Body without it.", {}), u"relapse"_s);
    QCOMPARE(muted.match(u"Title without it", u"It was a relapse.", {}), u"relapse"_s);
    QCOMPARE(muted.match(u"Title", u"Body", {}), QString());
    // A phrase does not run from the title into the body.
    QCOMPARE(MutedWords({u"after relapse"_s}).match(u"After", u"relapse", {}), QString());
}

void TestMutedWords::firstEntryInListOrderAsTyped()
{
    const MutedWords muted({u"  Loss "_s, u"#Grief"_s, u"hospital"_s});
    const QString body = u"After the hospital, grief and loss."_s;
    QCOMPARE(muted.match({}, body, {u"Grief"_s}), u"Loss"_s);
    QCOMPARE(muted.match({}, u"After the hospital."_s, {u"grief"_s}), u"#Grief"_s);
    QCOMPARE(muted.match({}, u"After the hospital."_s, {}), u"hospital"_s);
}

void TestMutedWords::entriesAreCleanedUp()
{
    const MutedWords muted(
        {u" grief "_s, u""_s, u"   "_s, u"#"_s, u"# "_s, u"GRIEF"_s, u"#Grief"_s, u"#grief"_s});
    QCOMPARE(muted.entries(), (QStringList{u"grief"_s, u"#Grief"_s}));
    // A lone '#' mutes nothing, not every '#'.
    QCOMPARE(MutedWords({u"#"_s}).match({}, u"#Therapy and #Sleep"_s, {u"Therapy"_s}), QString());
}

void TestMutedWords::emptyListMatchesNothing()
{
    const MutedWords muted;
    QVERIFY(muted.isEmpty());
    QCOMPARE(muted.match(u"grief", u"sad", {u"Grief"_s}), QString());
    QVERIFY(!WordMatcher().matches(u"anything"));
    // Blank text.
    QCOMPARE(MutedWords({u"grief"_s}).match({}, {}, {}), QString());
}

void TestMutedWords::wordMatcherFold()
{
    QCOMPARE(WordMatcher::fold(u"  Can’t\tGO\n\non  "), u"can't go on"_s);
    QCOMPARE(WordMatcher::fold(u"U\u0308BER"), u"über"_s);
    QCOMPARE(WordMatcher::fold(u"self\u2011harm"), u"self-harm"_s);
    QVERIFY(WordMatcher::containsWords(u"i can't go on", u"can't go on"));
    QVERIFY(!WordMatcher::containsWords(u"i can't go one", u"can't go on"));
    QVERIFY(!WordMatcher::containsWords(u"anything", u""));
}

QTEST_GUILESS_MAIN(TestMutedWords)
#include "tst_mutedwords.moc"
