// hearth LINK, the real binary against a real hearth-server: a damaged link, or one for
// another community, is said on stderr (and in the window) while Hearth still opens its
// page; two links are refused before any window.

#include "support/ServerProcess.h"

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

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run hearth(const QStringList &arguments);

    ServerProcess m_server;
    QTemporaryDir m_data;
};

void TestLinkArgument::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
}

TestLinkArgument::Run TestLinkArgument::hearth(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_EXECUTABLE),
        QStringList{u"--server"_s, m_server.url().toString(), u"--data-dir"_s, m_data.path(),
            u"--lang"_s, u"en"_s}
            + arguments);
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

QTEST_MAIN(TestLinkArgument)
#include "tst_linkargument.moc"
