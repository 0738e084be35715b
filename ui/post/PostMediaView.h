#pragma once

#include "api/Media.h"

#include <QImage>
#include <QUrl>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QLabel;
class QPushButton;

namespace Hearth {

class Care;
class VideoPlayer;

// The photo or video of a post in the post view: the picture scaled to the column's width (a
// click opens the viewer), or the video there, its poster at once at 16:9 of the width (or the
// video's own shape), played inline, streamed from the community; a caption from its
// description, and "See full photo". With a Care, a sensitive picture is blurred under a "Sensitive
// photo: show" pill until the reader chooses to see it: a click on the pill or the picture, Space
// or Enter on the pill, or "See full photo".
class PostMediaView : public QWidget
{
    Q_OBJECT

public:
    // pane is the post it belongs to (its parent). The picture and
    // the video take the width the view is given: the column's.
    explicit PostMediaView(QWidget *pane);

    // The rules that blur (the caller follows Care::changed and calls updateBlur); null blurs
    // by the media's own sensitive mark in the video player, and nothing else.
    void setCare(Care *care) { m_care = care; }
    // The community's address: a video is streamed from it and played inline.
    void setServer(const QUrl &server) { m_server = server; }

    // Shows media, or hides the area when there is none; the picture given for the same media
    // stays, drawn again by the rules of now.
    void showMedia(const std::optional<Media> &media);
    // No post: the area hides, and the picture stays for the media's return.
    void hideMedia();
    // Another post: the area forgets its media and picture.
    void clear();
    // The picture (or a video's poster) of the media shown, once the window has it.
    void setImage(const QImage &image);
    // Draws the picture again when Care's choice to blur it changed.
    void updateBlur();

    // Whether the picture is to be drawn blurred now, and the picture as drawn (null when none
    // is shown).
    bool isBlurred() const;
    QImage shownImage() const;
    QAbstractButton *revealButton() const { return m_reveal; }
    QPushButton *seeButton() const { return m_see; }
    // Made for the first video shown; null until then.
    VideoPlayer *videoPlayer() const { return m_videoPlayer; }
    // The Tab stops in order: the pill, "See full photo", the video's controls.
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    // "See full photo" (or "Play video" where it cannot play inline).
    void mediaRequested(qint64 mediaId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The video and the photo take the width they are given.
    void fitToWidth();
    // Draws m_source, sharp or blurred.
    void showImage();
    void reveal();

    Care *m_care = nullptr;
    QUrl m_server;
    std::optional<Media> m_media;
    QImage m_source; // the picture as the window gave it
    qint64 m_sourceId = 0; // the media it belongs to
    bool m_blurred = false; // whether the picture (or the video's poster) is drawn blurred
    int m_shownWidth = 0; // the width the photo was drawn for
    QLabel *m_image;
    QAbstractButton *m_reveal; // the pill over a blurred picture
    QLabel *m_caption;
    QPushButton *m_see;
    VideoPlayer *m_videoPlayer = nullptr;
};

} // namespace Hearth
