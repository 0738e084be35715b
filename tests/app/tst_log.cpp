// Quiet by default: the real hearth binary writes its log (the hearth.* categories and Qt's
// own) to a file, not the terminal, unless --verbose; never the token. And LogFile itself:
// where each kind of message goes, and a file that cannot grow without bound.

#include "LogFile.h"
#include "net/Credentials.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTestLog, "hearth.testlog")

class TestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietByDefault();
    void verboseWritesToTheTerminalToo();
    void echoesOnlyWhatThePersonMustSee();
    void staysWithinItsCap();
    void fallsBackToTheTerminalWhenTheFileCannotBeOpened();
};

namespace {

// Nobody listens there; the client starts offline anyway.
const QUrl Server(u"http://127.0.0.1:9"_s);
const QString Handle = u"quiet_fern"_s;
const QString Token = u"fern-token-that-no-log-may-hold-4711"_s;
// What a first start logs in the hearth.cache category: the cache is made from nothing.
const QString Migrated = u"hearth.cache: migrated the cache to schema version 1"_s;

struct Run
{
    bool finished = false;
    QString out;
    QString err;
};

// An empty data folder: no card will come, so the probe gives up after its limit (about
// 10 s) and says so on stderr, which is all the terminal may hear without --verbose.
Run runHearth(const QProcessEnvironment &environment, const QStringList &arguments)
{
    QProcess hearth;
    hearth.setProcessEnvironment(environment);
    hearth.start(QStringLiteral(HEARTH_EXECUTABLE),
        QStringList{u"--offline"_s, u"--exit-after-first-paint"_s, u"--server"_s, Server.toString(),
            u"--topic"_s, u"therapy"_s}
            + arguments);
    Run run;
    run.finished = hearth.waitForFinished(60'000);
    if (!run.finished) {
        hearth.kill();
        hearth.waitForFinished();
    }
    run.out = QString::fromUtf8(hearth.readAllStandardOutput());
    run.err = QString::fromUtf8(hearth.readAllStandardError());
    return run;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Each message a handler was given, for the in-process checks of LogFile.
QStringList passedOn;
void recordPassedOn(QtMsgType, const QMessageLogContext &, const QString &message)
{
    passedOn.append(message);
}

} // namespace

void TestLog::quietByDefault()
{
    // The standard places, each in a fresh folder: the log goes to the XDG state folder.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const QString &kind : {u"DATA"_s, u"CONFIG"_s, u"CACHE"_s, u"STATE"_s})
        environment.insert(u"XDG_%1_HOME"_s.arg(kind), home.filePath(kind.toLower()));

    const Run run = runHearth(environment, {});
    QVERIFY(run.finished);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    // The probe's own report (asked for on the command line) and nothing else.
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), "the probe reports on stderr");
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(u"no first paint within"_s) || line.startsWith(u"measured:"_s),
            qPrintable(u"the terminal heard: "_s + line));
    }

    const QString log = readAll(home.filePath(u"state/Hearth/hearth.log"_s));
    QVERIFY2(log.contains(Migrated), qPrintable(log));
    QCOMPARE(QFile::permissions(home.filePath(u"state/Hearth/hearth.log"_s)),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser);
}

void TestLog::verboseWritesToTheTerminalToo()
{
    QTemporaryDir data;
    // A remembered account, its token in the real keychain: the token is read, never logged.
    {
        QSettings settings(data.filePath(u"hearth.ini"_s), QSettings::IniFormat);
        settings.setValue(u"server/url"_s, Server.toString());
        settings.setValue(u"account/server"_s, Server.toString());
        settings.setValue(u"account/id"_s, 12);
        settings.setValue(u"account/handle"_s, Handle);
        settings.setValue(u"account/displayName"_s, u"Fern"_s);
        settings.setValue(u"account/team"_s, false);
    }
    Credentials credentials;
    QSignalSpy stored(&credentials, &Credentials::stored);
    credentials.store(Server, Handle, Token);
    QVERIFY(stored.wait(10'000));
    QVERIFY2(stored.first().at(2).toBool(), "the token should be in the keychain");

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run run = runHearth(environment, {u"--data-dir"_s, data.path(), u"--verbose"_s});
    QSignalSpy forgotten(&credentials, &Credentials::forgotten);
    credentials.forget(Server, Handle);
    forgotten.wait(10'000);

    QVERIFY(run.finished);
    QVERIFY2(run.err.contains(Migrated), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"no first paint within"_s), qPrintable(run.err));
    // Beside the cache when a data folder is given, and written with --verbose too.
    const QString log = readAll(data.filePath(u"hearth.log"_s));
    QVERIFY2(log.contains(Migrated), qPrintable(log));
    QVERIFY(!run.err.contains(Token));
    QVERIFY(!run.out.contains(Token));
    QVERIFY(!log.contains(Token));
}

void TestLog::echoesOnlyWhatThePersonMustSee()
{
    QTemporaryDir dir;
    for (const bool echo : {false, true}) {
        passedOn.clear();
        const QtMessageHandler before = qInstallMessageHandler(recordPassedOn);
        {
            LogFile log(dir.filePath(u"echo-%1.log"_s.arg(echo)), echo);
            qCDebug(lcTestLog, "a debug line");
            qCInfo(lcTestLog, "an info line");
            qCWarning(lcTestLog, "a warning line");
            qWarning("a warning of Qt's own");
            qCCritical(lcTestLog, "a critical line");
        }
        qInstallMessageHandler(before);

        const QStringList all{u"a debug line"_s, u"an info line"_s, u"a warning line"_s,
            u"a warning of Qt's own"_s, u"a critical line"_s};
        QCOMPARE(passedOn, echo ? all : QStringList{u"a critical line"_s});
        const QString written = readAll(dir.filePath(u"echo-%1.log"_s.arg(echo)));
        for (const QString &message : all)
            QVERIFY2(written.contains(message), qPrintable(written));
        QVERIFY2(
            written.contains(u" warning hearth.testlog: a warning line\n"_s), qPrintable(written));
    }
}

void TestLog::staysWithinItsCap()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"capped.log"_s);
    const qint64 cap = 4096;
    const QtMessageHandler before = qInstallMessageHandler(recordPassedOn);
    {
        LogFile log(path, false, cap);
        // About 100 bytes a line: some 25 kB in all, six files' worth.
        for (int i = 0; i < 250; ++i)
            qCInfo(lcTestLog,
                "line %03d of a session that talks a lot, padded to a realistic "
                "length",
                i);
    }
    qInstallMessageHandler(before);

    const QString current = readAll(path);
    const QString older = readAll(path + u".1"_s);
    QVERIFY(QFileInfo(path).size() <= cap);
    QVERIFY(QFileInfo(path + u".1"_s).size() <= cap);
    QVERIFY2(current.contains(u"line 249 "_s), qPrintable(current));
    QVERIFY(!older.isEmpty());
    // The oldest lines are gone: two files at most, nothing else in the folder.
    QVERIFY(!current.contains(u"line 000 "_s) && !older.contains(u"line 000 "_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);

    // A file already full when the app starts is set aside before the first line.
    {
        QFile full(path);
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Truncate));
        full.write(QByteArray(cap, 'x'));
    }
    {
        LogFile log(path, false, cap);
        QVERIFY(QFileInfo(path).size() == 0);
        QCOMPARE(QFileInfo(path + u".1"_s).size(), cap);
    }
}

void TestLog::fallsBackToTheTerminalWhenTheFileCannotBeOpened()
{
    QTemporaryDir dir;
    // A folder where the file should be: it cannot be opened for writing.
    QVERIFY(QDir(dir.path()).mkpath(u"taken.log"_s));
    passedOn.clear();
    const QtMessageHandler before = qInstallMessageHandler(recordPassedOn);
    {
        LogFile log(dir.filePath(u"taken.log"_s), false);
        QVERIFY(!log.isOpen());
        qCInfo(lcTestLog, "said nowhere else");
    }
    qInstallMessageHandler(before);
    QCOMPARE(passedOn, QStringList{u"said nowhere else"_s});
}

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
