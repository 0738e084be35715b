// The hearth binary on the offscreen platform, offline, over a cache seeded like a past
// session left it: the first card is painted from the cache alone, and
// --exit-after-first-paint reports how long that took and what it measured. With a
// remembered account (its token in the real keychain, the way the app resumes), what is
// measured is that account's page, not the signed-out page shown while the token is read;
// and with nothing to show, the probe gives up in bounded time and says so.

#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"
#include "net/Credentials.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsFromTheCacheWithoutTheNetwork();
    void measuresTheRememberedAccountsPage();
    void givesUpInBoundedTimeWithNothingToShow();
};

namespace {

// A server nobody listens on: the cache must be enough.
const QUrl Server(u"http://127.0.0.1:9"_s);
const QString Handle = u"maple_tea"_s;

void seed(const QString &dataDir, const QString &handle, const QList<QString> &titles)
{
    CacheDatabase database;
    QVERIFY(database.open(CacheDatabase::fileName(dataDir, Server, handle)));
    FeedCache feed(database.connection());
    QVERIFY(
        feed.storeTopic(Topic{u"therapy"_s, u"Therapy"_s, u"Therapy"_s, {}, {3, 1, 0, 0}, false}));
    QList<Post> posts;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        Post post;
        post.id = i + 1;
        post.author = User{2, u"river_stone"_s, u"River"_s, false};
        post.title = titles.at(i);
        post.body = u"Read offline. #Therapy"_s;
        post.hashtags = {u"Therapy"_s};
        post.createdAt = QDateTime::currentDateTimeUtc().addSecs(-i);
        posts.append(post);
    }
    QVERIFY(feed.storePosts(posts));
}

// The account as the app remembers it: its handle in the settings, its token in the
// keychain under the app's own service.
void rememberAccount(const QString &dataDir)
{
    QSettings settings(dataDir + u"/hearth.ini"_s, QSettings::IniFormat);
    settings.setValue(u"server/url"_s, Server.toString());
    settings.setValue(u"account/server"_s, Server.toString());
    settings.setValue(u"account/id"_s, 7);
    settings.setValue(u"account/handle"_s, Handle);
    settings.setValue(u"account/displayName"_s, u"Maple"_s);
    settings.setValue(u"account/team"_s, false);
    settings.sync();

    Credentials credentials;
    QSignalSpy stored(&credentials, &Credentials::stored);
    credentials.store(Server, Handle, u"a-token-for-the-first-paint-test"_s);
    QVERIFY(stored.wait(10'000));
    QVERIFY2(stored.first().at(2).toBool(), "the token should be in the keychain");
}

void forgetAccount()
{
    Credentials credentials;
    QSignalSpy forgotten(&credentials, &Credentials::forgotten);
    credentials.forget(Server, Handle);
    forgotten.wait(10'000);
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString output;
};

Run runHearth(const QString &dataDir)
{
    QProcess hearth;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    hearth.setProcessEnvironment(environment);
    hearth.start(QStringLiteral(HEARTH_EXECUTABLE),
        {u"--offline"_s, u"--exit-after-first-paint"_s, u"--server"_s, Server.toString(),
            u"--data-dir"_s, dataDir, u"--topic"_s, u"therapy"_s});
    Run run;
    run.finished = hearth.waitForFinished(30'000);
    if (!run.finished) {
        hearth.kill();
        hearth.waitForFinished();
    }
    run.exitCode = hearth.exitStatus() == QProcess::NormalExit ? hearth.exitCode() : -1;
    run.output = QString::fromUtf8(hearth.readAllStandardError());
    return run;
}

} // namespace

void TestFirstPaint::paintsFromTheCacheWithoutTheNetwork()
{
    QTemporaryDir data;
    seed(data.path(), {}, {u"Saved for the train"_s});
    if (QTest::currentTestFailed())
        return;

    const Run run = runHearth(data.path());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QRegularExpressionMatch match
        = QRegularExpression(u"first paint after (\\d+) ms"_s).match(run.output);
    QVERIFY2(match.hasMatch(), qPrintable(run.output));
    const qint64 milliseconds = match.captured(1).toLongLong();
    qInfo("first paint from the cache after %lld ms (offscreen)", milliseconds);
    QVERIFY(milliseconds > 0 && milliseconds < 30'000);
    QVERIFY2(run.output.contains(u"measured: the first paint of the topic page of therapy with 1 "
                                 "card(s), signed out"_s),
        qPrintable(run.output));
}

void TestFirstPaint::measuresTheRememberedAccountsPage()
{
    QTemporaryDir data;
    // The signed-out page has a card too: measuring it would be measuring the wrong page.
    seed(data.path(), {}, {u"A guest's view"_s});
    seed(data.path(), Handle, {u"Maple's feed, first"_s, u"Maple's feed, second"_s});
    rememberAccount(data.path());
    if (QTest::currentTestFailed())
        return;

    const Run run = runHearth(data.path());
    forgetAccount();
    qInfo().noquote() << run.output.trimmed();
    QVERIFY2(run.finished, qPrintable(run.output));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        QRegularExpression(u"^first paint after \\d+ ms$"_s, QRegularExpression::MultilineOption)
            .match(run.output)
            .hasMatch(),
        qPrintable(run.output));
    QVERIFY2(run.output.contains(u"measured: the first paint of the topic page of therapy with 2 "
                                 "card(s), signed in as @maple_tea"_s),
        qPrintable(run.output));
}

void TestFirstPaint::givesUpInBoundedTimeWithNothingToShow()
{
    QTemporaryDir data;
    // Nothing cached for the account, and the server unreachable: no card will come.
    seed(data.path(), {}, {u"A guest's view"_s});
    seed(data.path(), Handle, {});
    rememberAccount(data.path());
    if (QTest::currentTestFailed())
        return;

    const Run run = runHearth(data.path());
    forgetAccount();
    QVERIFY2(run.finished, "the probe must never wait without end");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.output.contains(u"no first paint within"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"shown: the topic page of therapy with 0 card(s), signed in as "
                                 "@maple_tea"_s),
        qPrintable(run.output));
    QVERIFY(!run.output.contains(u"first paint after"_s));
}

QTEST_GUILESS_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
