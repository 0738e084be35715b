// CommentModel over a real cache and server, checked by QAbstractItemModelTester: the
// thread in reading order with replies under their comments, a comment written offline
// shown at once as pending, then settled on the server's copy. When a pull names the post,
// the thread is read again and its rows change in place (no reset): a reply lands under its
// comment, a deletion goes or leaves a tombstone, an edit updates its row; someone else's new
// comments are marked as arrived for a while, the person's own and a next page are not.

#include "cache/CacheDatabase.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "models/CommentModel.h"
#include "net/ApiClient.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "support/SyncedReader.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
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
    void aPullNamingThePostChangesRowsInPlace();
    void aNextPageIsNotNewsButALaterCommentIs();
};

namespace {

// The model's comment ids in row order.
QList<qint64> rows(const CommentModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(CommentModel::IdRole).toLongLong());
    return ids;
}

// The ids of the rows marked as arrived.
QList<qint64> arrived(const CommentModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(CommentModel::ArrivedRole).toBool())
            ids.append(model.index(row).data(CommentModel::IdRole).toLongLong());
    }
    return ids;
}

} // namespace

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

void TestCommentModel::aPullNamingThePostChangesRowsInPlace()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient jo(server.url());
    registerUser(jo, u"jo_ren"_s, u"Jo"_s);
    HttpClient kit(server.url());
    registerUser(kit, u"kit_ames"_s, u"Kit"_s);
    HttpClient me(server.url());
    registerUser(me, u"lee"_s, u"Lee"_s);
    const qint64 postId = idOf(jo.post(u"/api/v1/posts"_s,
        {{u"kind"_s, u"post"_s}, {u"title"_s, u"First week at the new job"_s},
            {u"body"_s, u"Nervous and a bit proud. #Work"_s}}));
    const qint64 a = writeComment(kit, postId, u"Proud of you for going."_s);
    const qint64 a1 = writeComment(jo, postId, u"Thank you, it helps."_s, a);
    const qint64 b = writeComment(kit, postId, u"The second week is easier."_s);
    const qint64 c = writeComment(kit, postId, u"Bring a snack you like."_s);

    SyncedReader reader(server.url());
    reader.engine.refreshTopic({u"work"_s, FeedKind::All, FeedSort::Latest});
    QVERIFY(reader.settle());
    CommentModel model(reader.comments, &reader.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMyHandle(u"lee"_s);
    model.setPost(postId);
    QVERIFY(reader.settle());
    QCOMPARE(rows(model), QList<qint64>({a, a1, b, c}));
    QVERIFY(arrived(model).isEmpty()); // the first load is not news
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy arrivals(&model, &CommentModel::arrivalsChanged);

    // A reply by someone else lands under its comment, after the reply there; the person's
    // own comment at the end is theirs, not news.
    const qint64 a2 = writeComment(kit, postId, u"And the first day is the hardest."_s, a);
    const qint64 mine = writeComment(me, postId, u"Good luck this week."_s);
    reader.engine.pullChanges();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(a2) >= 0 && model.rowOf(mine) >= 0, 15'000);
    QVERIFY(reader.settle());
    QCOMPARE(rows(model), QList<qint64>({a, a1, a2, b, c, mine}));
    QCOMPARE(arrived(model), QList<qint64>{a2});
    QCOMPARE(model.arrivalCount(), 1);
    QVERIFY(!arrivals.isEmpty());
    QCOMPARE(resets.size(), 0);
    QVERIFY(std::any_of(inserts.cbegin(), inserts.cend(),
        [](const QList<QVariant> &args) { return args.at(1).toInt() == 2; }));

    // A comment deleted without replies goes; one with replies stays as a tombstone in place;
    // an edit shows in place. (A reaction names the post too.)
    QCOMPARE(kit.remove(u"/api/v1/comments/%1"_s.arg(b)).status, 204);
    QCOMPARE(kit.remove(u"/api/v1/comments/%1"_s.arg(a)).status, 204);
    QCOMPARE(kit.patch(u"/api/v1/comments/%1"_s.arg(c), {{u"body"_s, u"Bring two snacks."_s}},
                    {{"If-Match", "\"1\""}})
                 .status,
        200);
    QCOMPARE(
        kit.put(u"/api/v1/posts/%1/reaction"_s.arg(postId), {{u"kind"_s, u"hug"_s}}).status, 200);
    reader.engine.pullChanges();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(b) < 0, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        model.index(model.rowOf(c)).data(CommentModel::EditedRole).toBool(), 15'000);
    QCOMPARE(rows(model), QList<qint64>({a, a1, a2, c, mine}));
    QVERIFY(model.index(0).data(CommentModel::DeletedRole).toBool());
    QCOMPARE(model.index(model.rowOf(c)).data(CommentModel::BodyRole).toString(),
        u"Bring two snacks."_s);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!removals.isEmpty());

    // The mark ends by itself.
    QTRY_VERIFY_WITH_TIMEOUT(arrived(model).isEmpty(), 15'000);
    QCOMPARE(model.arrivalCount(), 0);
    QVERIFY(server.stop());
}

void TestCommentModel::aNextPageIsNotNewsButALaterCommentIs()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient mo(server.url());
    registerUser(mo, u"mo_lind"_s, u"Mo"_s);
    const qint64 postId = idOf(mo.post(u"/api/v1/posts"_s,
        {{u"kind"_s, u"post"_s}, {u"title"_s, u"Small joys"_s},
            {u"body"_s, u"Name one from today. #Joys"_s}}));
    QList<qint64> ids;
    for (int i = 0; i < 25; ++i)
        ids.append(writeComment(mo, postId, u"Joy number %1: the light at noon."_s.arg(i + 1)));

    SyncedReader reader(server.url());
    reader.engine.refreshTopic({u"joys"_s, FeedKind::All, FeedSort::Latest});
    QVERIFY(reader.settle());
    CommentModel model(reader.comments, &reader.engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPost(postId);
    QVERIFY(reader.settle());
    // The second page: asked for by the tester's checks already, or here.
    QVERIFY(reader.comments.thread(postId).size() >= 20);
    if (model.canFetchMore({}))
        model.fetchMore({});
    QVERIFY(reader.settle());
    QCOMPARE(rows(model), ids);
    QVERIFY(arrived(model).isEmpty());

    // The whole thread is shown: a comment at the end, and a reply to the first, are news.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const qint64 reply = writeComment(mo, postId, u"Same here."_s, ids.first());
    const qint64 last = writeComment(mo, postId, u"Joy number 26: a letter."_s);
    reader.engine.pullChanges();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(last) >= 0, 15'000);
    QVERIFY(reader.settle());
    QCOMPARE(model.rowOf(reply), 1);
    QCOMPARE(model.rowOf(last), 26);
    QCOMPARE(arrived(model), QList<qint64>({reply, last}));
    QCOMPARE(resets.size(), 0);
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestCommentModel)
#include "tst_commentmodel.moc"
