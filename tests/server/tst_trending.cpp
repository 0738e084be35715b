// Trending on a real SQLite file, through the store the routes use: the score is the one
// docs/api.md defines, it follows a post's counts as they change, and a page of either order
// is a bounded read of an index, the same at any depth of a topic of any size.

#include "server/PostJson.h"
#include "server/Sql.h"
#include "server/Statements.h"
#include "server/Store.h"
#include "server/SyntheticCommunity.h"
#include "server/TrendingScore.h"
#include "support/TestDatabase.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestTrending : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreIsTheDocumentedOne();
    void scoreFollowsReactionsAndComments();
    void pagesWithTiesNeitherRepeatNorSkip();
    void aPageReadsBoundedRowsAtAnyDepth_data();
    void aPageReadsBoundedRowsAtAnyDepth();
    void feedQueriesUseTheirIndexes();
    void generateFillsOneTopic();
    void feedJsonIsThePagesJson();
};

namespace {

// 2026-12-07T09:00:00.000Z and 12:30, the times of docs/api.md's worked example.
constexpr qint64 nineOClock = 1'796'634'000'000;
constexpr qint64 halfPastTwelve = 1'796'646'600'000;

struct Community
{
    QTemporaryDir data;
    TestDatabase database{data.path()};
    Store store;
    qint64 author = 0;
    qint64 topic = 0;

    bool open()
    {
        if (!store.open(database.location()))
            return false;
        author = store.accounts().insertUser(u"ash"_s, u"Ash"_s, "x", false);
        topic = store.topics().ensureTopic(u"Rest"_s);
        return true;
    }

    qint64 post(qint64 createdAt, PostKind kind = PostKind::Post)
    {
        PostStore::Content content;
        content.kind = kind;
        content.authorId = author;
        content.title = u"A quiet hour"_s;
        content.body = u"Breathing slowly. #Rest"_s;
        content.hashtags = {u"Rest"_s};
        content.topicIds = {topic};
        return store.posts().insert(content, createdAt, store.changes().next({}));
    }

    // The feed from its first page to its last, limit at a time: the ids, in order.
    QList<qint64> walk(FeedSort sort, int limit, FeedKind kind = FeedKind::All)
    {
        QList<qint64> ids;
        FeedQuery query;
        query.sort = sort;
        query.kind = kind;
        query.limit = limit;
        for (int pages = 0; pages < 10'000; ++pages) {
            const auto page = store.posts().feed(topic, query, 0);
            if (!page)
                return {};
            ids += page->items;
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        return ids;
    }

    QList<qint64> storedScores(qint64 postId)
    {
        QList<qint64> scores;
        QSqlQuery query(store.connection());
        query.prepare(u"SELECT trending FROM post_topics WHERE post_id = ? ORDER BY topic_id"_s);
        query.addBindValue(postId);
        query.exec();
        while (query.next())
            scores.append(query.value(0).toLongLong());
        return scores;
    }
};

} // namespace

void TestTrending::scoreIsTheDocumentedOne()
{
    // Attention E = R + 2C + 1; 1000 points a doubling, linear between powers of two, floored.
    QCOMPARE(TrendingScore::attention(0, 0), 1);
    QCOMPARE(TrendingScore::attention(3, 2), 8);
    QCOMPARE(TrendingScore::attentionPoints(1), 0);
    QCOMPARE(TrendingScore::attentionPoints(2), 1000);
    QCOMPARE(TrendingScore::attentionPoints(3), 1500);
    QCOMPARE(TrendingScore::attentionPoints(8), 3000);
    QCOMPARE(TrendingScore::attentionPoints(23), 4437); // 4000 + 7 * 1000 / 16 = 4437.5
    QCOMPARE(TrendingScore::attentionPoints(qint64(1) << 62), 62'000);
    // Time: 1000 points every four hours of creation time, floored.
    QCOMPARE(TrendingScore::score(0, 0, 14'399), 0);
    QCOMPARE(TrendingScore::score(0, 0, 14'400), 1);
    // docs/api.md's worked example, number for number.
    QCOMPARE(nineOClock / 14'400, 124'766'250);
    QCOMPARE(TrendingScore::score(3, 2, nineOClock), 124'769'250);
    QCOMPARE(TrendingScore::score(0, 0, halfPastTwelve), 124'767'125);
    QCOMPARE(TrendingScore::score(0, 1, halfPastTwelve), 124'768'625);
    QCOMPARE(TrendingScore::score(12, 5, nineOClock), 124'770'687);
    QCOMPARE(TrendingScore::score(1, 0, halfPastTwelve), 124'768'125);
    QCOMPARE(TrendingScore::attentionPoints(64), 6000); // level with a new post for a day
    // Doubling the attention is worth exactly four hours.
    QCOMPARE(TrendingScore::score(1, 0, nineOClock),
        TrendingScore::score(0, 0, nineOClock + 4 * 3'600'000));
}

void TestTrending::scoreFollowsReactionsAndComments()
{
    Community community;
    QVERIFY(community.open());
    Store &store = community.store;
    const qint64 other = store.topics().ensureTopic(u"Calm"_s);
    PostStore::Content content;
    content.authorId = community.author;
    content.title = u"Two topics"_s;
    content.body = u"#Rest and #Calm"_s;
    content.hashtags = {u"Rest"_s, u"Calm"_s};
    content.topicIds = {community.topic, other};
    const qint64 older = store.posts().insert(content, nineOClock, store.changes().next({}));
    const qint64 newer = community.post(halfPastTwelve);
    const auto score = [&](qint64 r, qint64 c, qint64 t) {
        return QList<qint64>{TrendingScore::score(r, c, t), TrendingScore::score(r, c, t)};
    };
    QCOMPARE(community.storedScores(older), score(0, 0, nineOClock));
    QCOMPARE(community.walk(FeedSort::Trending, 10), QList<qint64>({newer, older}));

    QList<qint64> people;
    for (int i = 0; i < 3; ++i) {
        people.append(
            store.accounts().insertUser(u"reader%1"_s.arg(i), u"Reader %1"_s.arg(i), "x", false));
        QVERIFY(store.posts().setReaction(
            older, people[i], ReactionKind::Hug, store.changes().next({})));
    }
    QCOMPARE(community.storedScores(older), score(3, 0, nineOClock));
    // A changed kind is no new reaction; a second reaction by the same person is no change.
    QVERIFY(
        store.posts().setReaction(older, people[0], ReactionKind::Heart, store.changes().next({})));
    QVERIFY(!store.posts().setReaction(
        older, people[0], ReactionKind::Heart, store.changes().next({})));
    QCOMPARE(community.storedScores(older), score(3, 0, nineOClock));
    // The post keeps the count of each kind, which a page shows, and the hashtags.
    {
        const auto post = store.posts().post(older, people[2]);
        QVERIFY(post);
        QCOMPARE(post->reactions.count(ReactionKind::Heart), 1);
        QCOMPARE(post->reactions.count(ReactionKind::Hug), 2);
        QCOMPARE(post->reactions.mine(), ReactionKind::Hug);
        QCOMPARE(post->hashtags, QStringList({u"Rest"_s, u"Calm"_s}));
        FeedQuery query;
        const auto page = store.posts().feedPage(other, query, people[0]);
        QVERIFY(page && page->items.size() == 1);
        QCOMPARE(page->items[0], *store.posts().post(older, people[0]));
        QCOMPARE(page->items[0].reactions.mine(), ReactionKind::Heart);
    }
    store.posts().adjustCommentCount(older, +1, store.changes().next({}));
    store.posts().adjustCommentCount(older, +1, store.changes().next({}));
    QCOMPARE(community.storedScores(older), score(3, 2, nineOClock)); // E = 8
    QCOMPARE(community.walk(FeedSort::Trending, 10), QList<qint64>({older, newer}));

    // An edit keeps the score; taking back a reaction and a comment lowers it again.
    content.body = u"#Rest and #Calm, edited"_s;
    store.posts().update(older, content, halfPastTwelve, store.changes().next({}));
    QCOMPARE(community.storedScores(older), score(3, 2, nineOClock));
    QVERIFY(store.posts().setReaction(older, people[1], std::nullopt, store.changes().next({})));
    store.posts().adjustCommentCount(older, -1, store.changes().next({}));
    QCOMPARE(community.storedScores(older), score(2, 1, nineOClock));
    // An edit that drops a topic keeps the score on the rows that stay.
    content.hashtags = {u"Calm"_s};
    content.topicIds = {other};
    store.posts().update(older, content, halfPastTwelve, store.changes().next({}));
    QCOMPARE(community.storedScores(older), QList<qint64>{TrendingScore::score(2, 1, nineOClock)});
    const auto edited = store.posts().post(older, 0);
    QCOMPARE(edited->hashtags, QStringList{u"Calm"_s});
    QCOMPARE(edited->reactions.count(ReactionKind::Heart), 1);
    QCOMPARE(edited->reactions.count(ReactionKind::Hug), 1);
    QCOMPARE(edited->reactions.mine(), std::nullopt);
}

void TestTrending::pagesWithTiesNeitherRepeatNorSkip()
{
    Community community;
    QVERIFY(community.open());
    Store &store = community.store;
    // Runs of equal scores, longer than a page, between posts that score apart: the same
    // time and no counts; and posts whose counts and times make up for each other (a post
    // four hours older with one reaction scores the same as a newer one with none).
    QList<qint64> ids;
    {
        Sql::Transaction transaction(store.connection());
        for (int i = 0; i < 11; ++i)
            ids.append(community.post(nineOClock));
        for (int i = 0; i < 7; ++i)
            ids.append(community.post(halfPastTwelve + i * 14'400));
        for (int i = 0; i < 9; ++i)
            ids.append(community.post(nineOClock - 4 * 3'600'000));
        const qint64 reader = store.accounts().insertUser(u"pip"_s, u"Pip"_s, "x", false);
        for (int i = 18; i < 22; ++i)
            store.posts().setReaction(
                ids[i], reader, ReactionKind::MeToo, store.changes().next({}));
        transaction.commit();
    }
    QList<std::pair<qint64, qint64>> expected; // (score, id)
    for (qint64 id : std::as_const(ids))
        expected.append({community.storedScores(id).value(0), id});
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QList<qint64> order;
    for (const auto &[score, id] : std::as_const(expected))
        order.append(id);
    // The reacted-to older posts tie with those of nine o'clock.
    QCOMPARE(community.storedScores(ids[18]), community.storedScores(ids[0]));

    for (int limit : {1, 2, 3, 4, 5, 10, 26, 27, 100}) {
        const QList<qint64> walked = community.walk(FeedSort::Trending, limit);
        QCOMPARE(walked, order);
        QCOMPARE(QSet<qint64>(walked.begin(), walked.end()).size(), ids.size());
    }
}

void TestTrending::aPageReadsBoundedRowsAtAnyDepth_data()
{
    QTest::addColumn<FeedSort>("sort");
    QTest::addColumn<FeedKind>("kind");
    QTest::newRow("latest, all") << FeedSort::Latest << FeedKind::All;
    QTest::newRow("latest, stories") << FeedSort::Latest << FeedKind::Story;
    QTest::newRow("trending, all") << FeedSort::Trending << FeedKind::All;
    QTest::newRow("trending, stories") << FeedSort::Trending << FeedKind::Story;
}

void TestTrending::aPageReadsBoundedRowsAtAnyDepth()
{
    if (TestDatabase::onPostgres())
        QSKIP(
            "SQLite's own counters; PostgreSQL's cost of a page is scripts/bench's scale-cluster");
    QFETCH(FeedSort, sort);
    QFETCH(FeedKind, kind);
    // The same pages of a small topic and of one ten times its size, first and deep: each
    // reads the same number of rows (SQLite's own count of the steps its program made),
    // scans no table and sorts nothing.
    struct Cost
    {
        int steps = 0;
        int fullScanSteps = 0;
        int sorts = 0;
        int automaticIndexes = 0;
    };
    const auto pageCosts = [&](int postCount, int depth) {
        Community community;
        if (!community.open())
            return QList<Cost>();
        Store &store = community.store;
        QRandomGenerator random(7);
        {
            Sql::Transaction transaction(store.connection());
            for (int i = 0; i < postCount; ++i) {
                // Four hours apart, and so no two scores alike whatever their comments (ties
                // at a page's edge add the steps over the tied rows: bounded, not equal).
                const qint64 id = community.post(nineOClock + i * 4 * 3'600'000LL,
                    i % 3 == 0 ? PostKind::Story : PostKind::Post);
                store.posts().adjustCommentCount(
                    id, int(random.bounded(5)), store.changes().next({}));
            }
            transaction.commit();
        }
        FeedQuery query;
        query.sort = sort;
        query.kind = kind;
        query.limit = 20;
        QList<Cost> costs;
        for (int page = 0; page <= depth; ++page) {
            const auto ids = store.posts().feedPage(community.topic, query, 0);
            if (!ids || ids->nextCursor.isEmpty() || ids->items.size() != query.limit)
                return QList<Cost>();
            const Statements::Cost cost = Statements::of(store.connection()).lastCost();
            if (page == 0 || page == depth)
                costs.append({cost.virtualMachineSteps, cost.fullScanSteps, cost.sorts,
                    cost.automaticIndexes});
            query.cursor = ids->nextCursor;
        }
        return costs;
    };
    const QList<Cost> small = pageCosts(300, 2);
    const QList<Cost> large = pageCosts(3000, 40);
    QCOMPARE(small.size(), 2);
    QCOMPARE(large.size(), 2);
    for (const Cost &cost : small + large) {
        QCOMPARE(cost.fullScanSteps, 0);
        QCOMPARE(cost.sorts, 0);
        QCOMPARE(cost.automaticIndexes, 0);
        // 21 rows of an index, each with its post, author and media: some steps a row.
        QVERIFY2(cost.steps > 0 && cost.steps < 21 * 100, qPrintable(QString::number(cost.steps)));
    }
    // First pages cost the same; pages after a cursor cost the same as each other (their
    // program also compares the cursor), however deep and however big the topic.
    QCOMPARE(large[0].steps, small[0].steps);
    QCOMPARE(large[1].steps, small[1].steps);
}

void TestTrending::feedQueriesUseTheirIndexes()
{
    // The plan of each feed page the store reads, signed out and signed in: a search of the
    // index the order needs, then the post, its author, its media and the reader's reaction
    // each looked up by key, with no temporary b-tree (a sort) and no scan.
    if (TestDatabase::onPostgres())
        QSKIP("SQLite's query plans; PostgreSQL's plan of a page is scripts/bench's scale-cluster");
    Community community;
    QVERIFY(community.open());
    const qint64 reader = community.store.accounts().insertUser(u"ivy"_s, u"Ivy"_s, "x", false);
    for (int i = 0; i < 30; ++i)
        community.post(nineOClock + i * 1000, i % 2 ? PostKind::Video : PostKind::Post);
    const struct
    {
        FeedSort sort;
        FeedKind kind;
        const char *index;
    } cases[] = {{FeedSort::Latest, FeedKind::All, "post_topics_latest"},
        {FeedSort::Latest, FeedKind::Video, "post_topics_kind"},
        {FeedSort::Trending, FeedKind::All, "post_topics_trending"},
        {FeedSort::Trending, FeedKind::Video, "post_topics_trending_kind"}};
    const QRegularExpression lookup(u"^SEARCH [pumr] USING (INTEGER )?PRIMARY KEY "_s);
    for (const auto &c : cases) {
        for (qint64 viewer : {qint64(0), reader}) {
            FeedQuery query;
            query.sort = c.sort;
            query.kind = c.kind;
            query.limit = 5;
            for (int page = 0; page < 2; ++page) {
                const auto posts = community.store.posts().feedPage(community.topic, query, viewer);
                QVERIFY(posts && posts->items.size() == 5 && !posts->nextCursor.isEmpty());
                const QByteArray sql = Statements::of(community.store.connection()).lastCost().sql;
                QVERIFY2(sql.startsWith("SELECT pt.post_id"), sql.constData());
                QSqlQuery plan(community.store.connection());
                QVERIFY(plan.prepare(u"EXPLAIN QUERY PLAN "_s + QString::fromUtf8(sql)));
                // The values do not change the plan.
                for (qsizetype i = 0; i < sql.count('?'); ++i)
                    plan.addBindValue(qint64(1));
                QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
                QStringList details;
                while (plan.next())
                    details.append(plan.value(3).toString());
                const QString joined = details.join(u" | "_s);
                QCOMPARE(details.size(), viewer ? 5 : 4);
                QVERIFY2(details[0].startsWith(u"SEARCH pt USING "_s)
                        && details[0].contains(QLatin1StringView(c.index) + u" ("_s),
                    qPrintable(joined));
                for (qsizetype i = 1; i < details.size(); ++i)
                    QVERIFY2(lookup.match(details[i]).hasMatch(), qPrintable(joined));
                QVERIFY2(!joined.contains(u"TEMP B-TREE"_s), qPrintable(joined));
                query.cursor = posts->nextCursor;
            }
        }
    }
}

void TestTrending::generateFillsOneTopic()
{
    // --generate N --topic SLUG: every post in that topic (made when missing), some photos
    // and videos among them, counts that vary, and the stored scores the counts give.
    QTemporaryDir data;
    TestDatabase database(data.path());
    Store store;
    QVERIFY2(store.open(database.location()), qPrintable(database.errorString()));
    QDir media(data.path());
    QVERIFY(media.mkpath(u"media"_s));
    media.cd(u"media"_s);
    SyntheticCommunity(store, media).generate(400, u"wellbeing"_s);
    const QSqlDatabase db = store.connection();
    const qint64 topic = *store.topics().topicId(u"wellbeing"_s);
    QCOMPARE(Sql::scalar(db, u"SELECT count(*) FROM posts"_s).toInt(), 400);
    QCOMPARE(
        Sql::scalar(db, u"SELECT count(*) FROM post_topics WHERE topic_id = ?"_s, {topic}).toInt(),
        400);
    QVERIFY(Sql::scalar(db, u"SELECT count(*) FROM posts WHERE kind = 'video'"_s).toInt() > 0);
    QVERIFY(Sql::scalar(db,
                u"SELECT count(*) FROM posts p JOIN media m ON m.id = p.media_id "
                "WHERE m.kind = 'image'"_s)
                .toInt()
        > 0);
    QVERIFY(Sql::scalar(db, u"SELECT count(DISTINCT reaction_count) FROM posts"_s).toInt() > 3);
    // The counts agree with the rows, and every feed row holds its post's score.
    QCOMPARE(Sql::scalar(db,
                 u"SELECT count(*) FROM posts p WHERE reaction_count != "
                 "(SELECT count(*) FROM reactions r WHERE r.post_id = p.id) OR comment_count != "
                 "(SELECT count(*) FROM comments c WHERE c.post_id = p.id)"_s)
                 .toInt(),
        0);
    QSqlQuery rows(db);
    QVERIFY(rows.exec(u"SELECT p.reaction_count, p.comment_count, p.created_at, pt.trending "
                      "FROM posts p JOIN post_topics pt ON pt.post_id = p.id"_s));
    int checked = 0;
    while (rows.next()) {
        QCOMPARE(rows.value(3).toLongLong(),
            TrendingScore::score(rows.value(0).toLongLong(), rows.value(1).toLongLong(),
                rows.value(2).toLongLong()));
        ++checked;
    }
    QVERIFY(checked >= 400);
    // What each post keeps of its hashtags and reactions is what its rows say.
    const auto summaries = [&] {
        QStringList lines;
        QSqlQuery query(db);
        query.exec(u"SELECT id, hashtags, reaction_kinds FROM posts ORDER BY id"_s);
        while (query.next()) {
            lines.append(query.value(0).toString() + u'|' + query.value(1).toString() + u'|'
                + query.value(2).toString());
        }
        return lines;
    };
    const QStringList generated = summaries();
    QVERIFY(generated.filter(u","_s).size() > 10); // posts with reactions of several kinds
    for (const QString &sql : PostStore::fillSummaries(Sql::dialect(db)))
        Sql::exec(db, sql);
    QCOMPARE(summaries(), generated);
    const auto topicData = store.topics().topicPage(u"wellbeing"_s, 1, {}, 0);
    QVERIFY(topicData && topicData->items.size() == 1);
    const TopicCounts counts = topicData->items.first().counts;
    QCOMPARE(counts.posts + counts.stories + counts.videos, 400);
    // Its feeds are pages of it, in both orders.
    FeedQuery query;
    query.sort = FeedSort::Trending;
    const auto page = store.posts().feed(topic, query, 0);
    QVERIFY(page && page->items.size() == query.limit && !page->nextCursor.isEmpty());
}

void TestTrending::feedJsonIsThePagesJson()
{
    // The route writes a page straight from the rows (feedJson); it must be, byte for byte,
    // the JSON of the same page read as Posts (feedPage, then PostJson::page, which
    // tst_postjson holds to the codec's bytes): every kind of field, hostile text, a
    // reader's own reaction, text that is not UTF-8, both orders, cursor pages.
    Community community;
    QVERIFY(community.open());
    Store &store = community.store;
    QDir mediaDir(community.data.path());
    SyntheticCommunity(store, mediaDir).generate(120, u"Rest"_s);
    const qint64 team = store.accounts().insertUser(u"team_\u00e9"_s, u"The \"Team\""_s, "x", true);
    const qint64 reader = store.accounts().insertUser(u"reader"_s, u"Reader"_s, "x", false);
    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls.append(QChar(c));
    PostStore::Content hostile;
    hostile.kind = PostKind::Story;
    hostile.authorId = team;
    hostile.title = u"\"Quoted\" \\ </script> \U0001F33F caf\u00e9 \u2028"_s;
    hostile.body = controls + u" \x7f tail #Rest #Caf\u00e9"_s;
    hostile.contentWarning = u"A hard day"_s;
    hostile.hashtags = {u"Rest"_s, u"Caf\u00e9"_s};
    hostile.topicIds = {community.topic, store.topics().ensureTopic(u"Caf\u00e9"_s)};
    hostile.teamPrompt = true;
    const qint64 loud = store.posts().insert(hostile, Sql::nowMs(), store.changes().next({}));
    store.posts().update(loud, hostile, Sql::nowMs() + 5, store.changes().next({}));
    QVERIFY(store.posts().setReaction(
        loud, reader, ReactionKind::SendingStrength, store.changes().next({})));
    QVERIFY(store.posts().setReaction(loud, team, ReactionKind::MeToo, store.changes().next({})));
    // Bytes that are not UTF-8, put there by hand: both read them through QString. (Only
    // SQLite can hold them: PostgreSQL checks every text's encoding as it is stored.)
    const bool brokenBytes = !TestDatabase::onPostgres();
    if (brokenBytes) {
        const qint64 broken = community.post(Sql::nowMs() + 1);
        Sql::exec(store.connection(),
            u"UPDATE posts SET title = CAST(x'41ff42c3' AS TEXT) WHERE id = ?"_s, {broken});
    }

    int pages = 0;
    for (FeedSort sort : {FeedSort::Latest, FeedSort::Trending}) {
        for (FeedKind kind : {FeedKind::All, FeedKind::Story}) {
            for (qint64 viewer : {qint64(0), reader}) {
                FeedQuery query;
                query.sort = sort;
                query.kind = kind;
                query.limit = 7;
                for (int page = 0; page < 4; ++page) {
                    const auto posts = store.posts().feedPage(community.topic, query, viewer);
                    const auto json = store.posts().feedJson(community.topic, query, viewer);
                    QVERIFY(posts && json);
                    QCOMPARE(*json, PostJson::page(*posts));
                    ++pages;
                    if (posts->nextCursor.isEmpty())
                        break;
                    query.cursor = posts->nextCursor;
                }
            }
        }
    }
    QVERIFY(pages >= 24);
    // The hostile post and the broken one were on those pages, with the reader's reaction.
    FeedQuery latest;
    const auto first = store.posts().feedJson(community.topic, latest, reader);
    QVERIFY(first->contains("\"mine\":\"sending_strength\""));
    QVERIFY(!brokenBytes || first->contains("A\xef\xbf\xbd"));
    QVERIFY(first->contains("\\u0001"));
    // A bad cursor is the same error either way.
    latest.cursor = u"bm90IGEgY3Vyc29y"_s;
    QVERIFY(!store.posts().feedJson(community.topic, latest, 0));
}

QTEST_GUILESS_MAIN(TestTrending)
#include "tst_trending.moc"
