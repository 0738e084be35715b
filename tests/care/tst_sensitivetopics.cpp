// Sensitive hashtags and crisis phrases: the shipped lists, what they catch, what they must
// not, and how a broken list is refused.

#include "api/Hashtags.h"
#include "care/SensitiveTopics.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestSensitiveTopics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedListsAreWellFormed();
    void sensitiveHashtags_data();
    void sensitiveHashtags();
    void crisisPhrases_data();
    void crisisPhrases();
    void touchesCrisis_data();
    void touchesCrisis();
    void listsInMemory();
    void refusesBrokenLists_data();
    void refusesBrokenLists();
    void commentsAndBlankLinesAreSkipped();

private:
    QString write(const QString &name, const QByteArray &content);

    SensitiveTopics m_shipped;
    QTemporaryDir m_dir;
};

void TestSensitiveTopics::initTestCase()
{
    QVERIFY2(m_shipped.load(), qPrintable(m_shipped.errorString()));
    QVERIFY(m_dir.isValid());
}

QString TestSensitiveTopics::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestSensitiveTopics::shippedListsAreWellFormed()
{
    QVERIFY(m_shipped.errorString().isEmpty());
    QVERIFY(m_shipped.sensitiveSlugs().size() >= 10);
    for (const QString &slug : m_shipped.sensitiveSlugs()) {
        QVERIFY2(Hashtags::isValid(slug), qPrintable(slug));
        QCOMPARE(Hashtags::slug(slug), slug);
    }
    for (const char *slug : {"suicide", "selfharm", "eatingdisorder"})
        QVERIFY2(m_shipped.sensitiveSlugs().contains(QLatin1String(slug)), slug);
    // The crisis tags are sensitive tags too.
    QVERIFY(m_shipped.crisisSlugs().contains(u"suicide"_s));
    QVERIFY(m_shipped.crisisSlugs().contains(u"selfharm"_s));
    QVERIFY(!m_shipped.crisisSlugs().contains(u"eatingdisorder"_s));
    for (const QString &slug : m_shipped.crisisSlugs())
        QVERIFY(m_shipped.sensitiveSlugs().contains(slug));

    // Small on purpose, with phrases in each of the three languages.
    const QStringList phrases = m_shipped.crisisPhrases();
    QVERIFY(phrases.size() >= 20 && phrases.size() <= 80);
    QVERIFY(phrases.contains(u"end my life"_s));
    QVERIFY(phrases.contains(u"will nicht mehr leben"_s));
    QVERIFY(phrases.contains(u"quiero morir"_s));
}

void TestSensitiveTopics::sensitiveHashtags_data()
{
    QTest::addColumn<QStringList>("hashtags");
    QTest::addColumn<QString>("sensitive");

    QTest::newRow("suicide") << QStringList{u"Suicide"_s} << u"Suicide"_s;
    QTest::newRow("self-harm") << QStringList{u"SelfHarm"_s} << u"SelfHarm"_s;
    QTest::newRow("any case") << QStringList{u"SELFHARM"_s} << u"SELFHARM"_s;
    QTest::newRow("eating disorder") << QStringList{u"EatingDisorder"_s} << u"EatingDisorder"_s;
    QTest::newRow("german") << QStringList{u"Selbstverletzung"_s} << u"Selbstverletzung"_s;
    QTest::newRow("spanish, accent") << QStringList{u"Autolesión"_s} << u"Autolesión"_s;
    QTest::newRow("spanish, decomposed")
        << QStringList{u"Autolesio\u0301n"_s} << u"Autolesio\u0301n"_s;
    QTest::newRow("first sensitive one")
        << QStringList{u"Therapy"_s, u"Anorexia"_s, u"Suicide"_s} << u"Anorexia"_s;
    QTest::newRow("ordinary tags")
        << QStringList{u"Therapy"_s, u"Grief"_s, u"SelfCare"_s} << QString();
    QTest::newRow("longer tag") << QStringList{u"SuicideSquad"_s} << QString();
    QTest::newRow("none") << QStringList{} << QString();
}

void TestSensitiveTopics::sensitiveHashtags()
{
    QFETCH(QStringList, hashtags);
    QFETCH(QString, sensitive);

    QCOMPARE(m_shipped.sensitiveTag(hashtags), sensitive);
    QCOMPARE(m_shipped.isSensitive(hashtags), !sensitive.isEmpty());
}

void TestSensitiveTopics::crisisPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("crisis");

    QTest::newRow("en") << u"Some nights I want to end my life."_s << true;
    QTest::newRow("en, case") << u"I WANT TO DIE"_s << true;
    QTest::newRow("en, apostrophe") << u"I can’t go on like this"_s << true;
    QTest::newRow("en, line break") << u"I just want\nto die"_s << true;
    QTest::newRow("en, self-harm") << u"I started cutting myself again"_s << true;
    QTest::newRow("de") << u"Ich will nicht mehr leben."_s << true;
    QTest::newRow("de, umlaut") << u"Ich MÖCHTE STERBEN"_s << true;
    QTest::newRow("de, decomposed") << u"Ich mo\u0308chte sterben"_s << true;
    QTest::newRow("es") << u"A veces quiero morir"_s << true;
    QTest::newRow("es, ñ") << u"Tengo miedo de hacerme daño"_s << true;

    // Ordinary talk in a support community.
    QTest::newRow("diet") << u"I want to diet before summer"_s << false;
    QTest::newRow("to die for") << u"That cake was to die for"_s << false;
    QTest::newRow("died") << u"Eight months since my dad died."_s << false;
    QTest::newRow("killed it") << u"I killed it at my exam, proud of myself"_s << false;
    QTest::newRow("hurt") << u"My knee hurt after the walk"_s << false;
    QTest::newRow("going on") << u"I can go on a walk later"_s << false;
    QTest::newRow("suicide squad") << u"Watched a film about a squad"_s << false;
    QTest::newRow("de, tired") << u"Ich bin so müde heute"_s << false;
    QTest::newRow("de, leben") << u"Ich will mehr leben, weniger arbeiten"_s << false;
    QTest::newRow("es, laughing") << u"Me muero de risa"_s << false;
    QTest::newRow("es, vivir") << u"Quiero vivir junto al mar"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSensitiveTopics::crisisPhrases()
{
    QFETCH(QString, text);
    QFETCH(bool, crisis);

    QCOMPARE(m_shipped.readsLikeCrisis(text), crisis);
    QCOMPARE(m_shipped.crisisPhraseIn(text).isEmpty(), !crisis);
}

void TestSensitiveTopics::touchesCrisis_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("hashtags");
    QTest::addColumn<bool>("crisis");

    QTest::newRow("crisis tag") << u"Hard week"_s << u"Still here."_s << QStringList{u"SelfHarm"_s}
                                << true;
    QTest::newRow("crisis tag in the body (a comment)")
        << QString() << u"Thinking of you. #Suicide"_s << QStringList{} << true;
    QTest::newRow("crisis phrase in the title")
        << u"I want to die"_s << u"..."_s << QStringList{u"Depression"_s} << true;
    QTest::newRow("crisis phrase in the body")
        << u"Tonight"_s << u"I don't want to be alive anymore."_s << QStringList{} << true;
    QTest::newRow("sensitive, not crisis")
        << u"Recovery"_s << u"A good meal today."_s << QStringList{u"EatingDisorder"_s} << false;
    QTest::newRow("ordinary") << u"Small wins"_s << u"I made tea and called my sister."_s
                              << QStringList{u"SmallWins"_s, u"SelfCare"_s} << false;
}

void TestSensitiveTopics::touchesCrisis()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QStringList, hashtags);
    QFETCH(bool, crisis);

    QCOMPARE(m_shipped.touchesCrisis(title, body, hashtags), crisis);
}

void TestSensitiveTopics::listsInMemory()
{
    const SensitiveTopics topics({u"#Grief"_s}, {u"Overdose"_s}, {u"no way out"_s});
    QCOMPARE(topics.sensitiveSlugs(), (QStringList{u"grief"_s, u"overdose"_s}));
    QCOMPARE(topics.crisisSlugs(), QStringList{u"overdose"_s});
    QCOMPARE(topics.sensitiveTag({u"GRIEF"_s}), u"GRIEF"_s);
    QVERIFY(topics.touchesCrisis({}, {}, {u"overdose"_s}));
    QVERIFY(!topics.touchesCrisis({}, {}, {u"Grief"_s}));
    QVERIFY(topics.readsLikeCrisis(u"There's No Way Out."));
    QVERIFY(!topics.readsLikeCrisis(u"I want to die"));

    const SensitiveTopics none;
    QVERIFY(!none.isSensitive({u"Suicide"_s}));
    QVERIFY(!none.touchesCrisis(u"I want to die", {}, {u"Suicide"_s}));
}

void TestSensitiveTopics::refusesBrokenLists_data()
{
    QTest::addColumn<QByteArray>("hashtags");
    QTest::addColumn<QString>("error");

    QTest::newRow("not a slug")
        << QByteArray("suicide crisis\nSelfHarm crisis\n")
        << u"sensitive.txt:2: \"SelfHarm\" is not a slug: write \"selfharm\""_s;
    QTest::newRow("with '#'")
        << QByteArray("# a comment\n#suicide crisis\n")
        << u"sensitive.txt:2: \"#suicide\" is not a hashtag (write it without '#')"_s;
    QTest::newRow("not a tag") << QByteArray("self harm\n") << u"sensitive.txt:1: after the slug"_s;
    QTest::newRow("punctuation") << QByteArray("self-harm\n")
                                 << u"sensitive.txt:1: \"self-harm\" is not a hashtag"_s;
    QTest::newRow("unknown flag") << QByteArray("suicide urgent\n")
                                  << u"sensitive.txt:1: after the slug"_s;
    QTest::newRow("twice") << QByteArray("grief\n\ngrief\n")
                           << u"sensitive.txt:3: \"grief\" is listed twice"_s;
}

void TestSensitiveTopics::refusesBrokenLists()
{
    QFETCH(QByteArray, hashtags);
    QFETCH(QString, error);

    const QString tagsPath = write(u"sensitive.txt"_s, hashtags);
    const QString phrasesPath = write(u"phrases.txt"_s, "want to die\n");
    SensitiveTopics topics({u"kept"_s}, {}, {});
    const bool loaded = topics.load(tagsPath, phrasesPath);
    if (error.isEmpty()) {
        QVERIFY2(loaded, qPrintable(topics.errorString()));
        return;
    }
    QVERIFY(!loaded);
    QVERIFY2(topics.errorString().contains(error), qPrintable(topics.errorString()));
    // What it had before stays.
    QCOMPARE(topics.sensitiveSlugs(), QStringList{u"kept"_s});
    QVERIFY(!topics.readsLikeCrisis(u"want to die"));
}

void TestSensitiveTopics::commentsAndBlankLinesAreSkipped()
{
    const QString tagsPath
        = write(u"tags.txt"_s, "\xEF\xBB\xBF# A comment\n\n  grief  \r\nsuicide\tcrisis\n");
    const QString phrasesPath = write(u"phrases.txt"_s, "# comment\n\n  no way out  \r\n");
    SensitiveTopics topics;
    QVERIFY2(topics.load(tagsPath, phrasesPath), qPrintable(topics.errorString()));
    QCOMPARE(topics.sensitiveSlugs(), (QStringList{u"grief"_s, u"suicide"_s}));
    QCOMPARE(topics.crisisSlugs(), QStringList{u"suicide"_s});
    QCOMPARE(topics.crisisPhrases(), QStringList{u"no way out"_s});

    QVERIFY(!topics.load(m_dir.filePath(u"missing.txt"_s), phrasesPath));
    QVERIFY(topics.errorString().contains(u"missing.txt"_s));
    QVERIFY(!topics.load(tagsPath, m_dir.filePath(u"missing.txt"_s)));
}

QTEST_GUILESS_MAIN(TestSensitiveTopics)
#include "tst_sensitivetopics.moc"
