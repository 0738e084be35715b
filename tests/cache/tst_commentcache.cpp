// The comment cache: threads in the server's order, pages that append or replace, local
// comments that keep their place and then take their server ids.

#include "CacheTestData.h"
#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::CacheTest;
using namespace Qt::StringLiterals;

class TestCommentCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void threadIsInServerOrder();
    void pagesAppendAndFirstPageReplaces();
    void threadsArePerPost();
    void storeCommentUpdatesInPlace();
    void aThreadPageKeepsAnEditOnItsWay();
    void removeCommentTakesItsReplies();
    void removeCommentsByAuthorTakesTheirThreads();
    void localCommentsTakeServerIds();
    void survivesReopen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
};

namespace {

QDateTime at(int minutes)
{
    return baseTime().addSecs(60 * minutes);
}

// A thread as the server sends it: top-level comments oldest first, each followed by its
// replies oldest first; ids do not follow time.
QList<Comment> serverThread()
{
    Comment tombstone = makeComment(10, 42, std::nullopt, at(2), QString());
    tombstone.body.clear();
    tombstone.deleted = true;
    tombstone.replyCount = 1;
    Comment first = makeComment(9, 42, std::nullopt, at(1));
    first.replyCount = 2;
    return {
        first,
        makeComment(15, 42, 9, at(2)),
        makeComment(11, 42, 9, at(3)),
        tombstone,
        makeComment(12, 42, 10, at(4)),
        makeComment(13, 42, std::nullopt, at(5)),
        makeComment(14, 42, std::nullopt, at(5)),
    };
}

} // namespace

void TestCommentCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<CacheDatabase>();
    QVERIFY2(m_database->open(m_dir->filePath(u"cache.sqlite"_s)),
        qPrintable(m_database->errorString()));
}

void TestCommentCache::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestCommentCache::threadIsInServerOrder()
{
    CommentCache cache(m_database->connection());
    // Stored in a scrambled order: the order comes from the data, not from insertion.
    QList<Comment> scrambled = serverThread();
    std::reverse(scrambled.begin(), scrambled.end());
    scrambled.swapItemsAt(1, 4);
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{scrambled, {}}, true));
    QCOMPARE(cache.thread(42), serverThread());
    QCOMPARE(idsOf(cache.thread(42)), (QList<qint64>{9, 15, 11, 10, 12, 13, 14}));
    QVERIFY(cache.thread(42).at(3).deleted);
    QCOMPARE(cache.threadCursor(42), QString());
}

void TestCommentCache::pagesAppendAndFirstPageReplaces()
{
    CommentCache cache(m_database->connection());
    const QList<Comment> thread = serverThread();
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{thread.mid(0, 3), u"p2"_s}, true));
    QCOMPARE(cache.threadCursor(42), u"p2"_s);
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{thread.mid(3), {}}, false));
    QCOMPARE(cache.thread(42), thread);
    QCOMPARE(cache.threadCursor(42), QString());

    // The person's comment and reply, not on the server yet.
    const Comment local = makeComment(-1, 42, std::nullopt, at(60));
    const Comment localReply = makeComment(-2, 42, 9, at(61));
    QVERIFY(cache.storeComment(local));
    QVERIFY(cache.storeComment(localReply));

    // A refresh: comment 13 was removed for the reader (blocked author), 14 edited.
    Comment edited = thread.at(6);
    edited.body = u"Edited: thank you, truly."_s;
    edited.version = 2;
    edited.editedAt = at(90);
    QList<Comment> refreshed = thread.mid(0, 5);
    refreshed.append(edited);
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{refreshed, u"again"_s}, true));
    QCOMPARE(idsOf(cache.thread(42)), (QList<qint64>{9, 15, 11, -2, 10, 12, 14, -1}));
    QCOMPARE(cache.comment(14), std::make_optional(edited));
    QVERIFY(!cache.comment(13));
    QCOMPARE(cache.threadCursor(42), u"again"_s);
}

void TestCommentCache::threadsArePerPost()
{
    CommentCache cache(m_database->connection());
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{serverThread(), {}}, true));
    const QList<Comment> other{makeComment(100, 43, std::nullopt, at(1))};
    QVERIFY(cache.storeThreadPage(43, Page<Comment>{other, u"c"_s}, true));
    QCOMPARE(cache.thread(43), other);
    QCOMPARE(cache.thread(42), serverThread());
    // Replacing one post's thread leaves the other's.
    QVERIFY(cache.storeThreadPage(43, Page<Comment>{}, true));
    QVERIFY(cache.thread(43).isEmpty());
    QCOMPARE(cache.thread(42).size(), serverThread().size());
    QVERIFY(cache.thread(404).isEmpty());
}

void TestCommentCache::storeCommentUpdatesInPlace()
{
    CommentCache cache(m_database->connection());
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{serverThread(), {}}, true));
    Comment comment = serverThread().at(2);
    comment.body = u"Thinking of you this week."_s;
    comment.version = 3;
    QVERIFY(cache.storeComment(comment));
    QCOMPARE(cache.comment(11), std::make_optional(comment));
    QCOMPARE(cache.thread(42).size(), serverThread().size());
    QCOMPARE(cache.thread(42).at(2), comment);
}

void TestCommentCache::aThreadPageKeepsAnEditOnItsWay()
{
    CommentCache cache(m_database->connection());
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{serverThread(), {}}, true));
    // The person edits their comment; the edit waits to be sent.
    Comment edit = serverThread().at(5);
    edit.body = u"Edited here, not sent yet."_s;
    edit.editedAt = at(30);
    QVERIFY(cache.storeComment(edit));
    QVERIFY(cache.setLocalState(13, LocalState::Pending));
    // The thread is read again meanwhile (someone else replied): the server has the words
    // before the edit.
    QList<Comment> again = serverThread();
    again.insert(3, makeComment(16, 42, 9, at(6)));
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{again, {}}, true));
    QCOMPARE(cache.comment(13), std::make_optional(edit));
    QCOMPARE(cache.localState(13), LocalState::Pending);
    QVERIFY(cache.comment(16));
    // Once sent, the server's copy is stored again, and pages update it from then on.
    Comment accepted = edit;
    accepted.version = 2;
    QVERIFY(cache.storeComment(accepted));
    QVERIFY(cache.setLocalState(13, LocalState::Synced));
    Comment later = accepted;
    later.body = u"Edited once more, elsewhere."_s;
    later.version = 3;
    again[6] = later;
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{again, {}}, true));
    QCOMPARE(cache.comment(13), std::make_optional(later));
}

void TestCommentCache::removeCommentTakesItsReplies()
{
    CommentCache cache(m_database->connection());
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{serverThread(), {}}, true));
    QVERIFY(cache.removeComment(9));
    QCOMPARE(idsOf(cache.thread(42)), (QList<qint64>{10, 12, 13, 14}));
    QVERIFY(cache.removeComment(12));
    QCOMPARE(idsOf(cache.thread(42)), (QList<qint64>{10, 13, 14}));
    QVERIFY(cache.removeComment(404));
}

void TestCommentCache::removeCommentsByAuthorTakesTheirThreads()
{
    CommentCache cache(m_database->connection());
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{serverThread(), {}}, true));
    // Member 200 wrote 15 (a reply) and 10 (a tombstone with the reply 12 by someone else),
    // and 20 on post 43 (with the reply 21 by someone else); post 44's thread is others'.
    QCOMPARE(cache.comment(10).value_or(Comment()).author.id, 200);
    QVERIFY(cache.storeThreadPage(43,
        Page<Comment>{{makeComment(20, 43, std::nullopt, at(1)), makeComment(21, 43, 20, at(2)),
                          makeComment(22, 43, std::nullopt, at(3))},
            {}},
        true));
    QVERIFY(cache.storeThreadPage(
        44, Page<Comment>{{makeComment(31, 44, std::nullopt, at(1))}, {}}, true));

    QList<qint64> threads{-1};
    QVERIFY(cache.removeCommentsByAuthor(200, &threads));
    QCOMPARE(threads, (QList<qint64>{42, 43}));
    // A removed reply's parent stays; a removed comment's replies go with it.
    QCOMPARE(idsOf(cache.thread(42)), (QList<qint64>{9, 11, 13, 14}));
    QCOMPARE(idsOf(cache.thread(43)), (QList<qint64>{22}));
    QCOMPARE(idsOf(cache.thread(44)), (QList<qint64>{31}));

    // Nobody's comments left: nothing changes, no thread is named.
    QVERIFY(cache.removeCommentsByAuthor(200, &threads));
    QVERIFY(threads.isEmpty());
    QVERIFY(cache.removeCommentsByAuthor(204));
    QCOMPARE(idsOf(cache.thread(42)), (QList<qint64>{13}));
}

void TestCommentCache::localCommentsTakeServerIds()
{
    CommentCache cache(m_database->connection());
    QVERIFY(cache.storeThreadPage(42, Page<Comment>{serverThread(), {}}, true));
    // A comment and a reply to it, written offline; and a comment on a local post.
    QVERIFY(cache.storeComment(makeComment(-1, 42, std::nullopt, at(60))));
    QVERIFY(cache.storeComment(makeComment(-2, 42, -1, at(61))));
    QVERIFY(cache.storeComment(makeComment(-3, -9, std::nullopt, at(62))));
    QCOMPARE(cache.localState(-1), LocalState::Pending);
    QCOMPARE(cache.localState(-2), LocalState::Pending);
    QCOMPARE(cache.localState(11), LocalState::Synced);
    QCOMPARE(cache.comment(-2).value_or(Comment()).parentId, std::optional<qint64>(-1));
    QCOMPARE(cache.thread(-9).size(), 1);
    QCOMPARE(cache.thread(-9).value(0).postId, -9);
    QCOMPARE(idsOf(cache.thread(42)).mid(7), (QList<qint64>{-1, -2}));

    QVERIFY(cache.setLocalState(-1, LocalState::Failed, u"Too long."_s));
    QCOMPARE(cache.localState(-1), LocalState::Failed);
    QCOMPARE(cache.localError(-1), u"Too long."_s);
    QVERIFY(cache.setLocalState(-1, LocalState::Pending));
    QCOMPARE(cache.localError(-1), QString());

    QVERIFY(cache.replaceCommentId(-1, 700));
    QVERIFY(!cache.comment(-1));
    QVERIFY(cache.comment(700));
    QCOMPARE(cache.comment(700).value_or(Comment()).id, 700);
    QCOMPARE(cache.localState(700), LocalState::Synced);
    QCOMPARE(cache.comment(-2).value_or(Comment()).parentId, std::optional<qint64>(700));
    QCOMPARE(cache.localState(-2), LocalState::Pending);
    QCOMPARE(idsOf(cache.thread(42)).mid(7), (QList<qint64>{700, -2}));

    // The thread page with the server's copy arrived before the create's answer.
    QVERIFY(
        cache.storeThreadPage(42, Page<Comment>{{makeComment(701, 42, 700, at(61))}, {}}, false));
    QVERIFY(cache.replaceCommentId(-2, 701));
    QVERIFY(!cache.comment(-2));
    QCOMPARE(idsOf(cache.thread(42)).mid(7), (QList<qint64>{700, 701}));
    QVERIFY(!cache.replaceCommentId(-2, 702));
}

void TestCommentCache::survivesReopen()
{
    {
        CommentCache cache(m_database->connection());
        QVERIFY(cache.storeThreadPage(42, Page<Comment>{serverThread(), u"next"_s}, true));
        QVERIFY(cache.storeComment(makeComment(-1, 42, 9, at(60))));
    }
    m_database->close();
    QVERIFY(m_database->open(m_dir->filePath(u"cache.sqlite"_s)));
    CommentCache cache(m_database->connection());
    QCOMPARE(idsOf(cache.thread(42)), (QList<qint64>{9, 15, 11, -1, 10, 12, 13, 14}));
    QCOMPARE(cache.threadCursor(42), u"next"_s);
    QCOMPARE(cache.localState(-1), LocalState::Pending);
}

QTEST_GUILESS_MAIN(TestCommentCache)
#include "tst_commentcache.moc"
