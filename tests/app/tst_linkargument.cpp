// hearth LINK, the real binary against a real hearth-server: a damaged link, or one for
// another community, is said on stderr (and in the window) while Hearth still opens its
// page; two links are refused before any window; a link given while Hearth is open on the
// same data folder goes to that window.

#include "support/ServerProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestLinkArgument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aLinkHearthCannotOpenIsSaidAndTheWindowOpens_data();
    void aLinkHearthCannotOpenIsSaidAndTheWindowOpens();
    void oneLinkAtATime();
    void aLaterStartHandsItsLinkToTheOpenWindow();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Starts hearth on the test's server and data folder, in English, offscreen.
    void start(QProcess &process, const QStringList &arguments);
    // Runs it to its end.
    Run hearth(const QStringList &arguments);

    ServerProcess m_server;
    QTemporaryDir m_data;
};

void TestLinkArgument::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
}

void TestLinkArgument::start(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_EXECUTABLE),
        QStringList{u"--server"_s, m_server.url().toString(), u"--data-dir"_s, m_data.path(),
            u"--lang"_s, u"en"_s}
            + arguments);
}

TestLinkArgument::Run TestLinkArgument::hearth(const QStringList &arguments)
{
    QProcess process;
    start(process, arguments);
    if (!process.waitForFinished(90'000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, u"(hearth did not finish)"_s};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

void TestLinkArgument::aLinkHearthCannotOpenIsSaidAndTheWindowOpens_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("said");
    QTest::newRow("damaged") << (u"hearth:post/0?community="_s + m_server.url().toString())
                             << u"damaged or incomplete"_s;
    QTest::newRow("not a link") << u"https://community.example/post/3"_s << u"not a Hearth link"_s;
    QTest::newRow("another community")
        << u"hearth:post/3?community=https://elsewhere.example"_s << u"https://elsewhere.example"_s;
}

void TestLinkArgument::aLinkHearthCannotOpenIsSaidAndTheWindowOpens()
{
    QFETCH(QString, link);
    QFETCH(QString, said);
    // The topic page is painted (the probe says so on stderr): nothing crashed, and
    // Hearth went on to its page.
    const Run run = hearth({u"--topic"_s, u"therapy"_s, u"--exit-after-first-paint"_s, link});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"the topic page of therapy"_s), qPrintable(run.err));
}

void TestLinkArgument::oneLinkAtATime()
{
    const QString link = u"hearth:post/1?community="_s + m_server.url().toString();
    const Run run = hearth({link, link});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"one link at a time"_s), qPrintable(run.err));
}

// A link clicked while Hearth is open (the desktop starts "hearth LINK") goes to the open
// window, which opens it; the later start ends at once, with no window of its own.
void TestLinkArgument::aLaterStartHandsItsLinkToTheOpenWindow()
{
    QProcess first;
    start(first, {u"--topic"_s, u"therapy"_s, u"--verbose"_s});
    QString said;
    const auto firstSays = [&first, &said](const QString &words) {
        return QTest::qWaitFor(
                   [&] {
                       said += QString::fromUtf8(first.readAllStandardError());
                       return said.contains(words) || first.state() == QProcess::NotRunning;
                   },
                   60'000)
            && said.contains(words);
    };
    QVERIFY2(firstSays(u"links clicked later come to this window"_s), qPrintable(said));

    const QString link = u"hearth:post/3?community="_s + m_server.url().toString();
    QElapsedTimer clock;
    clock.start();
    const Run later = hearth({link});
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
    QVERIFY2(later.err.contains(u"Hearth is open already"_s), qPrintable(later.err));
    QVERIFY2(clock.elapsed() < 30'000, "the later start did not end at once");
    QVERIFY2(firstSays(u"a later start handed over "_s + link + u" - opened"_s), qPrintable(said));
    // A link the open window cannot take is said there, not lost.
    const Run damaged = hearth({u"hearth:post/0?community="_s + m_server.url().toString()});
    QCOMPARE(damaged.exitCode, 0);
    QVERIFY2(firstSays(u"damaged or incomplete"_s), qPrintable(said));

    first.terminate();
    QVERIFY(first.waitForFinished(30'000));
    // The socket the first start leaves behind answers no one: the next start, given a link
    // (one it cannot open, so that it stays on the topic page it paints), opens its window.
    const Run alone = hearth({u"--topic"_s, u"therapy"_s, u"--exit-after-first-paint"_s,
        u"hearth:post/0?community="_s + m_server.url().toString()});
    QVERIFY2(alone.exitCode == 0, qPrintable(alone.err));
    QVERIFY2(!alone.err.contains(u"Hearth is open already"_s), qPrintable(alone.err));
}

QTEST_MAIN(TestLinkArgument)
#include "tst_linkargument.moc"
