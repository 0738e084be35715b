#pragma once

#include "api/Media.h"

#include <QImage>
#include <QUrl>
#include <QWidget>

class QAbstractButton;
class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoWidget;

namespace Hearth {

class VideoPoster;

// A post's video, played inline: its poster first (blurred when the video is sensitive,
// with a play mark), then, when the reader plays it, the video streamed from its media
// address by QMediaPlayer into a QVideoWidget, under a bar with play/pause, a seek bar, the
// time and mute. Nothing of Qt Multimedia is created until the first play, so a post with a
// video opens as fast as one with a photo.
//
// Keys, when the focus is in the player: Space (unless a button has it) and K play or
// pause, M mutes, Left and Right seek 5 seconds (on the seek bar and on the video). Hiding
// the player (leaving the post) pauses it.
//
// A video that cannot be played here (a plug-in missing for its format, the network, a
// video that is gone) gives a calm message with "Open in your video player", which hands
// the address to the desktop, and "Try again".
//
// The stream carries no Authorization header: QMediaPlayer has no way to set one, and
// none is needed, since GET /media/{id} serves the media of posts to anyone (docs/api.md).
class VideoPlayer : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        Poster, // nothing played yet
        Loading, // asked to play, no picture yet (or buffering)
        Playing,
        Paused,
        Ended,
        Failed,
    };
    Q_ENUM(State)

    static constexpr qint64 SeekStepMs = 5'000;

    explicit VideoPlayer(QWidget *parent = nullptr);
    ~VideoPlayer() override;

    // The address of a media's file on a community server: GET /api/v1/media/{id}.
    static QUrl mediaUrl(const QUrl &server, qint64 mediaId);

    // Shows a new video (stopping any other): its poster, until it is played from source.
    // poster may come later with setPoster().
    void setVideo(const QUrl &source, const Media &media, const QImage &poster = {});
    void setPoster(const QImage &poster);
    QUrl source() const { return m_source; }
    const Media &media() const { return m_media; }

    State state() const { return m_state; }
    // Why the video could not be played; empty unless the state is Failed.
    QString errorText() const;
    bool isMuted() const { return m_muted; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // The parts, for the window and for tests. player() is null until the video is played
    // (and again after a failure or setVideo()).
    QMediaPlayer *player() const { return m_player; }
    QVideoWidget *videoWidget() const { return m_video; }
    QAbstractButton *playButton() const;
    QAbstractButton *muteButton() const;
    QSlider *seekBar() const { return m_seek; }
    QString timeText() const;
    QPushButton *openExternallyButton() const { return m_openExternally; }
    QPushButton *retryButton() const { return m_retry; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayback();
    // Moves the position by milliseconds (negative: back), within the video.
    void seekBy(qint64 milliseconds);
    void setMuted(bool muted);
    // Hands the video's address to the desktop's video player.
    void openExternally();

Q_SIGNALS:
    void stateChanged(Hearth::VideoPlayer::State state);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildErrorPage();
    void buildBar();
    static void stopIfRunning(QMediaPlayer *player);
    void createPlayer();
    void releasePlayer();
    void setState(State state);
    void fail(const QString &message);
    void updateFromPlayer();
    void updateTime();
    void updateButtons();
    qint64 duration() const;

    QUrl m_source;
    Media m_media;
    State m_state = State::Poster;
    bool m_muted = false;

    QStackedWidget *m_stack;
    VideoPoster *m_poster;
    QWidget *m_errorPage;
    QLabel *m_error;
    QPushButton *m_openExternally;
    QPushButton *m_retry;
    QWidget *m_bar;
    QToolButton *m_play;
    QSlider *m_seek;
    QLabel *m_time;
    QToolButton *m_mute;
    // Created on the first play, dropped after a failure or for a new video.
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
};

} // namespace Hearth
