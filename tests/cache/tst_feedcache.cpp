// The feed cache: server pages read back by keyset in exactly the server's order, upserts,
// removals, topic moves, local posts and their server ids, full-text search (hostile
// queries included), topics, reactions and sync state.

#include "CacheTestData.h"
#include "api/SearchQuery.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheTransaction.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Hearth;
using namespace Hearth::CacheTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Hearth::FeedKind)

class TestFeedCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void latestPagesMatchServerOrder_data();
    void latestPagesMatchServerOrder();
    void trendingPagesMatchServerOrder_data();
    void trendingPagesMatchServerOrder();
    void trendingFirstPageReplacesRanking();
    void overlappingTrendingPagesKeepFirstRank();
    void tiedRanksPageWithoutLossOrRepeat();
    void pagingByPostPosition();
    void upsertUpdatesInPlace();
    void anOlderCopyDoesNotUndoANewerOne();
    void removesPosts();
    void removesPostsByAuthor();
    void postMovesWithItsHashtags();
    void pendingLocalPostShowsAndTakesServerId();
    void serverCopyWinsOverLocalPost();
    void localStateRoundTrips();
    void searchFindsTitleAndBodyWords();
    void searchQueryQuotesEveryTerm();
    void searchNeverSendsHalfACharacter();
    void authorsByHandleOrNameStart();
    void hostileSearchesAreHarmless_data();
    void hostileSearchesAreHarmless();
    void syncStateRoundTrips();
    void topics();
    void myReactionsFollowPosts();
    void mediaReferences();
    void transactionsGroupAndNest();

private:
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
};

namespace {

const QString therapy = u"therapy"_s;

// The server's side: a topic with posts of every kind, several created in the same
// millisecond, ids unrelated to time; a few posts only in another topic.
QList<Post> serverPosts()
{
    QList<Post> posts;
    for (int i = 0; i < 57; ++i) {
        const qint64 id = (i * 37) % 101 + 1;
        const PostKind kind
            = std::array{PostKind::Post, PostKind::Story, PostKind::Post, PostKind::Video}[i % 4];
        QStringList tags{u"Therapy"_s};
        if (i % 5 == 0)
            tags.append(u"Anxiety"_s);
        posts.append(makePost(id, kind, baseTime().addSecs(60 * (i / 3)), tags));
    }
    for (int i = 0; i < 4; ++i)
        posts.append(makePost(200 + i, PostKind::Post, baseTime().addSecs(90 * i), {u"Anxiety"_s}));
    return posts;
}

Media image(qint64 id, const QString &altText)
{
    Media media;
    media.id = id;
    media.kind = MediaKind::Image;
    media.mimeType = u"image/jpeg"_s;
    media.width = 640;
    media.height = 480;
    media.byteSize = 1000;
    media.altText = altText;
    return media;
}

OutboxEntry reaction(const QString &key)
{
    OutboxEntry entry;
    entry.kind = u"react"_s;
    entry.target = u"post:32"_s;
    entry.payload = QJsonObject{{u"kind"_s, u"hug"_s}};
    entry.idempotencyKey = key;
    return entry;
}

bool matchesKind(const Post &post, FeedKind kind)
{
    return kind == FeedKind::All || feedKindFor(post.kind) == kind;
}

bool inTherapy(const Post &post)
{
    return post.hashtags.contains(u"Therapy"_s);
}

QList<Post> serverLatest(FeedKind kind)
{
    QList<Post> posts;
    for (const Post &post : serverPosts()) {
        if (inTherapy(post) && matchesKind(post, kind))
            posts.append(post);
    }
    std::sort(posts.begin(), posts.end(), [](const Post &a, const Post &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    return posts;
}

// A ranking of the server's own per kind filter: not the latest order, and not the "all"
// ranking filtered, so that a cache mixing them up shows.
QList<Post> serverTrending(FeedKind kind)
{
    QList<Post> posts;
    for (const Post &post : serverPosts()) {
        if (inTherapy(post) && matchesKind(post, kind))
            posts.append(post);
    }
    const int salt = 7919 + 13 * int(kind);
    std::sort(posts.begin(), posts.end(), [salt](const Post &a, const Post &b) {
        const qint64 scoreA = (a.id * salt) % 1000;
        const qint64 scoreB = (b.id * salt) % 1000;
        return scoreA != scoreB ? scoreA > scoreB : a.id > b.id;
    });
    return posts;
}

// Stores a feed as the sync engine would: page by page, cursor by cursor.
void storeServerFeed(FeedCache &cache, const QString &slug, FeedKind kind, FeedSort sort,
    const QList<Post> &posts, int pageSize)
{
    QString cursor;
    for (qsizetype offset = 0; offset < posts.size(); offset += pageSize) {
        Page<Post> page;
        page.items = posts.mid(offset, pageSize);
        page.nextCursor = offset + pageSize < posts.size()
            ? u"%1-%2-%3"_s.arg(toWire(kind), toWire(sort)).arg(offset + pageSize)
            : QString();
        QVERIFY(cache.storeFeedPage({slug, kind, sort}, page, int(offset)));
        QCOMPARE(cache.serverCursor({slug, kind, sort}), page.nextCursor);
        cursor = page.nextCursor;
    }
}

// Reads a whole cached feed the way a model pages through it.
QList<qint64> readFeed(
    const FeedCache &cache, const QString &slug, FeedKind kind, FeedSort sort, int pageSize)
{
    QList<qint64> ids;
    FeedPosition position;
    for (int guard = 0; guard < 1000; ++guard) {
        FeedPosition last;
        const QList<Post> page = cache.feed({slug, kind, sort}, position, pageSize, &last);
        if (page.isEmpty())
            break;
        if (page.size() > pageSize)
            return {};
        ids += idsOf(page);
        position = last;
    }
    return ids;
}

} // namespace

void TestFeedCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<CacheDatabase>();
    QVERIFY2(m_database->open(m_dir->filePath(u"cache.sqlite"_s)),
        qPrintable(m_database->errorString()));
}

void TestFeedCache::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestFeedCache::reopen()
{
    m_database->close();
    QVERIFY(m_database->open(m_dir->filePath(u"cache.sqlite"_s)));
    QVERIFY(!m_database->recovery().happened);
}

void TestFeedCache::latestPagesMatchServerOrder_data()
{
    QTest::addColumn<FeedKind>("kind");
    QTest::newRow("all") << FeedKind::All;
    QTest::newRow("post") << FeedKind::Post;
    QTest::newRow("story") << FeedKind::Story;
    QTest::newRow("video") << FeedKind::Video;
}

void TestFeedCache::latestPagesMatchServerOrder()
{
    QFETCH(FeedKind, kind);
    FeedCache cache(m_database->connection());
    storeServerFeed(cache, therapy, kind, FeedSort::Latest, serverLatest(kind), 10);
    // The other topic's posts are cached too, and must not leak into this feed.
    QVERIFY(cache.storePosts(serverPosts()));

    const QList<qint64> expected = idsOf(serverLatest(kind));
    QVERIFY(expected.size() >= 10);
    for (int pageSize : {1, 7, 10, 100})
        QCOMPARE(readFeed(cache, therapy, kind, FeedSort::Latest, pageSize), expected);
    // The slug as written in a hashtag names the same topic.
    QCOMPARE(readFeed(cache, u"Therapy"_s, kind, FeedSort::Latest, 7), expected);
}

void TestFeedCache::trendingPagesMatchServerOrder_data()
{
    latestPagesMatchServerOrder_data();
}

void TestFeedCache::trendingPagesMatchServerOrder()
{
    QFETCH(FeedKind, kind);
    FeedCache cache(m_database->connection());
    // Every ranking is cached, so that a mix-up between kind filters would show.
    for (FeedKind each : {FeedKind::All, FeedKind::Post, FeedKind::Story, FeedKind::Video})
        storeServerFeed(cache, therapy, each, FeedSort::Trending, serverTrending(each), 10);

    const QList<qint64> expected = idsOf(serverTrending(kind));
    QVERIFY(expected != idsOf(serverLatest(kind)));
    for (int pageSize : {1, 7, 10, 100})
        QCOMPARE(readFeed(cache, therapy, kind, FeedSort::Trending, pageSize), expected);
    QCOMPARE(cache.nextTrendingRank({therapy, kind, FeedSort::Trending}), int(expected.size()));
    QCOMPARE(cache.serverCursor({therapy, kind, FeedSort::Trending}), QString());
}

void TestFeedCache::trendingFirstPageReplacesRanking()
{
    FeedCache cache(m_database->connection());
    storeServerFeed(
        cache, therapy, FeedKind::All, FeedSort::Trending, serverTrending(FeedKind::All), 10);
    storeServerFeed(
        cache, therapy, FeedKind::Story, FeedSort::Trending, serverTrending(FeedKind::Story), 10);

    // A later refresh: a new first page, in a new order.
    QList<Post> fresh = serverTrending(FeedKind::All).mid(20, 5);
    std::reverse(fresh.begin(), fresh.end());
    QVERIFY(cache.storeFeedPage(
        {therapy, FeedKind::All, FeedSort::Trending}, Page<Post>{fresh, u"next"_s}, 0));
    QCOMPARE(readFeed(cache, therapy, FeedKind::All, FeedSort::Trending, 3), idsOf(fresh));
    QCOMPARE(cache.nextTrendingRank({therapy, FeedKind::All, FeedSort::Trending}), 5);
    QCOMPARE(cache.serverCursor({therapy, FeedKind::All, FeedSort::Trending}), u"next"_s);
    // The other kind's ranking is untouched; the posts stay cached for the latest feed.
    QCOMPARE(readFeed(cache, therapy, FeedKind::Story, FeedSort::Trending, 7),
        idsOf(serverTrending(FeedKind::Story)));
    QCOMPARE(readFeed(cache, therapy, FeedKind::All, FeedSort::Latest, 50).size(),
        serverLatest(FeedKind::All).size());
}

void TestFeedCache::overlappingTrendingPagesKeepFirstRank()
{
    FeedCache cache(m_database->connection());
    const QList<Post> ranking = serverTrending(FeedKind::All);
    const FeedKey trending{therapy, FeedKind::All, FeedSort::Trending};
    QVERIFY(cache.storeFeedPage(trending, Page<Post>{ranking.mid(0, 4), u"c1"_s}, 0));
    // Scores moved between the pages: the server's second page repeats ranking[3].
    const QList<Post> secondPage{ranking.at(4), ranking.at(3), ranking.at(5), ranking.at(6)};
    QVERIFY(cache.storeFeedPage(trending, Page<Post>{secondPage, {}}, 4));
    QCOMPARE(
        readFeed(cache, therapy, FeedKind::All, FeedSort::Trending, 2), idsOf(ranking.mid(0, 7)));
    // Storing the same page again (a retry) changes nothing.
    QVERIFY(cache.storeFeedPage(trending, Page<Post>{secondPage, {}}, 4));
    QCOMPARE(
        readFeed(cache, therapy, FeedKind::All, FeedSort::Trending, 3), idsOf(ranking.mid(0, 7)));
}

void TestFeedCache::tiedRanksPageWithoutLossOrRepeat()
{
    FeedCache cache(m_database->connection());
    const QList<Post> ranking = serverTrending(FeedKind::All);
    const FeedKey trending{therapy, FeedKind::All, FeedSort::Trending};
    QVERIFY(cache.storeFeedPage(trending, Page<Post>{ranking.mid(0, 4), u"c1"_s}, 0));
    QVERIFY(cache.storeFeedPage(trending, Page<Post>{ranking.mid(4, 4), u"c2"_s}, 4));
    // Page 2 fetched again after the ranking moved: other posts at ranks 4..7.
    QVERIFY(cache.storeFeedPage(trending, Page<Post>{ranking.mid(8, 4), u"c2"_s}, 4));

    // Ties at a rank come by id, descending; every post comes once, whatever the page size.
    QList<qint64> expected = idsOf(ranking.mid(0, 4));
    for (int rank = 0; rank < 4; ++rank) {
        const qint64 a = ranking.at(4 + rank).id;
        const qint64 b = ranking.at(8 + rank).id;
        expected << qMax(a, b) << qMin(a, b);
    }
    for (int pageSize : {1, 3, 5, 20})
        QCOMPARE(readFeed(cache, therapy, FeedKind::All, FeedSort::Trending, pageSize), expected);
}

void TestFeedCache::pagingByPostPosition()
{
    FeedCache cache(m_database->connection());
    QVERIFY(cache.storePosts(serverPosts()));
    const QList<qint64> expected = idsOf(serverLatest(FeedKind::All));
    // A model that keeps only the posts pages on with FeedPosition::after().
    QList<qint64> ids;
    FeedPosition position = FeedPosition::start();
    QVERIFY(position.isStart());
    while (true) {
        const QList<Post> page
            = cache.feed({therapy, FeedKind::All, FeedSort::Latest}, position, 6);
        if (page.isEmpty())
            break;
        ids += idsOf(page);
        position = FeedPosition::after(page.last());
        QVERIFY(!position.isStart());
    }
    QCOMPARE(ids, expected);
    QVERIFY(cache.feed({therapy, FeedKind::All, FeedSort::Latest}, {}, 0).isEmpty());
    QVERIFY(cache.feed({u"nosuchtopic"_s, FeedKind::All, FeedSort::Latest}, {}, 5).isEmpty());
    QVERIFY(cache.feed({therapy, FeedKind::All, FeedSort::Trending}, {}, 5).isEmpty());
}

void TestFeedCache::upsertUpdatesInPlace()
{
    FeedCache cache(m_database->connection());
    Post post = makePost(7, PostKind::Post, baseTime(), {u"Therapy"_s}, u"Waiting room thoughts"_s);
    QVERIFY(cache.storePosts({post}));
    QCOMPARE(cache.post(7), std::make_optional(post));

    post.title = u"Waiting room, revisited"_s;
    post.body = u"The second session felt lighter than the first."_s;
    post.version = 2;
    post.editedAt = baseTime().addSecs(3600);
    post.reactions.setCount(ReactionKind::Heart, 12);
    post.commentCount = 4;
    QVERIFY(cache.storePosts({post}));

    QCOMPARE(cache.post(7), std::make_optional(post));
    QCOMPARE(cache.feed({therapy, FeedKind::All, FeedSort::Latest}, {}, 10).size(), 1);
    QCOMPARE(idsOf(cache.search(u"revisited"_s, 10)), QList<qint64>{7});
    QCOMPARE(idsOf(cache.search(u"lighter"_s, 10)), QList<qint64>{7});
    QVERIFY(cache.search(u"thoughts"_s, 10).isEmpty());
}

// A copy asked for before an edit can arrive after the edit's answer (a post opened, then
// edited at once): the server's newer version stays, with its words, topics and counts.
void TestFeedCache::anOlderCopyDoesNotUndoANewerOne()
{
    FeedCache cache(m_database->connection());
    const Post before
        = makePost(7, PostKind::Post, baseTime(), {u"Therapy"_s}, u"Waiting room thoughts"_s);
    Post edited = before;
    edited.title = u"Waiting room, revisited"_s;
    edited.hashtags = QStringList{u"Anxiety"_s};
    edited.version = 2;
    edited.editedAt = baseTime().addSecs(3600);
    QVERIFY(cache.storePosts({edited}));

    QVERIFY(cache.storePosts({before}));
    QCOMPARE(cache.post(7), std::make_optional(edited));
    QVERIFY(!readFeed(cache, therapy, FeedKind::All, FeedSort::Latest, 50).contains(7));
    QVERIFY(readFeed(cache, u"anxiety"_s, FeedKind::All, FeedSort::Latest, 50).contains(7));
    QVERIFY(cache.search(u"thoughts"_s, 10).isEmpty());

    // Reactions and comments do not change a version: the same version's later counts do.
    Post counted = edited;
    counted.reactions.setCount(ReactionKind::Heart, 3);
    counted.commentCount = 2;
    QVERIFY(cache.storePosts({counted}));
    QCOMPARE(cache.post(7), std::make_optional(counted));
}

void TestFeedCache::removesPosts()
{
    FeedCache cache(m_database->connection());
    storeServerFeed(
        cache, therapy, FeedKind::All, FeedSort::Trending, serverTrending(FeedKind::All), 10);
    const QList<qint64> latest = idsOf(serverLatest(FeedKind::All));
    const QList<qint64> gone{latest.at(0), latest.at(5), 9999};
    QVERIFY(cache.removePosts(gone));

    QVERIFY(!cache.post(latest.at(0)));
    QVERIFY(!cache.post(latest.at(5)));
    QVERIFY(cache.post(latest.at(1)));
    QList<qint64> expectedLatest = latest;
    expectedLatest.removeAll(latest.at(0));
    expectedLatest.removeAll(latest.at(5));
    QCOMPARE(readFeed(cache, therapy, FeedKind::All, FeedSort::Latest, 7), expectedLatest);
    QList<qint64> expectedTrending = idsOf(serverTrending(FeedKind::All));
    expectedTrending.removeAll(latest.at(0));
    expectedTrending.removeAll(latest.at(5));
    QCOMPARE(readFeed(cache, therapy, FeedKind::All, FeedSort::Trending, 7), expectedTrending);
    const QList<Post> found = cache.search(u"entry"_s, 100);
    QVERIFY(!idsOf(found).contains(latest.at(0)));
    QCOMPARE(found.size(), latest.size() - 2);
}

void TestFeedCache::removesPostsByAuthor()
{
    FeedCache cache(m_database->connection());
    QVERIFY(cache.storePosts(serverPosts()));
    const qint64 blocked = serverPosts().first().author.id;
    QVERIFY(cache.removePostsByAuthor(blocked));
    for (const Post &post : serverPosts())
        QCOMPARE(cache.post(post.id).has_value(), post.author.id != blocked);
}

void TestFeedCache::postMovesWithItsHashtags()
{
    FeedCache cache(m_database->connection());
    storeServerFeed(
        cache, therapy, FeedKind::All, FeedSort::Trending, serverTrending(FeedKind::All), 10);
    Post post = serverTrending(FeedKind::All).at(2);
    QVERIFY(!post.hashtags.contains(u"Anxiety"_s));
    QVERIFY(readFeed(cache, therapy, FeedKind::All, FeedSort::Latest, 50).contains(post.id));

    // Edited to name another topic instead.
    post.hashtags = QStringList{u"Anxiety"_s, u"Überleben"_s};
    post.version = 2;
    QVERIFY(cache.storePosts({post}));
    QVERIFY(!readFeed(cache, therapy, FeedKind::All, FeedSort::Latest, 50).contains(post.id));
    QVERIFY(!readFeed(cache, therapy, FeedKind::All, FeedSort::Trending, 50).contains(post.id));
    QVERIFY(readFeed(cache, u"anxiety"_s, FeedKind::All, FeedSort::Latest, 50).contains(post.id));
    QCOMPARE(idsOf(cache.feed({u"ÜBERLEBEN"_s, FeedKind::All, FeedSort::Latest}, {}, 5)),
        QList<qint64>{post.id});

    // And back.
    post.hashtags = QStringList{u"Therapy"_s};
    QVERIFY(cache.storePosts({post}));
    QVERIFY(readFeed(cache, therapy, FeedKind::All, FeedSort::Latest, 50).contains(post.id));
    QVERIFY(!readFeed(cache, u"anxiety"_s, FeedKind::All, FeedSort::Latest, 50).contains(post.id));
}

void TestFeedCache::pendingLocalPostShowsAndTakesServerId()
{
    FeedCache cache(m_database->connection());
    CommentCache comments(m_database->connection());
    storeServerFeed(
        cache, therapy, FeedKind::All, FeedSort::Trending, serverTrending(FeedKind::All), 10);

    // Written offline: a negative id, an image not uploaded yet.
    Post local = makePost(-1, PostKind::Post, baseTime().addDays(30), {u"Therapy"_s},
        u"First week of a new routine"_s, u"Small wins count too."_s);
    local.author = member(42);
    local.media = image(-3, u"A cup"_s);
    QVERIFY(cache.storePosts({local}));
    QCOMPARE(cache.localState(-1), LocalState::Pending);
    QCOMPARE(cache.post(-1), std::make_optional(local));
    QCOMPARE(cache.feed({therapy, FeedKind::All, FeedSort::Latest}, {}, 1).value(0), local);
    QCOMPARE(cache.feed({therapy, FeedKind::Post, FeedSort::Latest}, {}, 1).value(0).id, -1);
    QVERIFY(!readFeed(cache, therapy, FeedKind::All, FeedSort::Trending, 50).contains(-1));
    QVERIFY(cache.setMyReaction(-1, ReactionKind::Heart));
    QVERIFY(comments.storeComment(makeComment(-5, -1, std::nullopt, baseTime().addDays(30))));

    QVERIFY(cache.replacePostId(-1, 5000));

    QVERIFY(!cache.post(-1));
    const auto moved = cache.post(5000);
    QVERIFY(moved);
    QCOMPARE(moved->id, 5000);
    QCOMPARE(moved->title, local.title);
    QCOMPARE(moved->media, local.media);
    QCOMPARE(moved->reactions.mine(), ReactionKind::Heart);
    QCOMPARE(cache.localState(5000), LocalState::Synced);
    QCOMPARE(cache.myReaction(5000), ReactionKind::Heart);
    QVERIFY(!cache.myReaction(-1));
    QCOMPARE(cache.feed({therapy, FeedKind::All, FeedSort::Latest}, {}, 1).value(0).id, 5000);
    QCOMPARE(readFeed(cache, therapy, FeedKind::All, FeedSort::Latest, 7).count(5000), 1);
    QCOMPARE(idsOf(cache.search(u"routine"_s, 5)), QList<qint64>{5000});
    QCOMPARE(idsOf(comments.thread(5000)), QList<qint64>{-5});
    QCOMPARE(comments.thread(5000).value(0).postId, 5000);
    QVERIFY(comments.thread(-1).isEmpty());
    QVERIFY(cache.referencedMediaIds().contains(-3));

    QVERIFY(!cache.replacePostId(-1, 5001)); // no such local post any more
}

void TestFeedCache::serverCopyWinsOverLocalPost()
{
    FeedCache cache(m_database->connection());
    QVERIFY(cache.storePosts(
        {makePost(-2, PostKind::Story, baseTime(), {u"Therapy"_s}, u"Draft title"_s)}));
    // /changes brought the created post before the create's response was handled.
    const Post server
        = makePost(6000, PostKind::Story, baseTime(), {u"Therapy"_s}, u"Server title"_s);
    QVERIFY(cache.storePosts({server}));
    QVERIFY(cache.replacePostId(-2, 6000));
    QVERIFY(!cache.post(-2));
    QCOMPARE(cache.post(6000), std::make_optional(server));
    QCOMPARE(readFeed(cache, therapy, FeedKind::All, FeedSort::Latest, 5), QList<qint64>{6000});
    QCOMPARE(idsOf(cache.search(u"title"_s, 5)), QList<qint64>{6000});
}

void TestFeedCache::localStateRoundTrips()
{
    {
        FeedCache cache(m_database->connection());
        QVERIFY(cache.storePosts({makePost(-4, PostKind::Post, baseTime(), {u"Therapy"_s}),
            makePost(4, PostKind::Post, baseTime(), {u"Therapy"_s})}));
        QCOMPARE(cache.localState(4), LocalState::Synced);
        QCOMPARE(cache.localState(-4), LocalState::Pending);
        QVERIFY(cache.setLocalState(-4, LocalState::Failed, u"The title is too long."_s));
        QCOMPARE(cache.localState(-4), LocalState::Failed);
        QCOMPARE(cache.localError(-4), u"The title is too long."_s);
        // A failed post stays visible, with its error, until the person decides.
        QVERIFY(idsOf(cache.feed({therapy, FeedKind::All, FeedSort::Latest}, {}, 5)).contains(-4));
        // A store (the optimistic edit of a retry) keeps the state.
        QVERIFY(
            cache.storePosts({makePost(-4, PostKind::Post, baseTime(), {u"Therapy"_s}, u"T"_s)}));
        QCOMPARE(cache.localState(-4), LocalState::Failed);
        QVERIFY(cache.setLocalState(-4, LocalState::Pending));
        QCOMPARE(cache.localError(-4), QString());
        // An edit of a server post waiting in the outbox.
        QVERIFY(cache.setLocalState(4, LocalState::Pending));
        QCOMPARE(cache.localState(4), LocalState::Pending);
        QVERIFY(!cache.setLocalState(404, LocalState::Pending));
        QCOMPARE(cache.localState(404), LocalState::Synced);
    }
    reopen();
    FeedCache reopened(m_database->connection());
    QCOMPARE(reopened.localState(-4), LocalState::Pending);
    QCOMPARE(reopened.localState(4), LocalState::Pending);
}

void TestFeedCache::searchFindsTitleAndBodyWords()
{
    FeedCache cache(m_database->connection());
    QVERIFY(cache.storePosts({
        makePost(1, PostKind::Post, baseTime(), {u"Therapy"_s}, u"Gentle mornings with tea"_s,
            u"My counsellor suggested journaling before sleep."_s),
        makePost(2, PostKind::Story, baseTime(), {u"Therapy"_s}, u"Über Achtsamkeit"_s,
            u"Ein ruhiger Spaziergang am Fluss, walking slowly."_s),
        makePost(3, PostKind::Post, baseTime(), {u"Therapy"_s}, u"Walking helps"_s,
            u"Twenty minutes outside, to be or not to be tired."_s),
    }));
    QCOMPARE(idsOf(cache.search(u"mornings"_s, 10)), QList<qint64>{1});
    QCOMPARE(idsOf(cache.search(u"counsellor"_s, 10)), QList<qint64>{1});
    QCOMPARE(idsOf(cache.search(u"GENTLE tea"_s, 10)), QList<qint64>{1});
    QCOMPARE(idsOf(cache.search(u"journ"_s, 10)), QList<qint64>{1}); // as typed so far
    QCOMPARE(idsOf(cache.search(u"uber achtsamkeit"_s, 10)), QList<qint64>{2});
    QCOMPARE(idsOf(cache.search(u"spaziergang"_s, 10)), QList<qint64>{2});
    // A title match ranks above a body match.
    QCOMPARE(idsOf(cache.search(u"walking"_s, 10)), (QList<qint64>{3, 2}));
    // Operators are words like any other.
    QCOMPARE(idsOf(cache.search(u"or NOT"_s, 10)), QList<qint64>{3});
    QCOMPARE(cache.search(u"walking"_s, 1).size(), 1);
    QVERIFY(cache.search(u"gentle nonexistentword"_s, 10).isEmpty());
}

void TestFeedCache::searchQueryQuotesEveryTerm()
{
    QCOMPARE(SearchQuery::ftsMatch(u"tea"_s), u"\"tea\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"  gentle\tmornings \n"_s), u"\"gentle\" \"mornings\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"say \"hi\""_s), u"\"say\" \"\"\"hi\"\"\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"NEAR(a b)"_s), u"\"NEAR(a\" \"b)\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"* \" - ( ) ^ :"_s), QString());
    QCOMPARE(SearchQuery::ftsMatch(QString()), QString());
    QCOMPARE(SearchQuery::ftsMatch(QString(10000, u'x')), u'"' + QString(100, u'x') + u"\"*"_s);
}

// Found by fuzz/fuzz_fts_query: a term cut at its length limit inside a surrogate pair, or
// a lone surrogate, made SQLite read the closing quote as the character's other half, and the
// whole search failed with "unterminated string".
void TestFeedCache::searchNeverSendsHalfACharacter()
{
    const QString herb = u"\U0001F33F"_s; // two UTF-16 units
    const QString longWord = QString(99, u'a');
    QCOMPARE(SearchQuery::ftsMatch(longWord + herb), u'"' + longWord + u"\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"tea"_s + QChar(0xd800)), u"\"tea\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"tea"_s + QChar(0xd800) + u"\"x"_s), u"\"tea\"\"x\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(QChar(0xdc00) + u"tea"_s), u"\"tea\"*"_s);
    QCOMPARE(SearchQuery::ftsMatch(u"calm"_s + herb), u"\"calm"_s + herb + u"\"*"_s);

    FeedCache cache(m_database->connection());
    QVERIFY(cache.storePosts({makePost(1, PostKind::Post, baseTime(), {u"Therapy"_s},
        u"Long words"_s, longWord + u" and tea"_s)}));
    QCOMPARE(idsOf(cache.search(longWord + herb, 10)), QList<qint64>{1});
    QCOMPARE(idsOf(cache.search(u"tea"_s + QChar(0xd800), 10)), QList<qint64>{1});
}

void TestFeedCache::hostileSearchesAreHarmless_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << u"\""_s;
    QTest::newRow("quotes") << u"\"\"\"tea"_s;
    QTest::newRow("star") << u"*"_s;
    QTest::newRow("star prefix") << u"*tea"_s;
    QTest::newRow("operators") << u"AND OR NOT"_s;
    QTest::newRow("near") << u"NEAR("_s;
    QTest::newRow("near full") << u"NEAR(tea mornings, 2)"_s;
    QTest::newRow("column filter") << u"title:tea"_s;
    QTest::newRow("column set") << u"{title body}: tea"_s;
    QTest::newRow("caret") << u"^tea"_s;
    QTest::newRow("parentheses") << u"(tea OR"_s;
    QTest::newRow("minus") << u"-tea"_s;
    QTest::newRow("plus") << u"tea + mornings"_s;
    QTest::newRow("nul and controls") << QString(u"tea\0\x01\x1b[0m"_s);
    QTest::newRow("sql") << u"'); DROP TABLE posts; --"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + u"tea"_s;
    QTest::newRow("only spaces") << u"   \t\n"_s;
    QTest::newRow("empty") << QString();
    QRandomGenerator random(11);
    const QString alphabet = u"abc XYZ \"*():^-+{}'NEAR AND OR NOT \\ é"_s;
    QString big;
    for (int i = 0; i < 10 * 1024; ++i)
        big.append(alphabet.at(random.bounded(int(alphabet.size()))));
    QTest::newRow("10 KB of syntax") << big;
    QTest::newRow("10 KB word") << QString(10 * 1024, u'a');
    QString words;
    for (int i = 0; i < 2000; ++i)
        words += u"tea "_s;
    QTest::newRow("2000 words") << words;
}

void TestFeedCache::hostileSearchesAreHarmless()
{
    QFETCH(QString, text);
    FeedCache cache(m_database->connection());
    QVERIFY(cache.storePosts({makePost(1, PostKind::Post, baseTime(), {u"Therapy"_s},
        u"Tea and mornings"_s, u"A title: tea, and more tea."_s)}));
    const QList<Post> found = cache.search(text, 10);
    QVERIFY(found.size() <= 1);
    // The cache is as good as before.
    QCOMPARE(idsOf(cache.search(u"mornings"_s, 10)), QList<qint64>{1});
}

void TestFeedCache::syncStateRoundTrips()
{
    {
        FeedCache cache(m_database->connection());
        QCOMPARE(cache.changeSequence(), 0);
        QCOMPARE(cache.serverCursor({therapy, FeedKind::All, FeedSort::Latest}), QString());
        QVERIFY(cache.setServerCursor({therapy, FeedKind::All, FeedSort::Latest}, u"a1"_s));
        QVERIFY(cache.setServerCursor({therapy, FeedKind::Story, FeedSort::Latest}, u"s1"_s));
        QVERIFY(cache.setServerCursor({therapy, FeedKind::All, FeedSort::Trending}, u"t1"_s));
        QVERIFY(cache.setServerCursor({u"anxiety"_s, FeedKind::All, FeedSort::Latest}, u"x1"_s));
        QVERIFY(cache.setServerCursor({therapy, FeedKind::All, FeedSort::Latest}, u"a2"_s));
        QVERIFY(cache.setChangeSequence(9007199254740991));
        QCOMPARE(cache.state(u"lastSync"_s), QString());
        QVERIFY(cache.setState(u"lastSync"_s, u"2026-11-02T09:30:00.000Z"_s));
    }
    reopen();
    FeedCache cache(m_database->connection());
    QCOMPARE(cache.serverCursor({therapy, FeedKind::All, FeedSort::Latest}), u"a2"_s);
    QCOMPARE(cache.serverCursor({u"Therapy"_s, FeedKind::Story, FeedSort::Latest}), u"s1"_s);
    QCOMPARE(cache.serverCursor({therapy, FeedKind::All, FeedSort::Trending}), u"t1"_s);
    QCOMPARE(cache.serverCursor({u"anxiety"_s, FeedKind::All, FeedSort::Latest}), u"x1"_s);
    QCOMPARE(cache.serverCursor({therapy, FeedKind::Video, FeedSort::Latest}), QString());
    QCOMPARE(cache.changeSequence(), 9007199254740991);
    QCOMPARE(cache.state(u"lastSync"_s), u"2026-11-02T09:30:00.000Z"_s);
}

void TestFeedCache::topics()
{
    FeedCache cache(m_database->connection());
    const Topic therapyTopic{u"therapy"_s, u"Therapy"_s, u"Therapy"_s, u"Talking about therapy."_s,
        {14600, 1400, 0, 23}, false};
    const Topic theatre{u"theatre"_s, u"Theatre"_s, u"Theatre"_s, {}, {80, 3, 1, 0}, true};
    const Topic anxiety{u"anxiety"_s, u"Anxiety"_s, u"Anxiety"_s, {}, {9000, 700, 12, 4}, true};
    QVERIFY(cache.storeTopics({theatre, therapyTopic, anxiety}));

    QCOMPARE(cache.topic(u"Therapy"_s), std::make_optional(therapyTopic));
    QVERIFY(!cache.topic(u"unknown"_s));
    QCOMPARE(cache.topics(), (QList<Topic>{therapyTopic, anxiety, theatre}));
    QCOMPARE(cache.topics(u"The"_s), (QList<Topic>{therapyTopic, theatre}));
    QCOMPARE(cache.topics(u"thea"_s), QList<Topic>{theatre});
    QVERIFY(cache.topics(u"x"_s).isEmpty());
    QCOMPARE(cache.joinedTopics(), (QList<Topic>{anxiety, theatre}));

    QVERIFY(cache.setJoined(u"therapy"_s, true));
    QVERIFY(cache.topic(therapy));
    QCOMPARE(cache.topic(therapy)->counts.members, 14601);
    QVERIFY(cache.topic(therapy)->joined);
    QVERIFY(cache.setJoined(u"therapy"_s, true)); // joining twice counts once
    QCOMPARE(cache.topic(therapy)->counts.members, 14601);
    QVERIFY(cache.setJoined(u"anxiety"_s, false));
    QVERIFY(cache.topic(u"anxiety"_s));
    QCOMPARE(cache.topic(u"anxiety"_s)->counts.members, 8999);
    QCOMPARE(cache.joinedTopics(), (QList<Topic>{theatre, *cache.topic(therapy)}));
    QVERIFY(!cache.setJoined(u"unknown"_s, true));

    // The server's answer replaces the optimistic one.
    Topic fresh = therapyTopic;
    fresh.counts.members = 14650;
    fresh.joined = true;
    QVERIFY(cache.storeTopic(fresh));
    QCOMPARE(cache.topic(therapy), std::make_optional(fresh));
    QCOMPARE(cache.topics().size(), 3);
}

void TestFeedCache::myReactionsFollowPosts()
{
    FeedCache cache(m_database->connection());
    Post post = makePost(11, PostKind::Post, baseTime(), {u"Therapy"_s});
    post.reactions.setCount(ReactionKind::Hug, 3);
    post.reactions.setMine(ReactionKind::Hug);
    QVERIFY(cache.storePosts({post}));
    QCOMPARE(cache.myReaction(11), ReactionKind::Hug);

    // Changing it moves the counts, as the server will.
    QVERIFY(cache.setMyReaction(11, ReactionKind::MeToo));
    QCOMPARE(cache.myReaction(11), ReactionKind::MeToo);
    QVERIFY(cache.post(11));
    const Post changed = *cache.post(11);
    QCOMPARE(changed.reactions.mine(), ReactionKind::MeToo);
    QCOMPARE(changed.reactions.count(ReactionKind::Hug), 2);
    QCOMPARE(changed.reactions.count(ReactionKind::MeToo), 1);
    QVERIFY(cache.setMyReaction(11, std::nullopt));
    QVERIFY(!cache.myReaction(11));
    QCOMPARE(cache.post(11)->reactions.total(), 2);
    QVERIFY(!cache.setMyReaction(404, ReactionKind::Heart));

    // The server's copy is the truth once it comes.
    post.reactions.setMine(ReactionKind::Heart);
    QVERIFY(cache.storePosts({post}));
    QCOMPARE(cache.myReaction(11), ReactionKind::Heart);
    post.reactions.setMine(std::nullopt);
    QVERIFY(cache.storePosts({post}));
    QVERIFY(!cache.myReaction(11));
}

void TestFeedCache::mediaReferences()
{
    FeedCache cache(m_database->connection());
    Post video = makePost(21, PostKind::Video, baseTime(), {u"Therapy"_s});
    video.media = image(77, QString());
    video.media->kind = MediaKind::Video;
    video.media->mimeType = u"video/mp4"_s;
    video.media->posterId = 78;
    video.media->durationMs = 4000;
    Post photo = makePost(22, PostKind::Post, baseTime(), {u"Therapy"_s});
    photo.media = image(79, u"A lake"_s);
    photo.media->sensitive = true;
    QVERIFY(cache.storePosts({video, photo}));
    QCOMPARE(cache.referencedMediaIds(), (QList<qint64>{77, 78, 79}));
    QCOMPARE(cache.post(21), std::make_optional(video));
    photo.media.reset();
    QVERIFY(cache.storePosts({photo}));
    QCOMPARE(cache.referencedMediaIds(), (QList<qint64>{77, 78}));
    QVERIFY(cache.removePosts({21}));
    QVERIFY(cache.referencedMediaIds().isEmpty());
}

void TestFeedCache::transactionsGroupAndNest()
{
    FeedCache cache(m_database->connection());
    OutboxStore outbox(m_database->connection());
    {
        // A sync batch that does not commit leaves nothing behind.
        CacheTransaction batch(m_database->connection());
        QVERIFY(batch.isActive());
        QVERIFY(cache.storePosts({makePost(31, PostKind::Post, baseTime(), {u"Therapy"_s})}));
        QVERIFY(cache.setChangeSequence(31));
        QVERIFY(cache.post(31));
    }
    QVERIFY(!cache.post(31));
    QCOMPARE(cache.changeSequence(), 0);

    {
        CacheTransaction batch(m_database->connection());
        QVERIFY(cache.storePosts({makePost(32, PostKind::Post, baseTime(), {u"Therapy"_s})}));
        QVERIFY(outbox.enqueue(reaction(u"key-1"_s)) > 0);
        // An inner write that fails (the key is taken) undoes only itself.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"UNIQUE constraint failed"_s));
        QCOMPARE(outbox.enqueue(reaction(u"key-1"_s)), 0);
        QVERIFY(cache.setChangeSequence(32));
        QVERIFY(batch.commit());
        QVERIFY(!batch.isActive());
    }
    QVERIFY(cache.post(32));
    QCOMPARE(cache.changeSequence(), 32);
    QCOMPARE(outbox.all().size(), 1);
}

// The people whose posts the cache holds, for the search field: by the start of the handle or
// of any word of the name, each once, with the name of their newest post stored.
void TestFeedCache::authorsByHandleOrNameStart()
{
    FeedCache feed(m_database->connection());
    Post first = makePost(1, PostKind::Post, baseTime(), {u"Calm"_s});
    first.author = {41, u"tern_watcher"_s, u"Ada Quillfeather"_s, false};
    Post second = makePost(2, PostKind::Post, baseTime(), {u"Calm"_s});
    second.author = first.author;
    Post other = makePost(3, PostKind::Post, baseTime(), {u"Calm"_s});
    other.author = {42, u"percent_5"_s, u"Moss 100%"_s, false};
    QVERIFY(feed.storePosts({first, second, other}));

    const auto handles = [&feed](const QString &text) {
        QStringList found;
        for (const User &user : feed.authors(text, 10))
            found.append(user.handle);
        return found;
    };
    QCOMPARE(handles(u"tern"_s), QStringList{u"tern_watcher"_s});
    QCOMPARE(handles(u"@TERN"_s), QStringList{u"tern_watcher"_s});
    QCOMPARE(handles(u"quill"_s), QStringList{u"tern_watcher"_s});
    QCOMPARE(handles(u"Ada Q"_s), QStringList{u"tern_watcher"_s});
    QCOMPARE(handles(u"feather"_s), QStringList());
    // LIKE's wildcards are plain letters here.
    QCOMPARE(handles(u"%"_s), QStringList());
    QCOMPARE(handles(u"_ern"_s), QStringList());
    QCOMPARE(handles(u"percent_"_s), QStringList{u"percent_5"_s});
    QCOMPARE(handles(u"100%"_s), QStringList{u"percent_5"_s});
    QCOMPARE(handles(u""_s), QStringList());
    QCOMPARE(feed.authors(u"tern"_s, 10).value(0).displayName, u"Ada Quillfeather"_s);

    // A newer post under a new name: the name follows.
    Post renamed = makePost(4, PostKind::Post, baseTime(), {u"Calm"_s});
    renamed.author = {41, u"tern_watcher"_s, u"Ada Stillwater"_s, false};
    QVERIFY(feed.storePosts({renamed}));
    QCOMPARE(handles(u"still"_s), QStringList{u"tern_watcher"_s});
    QCOMPARE(handles(u"quill"_s), QStringList());
}

QTEST_GUILESS_MAIN(TestFeedCache)
#include "tst_feedcache.moc"
