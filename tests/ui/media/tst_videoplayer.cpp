// VideoPlayer against a real hearth-server --demo (Motion-JPEG AVI clips played by
// GStreamer, offscreen): the poster shows until Play, a clip plays to its end, pauses,
// resumes and seeks by the keys, mutes; a missing or unplayable video gives a calm message
// with "Open in your video player" (the desktop is handed the address) and "Try again";
// hiding the player pauses it.

#include "api/Json.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "ui/media/VideoPlayer.h"

#include <QAudioOutput>
#include <QDesktopServices>
#include <QJsonArray>
#include <QMediaPlayer>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// Answers every request with 200 and its body (which the test may change), whole, with
// no byte ranges: what a plain web server might do.
class FileServer : public QObject
{
public:
    FileServer(QByteArray body, QByteArray contentType)
        : body(std::move(body)), m_contentType(std::move(contentType))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + m_contentType
                        + "\r\nContent-Length: " + QByteArray::number(this->body.size())
                        + "\r\nConnection: close\r\n\r\n" + this->body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/clip.avi"_s.arg(m_server.serverPort())); }

    QByteArray body;
    int requests = 0;

private:
    QTcpServer m_server;
    QByteArray m_contentType;
};

// Stands in for the desktop: what QDesktopServices::openUrl was asked to open.
class DesktopCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

class TestVideoPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void formsTheMediaAddress();
    void showsThePosterUntilPlayed();
    void playsToTheEnd();
    void pausesResumesAndSeeks();
    void mutes();
    void aMissingVideoOffersTheSystemPlayer();
    void anUnplayableVideoOffersTheSystemPlayer();
    void tryAgainPlaysOnceTheVideoIsThere();
    void hidingPauses();
    void aNewVideoStopsTheOldOne();

private:
    // A shown player with a demo video, not yet played.
    std::unique_ptr<VideoPlayer> player(const Media &media);

    ServerProcess m_server;
    Media m_short; // the shortest demo clip
    Media m_long; // the longest, at least 6 s
    QImage m_poster; // m_short's poster thumbnail
    QByteArray m_shortBytes;
    DesktopCatcher m_desktop;
};

void TestVideoPlayer::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    HttpClient http(m_server.url());
    const auto topics = http.get(u"/api/v1/topics"_s).json().value(u"items"_s).toArray();
    for (const QJsonValue &topic : topics) {
        const QString slug = topic.toObject().value(u"slug"_s).toString();
        const auto posts = http.get(u"/api/v1/topics/%1/feed?kind=video&limit=50"_s.arg(slug))
                               .json()
                               .value(u"items"_s);
        for (const QJsonValue &post : posts.toArray()) {
            const Result<Media> media = Json::decode<Media>(post.toObject().value(u"media"_s));
            if (!media || media->kind != MediaKind::Video || !media->durationMs)
                continue;
            if (!m_short.id || *media->durationMs < *m_short.durationMs)
                m_short = *media;
            if (!m_long.id || *media->durationMs > *m_long.durationMs)
                m_long = *media;
        }
    }
    QVERIFY(m_short.id > 0 && m_long.id > 0);
    QVERIFY(*m_long.durationMs >= 6'000);
    QCOMPARE(m_short.mimeType, u"video/x-msvideo"_s);
    QVERIFY(m_short.posterId);
    const HttpClient::Reply poster
        = http.get(u"/api/v1/media/%1?size=thumb"_s.arg(*m_short.posterId));
    QCOMPARE(poster.status, 200);
    m_poster = QImage::fromData(poster.body);
    QVERIFY(!m_poster.isNull());
    const HttpClient::Reply clip = http.get(u"/api/v1/media/%1"_s.arg(m_short.id));
    QCOMPARE(clip.status, 200);
    m_shortBytes = clip.body;
}

void TestVideoPlayer::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestVideoPlayer::init()
{
    QDesktopServices::setUrlHandler(u"http"_s, &m_desktop, "open");
    m_desktop.opened.clear();
}

void TestVideoPlayer::cleanup()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

std::unique_ptr<VideoPlayer> TestVideoPlayer::player(const Media &media)
{
    auto player = std::make_unique<VideoPlayer>();
    player->setVideo(VideoPlayer::mediaUrl(m_server.url(), media.id), media,
        media.id == m_short.id ? m_poster : QImage());
    player->resize(480, 400);
    player->show();
    if (!QTest::qWaitForWindowExposed(player.get()))
        return nullptr;
    return player;
}

void TestVideoPlayer::formsTheMediaAddress()
{
    QCOMPARE(VideoPlayer::mediaUrl(QUrl(u"https://hearth.example/community/"_s), 12),
        QUrl(u"https://hearth.example/community/api/v1/media/12"_s));
    QCOMPARE(VideoPlayer::mediaUrl(QUrl(u"http://127.0.0.1:8080"_s), 7),
        QUrl(u"http://127.0.0.1:8080/api/v1/media/7"_s));
}

void TestVideoPlayer::showsThePosterUntilPlayed()
{
    const auto player = this->player(m_short);
    QVERIFY(player);
    QCOMPARE(player->state(), VideoPlayer::State::Poster);
    // Nothing of Qt Multimedia yet.
    QVERIFY(!player->player());
    QVERIFY(!player->videoWidget());
    QCOMPARE(player->timeText(), u"0:00 / 0:0%1"_s.arg(*m_short.durationMs / 1000));
    QVERIFY(!player->seekBar()->isEnabled());
    QVERIFY(player->playButton()->isEnabled());
    QCOMPARE(player->playButton()->text(), u"Play"_s);
    QCOMPARE(player->playButton()->toolTip(), u"Play (K)"_s);

    // The poster is painted over the dark ground.
    const QImage screen = player->grab().toImage();
    const QRgb ground = qRgb(0x10, 0x12, 0x14);
    QVERIFY2(screen.pixel(20, 100) != ground, "the poster is drawn");
}

void TestVideoPlayer::playsToTheEnd()
{
    const auto player = this->player(m_short);
    QVERIFY(player);
    QSignalSpy states(player.get(), &VideoPlayer::stateChanged);
    player->play();
    QVERIFY(player->player());
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), VideoPlayer::State::Playing, 15'000);
    QCOMPARE(player->playButton()->text(), u"Pause"_s);
    QCOMPARE(qobject_cast<QStackedWidget *>(player->videoWidget()->parentWidget())->currentWidget(),
        player->videoWidget());
    // Its frames reach the video widget (offscreen, Qt converts them on the CPU)...
    QTRY_VERIFY_WITH_TIMEOUT(player->videoWidget()->videoSink()->videoFrame().isValid(), 5'000);
    QCOMPARE(player->videoWidget()->videoSink()->videoFrame().size(),
        QSize(m_short.width, m_short.height));
    // ...and the video advances...
    const qint64 early = player->player()->position();
    QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > early + 500, 5'000);
    QVERIFY(player->seekBar()->isEnabled());
    QCOMPARE(player->seekBar()->maximum(), int(*m_short.durationMs));
    QTRY_VERIFY(player->seekBar()->value() > 0);
    // ...to its end, and the poster comes back to play it again.
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), VideoPlayer::State::Ended, 15'000);
    QCOMPARE(player->player()->mediaStatus(), QMediaPlayer::EndOfMedia);
    const QString end = u"0:0%1"_s.arg(*m_short.durationMs / 1000);
    QCOMPARE(player->timeText(), end + u" / "_s + end);
    QCOMPARE(player->playButton()->text(), u"Play"_s);
    QList<VideoPlayer::State> seen;
    for (const QList<QVariant> &state : states)
        seen.append(state.first().value<VideoPlayer::State>());
    QVERIFY(seen.contains(VideoPlayer::State::Playing));
    QCOMPARE(seen.last(), VideoPlayer::State::Ended);
    QVERIFY(!seen.contains(VideoPlayer::State::Failed));
}

void TestVideoPlayer::pausesResumesAndSeeks()
{
    const auto player = this->player(m_long);
    QVERIFY(player);
    player->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(player.get()));
    player->setFocus();
    // K plays.
    QTest::keyClick(player.get(), Qt::Key_K);
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), VideoPlayer::State::Playing, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 300, 5'000);
    QTRY_VERIFY(player->player()->isSeekable());
    // Space pauses.
    QTest::keyClick(player.get(), Qt::Key_Space);
    QTRY_COMPARE(player->state(), VideoPlayer::State::Paused);
    QTest::qWait(200);
    const qint64 paused = player->player()->position();
    QTest::qWait(300);
    QCOMPARE(player->player()->position(), paused);

    // Right on the seek bar: 5 s on.
    QSlider *seek = player->seekBar();
    seek->setFocus();
    QTest::keyClick(seek, Qt::Key_Right);
    QTRY_VERIFY2(qAbs(player->player()->position() - (paused + 5'000)) < 250,
        qPrintable(QString::number(player->player()->position())));
    // The bar shows where the player is, to a frame: while paused, GStreamer may settle on
    // the frame before the position asked for without telling (5300 for 5328).
    QTRY_VERIFY2(qAbs(seek->value() - player->player()->position()) < 250,
        qPrintable(u"%1 / %2"_s.arg(seek->value()).arg(player->player()->position())));
    QCOMPARE(player->timeText().left(4), u"0:0%1"_s.arg((paused + 5'000) / 1000));
    // Left: back again.
    QTest::keyClick(seek, Qt::Key_Left);
    QTRY_VERIFY(qAbs(player->player()->position() - paused) < 250);
    // On the player itself too, and never before the start.
    player->setFocus();
    QTest::keyClick(player.get(), Qt::Key_Left);
    QTRY_COMPARE(player->player()->position(), 0);
    QCOMPARE(player->state(), VideoPlayer::State::Paused);

    // K resumes from there.
    QTest::keyClick(player.get(), Qt::Key_K);
    QTRY_COMPARE(player->state(), VideoPlayer::State::Playing);
    QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 300, 5'000);
    QVERIFY(player->player()->position() < 4'000);
    player->pause();
    QTRY_COMPARE(player->state(), VideoPlayer::State::Paused);
}

void TestVideoPlayer::mutes()
{
    const auto player = this->player(m_short);
    QVERIFY(player);
    // Muted before the first play: the sound stays off when it starts.
    player->muteButton()->click();
    QVERIFY(player->isMuted());
    QCOMPARE(player->muteButton()->text(), u"Unmute"_s);
    player->play();
    QVERIFY(player->player()->audioOutput());
    QVERIFY(player->player()->audioOutput()->isMuted());
    player->setFocus();
    QTest::keyClick(player.get(), Qt::Key_M);
    QVERIFY(!player->isMuted());
    QVERIFY(!player->player()->audioOutput()->isMuted());
    QVERIFY(!player->muteButton()->isChecked());
    QCOMPARE(player->muteButton()->toolTip(), u"Mute (M)"_s);
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), VideoPlayer::State::Playing, 15'000);
}

void TestVideoPlayer::aMissingVideoOffersTheSystemPlayer()
{
    Media missing = m_short;
    missing.id = 987'654;
    const auto player = this->player(missing);
    QVERIFY(player);
    player->play();
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), VideoPlayer::State::Failed, 15'000);
    QVERIFY(player->errorText().contains(u"couldn't play this video"_s));
    QVERIFY(player->errorText().contains(u"open it in your video player"_s));
    QPushButton *open = player->openExternallyButton();
    QVERIFY(open->isVisible());
    QCOMPARE(open->text(), u"Open in your video player"_s);
    QVERIFY(player->retryButton()->isVisible());
    QVERIFY(!player->playButton()->isEnabled());
    QVERIFY(!player->seekBar()->isEnabled());
    // Playing again does nothing until asked to try again.
    player->play();
    QCOMPARE(player->state(), VideoPlayer::State::Failed);

    open->click();
    QCOMPARE(m_desktop.opened, QList<QUrl>{VideoPlayer::mediaUrl(m_server.url(), missing.id)});
}

void TestVideoPlayer::anUnplayableVideoOffersTheSystemPlayer()
{
    // Bytes no plug-in recognises: what a format without its plug-in looks like too.
    QByteArray noise(64 * 1024, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    FileServer server(noise, "video/mp4");
    VideoPlayer player;
    player.setVideo(server.url(), m_short, m_poster);
    player.resize(480, 400);
    player.show();
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), VideoPlayer::State::Failed, 15'000);
    QVERIFY(!player.errorText().isEmpty());
    QVERIFY(player.openExternallyButton()->isVisible());
    player.openExternallyButton()->click();
    QCOMPARE(m_desktop.opened, QList<QUrl>{server.url()});
}

void TestVideoPlayer::tryAgainPlaysOnceTheVideoIsThere()
{
    FileServer server(QByteArray(2'000, 'x'), "video/x-msvideo");
    VideoPlayer player;
    player.setVideo(server.url(), m_short, m_poster);
    player.resize(480, 400);
    player.show();
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), VideoPlayer::State::Failed, 15'000);
    const int asked = server.requests;
    QVERIFY(asked >= 1);

    // The server has the real clip now (whole, without byte ranges).
    server.body = m_shortBytes;
    player.retryButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), VideoPlayer::State::Playing, 15'000);
    QVERIFY(server.requests > asked);
    QVERIFY(player.errorText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(player.player()->position() > 300, 5'000);
}

void TestVideoPlayer::hidingPauses()
{
    const auto player = this->player(m_long);
    QVERIFY(player);
    player->play();
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), VideoPlayer::State::Playing, 15'000);
    player->hide();
    QTRY_COMPARE(player->state(), VideoPlayer::State::Paused);
    QCOMPARE(player->player()->playbackState(), QMediaPlayer::PausedState);
}

void TestVideoPlayer::aNewVideoStopsTheOldOne()
{
    const auto player = this->player(m_long);
    QVERIFY(player);
    player->play();
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), VideoPlayer::State::Playing, 15'000);
    const QPointer<QMediaPlayer> old = player->player();
    player->setVideo(VideoPlayer::mediaUrl(m_server.url(), m_short.id), m_short, m_poster);
    QCOMPARE(player->state(), VideoPlayer::State::Poster);
    // The old player is let go of (and with it the old stream).
    QVERIFY(!player->player());
    QTRY_VERIFY(!old);
    QCOMPARE(player->timeText(), u"0:00 / 0:0%1"_s.arg(*m_short.durationMs / 1000));
    // And the new one plays.
    player->play();
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), VideoPlayer::State::Playing, 15'000);
    QCOMPARE(player->player()->source(), VideoPlayer::mediaUrl(m_server.url(), m_short.id));
}

QTEST_MAIN(TestVideoPlayer)
#include "tst_videoplayer.moc"
