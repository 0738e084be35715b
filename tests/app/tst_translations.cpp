// The translations: complete for every string in the code as it is now, true to the sources'
// placeholders and plural forms, and working once built into the application.

#include "api/Topic.h"
#include "models/PostWording.h"
#include "translations/Translations.h"
#include "ui/feed/TopicHeader.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// One message of a .ts file, as far as these checks need it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "unfinished", "vanished", ... or empty
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(QIODevice *device, QString *error)
{
    QList<Message> messages;
    QXmlStreamReader xml(device);
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS")
            continue; // step into it
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
                continue;
            }
            if (xml.name() != u"message") {
                xml.skipCurrentElement();
                continue;
            }
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    message.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(u"type"_s).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                message.translations.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The placeholders a text uses, each once: "%1", "%2", "%n", "%Ln".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// What is wrong with the translated messages: one line each, naming the message.
QStringList problems(const QList<Message> &messages, int pluralForms)
{
    QStringList found;
    for (const Message &message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue; // kept for the translators' reference only; lrelease leaves them out
        const QString name = message.context + u" \""_s + message.source + u'"'
            + (message.comment.isEmpty() ? QString() : u" ("_s + message.comment + u')');
        if (message.type == u"unfinished") {
            found.append(name + u": unfinished"_s);
            continue;
        }
        if (message.numerus && message.translations.size() != pluralForms) {
            found.append(name
                + u": %1 plural forms instead of %2"_s.arg(message.translations.size())
                      .arg(pluralForms));
            continue;
        }
        if (message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                [](const QString &text) { return text.trimmed().isEmpty(); })) {
            found.append(name + u": empty translation"_s);
            continue;
        }
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (const QStringList used = placeholders(translation); used != expected) {
                found.append(name + u": placeholders "_s + used.join(u' ') + u" in \""_s
                    + translation + u"\" instead of "_s + expected.join(u' '));
            }
        }
    }
    return found;
}

QList<Message> readTs(const QByteArray &xml)
{
    QByteArray copy = xml;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    return readTs(&buffer, &error);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksFindMistakes();
    void completeForTheSources_data();
    void completeForTheSources();
    void pluralsAndCountsInEachLanguage_data();
    void pluralsAndCountsInEachLanguage();
    void datesFollowTheDefaultLocale();
    void unknownLanguagesGetEnglish();
    void cleanup();
};

// The checks themselves catch what they are for: a test that cannot fail proves nothing.
void TestTranslations::checksFindMistakes()
{
    const QList<Message> messages = readTs(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Hearth::Sample</name>
    <message>
        <source>Fine</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>New here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation> </translation>
    </message>
    <message>
        <source>Gone from the code</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message>
        <source>Hello %1, from %2</source>
        <translation>Hallo %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hugs</source>
        <translation>
            <numerusform>%Ln Umarmung</numerusform>
            <numerusform>%n Umarmungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
</context>
</TS>
)"_ba);
    QCOMPARE(messages.size(), 7);
    const QStringList found = problems(messages, 2);
    QCOMPARE(found.size(), 5);
    QVERIFY(found.at(0).contains(u"\"New here\": unfinished"_s));
    QVERIFY(found.at(1).contains(u"\"Left blank\": empty translation"_s));
    QVERIFY(found.at(2).contains(u"\"Hello %1, from %2\": placeholders %1"_s));
    QVERIFY(found.at(3).contains(u"placeholders %n in \"%n Umarmungen\" instead of %Ln"_s));
    QVERIFY(found.at(4).contains(u"\"%n stars\": 1 plural forms instead of 2"_s));
}

void TestTranslations::completeForTheSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<int>("atLeast"); // messages: an empty scan must not pass
    // Qt's plural rules: German and Spanish have two forms, as English does.
    QTest::newRow("de") << u"de"_s << false << 2 << 300;
    QTest::newRow("es") << u"es"_s << false << 2 << 300;
    QTest::newRow("en") << u"en"_s << true << 2 << 10;
}

// lupdate over today's sources, into a copy of the .ts file: a string added to the code since
// the file was last updated shows up as unfinished, and fails here.
void TestTranslations::completeForTheSources()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QFETCH(int, pluralForms);
    QFETCH(int, atLeast);

    const QString name = u"hearth_%1.ts"_s.arg(language);
    const QString original = QStringLiteral(HEARTH_TRANSLATIONS_DIR) + u'/' + name;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(name);
    QVERIFY2(QFile::copy(original, copy), qPrintable(original));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments{u"@"_s + QStringLiteral(HEARTH_LUPDATE_SOURCES), u"-locations"_s,
        u"none"_s, u"-source-language"_s, u"en"_s, u"-no-obsolete"_s};
    if (pluralOnly)
        arguments.append(u"-pluralonly"_s);
    arguments << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(HEARTH_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(30'000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        lupdate.readAllStandardError().constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QList<Message> messages = readTs(&file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() >= atLeast, qPrintable(QString::number(messages.size())));
    // Each on its own line: Qt Test cuts a long failure message short.
    const QStringList found = problems(messages, pluralForms);
    for (const QString &problem : found)
        qWarning().noquote() << problem;
    QVERIFY2(found.isEmpty(),
        qPrintable(u"%1 of %2 messages in %3 need work (above). Build the update_translations "
                   "target, then translate them."_s.arg(found.size())
                       .arg(messages.size())
                       .arg(name)));
}

void TestTranslations::pluralsAndCountsInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("many");
    QTest::addColumn<QString>("figures");

    QTest::newRow("en") << u"en"_s << u"1 reaction"_s << u"12,345 reactions"_s
                        << u"14.6K people · 1 story · 2 posts"_s;
    QTest::newRow("de") << u"de"_s << u"1 Reaktion"_s << u"12.345 Reaktionen"_s
                        << u"14,6\u00a0Tsd. Personen · 1 Geschichte · 2 Beiträge"_s;
    QTest::newRow("es") << u"es"_s << u"1 reacción"_s << u"12.345 reacciones"_s
                        << u"14,6\u00a0mil personas · 1 historia · 2 publicaciones"_s;
}

// The built translations, installed as the application installs them: one tr() per count
// reads right in each language, with numbers in the language's own form.
void TestTranslations::pluralsAndCountsInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, many);
    QFETCH(QString, figures);

    QVERIFY(Translations::availableLanguages().contains(language));
    const QLocale locale(language);
    QLocale::setDefault(locale);
    Translations translations;
    QVERIFY(translations.install(locale));
    QCOMPARE(translations.language(), language);

    QCOMPARE(PostWording::reactions(1), one);
    QCOMPARE(PostWording::reactions(12345), many);
    QCOMPARE(TopicHeader::figures(TopicCounts{14'600, 2, 1, 0}, locale), figures);
}

// Relative times and the dates of older posts come in the default locale's words and form.
void TestTranslations::datesFollowTheDefaultLocale()
{
    const QDateTime now(QDate(2024, 3, 20), QTime(12, 0), Qt::UTC);
    const QDateTime older = now.addDays(-17);

    QLocale::setDefault(QLocale(u"de"_s));
    Translations translations;
    QVERIFY(translations.install(QLocale(u"de"_s)));
    QCOMPARE(PostWording::relativeTime(now.addSecs(-5 * 60), now), u"vor 5 Min."_s);
    QCOMPARE(PostWording::relativeTime(now.addSecs(-1 * 3600), now), u"vor 1 Std."_s);
    QCOMPARE(PostWording::relativeTime(older, now, QLocale::LongFormat),
        QLocale(u"de"_s).toString(older.toLocalTime().date(), QLocale::LongFormat));
    QVERIFY(PostWording::relativeTime(older, now, QLocale::LongFormat).contains(u"März"_s));

    QLocale::setDefault(QLocale(u"es"_s));
    QVERIFY(translations.install(QLocale(u"es"_s)));
    QCOMPARE(PostWording::relativeTime(now.addDays(-3), now), u"hace 3 días"_s);
    QVERIFY(PostWording::relativeTime(older, now, QLocale::LongFormat).contains(u"marzo"_s));
}

// A language Hearth has no translation for still gets English with its plural forms, and Qt's
// own texts come in the installed language where the system has them.
void TestTranslations::unknownLanguagesGetEnglish()
{
    Translations translations;
    QVERIFY(!translations.install(QLocale(QLocale::Japanese)));
    QCOMPARE(translations.language(), u"en"_s);
    QCOMPARE(PostWording::comments(1), u"1 comment"_s);

    QVERIFY(translations.install(QLocale(u"de_AT"_s)));
    QCOMPARE(translations.language(), u"de"_s);
    QCOMPARE(PostWording::comments(1), u"1 Kommentar"_s);
    if (!translations.hasQtTranslation())
        QSKIP("Qt's German translation is not installed (Debian: qt6-translations-l10n)");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
