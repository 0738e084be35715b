// When the cache is read whole to check it: not at open after a clean shutdown (the clean
// mark), in the background after an unclean one (CacheHealthCheck), at open when the file
// changed while Hearth was away; and damage found in the background is repaired without
// losing the person's unsent words.

#include "CacheTestData.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheHealthCheck.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::CacheTest;
using namespace Qt::StringLiterals;

class TestCacheHealthCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustsACleanlyClosedCache();
    void checksInTheBackgroundAfterAnUncleanShutdown();
    void checksAtOpenAFileChangedWhileClosed();
    void repairsDamageFoundInTheBackgroundKeepingTheWords();
    void readsThatMeetCorruptionAreReported();
    void aCheckLetGoOfStopsWithoutAVerdict();
};

namespace {

struct Filled
{
    QList<OutboxEntry> outbox;
    QList<DraftStore::Draft> drafts;
};

// A cache with unsent writes, drafts and posts over many pages, closed as Hearth closes it.
Filled fill(const QString &path, int postCount)
{
    Filled filled;
    CacheDatabase database;
    if (!database.open(path))
        return filled;
    {
        OutboxStore outbox(database.connection());
        for (int i = 0; i < 3; ++i) {
            OutboxEntry entry;
            entry.kind = u"createComment"_s;
            entry.target = u"post:%1"_s.arg(70 + i);
            entry.payload = QJsonObject{
                {u"body"_s, u"Thinking of you this week, %1"_s.arg(i)}, {u"postId"_s, 70 + i}};
            outbox.enqueue(entry);
        }
        filled.outbox = outbox.all();
        DraftStore drafts(database.connection());
        drafts.save(u"post:new"_s, QJsonObject{{u"title"_s, u"On slow mornings"_s}});
        drafts.save(u"comment:post:71"_s, QJsonObject{{u"body"_s, u"I know that feeling"_s}});
        filled.drafts = drafts.all();
        QList<Post> posts;
        for (int i = 1; i <= postCount; ++i) {
            posts.append(makePost(i, PostKind::Story, baseTime().addSecs(i), {u"Therapy"_s}, {},
                QString(u"A walk by the river after the session, step by step. "_s).repeated(30)));
        }
        FeedCache(database.connection()).storePosts(posts);
    }
    database.close();
    return filled;
}

// What a session that did not end cleanly leaves: the files as they were while it ran,
// without the clean mark (open() took it, and nothing put it back).
void leaveUncleanly(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    QHash<QString, QByteArray> files;
    {
        CacheDatabase running;
        QVERIFY(running.open(path));
        QVERIFY(!QFileInfo::exists(CacheDatabase::cleanMarkPath(path)));
        for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            files.insert(info.filePath(), file.readAll());
        }
    }
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files))
        QVERIFY(QFile::remove(info.filePath()));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(it.key());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(it.value()), it.value().size());
    }
}

void overwriteMiddle(const QString &path)
{
    constexpr qint64 page = 4096;
    const qint64 size = QFileInfo(path).size();
    const qint64 from = (size * 2 / 5) / page * page;
    const qint64 length = (size / 5) / page * page;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QRandomGenerator random(23);
    QByteArray garbage(length, Qt::Uninitialized);
    for (char &byte : garbage)
        byte = char(random.bounded(256));
    QVERIFY(file.seek(from));
    QCOMPARE(file.write(garbage), length);
}

struct Verdict
{
    CacheHealthCheck::Verdict verdict = CacheHealthCheck::Verdict::NotRun;
    QString problem;
};

Verdict checkInTheBackground(const QString &path)
{
    Verdict result;
    CacheHealthCheck check(path);
    QSignalSpy finished(&check, &CacheHealthCheck::finished);
    check.start();
    if (!finished.wait(60'000))
        return result;
    result.verdict = finished.first().at(0).value<CacheHealthCheck::Verdict>();
    result.problem = finished.first().at(1).toString();
    return result;
}

QString quickCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace

void TestCacheHealthCheck::initTestCase()
{
    // Before any database is opened in this process, as main() does.
    QVERIFY(CacheHealthCheck::watchForCorruption());
}

void TestCacheHealthCheck::trustsACleanlyClosedCache()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const Filled filled = fill(path, 300);
    QCOMPARE(filled.outbox.size(), 3);
    QVERIFY(QFileInfo::exists(CacheDatabase::cleanMarkPath(path)));

    for (int start = 0; start < 3; ++start) {
        const int checksBefore = CacheDatabase::fullChecksAtOpen();
        CacheDatabase database;
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        // Not read whole, and nothing owed to the background either.
        QCOMPARE(database.check(), CacheDatabase::Check::Trusted);
        QCOMPARE(CacheDatabase::fullChecksAtOpen(), checksBefore);
        QVERIFY(!database.needsHealthCheck());
        QVERIFY(!database.recovery().happened);
        // While it is in use, no mark: a crash now leaves none.
        QVERIFY(!QFileInfo::exists(CacheDatabase::cleanMarkPath(path)));
        QCOMPARE(OutboxStore(database.connection()).all(), filled.outbox);
        QVERIFY(FeedCache(database.connection()).post(300));
        database.close();
        QVERIFY(QFileInfo::exists(CacheDatabase::cleanMarkPath(path)));
    }
}

void TestCacheHealthCheck::checksInTheBackgroundAfterAnUncleanShutdown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    fill(path, 300);
    leaveUncleanly(path);
    if (QTest::currentTestFailed())
        return;

    const int checksBefore = CacheDatabase::fullChecksAtOpen();
    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    // Owed, but not before open() returns: the window paints first.
    QCOMPARE(database.check(), CacheDatabase::Check::Later);
    QCOMPARE(CacheDatabase::fullChecksAtOpen(), checksBefore);
    QVERIFY(database.needsHealthCheck());

    const int backgroundBefore = CacheHealthCheck::started();
    const Verdict verdict = checkInTheBackground(path);
    QCOMPARE(CacheHealthCheck::started(), backgroundBefore + 1);
    QCOMPARE(verdict.verdict, CacheHealthCheck::Verdict::Sound);
    database.noteHealthy();
    QVERIFY(!database.needsHealthCheck());
    QVERIFY(database.checkedAt().isValid());
    database.close();

    // Checked and closed cleanly: trusted at the next start.
    CacheDatabase again;
    QVERIFY(again.open(path));
    QCOMPARE(again.check(), CacheDatabase::Check::Trusted);
    QVERIFY(!again.needsHealthCheck());
    QCOMPARE(CacheDatabase::fullChecksAtOpen(), checksBefore);
}

void TestCacheHealthCheck::checksAtOpenAFileChangedWhileClosed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    fill(path, 50);
    // Another program writes to it while Hearth is away (a restore would do the same).
    const QString name = u"another-program"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES ('x', 'y')"_s),
            qPrintable(query.lastError().text()));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    const int checksBefore = CacheDatabase::fullChecksAtOpen();
    CacheDatabase database;
    QVERIFY(database.open(path));
    QCOMPARE(database.check(), CacheDatabase::Check::Checked);
    QCOMPARE(CacheDatabase::fullChecksAtOpen(), checksBefore + 1);
    QVERIFY(!database.needsHealthCheck());
}

void TestCacheHealthCheck::repairsDamageFoundInTheBackgroundKeepingTheWords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const Filled filled = fill(path, 400);
    QCOMPARE(filled.outbox.size(), 3);
    QCOMPARE(filled.drafts.size(), 2);
    // The session ends uncleanly, and the disk loses some pages of posts.
    leaveUncleanly(path);
    overwriteMiddle(path);
    if (QTest::currentTestFailed())
        return;

    CacheDatabase database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QCOMPARE(database.check(), CacheDatabase::Check::Later);
    QVERIFY(!database.recovery().happened);

    const Verdict verdict = checkInTheBackground(path);
    QCOMPARE(verdict.verdict, CacheHealthCheck::Verdict::Damaged);
    QVERIFY(!verdict.problem.isEmpty());

    QVERIFY2(database.rebuild(verdict.problem), qPrintable(database.errorString()));
    const CacheDatabase::Recovery recovery = database.recovery();
    QVERIFY(recovery.happened);
    QVERIFY(recovery.cacheRebuilt);
    QCOMPARE(recovery.reason, verdict.problem);
    QVERIFY(QFileInfo::exists(recovery.movedAsidePath));
    QVERIFY(!recovery.wordsMayBeLost);
    QCOMPARE(quickCheck(database.connection()), u"ok"_s);
    QVERIFY(!FeedCache(database.connection()).post(1));
    // The person's unsent words, all of them, in order, with their keys.
    QCOMPARE(OutboxStore(database.connection()).all(), filled.outbox);
    QCOMPARE(DraftStore(database.connection()).all(), filled.drafts);
    QVERIFY(!database.needsHealthCheck());
    database.close();

    CacheDatabase again;
    QVERIFY(again.open(path));
    QCOMPARE(again.check(), CacheDatabase::Check::Trusted);
    QVERIFY(!again.recovery().happened);
    QCOMPARE(OutboxStore(again.connection()).all(), filled.outbox);
}

void TestCacheHealthCheck::readsThatMeetCorruptionAreReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    fill(path, 400);
    leaveUncleanly(path);
    overwriteMiddle(path);
    if (QTest::currentTestFailed())
        return;

    auto *watcher = qobject_cast<CorruptionWatcher *>(CacheHealthCheck::corruptionWatcher());
    QVERIFY(watcher);
    QSignalSpy seen(watcher, &CorruptionWatcher::corruptionSeen);
    CacheDatabase database;
    QVERIFY(database.open(path));
    QCOMPARE(seen.count(), 0);
    {
        // A read of the whole feed walks the damaged pages.
        QSqlQuery query(database.connection());
        if (query.exec(u"SELECT count(*), sum(length(body)) FROM posts"_s))
            query.next();
    }
    QTRY_VERIFY(seen.count() > 0);
}

// The cache goes (a sign-in, a repair, quitting) while its check runs: the check is
// interrupted and waited for, and no verdict about a cache no longer there arrives.
void TestCacheHealthCheck::aCheckLetGoOfStopsWithoutAVerdict()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    fill(path, 2000);
    int verdicts = 0;
    for (int round = 0; round < 5; ++round) {
        auto check = std::make_unique<CacheHealthCheck>(path);
        connect(check.get(), &CacheHealthCheck::finished, this, [&verdicts] { ++verdicts; });
        check->start();
        QVERIFY(check->isRunning());
        check.reset();
    }
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(verdicts, 0);
    // And the file is as it was: a later check finds it sound.
    QCOMPARE(checkInTheBackground(path).verdict, CacheHealthCheck::Verdict::Sound);
}

QTEST_GUILESS_MAIN(TestCacheHealthCheck)
#include "tst_cachehealthcheck.moc"
