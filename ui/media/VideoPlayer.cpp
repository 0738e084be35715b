#include "VideoPlayer.h"

#include "VideoPoster.h"
#include "ui/look/Icons.h"

#include <QApplication>
#include <QAudioOutput>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The tallest the video area grows inline; a taller video is letterboxed.
constexpr int MaxSurfaceHeight = 540;

// 0:07, 12:40, 1:02:03.
QString clock(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(milliseconds, 0) / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    if (hours > 0) {
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString errorMessage(QMediaPlayer::Error error)
{
    switch (error) {
    case QMediaPlayer::FormatError:
        return VideoPlayer::tr("This video's format can't be played here: a plug-in for it may "
                               "be missing on this computer.");
    case QMediaPlayer::NetworkError:
        return VideoPlayer::tr("The video could not be loaded: the connection dropped.");
    case QMediaPlayer::AccessDeniedError:
        return VideoPlayer::tr("The community did not let Hearth load this video.");
    case QMediaPlayer::ResourceError:
    case QMediaPlayer::NoError:
        break;
    }
    return VideoPlayer::tr("Hearth couldn't play this video here. It may have been removed, or "
                           "the connection may have dropped.");
}

} // namespace

VideoPlayer::VideoPlayer(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_poster(new VideoPoster(m_stack))
    , m_errorPage(new QWidget(m_stack))
    , m_error(new QLabel(m_errorPage))
    , m_openExternally(new QPushButton(tr("Open in your video player"), m_errorPage))
    , m_retry(new QPushButton(tr("Try again"), m_errorPage))
    , m_bar(new QWidget(this))
    , m_play(new QToolButton(m_bar))
    , m_seek(new QSlider(Qt::Horizontal, m_bar))
    , m_time(new QLabel(m_bar))
    , m_mute(new QToolButton(m_bar))
{
    // A click on the video gives the player the keys; Tab reaches its buttons and seek bar.
    setFocusPolicy(Qt::ClickFocus);

    m_poster->setAccessibleName(tr("Video"));
    m_poster->clicked = [this] {
        setFocus(Qt::MouseFocusReason);
        play();
    };
    m_stack->addWidget(m_poster);

    buildErrorPage();
    buildBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_bar);

    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    updateButtons();
    updateTime();
}

void VideoPlayer::buildErrorPage()
{
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    connect(m_openExternally, &QPushButton::clicked, this, &VideoPlayer::openExternally);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        setState(State::Poster);
        play();
    });
    auto *errorButtons = new QHBoxLayout;
    errorButtons->addStretch(1);
    errorButtons->addWidget(m_openExternally);
    errorButtons->addWidget(m_retry);
    errorButtons->addStretch(1);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch(1);
    errorLayout->addWidget(m_error);
    errorLayout->addLayout(errorButtons);
    errorLayout->addStretch(1);
    m_stack->addWidget(m_errorPage);
}

void VideoPlayer::buildBar()
{
    m_play->setAutoRaise(true);
    connect(m_play, &QToolButton::clicked, this, &VideoPlayer::togglePlayback);
    m_mute->setAutoRaise(true);
    m_mute->setCheckable(true);
    connect(m_mute, &QToolButton::toggled, this, &VideoPlayer::setMuted);

    m_seek->setAccessibleName(tr("Position"));
    m_seek->setSingleStep(int(SeekStepMs));
    m_seek->setPageStep(int(6 * SeekStepMs));
    m_seek->setToolTip(tr("Position (Left and Right arrow keys: 5 seconds)"));
    // Keys and clicks on the groove seek at once; a drag seeks where it is let go (each seek
    // of a stream is a new request).
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && m_player)
            m_player->setPosition(m_seek->sliderPosition());
    });
    connect(m_seek, &QSlider::sliderMoved, this, [this] { updateTime(); });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        if (m_player)
            m_player->setPosition(m_seek->value());
    });

    m_time->setTextFormat(Qt::PlainText);
    m_time->setAccessibleName(tr("Time"));

    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(0, 2, 0, 0);
    barLayout->addWidget(m_play);
    barLayout->addWidget(m_seek, 1);
    barLayout->addWidget(m_time);
    barLayout->addWidget(m_mute);
}

void VideoPlayer::stopIfRunning(QMediaPlayer *player)
{
    // A pipeline still playing or paused is stopped before it loses its sink or is deleted:
    // tearing down a running GStreamer pipeline (Qt 6.4) hung the suite under load. A failed
    // one is not stopped: stop() after an error blocks for a second there.
    if (player->error() == QMediaPlayer::NoError
        && player->playbackState() != QMediaPlayer::StoppedState)
        player->stop();
}

VideoPlayer::~VideoPlayer()
{
    // The player first, while the video widget it draws into is still there, and without
    // a word to this half-destroyed widget.
    if (m_player) {
        disconnect(m_player, nullptr, this, nullptr);
        stopIfRunning(m_player);
        delete m_player;
    }
}

QUrl VideoPlayer::mediaUrl(const QUrl &server, qint64 mediaId)
{
    // As ApiClient forms its addresses: the server's own path, then the API's.
    QUrl url = server.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + u"/api/v1/media/%1"_s.arg(mediaId), QUrl::TolerantMode);
    url.setQuery(QString());
    return url;
}

void VideoPlayer::setVideo(const QUrl &source, const Media &media, const QImage &poster)
{
    releasePlayer();
    m_source = source;
    m_media = media;
    m_poster->setAccessibleDescription(media.altText);
    if (m_video)
        m_video->setAccessibleDescription(media.altText);
    setPoster(poster);
    {
        const QSignalBlocker blocker(m_seek);
        m_seek->setRange(0, int(std::min<qint64>(duration(), INT_MAX)));
        m_seek->setValue(0);
    }
    setState(State::Poster);
    updateGeometry();
}

void VideoPlayer::setPoster(const QImage &poster)
{
    m_poster->setPoster(poster, m_media.sensitive);
}

QString VideoPlayer::errorText() const
{
    return m_state == State::Failed ? m_error->text() : QString();
}

QSize VideoPlayer::sizeHint() const
{
    const int width = 480;
    return QSize(width, heightForWidth(width));
}

int VideoPlayer::heightForWidth(int width) const
{
    const bool known = m_media.width > 0 && m_media.height > 0;
    const qreal aspect = known ? qreal(m_media.height) / m_media.width : 9.0 / 16.0;
    return std::min(int(width * aspect), MaxSurfaceHeight) + m_bar->sizeHint().height();
}

QAbstractButton *VideoPlayer::playButton() const
{
    return m_play;
}

QAbstractButton *VideoPlayer::muteButton() const
{
    return m_mute;
}

QString VideoPlayer::timeText() const
{
    return m_time->text();
}

void VideoPlayer::play()
{
    if (m_source.isEmpty() || m_state == State::Failed)
        return;
    if (!m_player)
        createPlayer();
    if (!m_player->isAvailable()) {
        fail(tr("Videos can't be played on this computer: its media support is missing."));
        return;
    }
    m_player->play();
    updateFromPlayer();
}

void VideoPlayer::pause()
{
    if (m_player && m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
}

void VideoPlayer::togglePlayback()
{
    if (m_state == State::Playing || m_state == State::Loading)
        pause();
    else
        play();
}

void VideoPlayer::seekBy(qint64 milliseconds)
{
    if (!m_player || !m_player->isSeekable())
        return;
    const qint64 end = std::max<qint64>(duration(), 0);
    const qint64 position = std::clamp<qint64>(m_player->position() + milliseconds, 0, end);
    m_player->setPosition(position);
}

void VideoPlayer::setMuted(bool muted)
{
    m_muted = muted;
    if (m_audio)
        m_audio->setMuted(muted);
    {
        const QSignalBlocker blocker(m_mute);
        m_mute->setChecked(muted);
    }
    updateButtons();
}

void VideoPlayer::openExternally()
{
    if (!m_source.isEmpty())
        QDesktopServices::openUrl(m_source);
}

void VideoPlayer::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_K:
        togglePlayback();
        break;
    case Qt::Key_M:
        setMuted(!m_muted);
        break;
    case Qt::Key_Left:
        seekBy(-SeekStepMs);
        break;
    case Qt::Key_Right:
        seekBy(SeekStepMs);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void VideoPlayer::hideEvent(QHideEvent *event)
{
    // Leaving the post stops the sound; a minimised window keeps playing.
    if (!event->spontaneous())
        pause();
    QWidget::hideEvent(event);
}

bool VideoPlayer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_video && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        togglePlayback();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void VideoPlayer::createPlayer()
{
    m_player = new QMediaPlayer(this);
    // With GStreamer an audio output works without a sound device too (it plays to
    // nothing); the demo's clips have no sound at all.
    m_audio = new QAudioOutput(m_player);
    m_audio->setMuted(m_muted);
    m_player->setAudioOutput(m_audio);
    if (!m_video) {
        m_video = new QVideoWidget(m_stack);
        m_video->setAccessibleName(tr("Video"));
        m_video->installEventFilter(this);
        m_stack->addWidget(m_video);
    }
    m_video->setAccessibleDescription(m_media.altText);
    m_player->setVideoOutput(m_video);

    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VideoPlayer::updateFromPlayer);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &VideoPlayer::updateFromPlayer);
    connect(m_player, &QMediaPlayer::seekableChanged, this, &VideoPlayer::updateButtons);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this] {
        const QSignalBlocker blocker(m_seek);
        m_seek->setRange(0, int(std::min<qint64>(duration(), INT_MAX)));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_seek->isSliderDown()) {
            const QSignalBlocker blocker(m_seek);
            m_seek->setValue(int(std::min<qint64>(position, INT_MAX)));
        }
        updateTime();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error error, const QString &details) {
            if (error == QMediaPlayer::NoError)
                return;
            fail(errorMessage(error));
            // The framework's own words, untranslated, for whoever looks closer.
            m_error->setToolTip(details);
        });
    m_player->setSource(m_source);
}

void VideoPlayer::releasePlayer()
{
    if (!m_player)
        return;
    // Not a signal more from it (a dead pipeline may still report an error), and gone once
    // back in the event loop: this may run inside one of its signals. A player of its own
    // for each play after a failure or a new video: the framework does not always recover
    // from an error on the same one.
    disconnect(m_player, nullptr, this, nullptr);
    stopIfRunning(m_player);
    m_player->setVideoOutput(nullptr);
    m_player->deleteLater();
    m_player = nullptr;
    m_audio = nullptr;
}

void VideoPlayer::updateFromPlayer()
{
    if (!m_player || m_state == State::Failed)
        return;
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status == QMediaPlayer::InvalidMedia) {
        // Normally errorOccurred has said why already.
        fail(errorMessage(m_player->error()));
        return;
    }
    const bool loading = status == QMediaPlayer::LoadingMedia
        || status == QMediaPlayer::StalledMedia || status == QMediaPlayer::NoMedia;
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        setState(loading ? State::Loading : State::Playing);
        break;
    case QMediaPlayer::PausedState:
        setState(State::Paused);
        break;
    case QMediaPlayer::StoppedState:
        setState(status == QMediaPlayer::EndOfMedia ? State::Ended : State::Poster);
        break;
    }
}

void VideoPlayer::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    switch (state) {
    case State::Poster:
    case State::Ended:
    case State::Loading:
        // The poster until there is a picture; again at the end, to play once more.
        m_stack->setCurrentWidget(m_poster);
        break;
    case State::Playing:
    case State::Paused:
        if (m_video)
            m_stack->setCurrentWidget(m_video);
        break;
    case State::Failed:
        m_stack->setCurrentWidget(m_errorPage);
        break;
    }
    updateButtons();
    updateTime();
    if (changed)
        Q_EMIT stateChanged(state);
}

void VideoPlayer::fail(const QString &message)
{
    m_error->setText(message + u"\n"_s + tr("You can open it in your video player instead."));
    m_error->setToolTip(QString());
    releasePlayer();
    // The focus goes to the way out, if the player had it.
    const bool hadFocus = hasFocus() || isAncestorOf(QApplication::focusWidget());
    setState(State::Failed);
    if (hadFocus)
        m_openExternally->setFocus();
}

void VideoPlayer::updateTime()
{
    const qint64 position = m_seek->isSliderDown() ? m_seek->sliderPosition()
        : m_player && m_state != State::Poster     ? m_player->position()
                                                   : 0;
    m_time->setText(tr("%1 / %2").arg(clock(position), clock(duration())));
}

void VideoPlayer::updateButtons()
{
    const bool playing = m_state == State::Playing || m_state == State::Loading;
    const bool failed = m_state == State::Failed;
    m_play->setIcon(Icons::icon(playing ? u"media-playback-pause"_s : u"media-playback-start"_s));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleName(m_play->text());
    m_play->setToolTip(tr("%1 (K)").arg(m_play->text()));
    m_play->setEnabled(!failed && !m_source.isEmpty());
    m_seek->setEnabled(!failed && m_player && m_player->isSeekable());
    m_mute->setIcon(Icons::icon(m_muted ? u"audio-volume-muted"_s : u"audio-volume-high"_s));
    m_mute->setText(m_muted ? tr("Unmute") : tr("Mute"));
    m_mute->setAccessibleName(m_mute->text());
    m_mute->setToolTip(tr("%1 (M)").arg(m_mute->text()));
}

qint64 VideoPlayer::duration() const
{
    if (m_player && m_player->duration() > 0)
        return m_player->duration();
    return m_media.durationMs.value_or(0);
}

} // namespace Hearth
