// SearchQuery: the rule the cache's index and GET /search both read typed words by, and the
// excerpt a result list shows, its matched words marked.

#include "api/SearchQuery.h"

#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

constexpr QChar Open = u'[';
constexpr QChar Close = u']';

QString excerpt(const QString &text, const QString &typed, int maxWords = 16)
{
    return SearchQuery::excerpt(text, typed, Open, Close, maxWords);
}

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWordIsALiteralTheLastAPrefix();
    void typedWordsAndTheirTokens();
    void excerptMarksWhatTheIndexMatches();
    void excerptIsCutAroundTheFirstMatch();
    void excerptNeverCarriesTheTextsOwnMarks();
};

void TestSearchQuery::everyWordIsALiteralTheLastAPrefix()
{
    QCOMPARE(SearchQuery::ftsMatch(u"quiet mor"_s), u"\"quiet\" \"mor\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"a AND b"_s), u"\"a\" \"AND\" \"b\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"*"_s), QString());
    QString many;
    for (int i = 0; i < 40; ++i)
        many += u"w%1 "_s.arg(i);
    QCOMPARE(SearchQuery::ftsMatch(many).count(u'"'), 2 * SearchQuery::MaxTerms);
}

void TestSearchQuery::typedWordsAndTheirTokens()
{
    // Split at spaces and control characters; words without a letter or digit left out.
    QCOMPARE(SearchQuery::typedWords(u"  don't\tpanic -- ?! Self-Care "_s),
        (QStringList{u"don't"_s, u"panic"_s, u"Self-Care"_s}));
    QStringList many;
    for (int i = 0; i < SearchQuery::MaxTerms + 4; ++i)
        many.append(u"w%1"_s.arg(i));
    QCOMPARE(SearchQuery::typedWords(many.join(u' ')).size(), SearchQuery::MaxTerms);
    QCOMPARE(
        SearchQuery::typedWords(QString(300, u'x')).first().size(), SearchQuery::MaxTermLength);
    // Runs of letters and digits, case folded, accents gone.
    QCOMPARE(SearchQuery::tokens(u"Don't PANIC: Café 3.5 日本語"_s),
        (QStringList{u"don"_s, u"t"_s, u"panic"_s, u"cafe"_s, u"3"_s, u"5"_s, u"日本語"_s}));
    QVERIFY(SearchQuery::tokens(u"🌱 -- ?!"_s).isEmpty());
}

void TestSearchQuery::excerptMarksWhatTheIndexMatches()
{
    // Case and accents folded; the last word a prefix, the others whole.
    QCOMPARE(excerpt(u"A Café by the sea"_s, u"cafe"_s), u"A [Café] by the sea"_s);
    QCOMPARE(excerpt(u"Lighthouses and a lighthouse"_s, u"LIGHTHO"_s),
        u"[Lighthouses] and a [lighthouse]"_s);
    QCOMPARE(excerpt(u"the sea, the seashore"_s, u"sea the"_s), u"[the] [sea], [the] seashore"_s);
    // Punctuation splits words, as the tokenizer does.
    QCOMPARE(excerpt(u"well-being (again)"_s, u"being"_s), u"well-[being] (again)"_s);
    // No match in the body (it was in the title): the start of it, unmarked.
    QCOMPARE(excerpt(u"Nothing to mark here"_s, u"zebra"_s), u"Nothing to mark here"_s);
    QCOMPARE(excerpt(QString(), u"zebra"_s), QString());
    QCOMPARE(excerpt(u"\u6d77 and \u5c71"_s, u"\u6d77"_s), u"[\u6d77] and \u5c71"_s);
}

void TestSearchQuery::excerptIsCutAroundTheFirstMatch()
{
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words.append(u"w%1"_s.arg(i));
    words[20] = u"harbour"_s;
    const QString cut = excerpt(words.join(u' '), u"harb"_s, 8);
    QCOMPARE(cut, u"…w18 w19 [harbour] w21 w22 w23 w24 w25…"_s);
    // Lines and runs of spaces are one space, as one line shows them.
    QCOMPARE(excerpt(u"one\n\ntwo   three"_s, u"two"_s), u"one [two] three"_s);
}

void TestSearchQuery::excerptNeverCarriesTheTextsOwnMarks()
{
    // A post that writes the marks itself cannot mark (or unbalance) anything.
    QCOMPARE(excerpt(u"fake [ mark ] and real"_s, u"real"_s), u"fake mark and [real]"_s);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
