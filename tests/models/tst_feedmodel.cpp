// FeedModel over a real cache file, checked by QAbstractItemModelTester throughout: pages
// from the cache, rows changed in place, rows that leave, and the server's next page when
// the cache runs out.

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "models/FeedModel.h"
#include "net/ApiClient.h"
#include "support/ServerProcess.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

Post samplePost(qint64 id, const QDateTime &createdAt)
{
    Post post;
    post.id = id;
    post.author = User{7, u"quiet_harbour"_s, u"Quiet Harbour"_s, false};
    post.title = u"Post %1"_s.arg(id);
    post.body = u"Something small and true. #Model"_s;
    post.hashtags = {u"Model"_s};
    post.createdAt = createdAt;
    return post;
}

} // namespace

class TestFeedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesFromTheCache();
    void anUndecodableRowDoesNotEndTheFeed();
    void rolesCarryWhatACardShows();
    void rowsChangeInPlaceAndLeave();
    void theServersNextPageWhenTheCacheRunsOut();
    void rowOfFollowsRowsRemovedAndReplaced();
    void cardDataIsKeptForAWindowOfRows();

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<FeedCache> m_cache;
    QList<qint64> m_newestFirst;
};

void TestFeedModel::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<CacheDatabase>();
    QVERIFY(m_database->open(m_data->filePath(u"cache.sqlite"_s)));
    m_cache = std::make_unique<FeedCache>(m_database->connection());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Post> posts;
    m_newestFirst.clear();
    for (int i = 1; i <= 55; ++i) {
        posts.append(samplePost(i, now.addSecs(-60 * (56 - i))));
        m_newestFirst.prepend(i);
    }
    QVERIFY(m_cache->storePosts(posts));
}

void TestFeedModel::cleanup()
{
    m_cache.reset();
    m_database.reset();
    m_data.reset();
}

void TestFeedModel::pagesFromTheCache()
{
    FeedModel model(*m_cache, nullptr);
    model.setFeed({u"model"_s, FeedKind::All, FeedSort::Latest});
    QCOMPARE(model.rowCount(), FeedModel::PageSize); // one page, straight from the cache
    // The tester fetches more as a view would while it checks.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int guard = 0;
    while (model.canFetchMore({}) && ++guard < 10)
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 55);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(FeedModel::IdRole).toLongLong());
    QCOMPARE(ids, m_newestFirst);
    QVERIFY(!model.canFetchMore({}));

    model.setFeed({u"model"_s, FeedKind::Story, FeedSort::Latest});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestFeedModel::anUndecodableRowDoesNotEndTheFeed()
{
    // The fifth newest post's stored copy cannot be read (a kind this build does not know):
    // the first page comes back one short.
    const qint64 damaged = m_newestFirst.at(4);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(u"UPDATE posts SET kind = ? WHERE id = ?"_s));
    query.addBindValue(u"poem"_s);
    query.addBindValue(damaged);
    QVERIFY(query.exec());

    FeedModel model(*m_cache, nullptr);
    model.setFeed({u"model"_s, FeedKind::All, FeedSort::Latest});
    QCOMPARE(model.rowCount(), FeedModel::PageSize - 1);
    QVERIFY(model.canFetchMore({}));
    int guard = 0;
    while (model.canFetchMore({}) && ++guard < 10)
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 54); // every post but the damaged one
    QCOMPARE(model.rowOf(damaged), -1);
}

void TestFeedModel::rolesCarryWhatACardShows()
{
    Post post = samplePost(100, QDateTime::currentDateTimeUtc().addSecs(60));
    post.kind = PostKind::Video;
    post.teamPrompt = true;
    post.editedAt = QDateTime::currentDateTimeUtc();
    post.contentWarning = u"Mentions a hospital"_s;
    post.reactions.setCount(ReactionKind::Hug, 5);
    post.reactions.setCount(ReactionKind::Heart, 9);
    post.reactions.setCount(ReactionKind::MeToo, 1);
    post.reactions.setCount(ReactionKind::ThinkingOfYou, 2);
    post.reactions.setMine(ReactionKind::Hug);
    post.commentCount = 16;
    Media video;
    video.id = 40;
    video.kind = MediaKind::Video;
    video.mimeType = u"video/webm"_s;
    video.width = 640;
    video.height = 360;
    video.posterId = 39;
    video.altText = u"Waves at dusk"_s;
    post.media = video;
    QVERIFY(m_cache->storePosts({post}));

    FeedModel model(*m_cache, nullptr);
    model.setFeed({u"model"_s, FeedKind::All, FeedSort::Latest});
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(FeedModel::IdRole).toLongLong(), 100);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), u"Post 100"_s);
    QCOMPARE(first.data(FeedModel::KindRole).toInt(), int(PostKind::Video));
    QCOMPARE(first.data(FeedModel::AuthorNameRole).toString(), u"Quiet Harbour"_s);
    QCOMPARE(first.data(FeedModel::HashtagsRole).toStringList(), QStringList{u"Model"_s});
    QCOMPARE(first.data(FeedModel::MediaIdRole).toLongLong(), 39); // the poster
    QVERIFY(first.data(FeedModel::MediaIsVideoRole).toBool());
    QCOMPARE(first.data(FeedModel::MediaAltTextRole).toString(), u"Waves at dusk"_s);
    QVERIFY(first.data(FeedModel::EditedRole).toBool());
    QVERIFY(first.data(FeedModel::TeamPromptRole).toBool());
    QCOMPARE(first.data(FeedModel::ContentWarningRole).toString(), u"Mentions a hospital"_s);
    QCOMPARE(first.data(FeedModel::ReactionCountRole).toLongLong(), 17);
    QCOMPARE(first.data(FeedModel::TopReactionsRole).toStringList(),
        QStringList({u"heart"_s, u"hug"_s, u"thinking_of_you"_s}));
    QCOMPARE(first.data(FeedModel::MyReactionRole).toString(), u"hug"_s);
    QCOMPARE(first.data(FeedModel::CommentCountRole).toLongLong(), 16);
    QCOMPARE(first.data(FeedModel::LocalStateRole).toInt(), int(LocalState::Synced));
    QCOMPARE(model.roleNames().value(FeedModel::AuthorNameRole), QByteArray("authorName"));
}

void TestFeedModel::rowsChangeInPlaceAndLeave()
{
    FeedModel model(*m_cache, nullptr);
    model.setFeed({u"model"_s, FeedKind::All, FeedSort::Latest});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int shown = model.rowCount();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    Post edited = *m_cache->post(54);
    edited.title = u"A new title"_s;
    edited.commentCount = 3;
    m_cache->storePosts({edited});
    model.refreshPosts({54, 999}); // 999 is not shown: nothing happens for it
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toModelIndex().row(), 1);
    QCOMPARE(model.index(1).data(FeedModel::TitleRole).toString(), u"A new title"_s);
    QCOMPARE(model.rowCount(), shown);

    m_cache->removePosts({55});
    model.refreshPosts({55});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.index(0).data(FeedModel::IdRole).toLongLong(), 54);

    Post moved = *m_cache->post(53);
    moved.hashtags = {u"Elsewhere"_s};
    moved.body = u"Now about #Elsewhere"_s;
    m_cache->storePosts({moved});
    model.refreshPosts({53});
    QCOMPARE(removed.size(), 2);
    QCOMPARE(model.rowOf(53), -1);

    model.removePosts({52});
    QCOMPARE(model.rowOf(52), -1);
    QCOMPARE(model.rowCount(), shown - 3);
}

void TestFeedModel::theServersNextPageWhenTheCacheRunsOut()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    CommentCache comments(m_database->connection());
    ApiClient api(server.url());
    SyncEngine engine(*m_cache, comments, api);
    FeedModel model(*m_cache, &engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The model asks for the server's first page itself.
    model.setFeed({u"selfcare"_s, FeedKind::All, FeedSort::Latest});
    QCOMPARE(model.rowCount(), 0); // a cold cache: nothing yet, and no waiting on the network
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= SyncEngine::PageSize, 15'000);
    // Fetching on as a view scrolls: each time the engine has settled, ask for more.
    int guard = 0;
    while (++guard < 20) {
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() != SyncEngine::State::Syncing, 15'000);
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    QVERIFY(!model.canFetchMore({}));
    const int total = model.rowCount();
    // More than one server page, and every post of the topic.
    QVERIFY(total > SyncEngine::PageSize);
    const TopicCounts counts = m_cache->topic(u"selfcare"_s)->counts;
    QCOMPARE(qint64(total), counts.posts + counts.stories + counts.videos);
    // Every row once.
    QSet<qint64> ids;
    for (int row = 0; row < total; ++row)
        ids.insert(model.index(row).data(FeedModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), total);
    QVERIFY(server.stop());
}

// Every row's post found by id, whichever rows left before it and whichever ids changed.
void TestFeedModel::rowOfFollowsRowsRemovedAndReplaced()
{
    // The oldest post: the server's copy of one written here, come first through a refresh.
    QVERIFY(m_cache->storePosts(
        {samplePost(5000, QDateTime::currentDateTimeUtc().addSecs(-3600 * 24))}));
    FeedModel model(*m_cache, nullptr);
    model.setFeed({u"model"_s, FeedKind::All, FeedSort::Latest});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 56);
    const auto checkEveryRow = [&model] {
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row).data(FeedModel::IdRole).toLongLong();
            if (model.rowOf(id) != row)
                return u"row %1 holds %2, rowOf says %3"_s.arg(row).arg(id).arg(model.rowOf(id));
        }
        return QString();
    };
    QCOMPARE(checkEveryRow(), QString());
    QCOMPARE(model.rowOf(5000), 55);

    // The first row, one in the middle and one near the end: every row after each moves up.
    model.removePosts({55, 30, 1});
    QCOMPARE(model.rowCount(), 53);
    QCOMPARE(model.rowOf(55), -1);
    QCOMPARE(model.rowOf(30), -1);
    QCOMPARE(model.rowOf(1), -1);
    QCOMPARE(model.rowOf(54), 0);
    QCOMPARE(model.rowOf(29), 24);
    QCOMPARE(model.rowOf(2), 51);
    QCOMPARE(model.rowOf(5000), 52);
    QCOMPARE(checkEveryRow(), QString());

    // A post the server gave its own id: the row stays where it is, found by the new id.
    QVERIFY(m_cache->replacePostId(40, 4000));
    model.replacePostId(40, 4000);
    QCOMPARE(model.rowOf(40), -1);
    QCOMPARE(model.rowOf(4000), 14);
    QCOMPARE(model.index(14).data(FeedModel::TitleRole).toString(), u"Post 40"_s);
    QCOMPARE(checkEveryRow(), QString());

    // The server's id already a row: the cache keeps the server's copy, and one row stays.
    QVERIFY(m_cache->replacePostId(41, 5000));
    model.replacePostId(41, 5000);
    QCOMPARE(model.rowCount(), 52);
    QCOMPARE(model.rowOf(41), -1);
    QCOMPARE(model.rowOf(5000), 51);
    QCOMPARE(model.index(51).data(FeedModel::TitleRole).toString(), u"Post 5000"_s);
    QCOMPARE(checkEveryRow(), QString());
}

// What cards draw is held for a bounded number of rows however many are loaded; a row out
// of that window is read again from the cache, whole, when asked for.
void TestFeedModel::cardDataIsKeptForAWindowOfRows()
{
    const int count = FeedModel::RowWindow + 3 * FeedModel::PageSize;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600 * 24 * 30);
    QList<Post> posts;
    for (int i = 0; i < count; ++i) {
        Post post = samplePost(10'000 + i, start.addSecs(-60 * i));
        post.commentCount = i % 7;
        posts.append(post);
    }
    QVERIFY(m_cache->storePosts(posts));

    FeedModel model(*m_cache, nullptr);
    model.setFeed({u"model"_s, FeedKind::All, FeedSort::Latest});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 55 + count);
    QVERIFY2(model.keptRowCount() <= FeedModel::RowWindow,
        qPrintable(u"%1 rows kept"_s.arg(model.keptRowCount())));

    // The first rows left the window long ago: read again, they are what the cache holds.
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(FeedModel::IdRole).toLongLong(), 55);
    QCOMPARE(first.data(FeedModel::TitleRole).toString(), u"Post 55"_s);
    QCOMPARE(first.data(FeedModel::AuthorNameRole).toString(), u"Quiet Harbour"_s);
    QCOMPARE(first.data(FeedModel::HashtagsRole).toStringList(), QStringList{u"Model"_s});
    const QModelIndex deep = model.index(55 + 500);
    QCOMPARE(deep.data(FeedModel::IdRole).toLongLong(), 10'500);
    QCOMPARE(deep.data(FeedModel::CommentCountRole).toLongLong(), 500 % 7);
    QVERIFY(model.keptRowCount() <= FeedModel::RowWindow);
}

QTEST_GUILESS_MAIN(TestFeedModel)
#include "tst_feedmodel.moc"
