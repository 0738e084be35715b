// What keeps the cache's cost flat as it grows, pinned by counts rather than by time: the
// statements a sync batch runs (counted by SQLite's own trace of the connection), the
// statements it prepares, the plan of a search, and the full-text index staying true to
// the posts as they are stored, stored again, edited, renumbered and removed. Also how the
// cache and the person's words are synced to disk.

#include "CacheTestData.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheSql.h"
#include "cache/CacheTransaction.h"
#include "cache/FeedCache.h"
#include "cache/PostColumns.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sqlite3.h>

using namespace Hearth;
using namespace Hearth::CacheTest;
using namespace Qt::StringLiterals;

namespace {

// The statements a connection runs while it is alive, as SQLite starts them: each
// top-level statement, and apart from those how many statements of triggers they fired.
class StatementLog
{
public:
    explicit StatementLog(const QSqlDatabase &db)
        : m_handle(*static_cast<sqlite3 *const *>(db.driver()->handle().constData()))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementLog::traced, this);
    }
    ~StatementLog() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }

    void clear()
    {
        m_statements.clear();
        m_triggered = 0;
    }
    // The top-level statements, with their values.
    const QStringList &statements() const { return m_statements; }
    int triggered() const { return m_triggered; }
    int count(const QString &containing) const
    {
        return int(std::count_if(m_statements.cbegin(), m_statements.cend(),
            [&](const QString &sql) { return sql.contains(containing); }));
    }

private:
    static int traced(unsigned, void *context, void *statement, void *text)
    {
        auto *log = static_cast<StatementLog *>(context);
        const char *sql = static_cast<const char *>(text);
        // Statements SQLite runs inside another (a trigger's, FTS5's own on its shadow
        // tables) come as a comment naming them.
        if (qstrncmp(sql, "--", 2) == 0) {
            if (qstrncmp(sql, "-- TRIGGER", 10) == 0)
                ++log->m_triggered;
            return 0;
        }
        char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        log->m_statements.append(QString::fromUtf8(expanded ? expanded : sql));
        sqlite3_free(expanded);
        return 0;
    }

    sqlite3 *m_handle;
    QStringList m_statements;
    int m_triggered = 0;
};

QStringList queryPlan(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(u"EXPLAIN QUERY PLAN "_s + sql))
        qWarning() << "cannot explain" << sql << query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(3).toString());
    return lines;
}

// A batch as a sync brings it: n posts, every third with a photo, every fifth a video with
// a poster, every seventh one the person reacted to; several hashtags each.
QList<Post> batch(qint64 firstId, int n)
{
    QList<Post> posts;
    for (qint64 id = firstId; id < firstId + n; ++id) {
        Post post = makePost(id, id % 5 == 0 ? PostKind::Video : PostKind::Post,
            baseTime().addSecs(id * 60), {u"Therapy"_s, u"Anxiety"_s, u"SelfCare"_s});
        if (id % 3 == 0 || id % 5 == 0) {
            Media media;
            media.id = 1000 + id;
            media.kind = id % 5 == 0 ? MediaKind::Video : MediaKind::Image;
            media.mimeType = id % 5 == 0 ? u"video/mp4"_s : u"image/jpeg"_s;
            if (id % 5 == 0)
                media.posterId = 2000 + id;
            post.media = media;
        }
        if (id % 7 == 0)
            post.reactions.react(ReactionKind::Heart);
        posts.append(post);
    }
    return posts;
}

int withMedia(const QList<Post> &posts)
{
    return int(std::count_if(
        posts.cbegin(), posts.cend(), [](const Post &post) { return post.media.has_value(); }));
}

int withMine(const QList<Post> &posts)
{
    return int(std::count_if(posts.cbegin(), posts.cend(),
        [](const Post &post) { return post.reactions.mine().has_value(); }));
}

// FTS5's own check of the index against the posts it indexes: true when they agree.
bool indexMatchesPosts(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"INSERT INTO posts_fts (posts_fts, rank) VALUES ('integrity-check', 1)"_s))
        return true;
    qWarning() << "integrity-check:" << query.lastError().text();
    return false;
}

} // namespace

class TestCacheCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aBatchRunsABoundedNumberOfStatements();
    void aBatchStoredAgainRunsOneStatementAPost();
    void statementsArePreparedOnce();
    void whichPostsAreOwnedByTheOutboxIsOneQuery();
    void theIndexFollowsThePosts();
    void stepSixRebuildsTheIndexWithPrefixes();
    void searchUsesTheIndexAndReadsPostsByKey();
    void searchHitsMarkTheWordsOfThoseShownOnly();
    void theCacheIsSyncedLessThanTheWords();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
};

void TestCacheCost::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<CacheDatabase>();
    QVERIFY2(m_database->open(m_dir->filePath(u"cache.sqlite"_s)),
        qPrintable(m_database->errorString()));
}

void TestCacheCost::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

// The cost of a batch of new posts is a bounded number of statements per post, whatever
// the cache holds: two (the post, its topic links), one more for media, one more for the
// person's reaction, and a few for the whole batch (read what is cached, index the words,
// begin and commit). Before issue 15: six or seven a post, plus one per hashtag.
void TestCacheCost::aBatchRunsABoundedNumberOfStatements()
{
    FeedCache feed(m_database->connection());
    QVERIFY(feed.storePosts(batch(1, 200))); // the cache is not empty
    const QList<Post> posts = batch(1001, 200);
    StatementLog log(m_database->connection());
    QVERIFY(feed.storePosts(posts));

    // BEGIN, what is cached of them, the index, their authors (search's People), COMMIT
    const int perBatch = 5;
    const int bound = perBatch + 2 * int(posts.size()) + withMedia(posts) + withMine(posts);
    QVERIFY2(log.statements().size() <= bound,
        qPrintable(u"%1 statements for %2 posts (bound %3):\n%4"_s.arg(log.statements().size())
                       .arg(posts.size())
                       .arg(bound)
                       .arg(log.statements().mid(0, 12).join(u'\n'))));
    QCOMPARE(log.count(u"INSERT INTO posts ("_s), int(posts.size()));
    // The words of the whole batch go into the index in one statement, not one per post.
    QCOMPARE(log.count(u"INSERT INTO posts_fts"_s), 1);
    QCOMPARE(log.triggered(), 0);
    QCOMPARE(feed.search(u"entry 1100"_s, 5).value(0).id, 1100);
}

// A post the cache holds, stored again with only its counts changed (the common delta), is
// one statement: its side rows and its words stay as they are.
void TestCacheCost::aBatchStoredAgainRunsOneStatementAPost()
{
    FeedCache feed(m_database->connection());
    QList<Post> posts = batch(1, 200);
    QVERIFY(feed.storePosts(posts));
    for (Post &post : posts) {
        post.commentCount += 3;
        post.reactions.setCount(ReactionKind::Hug, post.reactions.count(ReactionKind::Hug) + 1);
    }
    StatementLog log(m_database->connection());
    QVERIFY(feed.storePosts(posts));
    QCOMPARE(log.count(u"INSERT INTO posts ("_s), int(posts.size()));
    // BEGIN, what is cached of them, their authors (search's People), COMMIT: 4 a batch.
    QVERIFY2(log.statements().size() <= 4 + int(posts.size()),
        qPrintable(log.statements().mid(0, 12).join(u'\n')));
    QCOMPARE(log.triggered(), 0);
    QCOMPARE(feed.post(7)->commentCount, posts.at(6).commentCount);
    QCOMPARE(feed.post(7)->reactions.mine(), ReactionKind::Heart);
    QCOMPARE(feed.feed({u"anxiety"_s, FeedKind::All, FeedSort::Latest}, {}, 500).size(), 200);
}

// The write path's statements are parsed once per cache connection, not once per batch.
void TestCacheCost::statementsArePreparedOnce()
{
    FeedCache feed(m_database->connection());
    QVERIFY(feed.storePosts(batch(1, 50)));
    const quint64 afterFirst = CacheSql::preparedCount();
    for (int round = 1; round <= 5; ++round)
        QVERIFY(feed.storePosts(batch(1 + round * 50, 50)));
    QVERIFY(feed.removePosts({3, 4}));
    QCOMPARE(CacheSql::preparedCount(), afterFirst);
    QCOMPARE(feed.feed({u"therapy"_s, FeedKind::All, FeedSort::Latest}, {}, 500).size(), 298);
    const quint64 afterReading = CacheSql::preparedCount();
    QVERIFY(feed.storePosts(batch(1, 10))); // two come back, eight are stored again
    QCOMPARE(CacheSql::preparedCount(), afterReading);
    QCOMPARE(feed.feed({u"therapy"_s, FeedKind::All, FeedSort::Latest}, {}, 500).size(), 300);
}

// A sync batch leaves alone the posts whose write still waits in the outbox: which those are
// is asked in one query for the batch, on the window's thread, not one per post.
void TestCacheCost::whichPostsAreOwnedByTheOutboxIsOneQuery()
{
    FeedCache feed(m_database->connection());
    QVERIFY(feed.storePosts(batch(1, 200)));
    QVERIFY(feed.setLocalState(17, LocalState::Pending));
    QVERIFY(feed.setLocalState(18, LocalState::Failed));
    QVERIFY(feed.storePosts({makePost(-4, PostKind::Post, baseTime(), {u"Therapy"_s})}));
    QList<qint64> ids;
    for (qint64 id = 1; id <= 250; ++id)
        ids.append(id);
    ids.append(-4);
    StatementLog log(m_database->connection());
    QCOMPARE(feed.pendingAmong(ids), (QSet<qint64>{17, -4}));
    QCOMPARE(log.statements().size(), 1);
    QVERIFY(feed.pendingAmong({}).isEmpty());
    QCOMPARE(log.statements().size(), 1);
}

// The index is written by the write path, once a batch: it must say exactly what the posts
// say after every way a post's words change.
void TestCacheCost::theIndexFollowsThePosts()
{
    FeedCache feed(m_database->connection());
    QVERIFY(feed.storePosts(batch(1, 40)));
    QVERIFY(indexMatchesPosts(m_database->connection()));

    // Edited: the old words leave the index, the new ones come.
    Post edited = makePost(5, PostKind::Post, baseTime(), {u"Therapy"_s},
        u"Lanterns along the river"_s, u"A calmer evening by the water."_s);
    edited.version = 2;
    QVERIFY(feed.storePosts({edited}));
    QCOMPARE(idsOf(feed.search(u"lanterns"_s, 5)), QList<qint64>{5});
    QVERIFY(!idsOf(feed.search(u"entry 5"_s, 50)).contains(5));
    QVERIFY(indexMatchesPosts(m_database->connection()));

    // Twice in one batch, new and then edited; and a cached post edited twice in one batch.
    Post fresh = makePost(77, PostKind::Post, baseTime(), {u"Therapy"_s}, u"Harbour lights"_s);
    Post freshEdited = fresh;
    freshEdited.title = u"Harbour mornings"_s;
    freshEdited.version = 2;
    Post twice = makePost(6, PostKind::Post, baseTime(), {u"Therapy"_s}, u"Kettle songs"_s);
    twice.version = 2;
    Post twiceAgain = twice;
    twiceAgain.title = u"Porch swing"_s;
    twiceAgain.version = 3;
    QVERIFY(feed.storePosts({fresh, twice, freshEdited, twiceAgain}));
    QCOMPARE(idsOf(feed.search(u"harbour mornings"_s, 5)), QList<qint64>{77});
    QVERIFY(feed.search(u"harbour lights"_s, 5).isEmpty());
    QCOMPARE(idsOf(feed.search(u"porch"_s, 5)), QList<qint64>{6});
    QVERIFY(feed.search(u"kettle"_s, 5).isEmpty());
    QVERIFY(indexMatchesPosts(m_database->connection()));

    // An older copy changes nothing, words included.
    QVERIFY(feed.storePosts({makePost(5, PostKind::Post, baseTime(), {u"Therapy"_s})}));
    QCOMPARE(idsOf(feed.search(u"lanterns"_s, 5)), QList<qint64>{5});

    // A batch that fails halfway leaves the index as it was, with the posts.
    {
        CacheTransaction transaction(m_database->connection());
        QVERIFY(feed.storePosts(batch(500, 10)));
        QVERIFY(transaction.isActive());
    } // rolled back
    QVERIFY(feed.search(u"entry 505"_s, 5).isEmpty());
    QVERIFY(indexMatchesPosts(m_database->connection()));

    // A local post takes its server id; posts go.
    Post local = makePost(-3, PostKind::Post, baseTime(), {u"Therapy"_s}, u"Quiet orchard"_s);
    QVERIFY(feed.storePosts({local}));
    QVERIFY(feed.replacePostId(-3, 9000));
    QCOMPARE(idsOf(feed.search(u"orchard"_s, 5)), QList<qint64>{9000});
    QVERIFY(feed.removePosts({9000, 6, 7}));
    QVERIFY(feed.search(u"orchard"_s, 5).isEmpty());
    QVERIFY(feed.search(u"porch"_s, 5).isEmpty());
    QVERIFY(indexMatchesPosts(m_database->connection()));
}

// An older cache's index (every post indexed by a trigger, no prefix indexes) is rebuilt by
// schema step 6 from its posts, and the write path keeps it true from then on.
void TestCacheCost::stepSixRebuildsTheIndexWithPrefixes()
{
    const QString path = m_dir->filePath(u"version4.sqlite"_s);
    const auto indexSql = [](const QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(u"SELECT sql FROM main.sqlite_master WHERE name = 'posts_fts'"_s);
        return query.next() ? query.value(0).toString() : QString();
    };
    {
        CacheDatabase old;
        QVERIFY(old.open(path, CacheDatabase::Words::Attach, 4));
        // As the builds before step 6 stored posts: the row alone, its trigger indexing it.
        // Today's writer names the columns later steps add (step 7's author_avatar_id): the
        // old table has them for the writing only.
        QSqlQuery alter(old.connection());
        QVERIFY(alter.exec(u"ALTER TABLE posts ADD COLUMN author_avatar_id INTEGER"_s));
        {
            QSqlQuery insert = CacheSql::prepare(old.connection(), PostColumns::upsert());
            for (const Post &post : batch(1, 30))
                CacheSql::run(insert, PostColumns::values(post, int(LocalState::Synced), 1));
        }
        QVERIFY2(alter.exec(u"ALTER TABLE posts DROP COLUMN author_avatar_id"_s),
            qPrintable(alter.lastError().text()));
        QVERIFY(!indexSql(old.connection()).contains(u"prefix"_s));
    }
    CacheDatabase database;
    QVERIFY(database.open(path));
    QVERIFY(!database.recovery().happened);
    QVERIFY2(indexSql(database.connection()).contains(u"prefix='1 2 3'"_s),
        qPrintable(indexSql(database.connection())));
    QVERIFY(indexMatchesPosts(database.connection()));
    FeedCache feed(database.connection());
    QCOMPARE(feed.search(u"entry 17"_s, 5).value(0).id, 17);
    QVERIFY(feed.storePosts(batch(31, 10)));
    QCOMPARE(feed.search(u"entry 35"_s, 5).value(0).id, 35);
    QVERIFY(indexMatchesPosts(database.connection()));
    QSqlQuery triggers(database.connection());
    QVERIFY(triggers.exec(
        u"SELECT name FROM main.sqlite_master WHERE type = 'trigger' ORDER BY name"_s));
    QStringList names;
    while (triggers.next())
        names.append(triggers.value(0).toString());
    QCOMPARE(names, (QStringList{u"posts_fts_delete"_s, u"posts_fts_update_id"_s}));
}

// A search costs what it finds, not what is cached: the full-text index finds the matches
// (never a scan of the posts), ranks at most SearchRankWindow of them, and the posts shown
// are read by their primary key.
void TestCacheCost::searchUsesTheIndexAndReadsPostsByKey()
{
    FeedCache feed(m_database->connection());
    QVERIFY(feed.storePosts(batch(1, 300)));
    StatementLog log(m_database->connection());
    QCOMPARE(feed.search(u"quiet eveni"_s, 10).size(), 10);
    QCOMPARE(log.statements().size(), 2);
    const QStringList find = queryPlan(m_database->connection(), log.statements().at(0));
    const QStringList read = queryPlan(m_database->connection(), log.statements().at(1));
    QVERIFY2(find.join(u'\n').contains(u"posts_fts VIRTUAL TABLE INDEX"_s),
        qPrintable(find.join(u'\n')));
    // The matches ranked are capped in the statement itself, newest first.
    QVERIFY2(log.statements().at(0).contains(
                 u"ORDER BY rowid DESC LIMIT %1"_s.arg(FeedCache::SearchRankWindow)),
        qPrintable(log.statements().at(0)));
    for (const QString &line : find + read) {
        // No table is scanned but the index and the list of ids.
        if (line.startsWith(u"SCAN"_s)) {
            QVERIFY2(line.contains(u"VIRTUAL TABLE"_s) || line.contains(u"json_each"_s)
                    || line.contains(u"subquery"_s, Qt::CaseInsensitive),
                qPrintable(line));
        }
    }
    QVERIFY2(read.join(u'\n').contains(u"SEARCH p USING INTEGER PRIMARY KEY"_s),
        qPrintable(read.join(u'\n')));
}

// A result list's few words around the match are made for the hits returned only, each
// matched word marked.
void TestCacheCost::searchHitsMarkTheWordsOfThoseShownOnly()
{
    FeedCache feed(m_database->connection());
    QList<Post> posts = batch(1, 60);
    posts[9].body = u"After the storm we sat by the lighthouse and counted the waves."_s;
    posts[30].body = u"A lighthouse keeper's diary, found in a second-hand shop."_s;
    QVERIFY(feed.storePosts(posts));
    StatementLog log(m_database->connection());
    const QList<FeedCache::SearchHit> hits = feed.searchHits(u"lightho"_s, 5);
    // Two statements however many posts match: find, read. The snippets are made from the
    // bodies read (FTS5's snippet() walked every match in the hits' id range).
    QCOMPARE(log.statements().size(), 2);
    QCOMPARE(hits.size(), 2);
    QCOMPARE((QList<qint64>{hits.at(0).post.id, hits.at(1).post.id}), (QList<qint64>{31, 10}));
    const QString marked
        = QString(FeedCache::SnippetStart) + u"lighthouse"_s + QString(FeedCache::SnippetEnd);
    QVERIFY2(hits.at(0).snippet.contains(marked), qPrintable(hits.at(0).snippet));
    QVERIFY2(hits.at(1).snippet.contains(marked), qPrintable(hits.at(1).snippet));
    QCOMPARE(hits.at(1).post, *feed.post(10));
    QVERIFY(feed.searchHits(u"nowhere-to-be-found"_s, 5).isEmpty());
}

// The cache is the server's data and can be fetched again: commits are not fsynced (WAL,
// synchronous NORMAL; a power cut loses at most its last batches, whose change sequence
// goes with them). The person's words stay FULL in their own file.
void TestCacheCost::theCacheIsSyncedLessThanTheWords()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"PRAGMA main.synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1); // NORMAL
    QVERIFY(query.exec(u"PRAGMA main.journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA words.synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
    QVERIFY(query.exec(u"PRAGMA words.journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"truncate"_s);
}

QTEST_GUILESS_MAIN(TestCacheCost)
#include "tst_cachecost.moc"
