// The crisis-lines file: the shipped one is complete and sourced, a country is picked from
// the locale, and a broken file is refused.

#include "care/CrisisLines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestCrisisLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedFileLoads();
    void everyLineHasAnHttpsSource();
    void countryCodesAreRealTerritories();
    void everyLineCanBeReached();
    void languagesAreReal();
    void countryForLocale_data();
    void countryForLocale();
    void unknownCountryGetsTheInternationalDirectories();
    void countriesForSettings();
    void textInstructionAndTelUrl();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void refusesMissingFile();

private:
    QString write(const QByteArray &content);

    CrisisLines m_shipped;
    QTemporaryDir m_dir;
};

void TestCrisisLines::initTestCase()
{
    QVERIFY2(m_shipped.load(), qPrintable(m_shipped.errorString()));
    QVERIFY(m_dir.isValid());
}

QString TestCrisisLines::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(u"lines.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCrisisLines::shippedFileLoads()
{
    QVERIFY(m_shipped.errorString().isEmpty());
    QCOMPARE(m_shipped.reviewed(), QDate(2026, 11, 26));
    QVERIFY(m_shipped.countries().size() >= 10);
    QVERIFY(m_shipped.countries().size() <= 20);
    QVERIFY(!m_shipped.international().isEmpty());

    const QList<CrisisLine> germany = m_shipped.forCountry(u"DE"_s);
    QCOMPARE(germany.size(), 1);
    QCOMPARE(germany.first().name, u"TelefonSeelsorge"_s);
    QCOMPARE(germany.first().phones, (QStringList{u"0800 111 0 111"_s, u"0800 111 0 222"_s}));
    QVERIFY(germany.first().isAlwaysOpen());
    QCOMPARE(m_shipped.forCountry(u"us"_s).first().phones, QStringList{u"988"_s});
    QCOMPARE(m_shipped.forCountry(u"GB"_s).first().phones, QStringList{u"116 123"_s});
    QCOMPARE(m_shipped.forCountry(u"IE"_s).first().phones, QStringList{u"116 123"_s});
    QCOMPARE(m_shipped.forCountry(u"ES"_s).first().phones, QStringList{u"024"_s});
    QCOMPARE(m_shipped.forCountry(u"FR"_s).first().phones, QStringList{u"3114"_s});
    QCOMPARE(m_shipped.forCountry(u"AU"_s).first().phones, QStringList{u"13 11 14"_s});
    QCOMPARE(m_shipped.forCountry(u"NZ"_s).first().phones, QStringList{u"1737"_s});
    QVERIFY(m_shipped.forCountry(u"XX"_s).isEmpty());
    QVERIFY(m_shipped.forCountry(QString()).isEmpty());
}

void TestCrisisLines::everyLineHasAnHttpsSource()
{
    QList<CrisisLine> lines = m_shipped.all();
    lines.append(m_shipped.international());
    QVERIFY(lines.size() >= 12);
    for (const CrisisLine &line : std::as_const(lines)) {
        QVERIFY2(line.source.isValid(), qPrintable(line.name));
        QCOMPARE(line.source.scheme(), u"https"_s);
        QVERIFY2(!line.source.host().isEmpty(), qPrintable(line.name));
        QCOMPARE(line.url.scheme(), u"https"_s);
    }
}

void TestCrisisLines::countryCodesAreRealTerritories()
{
    for (const CrisisLine &line : m_shipped.all()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(line.country);
        QVERIFY2(territory != QLocale::AnyTerritory, qPrintable(line.country));
        QCOMPARE(QLocale::territoryToCode(territory), line.country);
    }
    for (const CrisisLine &line : m_shipped.international())
        QVERIFY(line.country.isEmpty());
}

void TestCrisisLines::everyLineCanBeReached()
{
    for (const CrisisLine &line : m_shipped.all()) {
        QVERIFY2(!line.name.isEmpty(), qPrintable(line.country));
        QVERIFY2(!line.phones.isEmpty() || line.hasTextLine(), qPrintable(line.name));
        for (const QString &phone : line.phones)
            QVERIFY2(CrisisLine::telUrl(phone).toString().size() > 4, qPrintable(phone));
    }
}

void TestCrisisLines::languagesAreReal()
{
    QList<CrisisLine> lines = m_shipped.all();
    lines.append(m_shipped.international());
    for (const CrisisLine &line : std::as_const(lines)) {
        QVERIFY2(!line.languages.isEmpty(), qPrintable(line.name));
        for (const QString &code : line.languages)
            QVERIFY(QLocale::codeToLanguage(code, QLocale::ISO639Part1) != QLocale::AnyLanguage);
    }
    QCOMPARE(
        m_shipped.forCountry(u"CH"_s).first().languages, (QStringList{u"de"_s, u"fr"_s, u"it"_s}));
}

void TestCrisisLines::countryForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("country");

    QTest::newRow("de_DE") << QLocale(u"de_DE") << u"DE"_s;
    QTest::newRow("es_ES") << QLocale(u"es_ES") << u"ES"_s;
    QTest::newRow("en_US") << QLocale(u"en_US") << u"US"_s;
    QTest::newRow("en_GB") << QLocale(u"en_GB") << u"GB"_s;
    QTest::newRow("de_AT") << QLocale(u"de_AT") << u"AT"_s;
    QTest::newRow("fr_CH") << QLocale(u"fr_CH") << u"CH"_s;
    QTest::newRow("fr_CA") << QLocale(u"fr_CA") << u"CA"_s;
    QTest::newRow("pt_BR") << QLocale(u"pt_BR") << u"BR"_s;
    // The territory counts, not the language.
    QTest::newRow("en_DE") << QLocale(QLocale::English, QLocale::Germany) << u"DE"_s;
    // A territory without lines, and none at all.
    QTest::newRow("es_MX, no lines here") << QLocale(u"es_MX") << QString();
    QTest::newRow("ja_JP, no lines here") << QLocale(u"ja_JP") << QString();
    QTest::newRow("C") << QLocale::c() << QString();
    QTest::newRow("any territory")
        << QLocale(QLocale::Esperanto, QLocale::AnyTerritory) << QString();
}

void TestCrisisLines::countryForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, country);

    QCOMPARE(m_shipped.countryFor(locale), country);
}

void TestCrisisLines::unknownCountryGetsTheInternationalDirectories()
{
    const QList<CrisisLine> international = m_shipped.international();
    QCOMPARE(m_shipped.forCountryOrInternational(QString()), international);
    QCOMPARE(m_shipped.forCountryOrInternational(m_shipped.countryFor(QLocale(u"ja_JP"))),
        international);
    QCOMPARE(m_shipped.forCountryOrInternational(u"DE"_s), m_shipped.forCountry(u"DE"_s));
    bool findAHelpline = false;
    for (const CrisisLine &line : international)
        findAHelpline = findAHelpline || line.url.host() == u"findahelpline.com";
    QVERIFY(findAHelpline);
}

void TestCrisisLines::countriesForSettings()
{
    const QList<CrisisLines::Country> countries = m_shipped.countries();
    QVERIFY(countries.contains(CrisisLines::Country{u"DE"_s, u"Germany"_s}));
    QVERIFY(countries.contains(CrisisLines::Country{u"GB"_s, u"United Kingdom"_s}));
    for (qsizetype i = 1; i < countries.size(); ++i)
        QVERIFY(QString::localeAwareCompare(countries[i - 1].name, countries[i].name) < 0);
    // One entry per country, though the US has two lines.
    QCOMPARE(m_shipped.forCountry(u"US"_s).size(), 2);
    qsizetype us = 0;
    for (const CrisisLines::Country &country : countries)
        us += country.code == u"US" ? 1 : 0;
    QCOMPARE(us, 1);
}

void TestCrisisLines::textInstructionAndTelUrl()
{
    const QList<CrisisLine> us = m_shipped.forCountry(u"US"_s);
    QCOMPARE(us.at(1).textInstruction(), u"Text HOME to 741741"_s);
    QCOMPARE(us.at(0).textInstruction(), u"Text 988"_s);
    QCOMPARE(m_shipped.forCountry(u"DE"_s).first().textInstruction(), QString());
    QCOMPARE(CrisisLine::telUrl(u"0800 111 0 111"_s), QUrl(u"tel:08001110111"_s));
    QCOMPARE(CrisisLine::telUrl(u"+49 800-111"_s), QUrl(u"tel:+49800111"_s));
}

void TestCrisisLines::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QJsonObject line{{u"country"_s, u"DE"_s}, {u"name"_s, u"A line"_s},
        {u"phones"_s, QJsonArray{u"0800 000"_s}}, {u"url"_s, u"https://example.org/"_s},
        {u"source"_s, u"https://example.org/contact"_s}};
    const QJsonObject directory{{u"name"_s, u"A directory"_s},
        {u"url"_s, u"https://example.org/"_s}, {u"source"_s, u"https://example.org/"_s}};
    const auto file = [&](const QJsonObject &first, const QJsonObject &international) {
        const QJsonObject root{{u"reviewed"_s, u"2026-11-26"_s},
            {u"lines"_s, QJsonArray{line, first}}, {u"international"_s, QJsonArray{international}}};
        return QJsonDocument(root).toJson();
    };
    const auto without = [](QJsonObject object, const QString &key) {
        object.remove(key);
        return object;
    };
    const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };

    QTest::newRow("valid") << file(line, directory) << QString();
    QTest::newRow("not json") << QByteArray("{ \"lines\": [") << u"not valid JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"the top level is not an object"_s;
    QTest::newRow("no source") << file(without(line, u"source"_s), directory)
                               << u"lines[1] (A line): source is missing"_s;
    QTest::newRow("empty source") << file(with(line, u"source"_s, u" "_s), directory)
                                  << u"lines[1] (A line): source is not a non-empty string"_s;
    QTest::newRow("http source") << file(with(line, u"source"_s, u"http://example.org/"_s),
        directory) << u"lines[1] (A line): source \"http://example.org/\" is not an https URL"_s;
    QTest::newRow("not a url") << file(with(line, u"source"_s, u"https://"_s), directory)
                               << u"is not an https URL"_s;
    QTest::newRow("directory without source") << file(line,
        without(directory, u"source"_s)) << u"international[0] (A directory): source is missing"_s;
    QTest::newRow("unknown country") << file(with(line, u"country"_s, u"XX"_s), directory)
                                     << u"country \"XX\" is not an ISO 3166-1 alpha-2 code"_s;
    QTest::newRow("lower-case country")
        << file(with(line, u"country"_s, u"de"_s), directory) << u"country \"de\""_s;
    QTest::newRow("no country") << file(without(line, u"country"_s), directory)
                                << u"country is missing"_s;
    QTest::newRow("no way to reach it")
        << file(without(line, u"phones"_s), directory) << u"has neither phones nor a text line"_s;
    QTest::newRow("not a phone number") << file(with(line, u"phones"_s, QJsonArray{u"call us"_s}),
        directory) << u"not a phone number"_s;
    QTest::newRow("text line only") << file(
        with(without(line, u"phones"_s), u"text"_s,
            QJsonObject{{u"number"_s, u"741741"_s}, {u"keyword"_s, u"HOME"_s}}),
        directory) << QString();
    QTest::newRow("bad keyword") << file(
        with(line, u"text"_s,
            QJsonObject{{u"number"_s, u"741741"_s}, {u"keyword"_s, u"TWO WORDS"_s}}),
        directory) << u"text.keyword is not a single word"_s;
    QTest::newRow("unknown language") << file(with(line, u"languages"_s, QJsonArray{u"xx"_s}),
        directory) << u"languages has \"xx\""_s;
    QTest::newRow("misspelt field") << file(with(line, u"sourceUrl"_s, u"https://a.org/"_s),
        directory) << u"unknown field \"sourceUrl\""_s;
    QTest::newRow("no reviewed date") << QJsonDocument(
        QJsonObject{{u"lines"_s, QJsonArray{line}},
            {u"international"_s,
                QJsonArray{directory}}}).toJson()
                                      << u"\"reviewed\" is not a date"_s;
    QTest::newRow("no international directory") << QJsonDocument(
        QJsonObject{{u"reviewed"_s, u"2026-11-26"_s}, {u"lines"_s, QJsonArray{line}},
            {u"international"_s, QJsonArray{}}}).toJson()
                                                << u"\"international\" is not a non-empty list"_s;
}

void TestCrisisLines::refusesBrokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    CrisisLines lines;
    QVERIFY(lines.load()); // the shipped lines, to see they stay when a file is refused
    const QList<CrisisLine> before = lines.all();

    const bool loaded = lines.load(write(json));
    if (error.isEmpty()) {
        QVERIFY2(loaded, qPrintable(lines.errorString()));
        QCOMPARE(lines.all().size(), 2);
        QCOMPARE(lines.countries().size(), 1);
        return;
    }
    QVERIFY(!loaded);
    QVERIFY2(lines.errorString().contains(error), qPrintable(lines.errorString()));
    QVERIFY(lines.errorString().contains(u"lines.json"_s));
    QCOMPARE(lines.all(), before);
}

void TestCrisisLines::refusesMissingFile()
{
    CrisisLines lines;
    QVERIFY(!lines.load(m_dir.filePath(u"nowhere.json"_s)));
    QVERIFY(lines.errorString().contains(u"nowhere.json"_s));
    QVERIFY(lines.all().isEmpty());
    QVERIFY(lines.forCountryOrInternational(u"DE"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestCrisisLines)
#include "tst_crisislines.moc"
