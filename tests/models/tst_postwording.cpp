// PostWording, the one home of what Hearth says about a post: its kind, when it was written
// (each step of the scale, and the date after a week), its counts with their plural forms,
// its headline and the mark of a write not sent yet, in English and German. And PersonText:
// a person's words as a bidi run of their own, without the controls that could leak out.

#include "api/PersonText.h"
#include "models/PostWording.h"
#include "translations/Translations.h"

#include <QDateTime>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestPostWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kindNames();
    void relativeTimeSteps();
    void countsWithTheirPluralForms();
    void headlineAndMark();
    void germanWords();
    void personWordsAreTheirOwnRun();
    void cleanupTestCase();

private:
    Translations m_translations;
};

void TestPostWording::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_translations.install(QLocale(QLocale::English)));
}

void TestPostWording::kindNames()
{
    QCOMPARE(PostWording::kindName(PostKind::Post), u"Post"_s);
    QCOMPARE(PostWording::kindName(PostKind::Story), u"Story"_s);
    QCOMPARE(PostWording::kindName(PostKind::Video), u"Video"_s);
}

void TestPostWording::relativeTimeSteps()
{
    const QDateTime now(QDate(2025, 6, 18), QTime(15, 30), Qt::UTC);
    QCOMPARE(PostWording::relativeTime(now, now), u"just now"_s);
    QCOMPARE(PostWording::relativeTime(now.addSecs(-59), now), u"just now"_s);
    QCOMPARE(PostWording::relativeTime(now.addSecs(-60), now), u"1 min ago"_s);
    QCOMPARE(PostWording::relativeTime(now.addSecs(-3599), now), u"59 min ago"_s);
    QCOMPARE(PostWording::relativeTime(now.addSecs(-3600), now), u"1 h ago"_s);
    QCOMPARE(PostWording::relativeTime(now.addSecs(-23 * 3600), now), u"23 h ago"_s);
    QCOMPARE(PostWording::relativeTime(now.addDays(-1), now), u"yesterday"_s);
    QCOMPARE(PostWording::relativeTime(now.addDays(-2), now), u"2 days ago"_s);
    QCOMPARE(PostWording::relativeTime(now.addDays(-6), now), u"6 days ago"_s);
    // After a week, the date in the locale's form, short or long.
    const QDateTime older = now.addDays(-7);
    QCOMPARE(PostWording::relativeTime(older, now),
        QLocale().toString(older.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(PostWording::relativeTime(older, now, QLocale::LongFormat),
        QLocale().toString(older.toLocalTime().date(), QLocale::LongFormat));
}

void TestPostWording::countsWithTheirPluralForms()
{
    QCOMPARE(PostWording::reactions(1), u"1 reaction"_s);
    QCOMPARE(PostWording::comments(0), u"0 comments"_s);
    QCOMPARE(PostWording::countsLine(42, 16), u"42 reactions · 16 comments"_s);
    QCOMPARE(PostWording::countsLine(1, 1), u"1 reaction · 1 comment"_s);
    // The locale's digit grouping.
    QCOMPARE(PostWording::countsLine(12345, 2), u"12,345 reactions · 2 comments"_s);
}

void TestPostWording::headlineAndMark()
{
    const QDateTime now(QDate(2025, 6, 18), QTime(15, 30), Qt::UTC);
    QCOMPARE(PostWording::headline(
                 PostKind::Story, u"Quiet Harbour"_s, now.addSecs(-2 * 3600), false, now),
        u"Story · "_s + PersonText::isolated(u"Quiet Harbour"_s) + u" · 2 h ago"_s);
    QCOMPARE(PostWording::headline(PostKind::Post, u"River"_s, now.addSecs(-180), true, now),
        u"Post · \u2068River\u2069 · 3 min ago (edited)"_s);
    QCOMPARE(PostWording::localMark(LocalState::Synced), QString());
    QCOMPARE(PostWording::localMark(LocalState::Pending), u"Waiting to send"_s);
    QCOMPARE(PostWording::localMark(LocalState::Failed), u"Not sent"_s);
}

void TestPostWording::germanWords()
{
    const QDateTime now(QDate(2025, 6, 18), QTime(15, 30), Qt::UTC);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(m_translations.install(QLocale(QLocale::German)));
    QCOMPARE(PostWording::kindName(PostKind::Story), u"Geschichte"_s);
    QCOMPARE(PostWording::countsLine(1, 2), u"1 Reaktion · 2 Kommentare"_s);
    QCOMPARE(PostWording::headline(PostKind::Post, u"River"_s, now.addSecs(-300), true, now),
        u"Beitrag · \u2068River\u2069 · vor 5 Min. (bearbeitet)"_s);
    QCOMPARE(PostWording::localMark(LocalState::Failed), u"Nicht gesendet"_s);
}

void TestPostWording::personWordsAreTheirOwnRun()
{
    const QString fsi(QChar(0x2068));
    const QString pdi(QChar(0x2069));
    QCOMPARE(PersonText::isolated(u"River"_s), fsi + u"River"_s + pdi);
    QCOMPARE(PersonText::isolated(u"سلمى"_s), fsi + u"سلمى"_s + pdi);
    QCOMPARE(PersonText::isolated(QString()), QString());
    // An unclosed override, and every other embedding, override and isolate, go: what is
    // left cannot reach past the closing PDI.
    QCOMPARE(PersonText::isolated(u"Maloga\u202E"_s), fsi + u"Maloga"_s + pdi);
    QString everyControl;
    for (char16_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
        everyControl += QChar(c) + u"a"_s;
    QCOMPARE(PersonText::withoutDirectionControls(everyControl), u"aaaaaaaaa"_s);
    QCOMPARE(PersonText::isolated(everyControl), fsi + u"aaaaaaaaa"_s + pdi);
    // In a menu's text an '&' is the name's, not a shortcut's mark.
    QCOMPARE(PersonText::inMenu(u"Sam & Jo"_s), fsi + u"Sam && Jo"_s + pdi);
    // A stray PDI cannot close Hearth's isolate early.
    QCOMPARE(PersonText::isolated(QString(pdi + u"x"_s)), fsi + u"x"_s + pdi);
    // The marks have no scope: they stay.
    QCOMPARE(
        PersonText::isolated(u"a\u200Fb\u200E\u061C"_s), fsi + u"a\u200Fb\u200E\u061C"_s + pdi);
    // Only those nine are controls.
    QVERIFY(!PersonText::isDirectionControl(0x2029));
    QVERIFY(!PersonText::isDirectionControl(0x2065));
    QVERIFY(!PersonText::isDirectionControl(0x206A));
    QVERIFY(!PersonText::isDirectionControl(0x200F));
    QVERIFY(PersonText::isDirectionControl(0x202E));
}

void TestPostWording::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestPostWording)
#include "tst_postwording.moc"
