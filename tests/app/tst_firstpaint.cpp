// The hearth binary on the offscreen platform, offline, over a cache seeded like a past
// session left it: the first card is painted from the cache alone, and
// --exit-after-first-paint reports how long that took.

#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsFromTheCacheWithoutTheNetwork();
};

void TestFirstPaint::paintsFromTheCacheWithoutTheNetwork()
{
    QTemporaryDir data;
    // A server nobody listens on: the cache must be enough.
    const QUrl server(u"http://127.0.0.1:9"_s);
    {
        CacheDatabase database;
        QVERIFY(database.open(CacheDatabase::fileName(data.path(), server, {})));
        FeedCache feed(database.connection());
        feed.storeTopic(Topic{u"therapy"_s, u"Therapy"_s, u"Therapy"_s, {}, {3, 1, 0, 0}, false});
        Post post;
        post.id = 1;
        post.author = User{2, u"river_stone"_s, u"River"_s, false};
        post.title = u"Saved for the train"_s;
        post.body = u"Read offline. #Therapy"_s;
        post.hashtags = {u"Therapy"_s};
        post.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(feed.storePosts({post}));
    }

    QProcess hearth;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    hearth.setProcessEnvironment(environment);
    hearth.start(QStringLiteral(HEARTH_EXECUTABLE),
        {u"--offline"_s, u"--exit-after-first-paint"_s, u"--server"_s, server.toString(),
            u"--data-dir"_s, data.path(), u"--topic"_s, u"therapy"_s});
    QVERIFY(hearth.waitForFinished(30'000));
    QCOMPARE(hearth.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hearth.exitCode(), 0);
    const QString output = QString::fromUtf8(hearth.readAllStandardError());
    const QRegularExpressionMatch match
        = QRegularExpression(u"first paint after (\\d+) ms"_s).match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    const qint64 milliseconds = match.captured(1).toLongLong();
    qInfo("first paint from the cache after %lld ms (offscreen)", milliseconds);
    QVERIFY(milliseconds > 0 && milliseconds < 30'000);
}

QTEST_GUILESS_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
