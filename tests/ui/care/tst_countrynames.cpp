// The names of the countries whose crisis lines Hearth knows, in the person's language:
// every country of the shipped crisis-lines file has one (Qt's own names are English only).

#include "care/CrisisLines.h"
#include "translations/Translations.h"
#include "ui/care/CountryNames.h"

#include <QLocale>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestCountryNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCountryWithLinesHasATranslatedName();
    void otherCodesFallBack();

private:
    Translations m_translations;
};

void TestCountryNames::everyCountryWithLinesHasATranslatedName()
{
    CrisisLines lines;
    QVERIFY2(lines.load(), qPrintable(lines.errorString()));
    QVERIFY(!lines.countries().isEmpty());
    // In German every one of these names differs from its English one: a country missing
    // from the table would show Qt's English name.
    QVERIFY(m_translations.install(QLocale(QLocale::German, QLocale::Germany)));
    for (const CrisisLines::Country &country : lines.countries()) {
        const QString german = CountryNames::name(country.code);
        QVERIFY2(german != country.name, qPrintable(country.code + u": "_s + german));
    }
    QCOMPARE(CountryNames::name(u"gb"_s), u"Vereinigtes Königreich"_s);
    QVERIFY(m_translations.install(QLocale(QLocale::Spanish, QLocale::Spain)));
    QCOMPARE(CountryNames::name(u"DE"_s), u"Alemania"_s);
    QVERIFY(m_translations.install(QLocale(QLocale::English)));
    QCOMPARE(CountryNames::name(u"US"_s), u"United States"_s);
}

void TestCountryNames::otherCodesFallBack()
{
    QCOMPARE(CountryNames::name(u"jp"_s), QLocale::territoryToString(QLocale::Japan));
    QCOMPARE(CountryNames::name(u"ZZ"_s), u"ZZ"_s);
}

QTEST_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
