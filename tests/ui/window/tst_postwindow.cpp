// The post view in the real window, against the demo community on a real hearth-server: a
// video post opened from its card shows its poster at the column's width, at least 16:9 of
// it, in sight, with no input at all, in a page with one vertical scroll; and it still does
// after signing in, which builds the window's pages again.

#include "../AppUnderTest.h"
#include "models/FeedModel.h"
#include "support/ServerProcess.h"
#include "translations/Translations.h"
#include "ui/feed/FeedView.h"
#include "ui/feed/TopicPage.h"
#include "ui/media/VideoPlayer.h"
#include "ui/post/CommentBox.h"
#include "ui/post/PostMediaView.h"
#include "ui/post/PostPage.h"
#include "ui/post/PostView.h"

#include <QAbstractScrollArea>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 20'000;

// The ground VideoPoster paints around a picture.
const QColor PosterGround(0x10, 0x12, 0x14);

} // namespace

class TestPostWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aVideoPostShowsItsPosterAtOnce();

private:
    // Checks what a person sees of the video post on page: its poster at the column's width,
    // at least 16:9 of it, wholly in sight, drawn from the community's poster; one scroll.
    static void checkTheVideoIsInSight(PostPage *page);

    Translations m_english;
    ServerProcess m_server;
};

void TestPostWindow::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
}

void TestPostWindow::checkTheVideoIsInSight(PostPage *page)
{
    PostMediaView *media = page->postView()->mediaView();
    QTRY_VERIFY_WITH_TIMEOUT(media->videoPlayer() && media->videoPlayer()->isVisible(), Wait);
    VideoPlayer *player = media->videoPlayer();
    QCOMPARE(player->state(), VideoPlayer::State::Poster);
    auto *surface = player->findChild<QStackedWidget *>(); // the poster, then the video
    QVERIFY(surface);
    const int column = page->postView()->width();
    QWidget *sight = page->scrollArea()->viewport();
    const QRect shown(surface->mapTo(sight, QPoint(0, 0)), surface->size());
    QTRY_VERIFY2(surface->width() >= column - 1 && surface->height() >= column * 9 / 16 - 1,
        qPrintable(u"poster %1x%2 in a column %3 wide"_s.arg(surface->width())
                       .arg(surface->height())
                       .arg(column)));
    QVERIFY2(sight->rect().contains(shown),
        qPrintable(u"poster at %1,%2 %3x%4, in sight %5x%6"_s.arg(shown.x())
                       .arg(shown.y())
                       .arg(shown.width())
                       .arg(shown.height())
                       .arg(sight->width())
                       .arg(sight->height())));
    // The poster's picture is there (the community's poster of the video), not only the
    // ground and the play mark.
    const auto pictured = [surface] {
        const QImage shot = surface->grab().toImage();
        int differing = 0;
        for (int y = 0; y < shot.height(); y += 2) {
            for (int x = 0; x < shot.width(); x += 2) {
                const QColor c = shot.pixelColor(x, y);
                differing += std::abs(c.red() - PosterGround.red())
                        + std::abs(c.green() - PosterGround.green())
                        + std::abs(c.blue() - PosterGround.blue())
                    > 24;
            }
        }
        return differing > shot.width() * shot.height() / 4 / 20; // 5 % of the samples
    };
    QTRY_VERIFY_WITH_TIMEOUT(pictured(), Wait);

    // One vertical scroll: the page's (the comment box's editor, at the bottom, is not one
    // that the post or the thread scroll in).
    int scrolls = 0;
    for (QAbstractScrollArea *area : page->findChildren<QAbstractScrollArea *>()) {
        if (area->isVisible() && area != page->commentBox()->editor()
            && area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            ++scrolls;
    }
    QCOMPARE(scrolls, 1);
}

void TestPostWindow::aVideoPostShowsItsPosterAtOnce()
{
    QTemporaryDir data;
    AppUnderTest client(m_server.url(), data.path());
    client.window.resize(1100, 900);
    QVERIFY(client.open(u"therapy"_s));
    TopicPage *topic = client.window.topicPage();
    FeedModel *feed = topic->model();
    QTRY_VERIFY_WITH_TIMEOUT(feed->rowCount() >= 10, Wait);
    QModelIndex card;
    for (int row = 0; row < feed->rowCount() && !card.isValid(); ++row) {
        if (feed->index(row).data(FeedModel::MediaIsVideoRole).toBool())
            card = feed->index(row);
    }
    QVERIFY2(card.isValid(), "the demo's therapy feed has a video on its first page");
    const qint64 postId = card.data(FeedModel::IdRole).toLongLong();

    // Opened from its card, with Enter, as a person does.
    FeedView *view = topic->feedView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->scrollTo(card);
    view->setCurrentIndex(card);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(
        client.window.postPage() && client.window.currentPage() == client.window.postPage());
    QCOMPARE(client.window.postPage()->postId(), postId);
    checkTheVideoIsInSight(client.window.postPage());
    if (QTest::currentTestFailed())
        return;

    // Signing in builds the pages again: the video is there as before, with no input.
    QPointer<PostPage> before = client.window.postPage();
    QVERIFY(client.signIn(u"maple_days"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!before, Wait);
    QTRY_VERIFY(
        client.window.postPage() && client.window.currentPage() == client.window.postPage());
    QCOMPARE(client.window.postPage()->postId(), postId);
    checkTheVideoIsInSight(client.window.postPage());
}

QTEST_MAIN(TestPostWindow)
#include "tst_postwindow.moc"
