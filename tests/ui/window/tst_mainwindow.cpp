// The window as a person meets it, on the offscreen platform, against a real hearth-server
// (the demo community), real cache files and the real keychain: the header shows the
// server's counts; every tab and order shows exactly the server's items in its order; a
// hashtag opens its topic; Join asks to sign in, toggles, and survives a restart; scrolling
// to the end fetches every page and stops at the real end; back and forward (keys and the
// mouse's side buttons) return to the same card; with the server gone the page stays
// readable and says it is offline.

#include "../AppUnderTest.h"
#include "api/Hashtags.h"
#include "cache/FeedCache.h"
#include "care/ContentFold.h"
#include "models/FeedModel.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Community.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/feed/SegmentedControl.h"
#include "ui/feed/TopicHeader.h"
#include "ui/feed/TopicPage.h"
#include "ui/media/PhotoViewer.h"
#include "ui/notify/NotificationBell.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostView.h"
#include "ui/window/AccountButton.h"
#include "ui/window/DefaultGeometry.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SignInDialog.h"
#include "ui/window/TopicSwitcher.h"
#include "ui/window/UnsentButton.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 15'000;

// The app, with what these tests read of its topic page.
struct Client : AppUnderTest
{
    using AppUnderTest::AppUnderTest;

    TopicPage *page() const { return window.topicPage(); }
    FeedModel *model() const { return page()->model(); }
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids.append(model()->index(row).data(FeedModel::IdRole).toLongLong());
        return ids;
    }
};

QString wireName(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Story:
        return u"story"_s;
    case FeedKind::Post:
        return u"post"_s;
    case FeedKind::Video:
        return u"video"_s;
    case FeedKind::All:
        break;
    }
    return u"all"_s;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theHeaderShowsTheServersCounts();
    void everyTabAndOrderShowsExactlyTheServersItems();
    void clickingAHashtagOpensItsTopic();
    void backAndForwardReturnToTheSameCard();
    void thePostPageIsMadeWhenAPostIsFirstOpened();
    void joinAsksToSignInTogglesAndSurvivesARestart();
    void scrollingToTheEndFetchesEveryPageAndStops();
    void offlineThePageStaysReadable();
    void goToATopicByNameAndFromMyTopics();
    void theWindowAndTheLastTopicAreRestored();
    void signInProblemsAreSaidPlainly();
    void closingWhileRequestsWaitIsQuiet();
    void theDefaultWindowFitsTheScreen();
    void seeFullPhotoOpensThePhoto();

private:
    QList<qint64> serverFeed(const QString &slug, FeedKind kind, FeedSort sort, int limit = 20);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_http = std::make_unique<HttpClient>(m_server.url());
}

void TestMainWindow::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

QList<qint64> TestMainWindow::serverFeed(
    const QString &slug, FeedKind kind, FeedSort sort, int limit)
{
    const HttpClient::Reply reply = m_http->get(
        u"/api/v1/topics/%1/feed?kind=%2&sort=%3&limit=%4"_s
            .arg(slug, wireName(kind), sort == FeedSort::Latest ? u"latest"_s : u"trending"_s)
            .arg(limit));
    if (reply.status != 200)
        qWarning() << "feed" << reply.status << reply.body;
    return idsOf(reply.json());
}

void TestMainWindow::theHeaderShowsTheServersCounts()
{
    const QJsonObject topic = m_http->get(u"/api/v1/topics/therapy"_s).json();
    const QJsonObject counts = topic.value(u"counts"_s).toObject();
    const TopicCounts expected{counts.value(u"members"_s).toInteger(),
        counts.value(u"posts"_s).toInteger(), counts.value(u"stories"_s).toInteger(),
        counts.value(u"videos"_s).toInteger()};
    QVERIFY(expected.members > 0);

    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    const QString figures = TopicHeader::figures(expected);
    const auto headerSays = [&client](const QString &text) {
        for (const QLabel *label : client.page()->header()->findChildren<QLabel *>()) {
            if (label->text() == text)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(headerSays(figures), Wait);
    QVERIFY(headerSays(topic.value(u"name"_s).toString()));
    QVERIFY(headerSays(u"Join the conversation on "_s + topic.value(u"name"_s).toString()));
}

void TestMainWindow::everyTabAndOrderShowsExactlyTheServersItems()
{
    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    const FeedKind kinds[] = {FeedKind::All, FeedKind::Story, FeedKind::Post, FeedKind::Video};
    const FeedSort sorts[] = {FeedSort::Latest, FeedSort::Trending};
    int nonEmpty = 0;
    for (int sortTab = 0; sortTab < 2; ++sortTab) {
        for (int kindTab = 0; kindTab < 4; ++kindTab) {
            client.page()->sortTabs()->setCurrentIndex(sortTab);
            client.page()->kindTabs()->setCurrentIndex(kindTab);
            QCOMPARE(client.model()->key().kind, kinds[kindTab]);
            QCOMPARE(client.model()->key().sort, sorts[sortTab]);
            const QList<qint64> expected = serverFeed(u"therapy"_s, kinds[kindTab], sorts[sortTab]);
            QTRY_COMPARE_WITH_TIMEOUT(client.shownIds().mid(0, expected.size()), expected, Wait);
            // Nothing but the matching items: the cache holds no other kind in this feed.
            for (int row = 0; row < client.model()->rowCount(); ++row) {
                const auto kind
                    = PostKind(client.model()->index(row).data(FeedModel::KindRole).toInt());
                if (kinds[kindTab] == FeedKind::Story)
                    QCOMPARE(kind, PostKind::Story);
                if (kinds[kindTab] == FeedKind::Post)
                    QCOMPARE(kind, PostKind::Post);
                if (kinds[kindTab] == FeedKind::Video)
                    QCOMPARE(kind, PostKind::Video);
            }
            if (expected.isEmpty()) {
                QTRY_VERIFY_WITH_TIMEOUT(!client.page()->emptyStateText().isEmpty(), Wait);
                QVERIFY(!client.page()->emptyStateText().contains(u"offline"_s));
            } else {
                ++nonEmpty;
            }
        }
    }
    QVERIFY2(nonEmpty >= 4, "the demo's Therapy page has posts, stories and trending");
}

void TestMainWindow::clickingAHashtagOpensItsTopic()
{
    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    QListView *view = client.page()->feedView();
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->rowCount() > 0, Wait);
    auto *delegate = qobject_cast<PostCardDelegate *>(view->itemDelegate());
    QVERIFY(delegate);

    // The first card shown with a hashtag other than Therapy: find where it is painted.
    QString tag;
    QPoint where;
    for (int row = 0; row < client.model()->rowCount() && tag.isEmpty(); ++row) {
        const QModelIndex index = client.model()->index(row);
        view->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.font = view->font();
        option.rect = view->visualRect(index);
        for (int y = option.rect.top(); y < option.rect.bottom() && tag.isEmpty(); y += 2) {
            for (int x = option.rect.left(); x < option.rect.right(); x += 4) {
                const PostCardDelegate::Hit hit = delegate->hitTest(option, index, QPoint(x, y));
                if (hit.part == PostCardDelegate::Part::Hashtag
                    && Hashtags::slug(hit.hashtag) != u"therapy"_s) {
                    tag = hit.hashtag;
                    where = QPoint(x, y);
                    break;
                }
            }
        }
    }
    QVERIFY2(!tag.isEmpty(), "a card with a second hashtag");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, where);
    QTRY_COMPARE_WITH_TIMEOUT(
        client.window.navigation().current().feed.slug, Hashtags::slug(tag), Wait);
    QCOMPARE(client.page()->slug(), Hashtags::slug(tag));
    QCOMPARE(client.window.currentPage(), client.page());
}

void TestMainWindow::thePostPageIsMadeWhenAPostIsFirstOpened()
{
    // The window's first frame shows the feed: the post page waits until a post is opened,
    // and then works as if it had always been there.
    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    QVERIFY(!client.window.postPage());
    QListView *view = client.page()->feedView();
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->rowCount() >= 3, Wait);
    // Enter opens the card (a folded one opens its fold first, then the post).
    const auto open = [&](int row) {
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(client.model()->index(row));
        QTest::keyClick(view, Qt::Key_Return);
        if (client.window.currentPage() == client.page())
            QTest::keyClick(view, Qt::Key_Return);
    };
    const QModelIndex card = client.model()->index(2);
    const qint64 chosen = card.data(FeedModel::IdRole).toLongLong();
    const QString title = card.data(FeedModel::TitleRole).toString();
    open(2);

    PostPage *post = client.window.postPage();
    QVERIFY(post);
    QCOMPARE(client.window.currentPage(), post);
    QCOMPARE(post->postId(), chosen);
    QCOMPARE(post->postView()->titleText(), title);
    QVERIFY(QApplication::focusWidget() && post->isAncestorOf(QApplication::focusWidget()));
    // Tab's order is as when it was made with the topic page: the page, then "N changes not
    // sent" in the status bar (not the page after everything else).
    const auto tabReaches = [](QWidget *from, QWidget *to) {
        for (QWidget *next = from->nextInFocusChain(); !next->isWindow();
             next = next->nextInFocusChain()) {
            if (next == to)
                return true;
        }
        return false;
    };
    QVERIFY(tabReaches(post, client.window.unsentButton()));
    QVERIFY(tabReaches(client.page(), client.window.unsentButton()));

    // Made once: back and open another post, the same page shows it.
    QTest::keyClick(&client.window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(client.window.currentPage(), client.page());
    const qint64 other = client.model()->index(0).data(FeedModel::IdRole).toLongLong();
    open(0);
    QCOMPARE(client.window.postPage(), post);
    QCOMPARE(client.window.currentPage(), post);
    QCOMPARE(post->postId(), other);
}

void TestMainWindow::backAndForwardReturnToTheSameCard()
{
    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    QListView *view = client.page()->feedView();
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->rowCount() >= 4, Wait);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    // J moves down a card at a time, K up; Enter opens the card.
    view->setCurrentIndex(client.model()->index(0));
    QTest::keyClick(view, Qt::Key_J);
    QTest::keyClick(view, Qt::Key_J);
    QTest::keyClick(view, Qt::Key_J);
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(view->currentIndex().row(), 2);
    const qint64 chosen = view->currentIndex().data(FeedModel::IdRole).toLongLong();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(client.window.currentPage(), client.window.postPage());
    QCOMPARE(client.window.postPage()->postId(), chosen);

    // Alt+Left goes back to the topic page; Alt+Right forward to the post again.
    QTest::keyClick(&client.window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(client.window.currentPage(), client.page());
    QCOMPARE(client.page()->slug(), u"therapy"_s);
    QTest::keyClick(&client.window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(client.window.currentPage(), client.window.postPage());

    // The mouse's back button, wherever the pointer is.
    QTest::mouseClick(client.window.postPage(), Qt::BackButton);
    QCOMPARE(client.window.currentPage(), client.page());
    QTest::mouseClick(view->viewport(), Qt::ForwardButton);
    QCOMPARE(client.window.currentPage(), client.window.postPage());
    QTest::mouseClick(client.window.postPage(), Qt::BackButton);

    // A different filter, scrolled: back from a post lands on the same filter and card.
    client.page()->kindTabs()->setCurrentIndex(2); // Posts
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->rowCount() >= 3, Wait);
    const QModelIndex third = client.model()->index(2);
    view->scrollTo(third, QAbstractItemView::PositionAtTop);
    const qint64 topId = client.page()->location().topPostId;
    QVERIFY(topId != 0);
    client.window.openPost(third.data(FeedModel::IdRole).toLongLong());
    client.window.openTopic(u"grief"_s);
    QCOMPARE(client.page()->slug(), u"grief"_s);
    QTest::keyClick(&client.window, Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(&client.window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(client.page()->slug(), u"therapy"_s);
    QCOMPARE(client.model()->key().kind, FeedKind::Post);
    QCOMPARE(client.page()->kindTabs()->currentIndex(), 2);
    QCOMPARE(client.page()->location().topPostId, topId);
}

void TestMainWindow::joinAsksToSignInTogglesAndSurvivesARestart()
{
    {
        Client client(m_server.url(), m_data->path());
        QVERIFY(client.open(u"grief"_s));
        QPushButton *join = client.page()->header()->joinButton();
        QTRY_VERIFY_WITH_TIMEOUT(join->isEnabled(), Wait);
        QCOMPARE(join->text(), u"Join"_s);
        // Signed out, no one can be told anything: no bell in the toolbar.
        QVERIFY(client.window.isVisible());
        QVERIFY(!client.window.notificationBell()->isVisible());

        // Signed out, Join asks for an account first, then joins.
        QTest::mouseClick(join, Qt::LeftButton);
        SignInDialog *dialog = client.window.signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->handleField()->setText(u"river_stone"_s);
        dialog->passwordField()->setText(u"not the password"_s);
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), Wait);
        QVERIFY(dialog->errorText().contains(u"don't match"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(!client.community.isSignedIn());

        dialog->passwordField()->setText(u"hearth-demo"_s);
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(client.community.isSignedIn(), Wait);
        QVERIFY(!dialog->isVisible());
        QTRY_VERIFY(client.window.notificationBell()->isVisible());
        // The page was built again on the account's cache, and the Join went through it.
        join = client.page()->header()->joinButton();
        QTRY_COMPARE_WITH_TIMEOUT(join->text(), u"Joined"_s, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(client.community.outbox()->pendingCount(), 0, Wait);
        QVERIFY(client.window.syncStatusText().startsWith(u"Online"_s)
            || client.window.syncStatusText().startsWith(u"Syncing"_s));
    }

    // What the server recorded.
    HttpClient river(m_server.url());
    const HttpClient::Reply login = river.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"river_stone"_s}, {u"password"_s, u"hearth-demo"_s}});
    QCOMPARE(login.status, 200);
    river.setToken(login.json().value(u"token"_s).toString());
    QCOMPARE(river.get(u"/api/v1/topics/grief"_s).json().value(u"joined"_s).toBool(), true);

    {
        // A restart: the account is resumed from the keychain, and the topic is still joined.
        Client client(m_server.url(), m_data->path());
        QVERIFY(client.open(u"grief"_s));
        QTRY_VERIFY_WITH_TIMEOUT(client.community.isSignedIn(), Wait);
        QPushButton *join = client.page()->header()->joinButton();
        QTRY_COMPARE_WITH_TIMEOUT(join->text(), u"Joined"_s, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(client.window.accountButton()->text() == u"River"_s, Wait);

        // Leaving is the same button, through the outbox.
        QTest::mouseClick(join, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(client.page()->header()->joinButton()->text(), u"Join"_s, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(client.community.outbox()->pendingCount(), 0, Wait);
        client.window.signOut();
        QTRY_VERIFY(!client.community.isSignedIn());
        QTRY_VERIFY(!client.window.notificationBell()->isVisible());
    }
    QCOMPARE(river.get(u"/api/v1/topics/grief"_s).json().value(u"joined"_s).toBool(), false);
}

void TestMainWindow::scrollingToTheEndFetchesEveryPageAndStops()
{
    // A topic of its own with 47 posts: pages of 20, 20 and 7.
    HttpClient writer(m_server.url());
    registerUser(writer, u"page_turner"_s);
    QList<qint64> written;
    for (int i = 1; i <= 47; ++i) {
        const HttpClient::Reply reply = writer.post(u"/api/v1/posts"_s,
            newPost(u"Note %1 on turning pages"_s.arg(i), u"A small note. #PageTurning"_s),
            {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(reply.status, 201);
        written.prepend(reply.json().value(u"id"_s).toInteger());
    }

    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"pageturning"_s));
    QListView *view = client.page()->feedView();
    QTRY_COMPARE_WITH_TIMEOUT(client.model()->rowCount(), 20, Wait);
    // Scroll to the bottom until nothing more comes.
    QElapsedTimer timer;
    timer.start();
    while (client.model()->rowCount() < 47 && timer.elapsed() < Wait) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTest::qWait(20);
    }
    QCOMPARE(client.shownIds(), written);
    QTRY_VERIFY_WITH_TIMEOUT(!client.model()->canFetchMore({}), Wait);
    // At the real end, scrolling further asks for nothing.
    QSignalSpy pages(&client.community.sync(), &SyncEngine::feedPageStored);
    for (int i = 0; i < 5; ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTest::qWait(20);
    }
    QCOMPARE(pages.count(), 0);
    QCOMPARE(client.model()->rowCount(), 47);
}

void TestMainWindow::offlineThePageStaysReadable()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    Client client(server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->rowCount() > 0, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(client.window.syncStatusText(), u"Online"_s, Wait);
    const QList<qint64> shown = client.shownIds();

    QVERIFY(server.stop());
    client.window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        client.window.syncStatusText().startsWith(u"Offline · last synced"_s), Wait);
    QCOMPARE(client.shownIds(), shown);
    QVERIFY(client.page()->emptyStateText().isEmpty());
    // The other tabs read from the cache as well.
    client.page()->kindTabs()->setCurrentIndex(1);
    client.page()->kindTabs()->setCurrentIndex(0);
    QCOMPARE(client.shownIds(), shown);
    // A topic never opened says plainly that nothing is saved.
    client.window.openTopic(u"neverseen"_s);
    QTRY_VERIFY(client.page()->emptyStateText().contains(u"offline"_s));
}

void TestMainWindow::goToATopicByNameAndFromMyTopics()
{
    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    TopicSwitcher *switcher = client.window.topicSwitcher();
    // Completion knows every topic once the list has come.
    QTRY_VERIFY_WITH_TIMEOUT(switcher->completer()->model()->rowCount() >= 10, Wait);
    QCOMPARE(switcher->slugFor(u"chronic illness"_s), u"chronicillness"_s);
    QCOMPARE(switcher->slugFor(u"#ChronicIllness"_s), u"chronicillness"_s);
    QCOMPARE(switcher->slugFor(u"not a tag!"_s), QString());

    // Ctrl+L, a name, Enter.
    QTest::keyClick(&client.window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(switcher->goToField()->hasFocus());
    QTest::keyClicks(switcher->goToField(), u"Chronic Illness"_s);
    QTest::keyClick(switcher->goToField(), Qt::Key_Return);
    QTRY_COMPARE(client.page()->slug(), u"chronicillness"_s);
    QCOMPARE(client.window.navigation().current().feed.slug, u"chronicillness"_s);

    // Signed out, My topics says how it fills.
    QCOMPARE(switcher->joinedMenu()->actions().size(), 1);
    QVERIFY(!switcher->joinedMenu()->actions().constFirst()->isEnabled());
}

void TestMainWindow::theWindowAndTheLastTopicAreRestored()
{
    QSize size;
    {
        Client client(m_server.url(), m_data->path());
        QVERIFY(client.open(u"grief"_s));
        client.window.resize(700, 640);
        size = client.window.size();
        client.window.close();
    }
    Client client(m_server.url(), m_data->path());
    QCOMPARE(client.window.initialTopic(u"therapy"_s), u"grief"_s);
    QCOMPARE(client.window.size(), size);
}

void TestMainWindow::signInProblemsAreSaidPlainly()
{
    // A handle already taken, through the real dialog and server.
    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    client.window.showRegister();
    SignInDialog *dialog = client.window.signInDialog();
    QCOMPARE(dialog->mode(), SignInDialog::Mode::Register);
    dialog->handleField()->setText(u"river_stone"_s);
    dialog->passwordField()->setText(u"a long enough password"_s);
    dialog->displayNameField()->setText(u"Another River"_s);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), Wait);
    QVERIFY2(dialog->errorText().contains(u"already taken"_s), qPrintable(dialog->errorText()));

    // A community out of reach.
    ServerProcess gone;
    QVERIFY(gone.start());
    const QUrl url = gone.url();
    QVERIFY(gone.stop());
    QTemporaryDir elsewhere;
    Client lonely(url, elsewhere.path());
    QVERIFY(lonely.open(u"therapy"_s));
    lonely.window.showSignIn();
    lonely.window.signInDialog()->handleField()->setText(u"river_stone"_s);
    lonely.window.signInDialog()->passwordField()->setText(u"hearth-demo"_s);
    lonely.window.signInDialog()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(
        lonely.window.signInDialog()->errorText().contains(u"can't reach"_s), Wait);

    // No keychain: the window says what that means, in the keychain's own words.
    Q_EMIT client.credentials.keychainUnavailable(Credentials::KeychainStatus::NoSecretService,
        Credentials::message(Credentials::KeychainStatus::NoSecretService));
    QVERIFY(client.window.keychainNotice().contains(u"couldn't find a keychain"_s));
}

void TestMainWindow::closingWhileRequestsWaitIsQuiet()
{
    // A community that takes connections and never answers: every request is still waiting
    // when the window goes, with the newsletters dialog open.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    auto client = std::make_unique<Client>(
        QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())), m_data->path());
    QVERIFY(client->open(u"therapy"_s));
    QTest::mouseClick(client->page()->header()->newslettersButton(), Qt::LeftButton);
    QTRY_VERIFY(held.size() >= 2);
    // Aborted requests report the community out of reach as the window's children go:
    // nothing may call back into the window by then.
    client.reset();
    QVERIFY(!QTest::currentTestFailed());
}

// With no saved place, the window opens inside the free area of its screen (the offscreen
// screen is 800×800, smaller than the old 820×900), usable there and at 800×600; on a
// 1366×768 laptop with a panel it takes nine tenths of the height, and on a large screen its
// full 820×900, centred.
void TestMainWindow::theDefaultWindowFitsTheScreen()
{
    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    const QRect available = client.window.screen()->availableGeometry();
    const QRect frame = client.window.frameGeometry();
    QVERIFY2(available.contains(frame),
        qPrintable(u"window %1,%2 %3x%4 on a screen with %5,%6 %7x%8 free"_s.arg(frame.x())
                       .arg(frame.y())
                       .arg(frame.width())
                       .arg(frame.height())
                       .arg(available.x())
                       .arg(available.y())
                       .arg(available.width())
                       .arg(available.height())));
    const QSize least = client.window.minimumSizeHint();
    QVERIFY2(least.width() <= frame.width() && least.height() <= frame.height(),
        qPrintable(u"needs %1x%2"_s.arg(least.width()).arg(least.height())));
    // Usable there and at 800×600: the window takes that size, and the feed has room for a
    // card's first lines.
    QListView *view = client.page()->feedView();
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->rowCount() > 0, Wait); // the feed, not its state
    const int lines = view->fontMetrics().lineSpacing();
    QTRY_VERIFY2(view->isVisible() && view->viewport()->height() >= 4 * lines,
        qPrintable(u"feed %1 px high"_s.arg(view->viewport()->height())));
    client.window.resize(800, 600);
    QTRY_COMPARE(client.window.size(), QSize(800, 600));
    QTRY_VERIFY2(view->viewport()->height() >= 4 * lines,
        qPrintable(u"feed %1 px high at 800x600"_s.arg(view->viewport()->height())));

    const QRect laptop(0, 32, 1366, 736); // 1366×768 less a 32 px panel at the top
    const QRect onLaptop = defaultWindowGeometry(laptop);
    QVERIFY(laptop.contains(onLaptop));
    QCOMPARE(onLaptop, QRect(273, 69, 820, 662));
    QCOMPARE(defaultWindowGeometry(QRect(1920, 0, 2560, 1440)), QRect(1920 + 870, 270, 820, 900));
    QCOMPARE(defaultWindowGeometry(QRect(0, 0, 800, 600)), QRect(40, 30, 720, 540));
}

// "See full photo" on a card shows the photo in the viewer, over the feed, which stays.
void TestMainWindow::seeFullPhotoOpensThePhoto()
{
    Client client(m_server.url(), m_data->path());
    QVERIFY(client.open(u"therapy"_s));
    QListView *view = client.page()->feedView();
    auto *delegate = static_cast<PostCardDelegate *>(view->itemDelegate());
    // A card with a photo that shows as it is (not a video, not blurred, not folded).
    QModelIndex card;
    QTRY_VERIFY_WITH_TIMEOUT(client.model()->rowCount() > 0, Wait);
    for (int row = 0; row < client.model()->rowCount() && !card.isValid(); ++row) {
        const QModelIndex index = client.model()->index(row);
        if (index.data(FeedModel::MediaIdRole).toLongLong() != 0
            && !index.data(FeedModel::MediaIsVideoRole).toBool()
            && !index.data(FeedModel::MediaSensitiveRole).toBool()
            && !delegate->foldOf(index).folded)
            card = index;
    }
    QVERIFY2(card.isValid(), "the demo's therapy feed has a photo on its first page");
    const qint64 mediaId = card.data(FeedModel::MediaIdRole).toLongLong();
    view->scrollTo(card, QAbstractItemView::PositionAtTop);
    QStyleOptionViewItem option; // as the view paints the card
    option.initFrom(view);
    option.font = view->font();
    option.widget = view;
    option.rect = view->visualRect(card);
    const QRect area = delegate->partRect(option, card, PostCardDelegate::Part::Media);
    QVERIFY(!area.isEmpty());

    // "See full photo" sits in the picture's lower right corner.
    const QPoint pill = area.bottomRight() - QPoint(area.width() / 8, 12);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pill);
    PhotoViewer *viewer = client.window.findChild<PhotoViewer *>();
    QVERIFY2(viewer, "no photo viewer");
    QCOMPARE(viewer->mediaId(), mediaId);
    QTRY_VERIFY(viewer->isVisible());
    QCOMPARE(client.window.currentPage(), client.page());
    viewer->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
