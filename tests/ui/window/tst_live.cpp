// A window that is alive, with no input at all, against a real hearth-server (the demo
// community), real cache files and the real keychain: another person's new post shows as
// "1 new post" over the feed while the card under the reader stays where it is, and clicking
// it shows the post at the top; a reaction by someone else changes the open card's count, an
// edit and a deletion change the card, and the header's figures follow; a comment made
// elsewhere appears in the open post while the reader types; the
// person's own post is at the top the moment they press Post, with its pending mark, and
// settles in place; with the server stopped and started again, the client comes back and
// catches up by itself; and an idle window asks the server at most once per wait.

#include "../AppUnderTest.h"
#include "models/CommentModel.h"
#include "models/FeedModel.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Community.h"
#include "sync/LiveUpdates.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "translations/Translations.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/HashtagField.h"
#include "ui/feed/FeedView.h"
#include "ui/feed/TopicHeader.h"
#include "ui/feed/TopicPage.h"
#include "ui/post/CommentBox.h"
#include "ui/post/CommentThreadView.h"
#include "ui/post/PostPage.h"
#include "ui/window/MainWindow.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;
// How soon another member's post shows in an open window (issue 16: "within 2 s"). It
// takes about 50 ms here: the bound tells a held request from polling, not speed.
constexpr int LiveWithin = 2'000;

struct Client : AppUnderTest
{
    using AppUnderTest::AppUnderTest;

    TopicPage *page() const { return window.topicPage(); }
    FeedModel *model() const { return page()->model(); }
    FeedView *view() const { return page()->feedView(); }
    // Shown, with its first page, and holding a request on the server.
    bool openAndFollow(const QString &slug)
    {
        window.resize(820, 760);
        return open(slug) && QTest::qWaitFor([this] { return model()->rowCount() >= 6; }, Wait)
            && QTest::qWaitFor([this] { return community.sync().isWaiting(); }, Wait);
    }
};

} // namespace

class TestLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anotherPersonsPostWaitsBehindAButton();
    void aReactionElsewhereChangesTheCountInPlace();
    void editsDeletionsAndTheHeaderFollow();
    void aCommentElsewhereAppearsInTheOpenPost();
    void myPostIsAtTheTopAtOnceAndSettles();
    void afterTheServerCameBackTheWindowCatchesUpByItself();
    void anIdleWindowAsksOncePerWait();
    void aHiddenWindowHoldsNoRequest();

private:
    qint64 postAsRiver(const QString &title);

    Translations m_english; // "1 new post", not "1 new posts"
    ServerProcess m_server;
    quint16 m_port = 0;
    std::unique_ptr<HttpClient> m_river; // another member, writing through the API
};

void TestLive::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_port = quint16(m_server.url().port());
    m_river = std::make_unique<HttpClient>(m_server.url());
    const HttpClient::Reply login = m_river->post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"river_stone"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(login.status, 200);
    m_river->setToken(login.json().value(u"token"_s).toString());
}

qint64 TestLive::postAsRiver(const QString &title)
{
    const HttpClient::Reply created = m_river->post(u"/api/v1/posts"_s,
        newPost(title, u"Said out loud for the first time. #Therapy"_s, u"post"_s, {u"Therapy"_s}));
    if (created.status != 201)
        qWarning() << "posting gave" << created.status << created.body;
    return created.json().value(u"id"_s).toInteger();
}

void TestLive::anotherPersonsPostWaitsBehindAButton()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.openAndFollow(u"therapy"_s));
    FeedView *view = client.view();
    QPushButton *button = client.page()->newPostsButton();
    QVERIFY(!button->isVisible());

    // The reader is a few cards down.
    view->scrollTo(client.model()->index(3), QAbstractItemView::PositionAtTop);
    QTest::qWait(200); // the cards near the reader measured
    const QModelIndex under = view->indexAt(view->viewport()->rect().center());
    QVERIFY(under.isValid());
    const qint64 underId = under.data(FeedModel::IdRole).toLongLong();
    const QRect underBefore = view->visualRect(under);
    const int scrollBefore = view->verticalScrollBar()->value();

    QElapsedTimer clock;
    clock.start();
    const qint64 newId = postAsRiver(u"A first small step"_s);
    QVERIFY(newId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), LiveWithin);
    qInfo("\"1 new post\" showed %lld ms after the post was made", qint64(clock.elapsed()));
    QCOMPARE(button->text(), u"↑ 1 new post"_s);
    QCOMPARE(client.model()->newPostCount(), 1);
    // Not a row yet: nothing under the reader moved.
    QCOMPARE(client.model()->rowOf(newId), -1);
    QCOMPARE(view->verticalScrollBar()->value(), scrollBefore);
    const QRect underAfter
        = view->visualRect(client.model()->index(client.model()->rowOf(underId)));
    QVERIFY2(underAfter == underBefore,
        qPrintable(u"%1 → %2"_s.arg(underBefore.top()).arg(underAfter.top())));
    // Drawn over the feed's top, in its middle, whole.
    const QRect drawn = button->geometry();
    QVERIFY2(view->rect().contains(drawn),
        qPrintable(
            u"%1,%2 %3×%4"_s.arg(drawn.x()).arg(drawn.y()).arg(drawn.width()).arg(drawn.height())));
    QVERIFY(drawn.top() < view->height() / 5);
    QVERIFY(std::abs(drawn.center().x() - view->viewport()->geometry().center().x()) <= 2);
    QVERIFY(drawn.width() > button->fontMetrics().horizontalAdvance(button->text()));

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(client.model()->rowOf(newId), 0);
    QVERIFY(!button->isVisible());
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    const QRect top = view->visualRect(client.model()->index(0));
    QCOMPARE(top.top(), 0);
    QVERIFY(top.height() > 40);
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(
        client.model()->index(0).data(FeedModel::TitleRole).toString(), u"A first small step"_s);

    // From the keyboard: Home on the feed shows them too.
    view->scrollTo(client.model()->index(4), QAbstractItemView::PositionAtTop);
    const qint64 second = postAsRiver(u"A second small step"_s);
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), Wait);
    QCOMPARE(client.model()->rowOf(second), -1);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(client.model()->rowOf(second), 0);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QVERIFY(!button->isVisible());
}

void TestLive::aReactionElsewhereChangesTheCountInPlace()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.openAndFollow(u"therapy"_s));
    const QModelIndex card = client.model()->index(1);
    const qint64 postId = card.data(FeedModel::IdRole).toLongLong();
    const qint64 before = card.data(FeedModel::ReactionCountRole).toLongLong();
    const QRect where = client.view()->visualRect(card);

    // Someone new, so that the reaction is one more whatever the demo holds.
    HttpClient someone(m_server.url());
    registerUser(someone, u"quiet_fern"_s);
    QCOMPARE(
        someone.put(u"/api/v1/posts/%1/reaction"_s.arg(postId), {{u"kind"_s, u"hug"_s}}).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(
        client.model()->index(1).data(FeedModel::ReactionCountRole).toLongLong(), before + 1, Wait);
    QCOMPARE(client.model()->index(1).data(FeedModel::IdRole).toLongLong(), postId);
    QCOMPARE(client.view()->visualRect(client.model()->index(1)).top(), where.top());
    QCOMPARE(client.model()->newPostCount(), 0);
}

void TestLive::editsDeletionsAndTheHeaderFollow()
{
    const qint64 id = postAsRiver(u"Before the edit"_s);
    QVERIFY(id > 0);
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.openAndFollow(u"therapy"_s));
    QTRY_COMPARE_WITH_TIMEOUT(client.model()->rowOf(id), 0, Wait);
    const auto headerSays = [&client](const QString &text) {
        for (const QLabel *label : client.page()->header()->findChildren<QLabel *>()) {
            if (label->text() == text && label->isVisible())
                return true;
        }
        return false;
    };
    const auto serverFigures = [this] {
        const QJsonObject counts
            = m_river->get(u"/api/v1/topics/therapy"_s).json().value(u"counts"_s).toObject();
        return TopicHeader::figures(
            {counts.value(u"members"_s).toInteger(), counts.value(u"posts"_s).toInteger(),
                counts.value(u"stories"_s).toInteger(), counts.value(u"videos"_s).toInteger()});
    };
    QTRY_VERIFY_WITH_TIMEOUT(headerSays(serverFigures()), Wait);

    // Edited elsewhere: the same card says so.
    const QByteArray version = '"'
        + QByteArray::number(
            m_river->get(u"/api/v1/posts/%1"_s.arg(id)).json().value(u"version"_s).toInteger())
        + '"';
    QCOMPARE(m_river
                 ->patch(u"/api/v1/posts/%1"_s.arg(id), {{u"title"_s, u"After the edit"_s}},
                     {{"If-Match", version}})
                 .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(
        client.model()->index(0).data(FeedModel::TitleRole).toString(), u"After the edit"_s, Wait);
    QVERIFY(client.model()->index(0).data(FeedModel::EditedRole).toBool());
    QCOMPARE(client.model()->rowOf(id), 0);

    // Someone joins: the header's figures follow.
    HttpClient newcomer(m_server.url());
    registerUser(newcomer, u"new_leaf"_s);
    const QString before = serverFigures();
    QCOMPARE(newcomer.put(u"/api/v1/topics/therapy/membership"_s).status, 200);
    const QString after = serverFigures();
    QVERIFY(after != before);
    QTRY_VERIFY_WITH_TIMEOUT(headerSays(after), Wait);

    // Deleted elsewhere: the card goes, and the figures follow.
    const int rows = client.model()->rowCount();
    QCOMPARE(m_river->remove(u"/api/v1/posts/%1"_s.arg(id)).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(client.model()->rowOf(id), -1, Wait);
    QCOMPARE(client.model()->rowCount(), rows - 1);
    QTRY_VERIFY_WITH_TIMEOUT(headerSays(serverFigures()), Wait);
}

void TestLive::aCommentElsewhereAppearsInTheOpenPost()
{
    const qint64 postId = postAsRiver(u"Somewhere to talk"_s);
    QVERIFY(postId > 0);
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.openAndFollow(u"therapy"_s));
    client.window.openPost(postId);
    PostPage *page = client.window.postPage();
    QVERIFY(page);
    QCOMPARE(client.window.currentPage(), page);
    CommentModel *comments = page->threadView()->model();
    QListView *list = page->threadView()->listView();
    QTRY_VERIFY_WITH_TIMEOUT(!comments->isLoading(), Wait);
    QCOMPARE(comments->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(client.community.sync().isWaiting(), Wait);
    // Someone else's words are on the way while the reader types.
    QTest::keyClicks(page->commentBox()->editor(), u"I am glad you"_s);

    HttpClient someone(m_server.url());
    registerUser(someone, u"soft_rain"_s);
    const qint64 commentId = someone
                                 .post(u"/api/v1/posts/%1/comments"_s.arg(postId),
                                     {{u"body"_s, u"Thank you for starting this."_s}})
                                 .json()
                                 .value(u"id"_s)
                                 .toInteger();
    QVERIFY(commentId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(comments->rowOf(commentId) >= 0, Wait);
    const QModelIndex row = list->model()->index(comments->rowOf(commentId), 0);
    QVERIFY(row.data(CommentModel::ArrivedRole).toBool());
    const QRect drawn = list->visualRect(row);
    QVERIFY(drawn.height() > 10);
    // In sight in the page's one scroll, under the post.
    QTRY_VERIFY(page->scrollArea()->viewport()->rect().contains(
        list->viewport()->mapTo(page->scrollArea()->viewport(), drawn.topLeft())));
    QCOMPARE(page->commentBox()->editor()->toPlainText(), u"I am glad you"_s);
}

void TestLive::myPostIsAtTheTopAtOnceAndSettles()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.openAndFollow(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->rowCount() >= 6, Wait);

    ComposerDialog *composer = client.window.openComposer(u"therapy"_s);
    QTRY_VERIFY(composer->isVisible());
    QTest::keyClicks(composer->titleField(), u"Tea with my sister"_s);
    QTest::keyClicks(composer->bodyField(), u"We talked for an hour and nobody cried."_s);
    composer->hashtagField()->setText(u"#Therapy"_s);
    QVERIFY2(composer->canPost(), qPrintable(composer->problem()));
    QTest::mouseClick(composer->postButton(), Qt::LeftButton);

    // At once, before any answer: the first card, drawn at the top, waiting to be sent.
    const QModelIndex first = client.model()->index(0);
    QCOMPARE(first.data(FeedModel::TitleRole).toString(), u"Tea with my sister"_s);
    QCOMPARE(first.data(FeedModel::LocalStateRole).toInt(), int(LocalState::Pending));
    QVERIFY(first.data(FeedModel::IdRole).toLongLong() < 0);
    QTRY_VERIFY(client.view()->visualRect(client.model()->index(0)).top() == 0);
    QVERIFY(client.view()->visualRect(client.model()->index(0)).height() > 40);

    // Accepted: the same row, with the server's id, and no mark; never "1 new post".
    QTRY_COMPARE_WITH_TIMEOUT(client.model()->index(0).data(FeedModel::LocalStateRole).toInt(),
        int(LocalState::Synced), Wait);
    QVERIFY(client.model()->index(0).data(FeedModel::IdRole).toLongLong() > 0);
    QCOMPARE(
        client.model()->index(0).data(FeedModel::TitleRole).toString(), u"Tea with my sister"_s);
    QTRY_VERIFY(client.community.sync().isWaiting());
    QTest::qWait(300);
    QCOMPARE(client.model()->newPostCount(), 0);
    QVERIFY(!client.page()->newPostsButton()->isVisible());
}

void TestLive::afterTheServerCameBackTheWindowCatchesUpByItself()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    QVERIFY(client.openAndFollow(u"therapy"_s));
    QVERIFY(client.signIn(u"maple_days"_s));
    QTRY_VERIFY_WITH_TIMEOUT(client.community.sync().isWaiting(), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(client.window.syncStatusText(), u"Online"_s, Wait);

    QVERIFY(m_server.stop());
    QTRY_VERIFY_WITH_TIMEOUT(client.window.syncStatusText().startsWith(u"Offline"_s), Wait);
    // Written on the train: at the top at once, waiting.
    const qint64 localId = client.community.outbox()->createPost({PostKind::Post,
        u"Written in the tunnel"_s, u"No signal, still here. #Therapy"_s, {u"Therapy"_s}, {}, {}});
    QCOMPARE(client.model()->rowOf(localId), 0);
    QCOMPARE(
        client.model()->index(0).data(FeedModel::LocalStateRole).toInt(), int(LocalState::Pending));
    QTRY_VERIFY_WITH_TIMEOUT(client.window.syncStatusText().contains(u"1 change waiting"_s), Wait);

    // Back, and someone else wrote before the client noticed: nothing is pressed.
    QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)}),
        qPrintable(m_server.errorString()));
    const qint64 theirs = postAsRiver(u"Back after a long week"_s);
    QVERIFY(theirs > 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.model()->index(0).data(FeedModel::LocalStateRole).toInt(),
        int(LocalState::Synced), Wait);
    QCOMPARE(
        client.model()->index(0).data(FeedModel::TitleRole).toString(), u"Written in the tunnel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->newPostCount() == 1, Wait);
    QTRY_VERIFY(client.page()->newPostsButton()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(client.window.syncStatusText(), u"Online"_s, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(client.community.sync().isWaiting(), Wait);
}

void TestLive::anIdleWindowAsksOncePerWait()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    const std::chrono::seconds wait{2};
    client.community.liveUpdates().setWait(wait);
    QVERIFY(client.openAndFollow(u"therapy"_s));
    QTest::qWait(1000); // what the first page started (pictures) ends

    QSignalSpy requests(&client.api, &ApiClient::reachabilityObserved);
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(10'000);
    const qint64 periods = clock.elapsed() / std::chrono::milliseconds(wait).count();
    qInfo("%lld requests in %lld ms, waits of %lld s", qint64(requests.size()),
        qint64(clock.elapsed()), qint64(wait.count()));
    // Each held request is answered when its wait is up (nothing changes here), and the next
    // goes out after it: at most one per wait, and the window did not fall silent.
    QVERIFY2(requests.size() <= periods + 1, qPrintable(QString::number(requests.size())));
    QVERIFY(requests.size() >= 1);
    for (const QList<QVariant> &request : std::as_const(requests))
        QVERIFY(request.first().toBool());
}

void TestLive::aHiddenWindowHoldsNoRequest()
{
    QTemporaryDir data;
    Client client(m_server.url(), data.path());
    client.community.liveUpdates().setWait(std::chrono::seconds(2));
    client.community.liveUpdates().setHiddenInterval(std::chrono::minutes(5));
    QVERIFY(client.openAndFollow(u"therapy"_s));

    client.window.hide();
    QVERIFY(!client.community.liveUpdates().isWatched());
    // The request held when it was hidden ends with its wait; none follows it.
    QTRY_VERIFY_WITH_TIMEOUT(!client.community.sync().isPulling(), Wait);
    QSignalSpy requests(&client.api, &ApiClient::reachabilityObserved);
    QTest::qWait(4000);
    QCOMPARE(requests.size(), 0);

    // Seen again: at once, with what happened meanwhile.
    const qint64 theirs = postAsRiver(u"Written while nobody looked"_s);
    QVERIFY(theirs > 0);
    client.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&client.window));
    QVERIFY(client.community.liveUpdates().isWatched());
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->newPostCount() == 1, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(client.community.sync().isWaiting(), Wait);
}

QTEST_MAIN(TestLive)
#include "tst_live.moc"
