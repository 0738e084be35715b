// CommentModel over a real cache and server, checked by QAbstractItemModelTester: the
// thread in reading order with replies under their comments, a comment written offline
// shown at once as pending, then settled on the server's copy.

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "models/CommentModel.h"
#include "net/ApiClient.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestCommentModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aThreadInReadingOrderAndAPendingComment();
};

void TestCommentModel::aThreadInReadingOrderAndAPendingComment()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    HttpClient http(server.url());
    const auto login = http.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"sam_walks"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(login.status, 200);
    const QJsonObject user = login.json().value(u"user"_s).toObject();

    QTemporaryDir data;
    CacheDatabase database;
    QVERIFY(database.open(data.filePath(u"cache.sqlite"_s)));
    FeedCache feed(database.connection());
    CommentCache comments(database.connection());
    OutboxStore store(database.connection());
    ApiClient api(server.url());
    api.setToken(login.json().value(u"token"_s).toString());
    SyncEngine engine(feed, comments, api);
    Outbox outbox(store, feed, comments, api,
        User{user.value(u"id"_s).toInteger(), u"sam_walks"_s, u"Sam"_s, false});

    // A demo post whose thread has replies.
    engine.refreshTopic({u"therapy"_s, FeedKind::All, FeedSort::Latest});
    QTRY_VERIFY_WITH_TIMEOUT(
        engine.state() == SyncEngine::State::Idle && feed.changeSequence() > 0, 15'000);
    qint64 postId = 0;
    qint64 expected = 0;
    for (const Post &post :
        feed.feed({u"therapy"_s, FeedKind::All, FeedSort::Latest}, FeedPosition::start(), 50)) {
        const QJsonArray thread = http.get(u"/api/v1/posts/%1/comments"_s.arg(post.id))
                                      .json()
                                      .value(u"items"_s)
                                      .toArray();
        for (const QJsonValue &comment : thread) {
            if (!comment.toObject().value(u"parentId"_s).isNull()) {
                postId = post.id;
                expected = thread.size();
                break;
            }
        }
        if (postId)
            break;
    }
    QVERIFY(postId > 0);

    CommentModel model(comments, &engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&outbox, &Outbox::commentsChanged, &model, &CommentModel::threadChanged);
    model.setPost(postId);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(model.rowCount()), expected, 15'000);

    // Reading order: every reply sits under its comment, after it.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(CommentModel::DepthRole).toInt() == 0) {
            QCOMPARE(index.data(CommentModel::ParentIdRole).toLongLong(), 0);
            continue;
        }
        const int parentRow = model.rowOf(index.data(CommentModel::ParentIdRole).toLongLong());
        QVERIFY(parentRow >= 0 && parentRow < row);
        for (int between = parentRow + 1; between < row; ++between)
            QCOMPARE(model.index(between).data(CommentModel::DepthRole).toInt(), 1);
    }

    // Written offline: shown at once, at the end, pending.
    outbox.setOnline(false);
    const qint64 local
        = outbox.createComment(postId, {u"Thinking of you today."_s, std::nullopt, {}});
    QCOMPARE(qint64(model.rowCount()), expected + 1);
    const QModelIndex mine = model.index(model.rowCount() - 1);
    QCOMPARE(mine.data(CommentModel::IdRole).toLongLong(), local);
    QCOMPARE(mine.data(CommentModel::BodyRole).toString(), u"Thinking of you today."_s);
    QCOMPARE(mine.data(CommentModel::LocalStateRole).toInt(), int(LocalState::Pending));

    // Back online: the row settles on the server's copy.
    outbox.setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(local) < 0, 15'000);
    QCOMPARE(qint64(model.rowCount()), expected + 1);
    const QModelIndex settled = model.index(model.rowCount() - 1);
    QVERIFY(settled.data(CommentModel::IdRole).toLongLong() > 0);
    QCOMPARE(settled.data(CommentModel::LocalStateRole).toInt(), int(LocalState::Synced));
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestCommentModel)
#include "tst_commentmodel.moc"
