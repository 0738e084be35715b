// The community's cache after the first paint: a cache closed cleanly is not read whole; one
// left uncleanly is checked in the background; damage found then is repaired at a good
// moment (not while the person writes), with their unsent writes and drafts kept, and the
// parts built anew with recovery() saying what happened.

#include "cache/CacheDatabase.h"
#include "cache/CacheHealthCheck.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "support/ServerProcess.h"
#include "sync/Account.h"
#include "sync/Community.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestCommunity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checksOnlyACacheLeftUncleanly();
    void repairsDamageFoundAfterTheFirstPaintKeepingTheWords();

private:
    ServerProcess m_server;
    QString m_service = u"HearthTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

namespace {

// The client as main() puts it together, without the window, offline once signed in.
struct App
{
    App(const QUrl &server, const QString &dataDir, const QString &service)
        : api(server)
        , credentials(service)
        , settings(dataDir + u"/hearth.ini"_s, QSettings::IniFormat)
        , community(api, credentials, settings, dataDir)
    { }

    ApiClient api;
    Credentials credentials;
    QSettings settings;
    Community community;
};

void overwriteMiddle(const QString &path)
{
    constexpr qint64 page = 4096;
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size > 64 * page, "the posts should span many pages");
    const qint64 from = (size * 2 / 5) / page * page;
    const qint64 length = (size / 5) / page * page;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QRandomGenerator random(31);
    QByteArray garbage(length, Qt::Uninitialized);
    for (char &byte : garbage)
        byte = char(random.bounded(256));
    QVERIFY(file.seek(from));
    QCOMPARE(file.write(garbage), length);
}

QList<Post> manyPosts(int count)
{
    QList<Post> posts;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 1; i <= count; ++i) {
        Post post;
        post.id = 500'000 + i;
        post.kind = PostKind::Story;
        post.author.id = 7;
        post.author.handle = u"wren"_s;
        post.author.displayName = u"Wren"_s;
        post.createdAt = start.addSecs(i * 60);
        post.title = u"Evening notes %1"_s.arg(i);
        post.body = QString(u"Kept the kettle on and wrote a page about the week. "_s).repeated(25);
        post.hashtags = {u"Therapy"_s};
        posts.append(post);
    }
    return posts;
}

} // namespace

void TestCommunity::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCommunity::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestCommunity::checksOnlyACacheLeftUncleanly()
{
    QTemporaryDir data;
    QString path;
    {
        App app(m_server.url(), data.path(), m_service);
        app.community.setNetworkEnabled(false);
        QVERIFY(app.community.open());
        path = app.community.account().cache().path();
        QVERIFY(app.community.feed().storePosts(manyPosts(50)));
        app.community.startHealthChecks();
        // A new cache: nothing to read.
        QVERIFY(!app.community.isCheckingHealth());
    }
    QVERIFY(QFileInfo::exists(CacheDatabase::cleanMarkPath(path)));

    {
        // Closed cleanly: no check, now or after the first paint.
        const int checksBefore = CacheHealthCheck::started();
        App app(m_server.url(), data.path(), m_service);
        app.community.setNetworkEnabled(false);
        QVERIFY(app.community.open());
        QCOMPARE(app.community.account().cache().check(), CacheDatabase::Check::Trusted);
        app.community.startHealthChecks();
        QVERIFY(!app.community.isCheckingHealth());
        QCOMPARE(CacheHealthCheck::started(), checksBefore);
    }

    // The next session ends without a clean close: no mark.
    QVERIFY(QFile::remove(CacheDatabase::cleanMarkPath(path)));
    {
        const int checksBefore = CacheHealthCheck::started();
        App app(m_server.url(), data.path(), m_service);
        app.community.setNetworkEnabled(false);
        QVERIFY(app.community.open());
        QCOMPARE(app.community.account().cache().check(), CacheDatabase::Check::Later);
        // Not before the window is up.
        QCOMPARE(CacheHealthCheck::started(), checksBefore);
        QSignalSpy checked(&app.community, &Community::healthChecked);
        app.community.startHealthChecks();
        QCOMPARE(CacheHealthCheck::started(), checksBefore + 1);
        QVERIFY(checked.wait(60'000));
        QCOMPARE(checked.first().at(0).toBool(), true);
        QVERIFY(!app.community.account().cache().needsHealthCheck());
    }
    // Found sound: trusted again.
    App app(m_server.url(), data.path(), m_service);
    app.community.setNetworkEnabled(false);
    QVERIFY(app.community.open());
    QCOMPARE(app.community.account().cache().check(), CacheDatabase::Check::Trusted);
}

void TestCommunity::repairsDamageFoundAfterTheFirstPaintKeepingTheWords()
{
    QTemporaryDir data;
    QString path;
    QList<OutboxEntry> outbox;
    QList<DraftStore::Draft> drafts;
    {
        App app(m_server.url(), data.path(), m_service);
        QVERIFY(app.community.open());
        app.community.account().registerUser({u"alder"_s, u"a long enough password"_s, u"Alder"_s});
        QVERIFY(QTest::qWaitFor([&] { return app.community.outbox() != nullptr; }, 20'000));
        // The token is in the keychain before this session ends, for the next to resume.
        QSignalSpy loaded(&app.credentials, &Credentials::loaded);
        app.credentials.load(m_server.url(), u"alder"_s);
        QVERIFY(loaded.wait(15'000));
        QVERIFY(!loaded.first().at(2).toString().isEmpty());
        app.community.setNetworkEnabled(false);
        path = app.community.account().cache().path();
        QVERIFY(path.contains(u"@alder"_s));
        QVERIFY(app.community.feed().storePosts(manyPosts(400)));
        // Unsent words: writes waiting for the network, and drafts.
        OutboxStore store(app.community.account().cache().connection());
        for (int i = 0; i < 3; ++i) {
            OutboxEntry entry;
            entry.kind = u"createComment"_s;
            entry.target = u"post:%1"_s.arg(500'001 + i);
            entry.payload = QJsonObject{
                {u"body"_s, u"You are not alone in this, %1"_s.arg(i)}, {u"postId"_s, 500'001 + i}};
            QVERIFY(store.enqueue(entry) > 0);
        }
        outbox = store.all();
        QVERIFY(app.community.drafts().save(
            u"post:new"_s, QJsonObject{{u"title"_s, u"What helped this month"_s}}));
        drafts = app.community.drafts().all();
    }
    // That session did not end cleanly, and the disk lost pages of posts.
    QVERIFY(QFile::remove(CacheDatabase::cleanMarkPath(path)));
    overwriteMiddle(path);
    if (QTest::currentTestFailed())
        return;

    App app(m_server.url(), data.path(), m_service);
    app.community.setNetworkEnabled(false);
    QSignalSpy resumed(&app.community, &Community::resumeFinished);
    QVERIFY(app.community.open());
    QVERIFY(resumed.wait(20'000));
    QCOMPARE(app.community.account().cache().path(), path);
    QCOMPARE(app.community.account().cache().check(), CacheDatabase::Check::Later);
    QVERIFY(!app.community.recovery().happened);

    // The person is writing: the repair waits.
    bool writing = true;
    app.community.setRepairGate([&writing] { return !writing; });
    QSignalSpy damaged(&app.community, &Community::cacheDamaged);
    QSignalSpy switched(&app.community, &Community::switched);
    app.community.startHealthChecks();
    QVERIFY(damaged.wait(60'000));
    QVERIFY(!damaged.first().at(0).toString().isEmpty());
    QCOMPARE(switched.count(), 0);
    QVERIFY(!app.community.recovery().happened);

    writing = false;
    QVERIFY(switched.wait(30'000));
    const CacheDatabase::Recovery recovery = app.community.recovery();
    QVERIFY(recovery.cacheRebuilt);
    QCOMPARE(recovery.reason, damaged.first().at(0).toString());
    QVERIFY(!recovery.wordsMayBeLost);
    QVERIFY(QFileInfo::exists(recovery.movedAsidePath));
    QCOMPARE(app.community.account().cache().path(), path);
    QVERIFY(app.community.outbox());
    QCOMPARE(OutboxStore(app.community.account().cache().connection()).all(), outbox);
    QCOMPARE(app.community.drafts().all(), drafts);
    QVERIFY(!app.community.feed().post(500'001));
    QVERIFY(!app.community.isCheckingHealth());
}

QTEST_GUILESS_MAIN(TestCommunity)
#include "tst_community.moc"
