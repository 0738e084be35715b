// The person's notifications in the cache: a first page replaces what it covers (entries gone
// on the server go here too), the newest are kept and read newest first, a read mark made
// here lowers the count before the server hears of it, announcements are remembered, all of
// it survives a reopen; and the mark's write goes through the outbox as its own kind.

#include "cache/CacheDatabase.h"
#include "cache/NotificationCache.h"
#include "cache/OutboxStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

Notification entry(qint64 id, NotificationKind kind = NotificationKind::Reply)
{
    Notification item;
    item.id = id;
    item.kind = kind;
    item.actor = User{7, u"fern_at_dawn"_s, u"Fern"_s, false};
    item.postId = 40 + id;
    item.commentId = 100 + id;
    item.topic = u"therapy"_s;
    item.title = u"Small steps"_s;
    item.text = u"A note %1"_s.arg(id);
    item.createdAt = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000 + id * 1000, Qt::UTC);
    return item;
}

QList<qint64> idsOf(const QList<Notification> &items)
{
    QList<qint64> ids;
    for (const Notification &item : items)
        ids.append(item.id);
    return ids;
}

} // namespace

class TestNotificationCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aFirstPageReplacesWhatItCovers();
    void theNewestAreKept();
    void aMarkMadeHereLowersTheCount();
    void announcementsAndStateSurviveAReopen();
    void theMarkIsAWriteOfItsOwnKind();

private:
    NotificationCache cache() const { return NotificationCache(m_database->connection()); }
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
};

void TestNotificationCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<CacheDatabase>();
    QVERIFY2(m_database->open(m_dir->filePath(u"cache.sqlite"_s)),
        qPrintable(m_database->errorString()));
}

void TestNotificationCache::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestNotificationCache::reopen()
{
    m_database->close();
    QVERIFY(m_database->open(m_dir->filePath(u"cache.sqlite"_s)));
}

void TestNotificationCache::aFirstPageReplacesWhatItCovers()
{
    QVERIFY(cache().store({entry(5), entry(4), entry(3), entry(1)}, true));
    QCOMPARE(idsOf(cache().newest()), QList<qint64>({5, 4, 3, 1}));
    QCOMPARE(cache().find(4)->text, u"A note 4"_s);
    // On the server 4 went (its post was deleted) and 5 was replaced by 6 (an aggregate
    // made new): the first page from 3 up is the truth; 1, older, stays.
    QVERIFY(cache().store({entry(6, NotificationKind::Reactions), entry(3)}, true));
    QCOMPARE(idsOf(cache().newest()), QList<qint64>({6, 3, 1}));
    QVERIFY(!cache().find(4));
    QCOMPARE(cache().find(6)->kind, NotificationKind::Reactions);
    // A later page only adds.
    QVERIFY(cache().store({entry(2)}, false));
    QCOMPARE(idsOf(cache().newest()), QList<qint64>({6, 3, 2, 1}));
    QCOMPARE(idsOf(cache().newest(2)), QList<qint64>({6, 3}));
    // An empty first page: nothing is left.
    QVERIFY(cache().store({}, true));
    QVERIFY(cache().newest().isEmpty());
}

void TestNotificationCache::theNewestAreKept()
{
    QList<Notification> many;
    for (qint64 id = NotificationCache::MaxKept + 20; id > 0; --id)
        many.append(entry(id));
    QVERIFY(cache().store(many, true));
    const QList<Notification> kept = cache().newest();
    QCOMPARE(kept.size(), NotificationCache::MaxKept);
    QCOMPARE(kept.first().id, NotificationCache::MaxKept + 20);
    QCOMPARE(kept.last().id, 21);
}

void TestNotificationCache::aMarkMadeHereLowersTheCount()
{
    QVERIFY(!cache().hasServerState());
    QVERIFY(cache().store({entry(9), entry(8), entry(7)}, true));
    QVERIFY(cache().setServerState({3, 9}));
    QVERIFY(cache().hasServerState());
    QCOMPARE(cache().state(), (NotificationState{3, 9}));
    QVERIFY(!cache().find(8)->read);

    // Read up to 8 here, the server not told yet: one stays unread.
    QVERIFY(cache().markRead(8));
    QCOMPARE(cache().state().unread, 1);
    QVERIFY(cache().find(8)->read);
    QVERIFY(!cache().find(9)->read);
    // A mark never moves back.
    QVERIFY(cache().markRead(2));
    QCOMPARE(cache().readMark(), 8);
    // Everything read: nothing unread, whatever the server last said.
    QVERIFY(cache().markRead(9));
    QCOMPARE(cache().state().unread, 0);
    // A newer entry on the server counts again.
    QVERIFY(cache().setServerState({1, 10}));
    QCOMPARE(cache().state(), (NotificationState{1, 10}));
}

void TestNotificationCache::announcementsAndStateSurviveAReopen()
{
    QVERIFY(cache().store({entry(4)}, true));
    QVERIFY(cache().setServerState({1, 4}));
    QVERIFY(cache().setAnnouncedUpTo(4));
    QVERIFY(cache().setAnnouncedUpTo(2)); // never back
    QVERIFY(cache().markRead(3));
    reopen();
    QCOMPARE(cache().announcedUpTo(), 4);
    QCOMPARE(cache().readMark(), 3);
    QCOMPARE(cache().state(), (NotificationState{1, 4}));
    QCOMPARE(cache().find(4)->actor.handle, u"fern_at_dawn"_s);
}

void TestNotificationCache::theMarkIsAWriteOfItsOwnKind()
{
    OutboxStore outbox(m_database->connection());
    QVERIFY(outbox.enqueue(MarkNotificationsRead{57}, u"mark-key"_s) > 0);
    reopen();
    const QList<QueuedWrite> waiting = OutboxStore(m_database->connection()).pendingWrites();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().write, PendingWrite(MarkNotificationsRead{57}));
    QCOMPARE(waiting.first().idempotencyKey, u"mark-key"_s);
}

QTEST_GUILESS_MAIN(TestNotificationCache)
#include "tst_notificationcache.moc"
