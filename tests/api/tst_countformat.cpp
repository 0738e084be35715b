// Compact, locale-aware counts for the topic header.

#include "api/CountFormat.h"

#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestCountFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void english_data();
    void english();
    void german_data();
    void german();
    void spanish();
    void otherLanguagesUseTheirSeparator();
    void negative();
};

void TestCountFormat::english_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << u"0"_s;
    QTest::newRow("7") << qint64(7) << u"7"_s;
    QTest::newRow("999") << qint64(999) << u"999"_s;
    QTest::newRow("1000") << qint64(1000) << u"1K"_s;
    QTest::newRow("1099") << qint64(1099) << u"1K"_s;
    QTest::newRow("1400") << qint64(1400) << u"1.4K"_s;
    QTest::newRow("1499 truncates") << qint64(1499) << u"1.4K"_s;
    QTest::newRow("14600") << qint64(14'600) << u"14.6K"_s;
    QTest::newRow("14649") << qint64(14'649) << u"14.6K"_s;
    QTest::newRow("99999") << qint64(99'999) << u"99.9K"_s;
    QTest::newRow("100000") << qint64(100'000) << u"100K"_s;
    QTest::newRow("146500") << qint64(146'500) << u"146K"_s;
    QTest::newRow("999999") << qint64(999'999) << u"999K"_s;
    QTest::newRow("1.1M") << qint64(1'100'000) << u"1.1M"_s;
    QTest::newRow("1.19M") << qint64(1'190'000) << u"1.1M"_s;
    QTest::newRow("2M") << qint64(2'000'000) << u"2M"_s;
    QTest::newRow("3.2B") << qint64(3'250'000'000) << u"3.2B"_s;
    QTest::newRow("huge") << qint64(1'500'000'000'000) << u"1,500B"_s;
}

void TestCountFormat::english()
{
    QFETCH(qint64, count);
    QFETCH(QString, text);
    QCOMPARE(CountFormat::compact(count, QLocale(QLocale::English, QLocale::UnitedStates)), text);
}

void TestCountFormat::german_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("999") << qint64(999) << u"999"_s;
    QTest::newRow("1000") << qint64(1000) << u"1\u00a0Tsd."_s;
    QTest::newRow("14600") << qint64(14'600) << u"14,6\u00a0Tsd."_s;
    QTest::newRow("146000") << qint64(146'000) << u"146\u00a0Tsd."_s;
    QTest::newRow("1.1M") << qint64(1'100'000) << u"1,1\u00a0Mio."_s;
    QTest::newRow("2B") << qint64(2'000'000'000) << u"2\u00a0Mrd."_s;
}

void TestCountFormat::german()
{
    QFETCH(qint64, count);
    QFETCH(QString, text);
    QCOMPARE(CountFormat::compact(count, QLocale(QLocale::German, QLocale::Germany)), text);
    // Austria and Switzerland speak the same abbreviations.
    QCOMPARE(CountFormat::compact(count, QLocale(QLocale::German, QLocale::Austria)), text);
}

void TestCountFormat::spanish()
{
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    QCOMPARE(CountFormat::compact(14'600, spanish), u"14,6\u00a0mil"_s);
    QCOMPARE(CountFormat::compact(1'100'000, spanish), u"1,1\u00a0M"_s);
    QCOMPARE(CountFormat::compact(2'000'000'000, spanish), u"2\u00a0mil\u00a0M"_s);
}

void TestCountFormat::otherLanguagesUseTheirSeparator()
{
    QCOMPARE(CountFormat::compact(14'600, QLocale(QLocale::French, QLocale::France)), u"14,6K"_s);
    QCOMPARE(CountFormat::compact(14'600, QLocale::c()), u"14.6K"_s);
}

void TestCountFormat::negative()
{
    QCOMPARE(CountFormat::compact(-14'600, QLocale(QLocale::English)), u"-14.6K"_s);
}

QTEST_GUILESS_MAIN(TestCountFormat)
#include "tst_countformat.moc"
