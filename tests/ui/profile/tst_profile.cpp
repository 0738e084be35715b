// People's pages, as a person reaches them, through the real widgets on the offscreen
// platform, against a real hearth-server (the demo community), real cache files and the real
// keychain: a click on an author's name on a card opens their page with their posts; the kind
// filter filters; a bio edited offline shows at once, reaches the server once it is back and
// survives a restart; the initials fallback is painted; Block from the page hides their posts.

#include "../AppUnderTest.h"
#include "api/PlaceLink.h"
#include "models/FeedModel.h"
#include "server/ServerTestCase.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "translations/Translations.h"
#include "ui/compose/LimitCounter.h"
#include "ui/feed/FeedView.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/feed/SegmentedControl.h"
#include "ui/feed/TopicPage.h"
#include "ui/look/Avatar.h"
#include "ui/look/Colors.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostView.h"
#include "ui/profile/ProfileEditor.h"
#include "ui/profile/ProfilePage.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;

// The option the feed view paints a card with, as far as the card's layout reads it.
QStyleOptionViewItem optionFor(const QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.widget = view;
    option.rect = view->visualRect(index);
    return option;
}

// Whether a label shows its whole text on the screen: visible, with room for every word.
bool laidOut(const QLabel *label)
{
    return label->isVisible() && !label->text().isEmpty() && label->width() > 0
        && label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width();
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clickingAnAuthorOpensTheirPageWithTheirPosts();
    void theKeysReachTheAuthorThroughTheCardsMenu();
    void thePostViewsDiscOpensTheAuthorsPage();
    void theKindFilterFilters();
    void theirCardsOfferWhatATopicsCardsDo();
    void aBioEditedOfflineArrivesAndSurvivesARestart();
    void theInitialsArePainted();
    void cardsShowTheAuthorsPictureOrInitials();
    void blockFromThePageHidesTheirPosts();

private:
    ProfilePage *openByClick(AppUnderTest &app, qint64 postId);
    // Opens Wren's page and waits for their three posts; null when they do not come.
    ProfilePage *openWrensPage(AppUnderTest &app);

    Translations m_english;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_wren; // a member who writes in #ProfileWalks
    qint64 m_wrenId = 0;
    QList<qint64> m_wrenPosts; // oldest first: post, story, post
};

void TestProfile::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    m_wren = std::make_unique<HttpClient>(m_server.url());
    m_wrenId = registerUser(*m_wren, u"wren_walks"_s, u"Wren Ashby"_s).value(u"id"_s).toInteger();
    QVERIFY(m_wrenId > 0);
    for (const auto &[title, kind] : {std::pair(u"Ten minutes by the canal"_s, u"post"_s),
             std::pair(u"The long way home"_s, u"story"_s),
             std::pair(u"Rain, then light"_s, u"post"_s)}) {
        const qint64 id = idOf(m_wren->post(u"/api/v1/posts"_s,
            newPost(title, u"A slow walk, one street at a time. #ProfileWalks"_s, kind)));
        QVERIFY(id > 0);
        m_wrenPosts.append(id);
    }
}

ProfilePage *TestProfile::openByClick(AppUnderTest &app, qint64 postId)
{
    TopicPage *topic = app.window.topicPage();
    FeedModel *feed = topic->model();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(feed->rowOf(postId) >= 0, Wait);
    }();
    if (QTest::currentTestFailed())
        return nullptr;
    FeedView *view = topic->feedView();
    const QModelIndex card = feed->index(feed->rowOf(postId));
    view->scrollTo(card);
    auto *delegate = qobject_cast<PostCardDelegate *>(view->itemDelegate());
    const QRect name
        = delegate->partRect(optionFor(view, card), card, PostCardDelegate::Part::Author);
    // The name is where the card paints it, in sight.
    if (name.isEmpty() || !view->viewport()->rect().contains(name))
        return nullptr;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, name.center());
    return app.window.profilePage();
}

void TestProfile::clickingAnAuthorOpensTheirPageWithTheirPosts()
{
    QTemporaryDir data;
    AppUnderTest app(m_server.url(), data.path());
    QVERIFY(app.open(u"profilewalks"_s));
    ProfilePage *page = openByClick(app, m_wrenPosts.last());
    QVERIFY(page);
    QTRY_COMPARE(app.window.currentPage(), page);
    QCOMPARE(page->handle(), u"wren_walks"_s);
    // Who they are, laid out whole.
    QTRY_COMPARE_WITH_TIMEOUT(page->nameLabel()->text(), u"Wren Ashby"_s, Wait);
    QTRY_VERIFY(laidOut(page->nameLabel()));
    QVERIFY(laidOut(page->handleLabel()));
    QCOMPARE(page->handleLabel()->text(), u"@wren_walks"_s);
    QTRY_VERIFY(laidOut(page->joinedLabel()));
    QVERIFY(page->joinedLabel()->text().startsWith(u"Joined "_s));
    // Their posts, newest first, in cards on the screen.
    FeedModel *posts = page->model();
    QTRY_COMPARE_WITH_TIMEOUT(posts->rowCount(), 3, Wait);
    for (int row = 0; row < posts->rowCount(); ++row) {
        QCOMPARE(posts->index(row).data(FeedModel::IdRole).toLongLong(), m_wrenPosts[2 - row]);
        QCOMPARE(posts->index(row).data(FeedModel::AuthorHandleRole).toString(), u"wren_walks"_s);
    }
    QTRY_VERIFY(page->feedView()->isVisible());
    const QRect first = page->feedView()->visualRect(posts->index(0));
    QVERIFY(page->feedView()->viewport()->rect().intersects(first));
    QVERIFY(first.height() > 40);
    // Back goes to the topic, where the name was.
    app.window.navigation().back();
    QCOMPARE(app.window.currentPage(), app.window.topicPage());
}

void TestProfile::theKeysReachTheAuthorThroughTheCardsMenu()
{
    QTemporaryDir data;
    AppUnderTest app(m_server.url(), data.path());
    QVERIFY(app.open(u"profilewalks"_s));
    TopicPage *topic = app.window.topicPage();
    FeedModel *feed = topic->model();
    QTRY_VERIFY_WITH_TIMEOUT(feed->rowOf(m_wrenPosts.last()) >= 0, Wait);
    FeedView *view = topic->feedView();
    view->setFocus();
    view->setCurrentIndex(feed->index(feed->rowOf(m_wrenPosts.last())));
    QTest::keyClick(view, Qt::Key_Menu);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = topic->findChild<QMenu *>()) && menu->isVisible());
    QAction *viewProfile = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"View \u2068Wren Ashby\u2069’s &profile"_s
            || action->text() == u"View Wren Ashby’s &profile"_s)
            viewProfile = action;
    }
    QVERIFY2(viewProfile, "the card's menu offers the author's page");
    viewProfile->trigger();
    QTRY_COMPARE(app.window.currentPage(), app.window.profilePage());
    QCOMPARE(app.window.profilePage()->handle(), u"wren_walks"_s);
}

void TestProfile::thePostViewsDiscOpensTheAuthorsPage()
{
    QTemporaryDir data;
    AppUnderTest app(m_server.url(), data.path());
    QVERIFY(app.open(u"profilewalks"_s));
    QTRY_VERIFY_WITH_TIMEOUT(app.window.topicPage()->model()->rowOf(m_wrenPosts[1]) >= 0, Wait);
    app.window.openPost(m_wrenPosts[1]);
    QLabel *disc = app.window.postPage()->postView()->authorDisc();
    QTRY_VERIFY(disc->isVisible() && !disc->pixmap().isNull());
    QTest::mouseClick(disc, Qt::LeftButton);
    QTRY_COMPARE(app.window.currentPage(), app.window.profilePage());
    QCOMPARE(app.window.profilePage()->handle(), u"wren_walks"_s);
}

ProfilePage *TestProfile::openWrensPage(AppUnderTest &app)
{
    app.window.open(Location::profile(u"wren_walks"_s));
    ProfilePage *page = app.window.profilePage();
    if (!page || !QTest::qWaitFor([page] { return page->model()->rowCount() == 3; }, Wait))
        return nullptr;
    return page;
}

// A person's cards have the topic page's menu (CardMenu): React and Copy link too, and not the
// way to the page the reader is on.
void TestProfile::theirCardsOfferWhatATopicsCardsDo()
{
    QTemporaryDir data;
    AppUnderTest app(m_server.url(), data.path());
    QVERIFY(app.open(u"profilewalks"_s));
    ProfilePage *page = openWrensPage(app);
    QVERIFY(page);
    FeedView *view = page->feedView();
    view->setFocus();
    view->setCurrentIndex(page->model()->index(0));
    QTest::keyClick(view, Qt::Key_Menu);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = page->findChild<QMenu *>()) && menu->isVisible());
    QStringList texts;
    QAction *copy = nullptr;
    for (QAction *action : menu->actions()) {
        texts.append(action->text());
        if (action->text() == u"Copy &link"_s)
            copy = action;
    }
    QVERIFY2(texts.contains(u"&React"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY(texts.filter(u"profile"_s).isEmpty());
    QVERIFY(copy && copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
        PlaceLink::post(m_server.url(), m_wrenPosts[2]).toString());
}

void TestProfile::theKindFilterFilters()
{
    QTemporaryDir data;
    AppUnderTest app(m_server.url(), data.path());
    QVERIFY(app.open(u"profilewalks"_s));
    ProfilePage *page = openWrensPage(app);
    QVERIFY(page);
    FeedModel *posts = page->model();
    QTest::mouseClick(page->kindTabs()->segment(1), Qt::LeftButton); // Stories
    QTRY_COMPARE_WITH_TIMEOUT(posts->rowCount(), 1, Wait);
    QCOMPARE(posts->index(0).data(FeedModel::IdRole).toLongLong(), m_wrenPosts[1]);
    QCOMPARE(PostKind(posts->index(0).data(FeedModel::KindRole).toInt()), PostKind::Story);
    QCOMPARE(app.window.navigation().current().feed.kind, FeedKind::Story);
    QTest::mouseClick(page->kindTabs()->segment(2), Qt::LeftButton); // Posts
    QTRY_COMPARE_WITH_TIMEOUT(posts->rowCount(), 2, Wait);
    for (int row = 0; row < posts->rowCount(); ++row)
        QCOMPARE(PostKind(posts->index(row).data(FeedModel::KindRole).toInt()), PostKind::Post);
    QTest::mouseClick(page->kindTabs()->segment(3), Qt::LeftButton); // Videos: none
    QTRY_COMPARE(posts->rowCount(), 0);
    QTRY_COMPARE(page->emptyStateText(), u"No videos yet."_s);
}

void TestProfile::aBioEditedOfflineArrivesAndSurvivesARestart()
{
    QTemporaryDir data;
    const int port = m_server.url().port();
    const QString bio = u"Night-shift baker. Here for the Sunday check-ins, and the quiet."_s;
    {
        AppUnderTest app(m_server.url(), data.path());
        QVERIFY(app.open(u"therapy"_s));
        QVERIFY(app.signIn(u"maple_days"_s));
        app.window.openMyProfile();
        ProfilePage *page = app.window.profilePage();
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->profile().has_value(), Wait);
        QVERIFY(page->editButton()->isVisible());

        QVERIFY(m_server.stop()); // offline from here
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        auto *editor = app.window.findChild<ProfileEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        editor->bioField()->setFocus();
        editor->bioField()->selectAll();
        QTest::keyClicks(editor->bioField(), bio);
        QCOMPARE(editor->bioCounter()->count(), bio.size());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        // At once, offline: the page says it.
        QTRY_COMPARE(page->bioLabel()->text(), bio);
        QVERIFY(page->bioLabel()->isVisible());
        QCOMPARE(app.community.outbox()->pendingCount(), 1);
    } // the app quits with the edit waiting

    {
        // A new window on the same data, the server still away: the edit is still shown.
        AppUnderTest app(m_server.url(), data.path());
        QVERIFY(app.open(u"therapy"_s));
        QTRY_VERIFY_WITH_TIMEOUT(app.community.outbox() != nullptr, Wait);
        app.window.openMyProfile();
        ProfilePage *page = app.window.profilePage();
        QVERIFY(page);
        QTRY_COMPARE(page->bioLabel()->text(), bio);
        QCOMPARE(app.community.outbox()->pendingCount(), 1);

        QVERIFY2(m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}),
            qPrintable(m_server.errorString()));
        app.community.outbox()->sendWaitingNow();
        QVERIFY(app.sent());
        QCOMPARE(page->bioLabel()->text(), bio);
    }
    // The server has it, over HTTP.
    HttpClient reader(m_server.url());
    QCOMPARE(reader.get(u"/api/v1/users/maple_days"_s).json().value(u"bio"_s).toString(), bio);
    {
        // And the next start shows the server's copy.
        AppUnderTest app(m_server.url(), data.path());
        QVERIFY(app.open(u"therapy"_s));
        QTRY_VERIFY_WITH_TIMEOUT(app.community.outbox() != nullptr, Wait);
        app.window.openMyProfile();
        QTRY_COMPARE_WITH_TIMEOUT(app.window.profilePage()->bioLabel()->text(), bio, Wait);
    }
}

void TestProfile::theInitialsArePainted()
{
    QTemporaryDir data;
    AppUnderTest app(m_server.url(), data.path());
    QVERIFY(app.open(u"profilewalks"_s));
    app.window.open(Location::profile(u"wren_walks"_s));
    ProfilePage *page = app.window.profilePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->profile().has_value(), Wait);
    QLabel *avatar = page->avatarLabel();
    QTRY_VERIFY(avatar->isVisible());
    const QImage shown = avatar->grab().toImage();
    QCOMPARE(shown.size() / shown.devicePixelRatio(),
        QSize(ProfilePage::AvatarSide, ProfilePage::AvatarSide));
    const QColor calm = Colors::avatarBackground(u"wren_walks"_s);
    const int side = shown.width();
    // The disc's colour inside its edge (a quarter in from the left, at the middle's height,
    // left of the letters), the window's beyond its corner, and the letters' white in it.
    const QColor inside = shown.pixelColor(side / 8, side / 2);
    QVERIFY2(qAbs(inside.red() - calm.red()) < 8 && qAbs(inside.green() - calm.green()) < 8
            && qAbs(inside.blue() - calm.blue()) < 8,
        qPrintable(inside.name() + u" is not "_s + calm.name()));
    QVERIFY(shown.pixelColor(1, 1) != calm);
    int white = 0;
    for (int y = side / 3; y < 2 * side / 3; ++y) {
        for (int x = side / 4; x < 3 * side / 4; ++x)
            white += shown.pixelColor(x, y).lightness() > 240;
    }
    QVERIFY2(white > side / 2, qPrintable(QString::number(white)));
    QCOMPARE(Avatar::initials(page->profile()->user), u"WA"_s);
}

void TestProfile::cardsShowTheAuthorsPictureOrInitials()
{
    // Someone with a picture: a plain rose square, uploaded and made their avatar.
    HttpClient ash(m_server.url());
    registerUser(ash, u"ash_pictured"_s, u"Ash Moreno"_s);
    QImage square(96, 96, QImage::Format_RGB32);
    const QColor rose(220, 40, 150);
    square.fill(rose);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(square.save(&buffer, "JPEG", 95));
    const qint64 picture
        = idOf(ash.send("POST", u"/api/v1/media"_s, jpeg, {{"Content-Type", "image/jpeg"}}));
    QVERIFY(picture > 0);
    QCOMPARE(ash.patch(u"/api/v1/me"_s, {{u"avatarMediaId"_s, picture}}).status, 200);
    const qint64 withPicture = idOf(ash.post(u"/api/v1/posts"_s,
        newPost(u"Morning pages"_s, u"Three pages, no rules. #ProfileWalks"_s)));
    QVERIFY(withPicture > 0);

    QTemporaryDir data;
    AppUnderTest app(m_server.url(), data.path());
    QVERIFY(app.open(u"profilewalks"_s));
    app.window.resize(1000, 1400);
    FeedModel *feed = app.window.topicPage()->model();
    FeedView *view = app.window.topicPage()->feedView();
    QTRY_VERIFY_WITH_TIMEOUT(
        feed->rowOf(withPicture) >= 0 && feed->rowOf(m_wrenPosts.last()) >= 0, Wait);
    auto *delegate = qobject_cast<PostCardDelegate *>(view->itemDelegate());
    const auto colourAt = [&](qint64 postId) {
        const QModelIndex card = feed->index(feed->rowOf(postId));
        view->scrollTo(card);
        const QRect disc = delegate->avatarRect(optionFor(view, card), card);
        const QImage shown = view->viewport()->grab().toImage();
        const qreal ratio = shown.devicePixelRatio();
        // Inside the disc, above the letters the initials put in its middle.
        const QPointF inside(disc.left() + disc.width() / 2.0, disc.top() + disc.height() / 6.0);
        return shown.pixelColor((inside * ratio).toPoint());
    };
    const auto near = [](const QColor &a, const QColor &b) {
        return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24
            && qAbs(a.blue() - b.blue()) < 24;
    };
    // Wren chose no picture: their initials' colour.
    const QColor calm = Colors::avatarBackground(u"wren_walks"_s);
    QTRY_VERIFY2(near(colourAt(m_wrenPosts.last()), calm),
        qPrintable(colourAt(m_wrenPosts.last()).name() + u" is not "_s + calm.name()));
    // Ash's picture comes, and is painted in the disc.
    QTRY_VERIFY2_WITH_TIMEOUT(near(colourAt(withPicture), rose),
        qPrintable(colourAt(withPicture).name() + u" is not "_s + rose.name()), Wait);
}

void TestProfile::blockFromThePageHidesTheirPosts()
{
    QTemporaryDir data;
    AppUnderTest app(m_server.url(), data.path());
    QVERIFY(app.open(u"profilewalks"_s));
    QVERIFY(app.signIn(u"river_stone"_s));
    ProfilePage *page = openByClick(app, m_wrenPosts.first());
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, Wait);
    QTRY_VERIFY(page->blockButton()->isVisible());
    QTest::mouseClick(page->blockButton(), Qt::LeftButton);
    auto *ask = app.window.findChild<QMessageBox *>();
    QVERIFY(ask);
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *button : ask->buttons()) {
        if (button->text() == u"Block"_s)
            yes = button;
    }
    QVERIFY(yes);
    yes->click();
    // At once: their posts leave the page, and the topic's feed.
    QTRY_COMPARE(page->model()->rowCount(), 0);
    QCOMPARE(app.window.topicPage()->model()->rowOf(m_wrenPosts.first()), -1);
    QVERIFY(app.sent());
    // The server has the block, and lists none of their posts to this person.
    HttpClient river(m_server.url());
    const HttpClient::Reply login = river.post(u"/api/v1/auth/login"_s,
        {{u"handle"_s, u"river_stone"_s}, {u"password"_s, u"hearth-demo"_s}});
    river.setToken(login.json().value(u"token"_s).toString());
    QVERIFY(river.get(u"/api/v1/users/wren_walks"_s).json().value(u"blocked"_s).toBool());
    // The page says so, and offers to take it back.
    QTRY_VERIFY_WITH_TIMEOUT(page->profile() && page->profile()->blocked, Wait);
    QCOMPARE(page->blockButton()->text(), u"Un&block"_s);
    QTRY_COMPARE(page->model()->rowCount(), 0);
}

QTEST_MAIN(TestProfile)
#include "tst_profile.moc"
