// What the real hearth binary takes from Settings when it starts: the language chosen there
// (the descriptions of --help are already in it), which --lang still overrides for one run.

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStartSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLanguageChosenInSettingsIsSpokenAtStart();
};

namespace {

const QString English = u"A calm desktop client for peer-support communities."_s;
const QString German = u"Ein ruhiges Desktop-Programm für Selbsthilfe-Communitys."_s;
const QString Spanish
    = u"Una aplicación de escritorio tranquila para comunidades de apoyo mutuo."_s;

// hearth --help on the settings in dir, on a system whose language Hearth has no
// translation for, so that only the settings or --lang can choose one.
QString help(const QString &dir, const QStringList &arguments = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    QProcess hearth;
    hearth.setProcessEnvironment(environment);
    hearth.start(QStringLiteral(HEARTH_EXECUTABLE),
        QStringList{u"--data-dir"_s, dir, u"--help"_s} + arguments);
    if (!hearth.waitForFinished(60'000)) {
        hearth.kill();
        hearth.waitForFinished();
        return u"(hearth did not finish)"_s;
    }
    return QString::fromUtf8(hearth.readAllStandardOutput());
}

} // namespace

void TestStartSettings::theLanguageChosenInSettingsIsSpokenAtStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString out = help(dir.path());
    QVERIFY2(out.contains(English), qPrintable(out));

    // As SettingsDialog keeps the choice of Deutsch.
    {
        QSettings settings(dir.filePath(u"hearth.ini"_s), QSettings::IniFormat);
        settings.setValue(u"display/language"_s, u"de"_s);
    }
    out = help(dir.path());
    QVERIFY2(out.contains(German), qPrintable(out));

    // --lang still chooses for one run, and the choice stays.
    out = help(dir.path(), {u"--lang"_s, u"es"_s});
    QVERIFY2(out.contains(Spanish), qPrintable(out));
    out = help(dir.path());
    QVERIFY2(out.contains(German), qPrintable(out));

    // A language Hearth does not offer, written by hand: the system's, and no complaint.
    {
        QSettings settings(dir.filePath(u"hearth.ini"_s), QSettings::IniFormat);
        settings.setValue(u"display/language"_s, u"tlh"_s);
    }
    out = help(dir.path());
    QVERIFY2(out.contains(English), qPrintable(out));
}

QTEST_MAIN(TestStartSettings)
#include "tst_startsettings.moc"
