// The block list: the people the person blocked, most recent first, kept in the cache file;
// a refresh from the server never drops a block nor brings back an unblock that the server
// has not taken yet; what the sync engine leaves out of pages and threads.

#include "CacheTestData.h"
#include "cache/BlockList.h"
#include "cache/CacheDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::CacheTest;
using namespace Qt::StringLiterals;

class TestBlockList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void blockAndUnblock();
    void mostRecentFirst();
    void survivesReopen();
    void serverListReplacesTheList();
    void waitingChoicesHoldOverTheServer();
    void postsOfBlockedAuthorsAreLeftOut();
    void commentsAndTheirRepliesAreLeftOut();

private:
    QList<qint64> idsOf(const QList<User> &users) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
};

void TestBlockList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<CacheDatabase>();
    QVERIFY2(m_database->open(m_dir->filePath(u"cache.sqlite"_s)),
        qPrintable(m_database->errorString()));
}

void TestBlockList::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

QList<qint64> TestBlockList::idsOf(const QList<User> &users) const
{
    QList<qint64> ids;
    for (const User &user : users)
        ids.append(user.id);
    return ids;
}

void TestBlockList::blockAndUnblock()
{
    BlockList blocks(m_database->connection());
    QVERIFY(blocks.all().isEmpty());
    QVERIFY(!blocks.contains(7));

    QVERIFY(blocks.block(member(7)));
    QVERIFY(blocks.contains(7));
    QVERIFY(!blocks.contains(8));
    QCOMPARE(blocks.ids(), QSet<qint64>{7});
    QCOMPARE(blocks.all(), (QList<User>{member(7)}));

    // Blocking again is no new entry; a name given now replaces the old one, an empty one
    // does not erase it.
    User renamed = member(7);
    renamed.displayName = u"Quiet Harbour"_s;
    QVERIFY(blocks.block(renamed));
    QCOMPARE(blocks.all(), (QList<User>{renamed}));
    QVERIFY(blocks.block(User{7, {}, {}, false}));
    QCOMPARE(blocks.all(), (QList<User>{renamed}));

    QVERIFY(!blocks.block(User{0, u"nobody"_s, u"Nobody"_s, false}));
    QVERIFY(blocks.unblock(7));
    QVERIFY(!blocks.contains(7));
    QVERIFY(blocks.ids().isEmpty());
    QVERIFY(blocks.unblock(7)); // not there: nothing to do
}

void TestBlockList::mostRecentFirst()
{
    BlockList blocks(m_database->connection());
    for (qint64 id : {3, 1, 2}) {
        QVERIFY(blocks.block(member(id)));
        QTest::qWait(2); // distinct times
    }
    QCOMPARE(idsOf(blocks.all()), (QList<qint64>{2, 1, 3}));
    // Blocking someone again keeps their place.
    QVERIFY(blocks.block(member(3)));
    QCOMPARE(idsOf(blocks.all()), (QList<qint64>{2, 1, 3}));
}

void TestBlockList::survivesReopen()
{
    {
        BlockList blocks(m_database->connection());
        QVERIFY(blocks.block(member(4)));
        QVERIFY(blocks.block(member(5)));
        QVERIFY(blocks.unblock(4));
    }
    m_database->close();
    QVERIFY(m_database->open(m_dir->filePath(u"cache.sqlite"_s)));
    BlockList blocks(m_database->connection());
    QCOMPARE(blocks.all(), (QList<User>{member(5)}));
}

void TestBlockList::serverListReplacesTheList()
{
    BlockList blocks(m_database->connection());
    QVERIFY(blocks.block(member(1)));
    QVERIFY(blocks.block(member(2)));
    QTest::qWait(2); // the refresh comes later

    // The server knows 2 (blocked here), 5 and 6 (blocked on another device, 5 the later),
    // and no longer 1 (unblocked elsewhere).
    QVERIFY(blocks.replaceFromServer({member(5), member(2), member(6)}, {}));
    QCOMPARE(blocks.ids(), (QSet<qint64>{2, 5, 6}));
    QCOMPARE(idsOf(blocks.all()), (QList<qint64>{5, 6, 2}));
    QVERIFY(blocks.replaceFromServer({}, {}));
    QVERIFY(blocks.all().isEmpty());
}

void TestBlockList::waitingChoicesHoldOverTheServer()
{
    BlockList blocks(m_database->connection());
    QVERIFY(blocks.block(member(1)));
    QVERIFY(blocks.block(member(3)));
    // The server has 2 and 3. Waiting: a block of 1 (not on the server yet), an unblock of 3
    // (still on the server), a block of 4 that the list lost (a rebuilt cache: the name comes
    // with the choice), and 5 blocked then unblocked.
    const QList<BlockList::Choice> waiting{{member(1), true}, {member(3), false}, {member(4), true},
        {member(5), true}, {member(5), false}};
    QVERIFY(blocks.replaceFromServer({member(2), member(3)}, waiting));
    QCOMPARE(blocks.ids(), (QSet<qint64>{1, 2, 4}));
    QVERIFY(blocks.all().contains(member(4)));
    // The last choice wins, whatever came before it.
    QVERIFY(blocks.replaceFromServer({}, {{member(6), false}, {member(6), true}}));
    QCOMPARE(blocks.ids(), QSet<qint64>{6});
    // A choice written before users went with the writes carries the id alone: the name
    // the list held is kept.
    User idOnly;
    idOnly.id = 6;
    QVERIFY(blocks.replaceFromServer({}, {{idOnly, true}}));
    QCOMPARE(blocks.all(), QList<User>{member(6)});
}

void TestBlockList::postsOfBlockedAuthorsAreLeftOut()
{
    QList<Post> posts;
    for (qint64 id = 1; id <= 14; ++id)
        posts.append(makePost(id, PostKind::Post, baseTime().addSecs(id), {u"Rest"_s}));
    const qint64 blocked = posts.first().author.id;
    const QList<Post> kept = BlockList::withoutBlocked(posts, {blocked, 9999});
    QCOMPARE(kept.size(), 12); // two posts per author in 14
    for (const Post &post : kept)
        QVERIFY(post.author.id != blocked);
    QCOMPARE(kept.first().id, 2); // the order stays
    QCOMPARE(BlockList::withoutBlocked(posts, {}), posts);
}

void TestBlockList::commentsAndTheirRepliesAreLeftOut()
{
    // Authors: member(200 + id % 5). 10 is by 200; its reply 11 (201) goes with it; the reply
    // 15 (200) under 12 goes alone. 201 wrote two replies, 11 and 16.
    const QList<Comment> thread{
        makeComment(10, 42, std::nullopt, baseTime()),
        makeComment(11, 42, 10, baseTime().addSecs(1)),
        makeComment(12, 42, std::nullopt, baseTime().addSecs(2)),
        makeComment(15, 42, 12, baseTime().addSecs(3)),
        makeComment(16, 42, 12, baseTime().addSecs(4)),
    };
    QCOMPARE(CacheTest::idsOf(BlockList::withoutBlocked(thread, {200})), (QList<qint64>{12, 16}));
    QCOMPARE(
        CacheTest::idsOf(BlockList::withoutBlocked(thread, {201})), (QList<qint64>{10, 12, 15}));
}

QTEST_GUILESS_MAIN(TestBlockList)
#include "tst_blocklist.moc"
