// The cache pruner: a cache filled beyond its bound is pruned to it, on a connection of its
// own without the words file (as the cache writer's thread has it), and keeps what the
// person will read: their own posts, what they reacted to, opened, have not sent yet or the
// outbox or a draft names, and the newest pages of the topics they joined or read. What
// goes, goes whole, and each feed stays a run from its top that goes on, on the server, from
// the page that ends where the cached run ends. (tst_prunedfeed scrolls past the cut against
// a real server.)

#include "CacheTestData.h"
#include "cache/CacheDatabase.h"
#include "cache/CachePruner.h"
#include "cache/CommentCache.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::CacheTest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Me = 4242;
constexpr int PostCount = 3000;
constexpr int PageSize = 20;

const QString Therapy = u"therapy"_s; // joined
const QString Grief = u"grief"_s; // read long ago, not joined
const QString Sleep = u"sleep"_s; // never opened as a feed

QString topicOf(qint64 id)
{
    return id % 3 == 0 ? Therapy : id % 3 == 1 ? Grief : Sleep;
}

// Higher ids are newer; about 1.5 KB of text each, so that the file is a few megabytes.
Post filler(qint64 id)
{
    QString body;
    for (int i = 0; i < 12; ++i) {
        body += u"Paragraph %1 of entry %2: the walk by the river helped, and so did writing "
                "it down before sleep. "_s.arg(i)
                    .arg(id);
    }
    Post post = makePost(id, PostKind::Post, baseTime().addSecs(60 * id), {topicOf(id)}, {},
        body + u" marker%1word"_s.arg(id));
    if (id % 50 == 7) {
        Media media;
        media.id = 90'000 + id;
        media.mimeType = u"image/jpeg"_s;
        media.width = 640;
        media.height = 480;
        post.media = media;
    }
    return post;
}

QList<Post> newestFirst(const QString &topic)
{
    QList<Post> posts;
    for (qint64 id = PostCount; id >= 1; --id) {
        if (topicOf(id) == topic)
            posts.append(filler(id));
    }
    return posts;
}

QString latestCursorAfter(qint64 id)
{
    return u"latest-after-"_s + QString::number(id);
}

QString trendingCursorAfter(int rank)
{
    return u"trending-after-"_s + QString::number(rank);
}

// Every page of a topic's latest feed as the server sends them, and a trending ranking (by a
// fixed shuffle) of the same posts.
void storeFeeds(FeedCache &feed, const QString &topic)
{
    const QList<Post> posts = newestFirst(topic);
    for (qsizetype at = 0; at < posts.size(); at += PageSize) {
        const QList<Post> items = posts.mid(at, PageSize);
        const bool last = at + PageSize >= posts.size();
        QVERIFY(feed.storeFeedPage({topic, FeedKind::All, FeedSort::Latest},
            {items, last ? QString() : latestCursorAfter(items.last().id)}, 0));
    }
    QList<Post> ranked = posts;
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const Post &a, const Post &b) { return (a.id * 7919) % 1000 < (b.id * 7919) % 1000; });
    for (qsizetype at = 0; at < ranked.size(); at += PageSize) {
        const QList<Post> items = ranked.mid(at, PageSize);
        const bool last = at + PageSize >= ranked.size();
        QVERIFY(feed.storeFeedPage({topic, FeedKind::All, FeedSort::Trending},
            {items, last ? QString() : trendingCursorAfter(int(at + items.size() - 1))}, int(at)));
    }
}

QList<qint64> wholeFeed(const FeedCache &cache, const FeedKey &key)
{
    QList<qint64> ids;
    FeedPosition position = FeedPosition::start();
    for (;;) {
        FeedPosition last;
        int rowsRead = 0;
        const QList<Post> page = cache.feed(key, position, PageSize, &last, &rowsRead);
        ids += idsOf(page);
        if (rowsRead < PageSize)
            return ids;
        position = last;
    }
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("%s", qPrintable(sql));
    return query.value(0).toLongLong();
}

// Makes the feeds of slug look fetched seconds ago.
void readAgo(const QSqlDatabase &db, const QString &slug, qint64 seconds)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE feed_cursors SET updated_at = ? WHERE slug = ?"_s);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - seconds * 1000);
    query.addBindValue(slug);
    if (!query.exec())
        qFatal("cannot age the feeds of %s", qPrintable(slug));
}

// The words file and its write-ahead log, byte for byte.
QByteArray digestOf(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : QStringList{path, path + u"-wal"_s}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
        hash.addData(QByteArray::number(QFileInfo(name).size()));
    }
    return hash.result();
}

} // namespace

class TestCachePruner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prunesToItsBoundAndKeepsWhatThePolicyKeeps();
    void withinItsBoundNothingGoes();
    void itPrunesNoFurtherThanItsBound();
    void aFeedBeingReadIsKeptWhole();
    void aPostKeptBelowTheCutJoinsItsFeedWhenStoredAgain();
    void theWordsFileNamesWhatIsHeld();
    void theSettingIsInMegabytes();

private:
    QTemporaryDir m_dir;
};

void TestCachePruner::prunesToItsBoundAndKeepsWhatThePolicyKeeps()
{
    const QString path = m_dir.filePath(u"bounded.sqlite"_s);
    CacheDatabase window;
    QVERIFY2(window.open(path), qPrintable(window.errorString()));
    FeedCache feed(window.connection());
    CommentCache comments(window.connection());

    Topic therapy;
    therapy.slug = Therapy;
    therapy.name = u"Therapy"_s;
    therapy.tag = u"Therapy"_s;
    therapy.joined = true;
    Topic grief = therapy;
    grief.slug = Grief;
    grief.name = grief.tag = u"Grief"_s;
    grief.joined = false;
    QVERIFY(feed.storeTopics({therapy, grief}));

    storeFeeds(feed, Therapy);
    storeFeeds(feed, Grief);
    QList<Post> sleep = newestFirst(Sleep);
    QVERIFY(feed.storePosts(sleep));

    // What the person holds on to, all among the oldest posts.
    Post mine = filler(3); // therapy
    mine.author = {Me, u"me"_s, u"Me"_s, false};
    QVERIFY(feed.storePosts({mine}));
    QVERIFY(feed.setMyReaction(6, ReactionKind::Hug)); // therapy
    QVERIFY(feed.setMyReaction(5, ReactionKind::Heart)); // sleep
    QVERIFY(feed.markOpened(9)); // therapy
    QVERIFY(feed.markOpened(10)); // grief
    QVERIFY(feed.setLocalState(13, LocalState::Pending)); // grief
    QVERIFY(feed.setLocalState(14, LocalState::Failed, u"Refused."_s)); // sleep
    const qint64 inOutbox = 17; // sleep: an edit waiting to be sent names it
    const qint64 commentedOn = 20; // sleep: an edit of a comment on it waits to be sent
    QVERIFY(comments.storeThreadPage(
        commentedOn, {{makeComment(520, commentedOn, std::nullopt, baseTime())}, {}}, true));
    // What must go with the posts that go.
    QVERIFY(comments.storeThreadPage(1,
        {{makeComment(501, 1, std::nullopt, baseTime()), makeComment(502, 1, 501, baseTime())},
            u"thread-1"_s},
        true));
    // Therapy's feed was read two hours ago (not being read now), Grief's long ago: it is
    // not kept as a topic read recently.
    readAgo(window.connection(), Therapy, 2 * 3600);
    readAgo(window.connection(), Grief, 90 * 24 * 3600);
    QVERIFY(feed.referencedMediaIds().contains(90'007));
    QCOMPARE(feed.search(u"marker1word"_s, 5).size(), 1);

    // A draft in the words file, which pruning never touches.
    DraftStore drafts(window.connection());
    QVERIFY(drafts.save(u"composer"_s, QJsonObject{{u"body"_s, u"Not finished yet."_s}}));
    const QByteArray wordsBefore = digestOf(window.wordsPath());
    QVERIFY(!wordsBefore.isEmpty());

    // The writer's side: the cache alone.
    CacheDatabase writer;
    QVERIFY2(writer.open(path, CacheDatabase::Words::Leave), qPrintable(writer.errorString()));
    CachePruner pruner(writer.connection());
    const qint64 before = pruner.usedBytes();
    CachePruner::Policy policy;
    policy.maxBytes = before / 3;
    policy.myUserId = Me;
    policy.heldPostIds = {inOutbox};
    policy.heldCommentIds = {520};
    policy.batchSize = 100;
    const CachePruner::Report report = pruner.prune(policy);
    qInfo() << "pruned" << report.postsRemoved << "of" << report.postsBefore << "posts in"
            << report.batches << "batches:" << report.bytesBefore << "->" << report.bytesAfter
            << "bytes in use; file" << report.fileBytesBefore << "->" << report.fileBytesAfter;

    QVERIFY(!report.failed);
    QVERIFY(report.bounded);
    QVERIFY(report.postsRemoved > 0);
    QCOMPARE(report.postsBefore, PostCount);
    QVERIFY(pruner.usedBytes() <= policy.maxBytes);
    QVERIFY(report.batches > 1); // a bound of its own per transaction

    // Kept whatever the bound.
    for (qint64 id : {qint64(3), qint64(6), qint64(5), qint64(9), qint64(10), qint64(13),
             qint64(14), inOutbox, commentedOn}) {
        QVERIFY2(feed.post(id).has_value(), qPrintable(QString::number(id)));
    }
    const QList<Post> therapyPosts = newestFirst(Therapy);
    for (qsizetype i = 0; i < policy.keepPerTopic; ++i)
        QVERIFY(feed.post(therapyPosts[i].id).has_value());
    // Gone, whole: comments, media references, search entries, links and ranks.
    QVERIFY(!feed.post(1));
    QVERIFY(!feed.post(2));
    QVERIFY(comments.thread(1).isEmpty());
    QVERIFY(!feed.referencedMediaIds().contains(90'007));
    QVERIFY(feed.search(u"marker1word"_s, 5).isEmpty());
    const QSqlDatabase db = writer.connection();
    QCOMPARE(count(db,
                 u"SELECT count(*) FROM post_topics WHERE post_id NOT IN (SELECT id FROM posts)"_s),
        0);
    QCOMPARE(
        count(db,
            u"SELECT count(*) FROM trending_ranks WHERE post_id NOT IN (SELECT id FROM posts)"_s),
        0);
    QCOMPARE(
        count(db, u"SELECT count(*) FROM media_refs WHERE post_id NOT IN (SELECT id FROM posts)"_s),
        0);
    QCOMPARE(
        count(db, u"SELECT count(*) FROM comments WHERE post_id NOT IN (SELECT id FROM posts)"_s),
        0);
    QCOMPARE(
        count(db, u"SELECT count(*) FROM posts_fts"_s), count(db, u"SELECT count(*) FROM posts"_s));
    QCOMPARE(count(db, u"SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'marker2word'"_s), 0);

    // Each latest feed is a run from its top, the kept older posts left out of it, and goes
    // on from the page that ends where the run ends, or nearest above: scrolling on asks the
    // server for what follows, and no post is skipped. A feed that kept no whole page has no
    // cursor until its next first page.
    for (const QString &topic : {Therapy, Grief}) {
        const FeedKey key{topic, FeedKind::All, FeedSort::Latest};
        const QList<qint64> shown = wholeFeed(feed, key);
        const QList<Post> all = newestFirst(topic);
        QVERIFY2(shown.size() < all.size(), qPrintable(topic));
        QCOMPARE(shown, idsOf(all.mid(0, shown.size())));
        const QString cursor = feed.serverCursor(key);
        if (shown.size() < PageSize) {
            QVERIFY2(cursor.isEmpty(), qPrintable(topic));
            continue;
        }
        QVERIFY2(cursor.startsWith(u"latest-after-"_s), qPrintable(topic));
        const qsizetype end = shown.indexOf(cursor.mid(13).toLongLong());
        QVERIFY(end >= 0);
        QCOMPARE((end + 1) % PageSize, 0);
        QVERIFY(shown.size() - (end + 1) < PageSize);
    }
    // The joined topic keeps more than its newest pages only when the bound allows.
    QVERIFY(
        wholeFeed(feed, {Therapy, FeedKind::All, FeedSort::Latest}).size() >= policy.keepPerTopic);
    // A kept post older than the cut is still there to open, outside the feed.
    QVERIFY(!wholeFeed(feed, {Therapy, FeedKind::All, FeedSort::Latest}).contains(6));
    // A trending ranking keeps whole pages from its top, with the cursor after the last.
    for (const QString &topic : {Therapy, Grief}) {
        const FeedKey key{topic, FeedKind::All, FeedSort::Trending};
        const QList<qint64> shown = wholeFeed(feed, key);
        QCOMPARE(shown.size() % PageSize, 0);
        if (shown.isEmpty()) {
            QVERIFY(feed.serverCursor(key).isEmpty());
            continue;
        }
        QCOMPARE(feed.serverCursor(key), trendingCursorAfter(int(shown.size()) - 1));
        QCOMPARE(feed.nextTrendingRank(key), shown.size());
    }
    QVERIFY(wholeFeed(feed, {Therapy, FeedKind::All, FeedSort::Trending}).size()
        >= policy.keepPerTopic);

    // A new first page (newer posts came) does not move where scrolling goes on.
    const QString goesOn = feed.serverCursor({Therapy, FeedKind::All, FeedSort::Latest});
    Post newer = filler(PostCount + 3);
    QVERIFY(feed.storeFeedPage({Therapy, FeedKind::All, FeedSort::Latest},
        {{newer, filler(PostCount), filler(PostCount - 3)}, latestCursorAfter(PostCount - 3)}, 0));
    QCOMPARE(feed.serverCursor({Therapy, FeedKind::All, FeedSort::Latest}), goesOn);

    writer.close();
    QCOMPARE(digestOf(window.wordsPath()), wordsBefore);
    QCOMPARE(drafts.load(u"composer"_s)->value(u"body"_s).toString(), u"Not finished yet."_s);
}

void TestCachePruner::withinItsBoundNothingGoes()
{
    CacheDatabase database;
    QVERIFY(database.open(m_dir.filePath(u"small.sqlite"_s)));
    FeedCache feed(database.connection());
    QVERIFY(feed.storePosts(newestFirst(Sleep).mid(0, 50)));
    CachePruner pruner(database.connection());
    CachePruner::Policy policy;
    policy.maxBytes = pruner.usedBytes();
    const CachePruner::Report report = pruner.prune(policy);
    QVERIFY(report.bounded);
    QCOMPARE(report.postsRemoved, 0);
    QCOMPARE(wholeFeed(feed, {Sleep, FeedKind::All, FeedSort::Latest}).size(), 50);
}

void TestCachePruner::itPrunesNoFurtherThanItsBound()
{
    CacheDatabase database;
    QVERIFY(database.open(m_dir.filePath(u"half.sqlite"_s)));
    FeedCache feed(database.connection());
    QList<Post> posts;
    for (qint64 id = 1; id <= PostCount; ++id)
        posts.append(filler(id));
    QVERIFY(feed.storePosts(posts));
    CachePruner pruner(database.connection());
    CachePruner::Policy policy;
    policy.maxBytes = pruner.usedBytes() / 2;
    const CachePruner::Report report = pruner.prune(policy);
    qInfo() << "pruned" << report.postsRemoved << "of" << report.postsBefore << "posts in"
            << report.batches << "batches and" << report.merges << "merges:" << report.bytesBefore
            << "->" << report.bytesAfter << "bytes in use";
    QVERIFY(report.bounded);
    QVERIFY(pruner.usedBytes() <= policy.maxBytes);
    // About the share of the posts that the bound asks for (a little more, for headroom):
    // the search index frees its pages only once merged, so the bytes in use fall behind the
    // removals, and pruning until they met the bound took nearly everything.
    QVERIFY2(report.postsRemoved <= PostCount * 7 / 10,
        qPrintable(QString::number(report.postsRemoved)));
    QVERIFY(report.postsRemoved >= PostCount / 2);
    QVERIFY(report.merges > 0);
    QCOMPARE(feed.search(u"marker%1word"_s.arg(PostCount), 5).size(), 1);
    QVERIFY(feed.search(u"marker1word"_s, 5).isEmpty());
}

void TestCachePruner::aFeedBeingReadIsKeptWhole()
{
    CacheDatabase database;
    QVERIFY(database.open(m_dir.filePath(u"reading.sqlite"_s)));
    FeedCache feed(database.connection());
    storeFeeds(feed, Grief);
    QVERIFY(feed.storePosts(newestFirst(Sleep)));
    const int griefPosts = int(newestFirst(Grief).size());
    CachePruner pruner(database.connection());
    CachePruner::Policy policy;
    policy.maxBytes = 1;
    policy.keepPerTopic = 50;

    // Fetched a moment ago: the reader may be anywhere in it.
    CachePruner::Report report = pruner.prune(policy);
    QVERIFY(!report.failed);
    QVERIFY(!report.bounded);
    QCOMPARE(report.postsRemoved, report.postsBefore - griefPosts);
    QCOMPARE(wholeFeed(feed, {Grief, FeedKind::All, FeedSort::Latest}).size(), griefPosts);
    QVERIFY(wholeFeed(feed, {Sleep, FeedKind::All, FeedSort::Latest}).isEmpty());

    // Read two hours ago: its newest posts stay, and it goes on from the page above the cut.
    readAgo(database.connection(), Grief, 2 * 3600);
    report = pruner.prune(policy);
    QVERIFY(!report.failed);
    const FeedKey latest{Grief, FeedKind::All, FeedSort::Latest};
    const QList<qint64> kept = wholeFeed(feed, latest);
    QCOMPARE(kept.size(), policy.keepPerTopic);
    QCOMPARE(feed.serverCursor(latest), latestCursorAfter(kept.at(2 * PageSize - 1)));
}

// A post kept below the cut (opened lately) leaves the feed the pruner cut; when the server
// sends it again, unchanged, it is that feed's again: the write path's shortcut for an
// unchanged post must not take the links the pruner removed for ones it still has.
void TestCachePruner::aPostKeptBelowTheCutJoinsItsFeedWhenStoredAgain()
{
    CacheDatabase database;
    QVERIFY(database.open(m_dir.filePath(u"rejoin.sqlite"_s)));
    FeedCache feed(database.connection());
    storeFeeds(feed, Grief);
    const qint64 oldest = newestFirst(Grief).constLast().id;
    QVERIFY(feed.markOpened(oldest));
    readAgo(database.connection(), Grief, 2 * 3600);
    CachePruner pruner(database.connection());
    CachePruner::Policy policy;
    policy.maxBytes = 1;
    policy.keepPerTopic = 50;
    QVERIFY(!pruner.prune(policy).failed);
    const FeedKey latest{Grief, FeedKind::All, FeedSort::Latest};
    QVERIFY(feed.post(oldest).has_value());
    QVERIFY(!wholeFeed(feed, latest).contains(oldest));

    QVERIFY(feed.storePosts({filler(oldest)}));
    QCOMPARE(wholeFeed(feed, latest).size(), policy.keepPerTopic + 1);
    QCOMPARE(wholeFeed(feed, latest).constLast(), oldest);
}

void TestCachePruner::theWordsFileNamesWhatIsHeld()
{
    CachePruner::Policy policy;
    for (const QString &name : {u"post:42"_s, u"post:43:edit"_s, u"comment:post:44"_s,
             u"comment:7"_s, u"post:new"_s, u"topic:grief"_s, u"user:9"_s})
        policy.hold(name);
    QCOMPARE(policy.heldPostIds, (QSet<qint64>{42, 43, 44}));
    QCOMPARE(policy.heldCommentIds, QSet<qint64>{7});
}

void TestCachePruner::theSettingIsInMegabytes()
{
    QSettings settings(m_dir.filePath(u"hearth.ini"_s), QSettings::IniFormat);
    QCOMPARE(CachePruner::maxBytes(settings), CachePruner::DefaultMaxBytes);
    settings.setValue(CachePruner::settingsKey(), 800);
    QCOMPARE(CachePruner::maxBytes(settings), 800LL * 1024 * 1024);
    settings.setValue(CachePruner::settingsKey(), 1); // below what a few feeds take
    QCOMPARE(CachePruner::maxBytes(settings), CachePruner::MinMaxBytes);
}

QTEST_GUILESS_MAIN(TestCachePruner)
#include "tst_cachepruner.moc"
