#pragma once

#include "api/Media.h"

#include <QDialog>
#include <QImage>
#include <QPointer>

class QAbstractScrollArea;
class QFrame;
class QLabel;
class QLayout;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Hearth {

class Care;
class MediaImageCache;
class PhotoCanvas;

// "See full photo": a window that shows one photo of a post at full size. It opens at once
// with the card's thumbnail (when the caller has it) and a placeholder, has the full picture
// fetched and decoded through MediaImageCache::loadPhoto (from the disk cache when it was
// seen before, off the GUI thread, with the same refusals as the cards), and says plainly
// when the photo is gone, unreachable or not a picture Hearth opens.
//
// The photo fits the window until the reader zooms: Ctrl+Plus / Ctrl+Minus and Ctrl+wheel
// zoom (around the pointer for the wheel), Ctrl+0 fits, Ctrl+1 shows the actual size (one
// pixel of the photo on one pixel of the screen, on HiDPI screens too), a double click
// switches between the two; dragging and the arrow keys pan; Escape closes. The alt text is
// the caption and the photo's accessible description. A sensitive photo starts blurred
// behind a "Show photo" button that has the keyboard focus: every one without a Care, and
// with one, those Care::isBlurred() says (showing one tells the Care, so that it stays
// shown in the post and on its card).
//
// A dialog rather than a page of the window: it sits over the post the reader came from
// (whose place and comment draft stay as they were), can be made as large as the screen on
// its own, and closes back to it with Escape. Open it with show() or open(), never exec().
class PhotoViewer : public QDialog
{
    Q_OBJECT

public:
    enum class State { Loading, Shown, Failed };

    // The image cache must outlive the viewer.
    explicit PhotoViewer(MediaImageCache &images, QWidget *parent = nullptr);

    // Decides which sensitive photos start blurred; null (the default) blurs them all. Set
    // it before showPhoto(). The Care must outlive the viewer.
    void setCare(Care *care);

    // Shows media (an image) and fetches it at full size. preview, when not null, is shown
    // scaled up in the meantime (the thumbnail a card already has).
    void showPhoto(const Media &media, const QImage &preview = {});
    qint64 mediaId() const { return m_media.id; }

    State state() const { return m_state; }
    // Whether the photo is still blurred behind "Show photo".
    bool isObscured() const;
    // Shows a sensitive photo: what "Show photo" does (and tells the Care).
    void reveal();

    // The zoom: pixels of the screen per pixel of the photo (1.0 is the actual size).
    qreal zoom() const;
    bool fitsWindow() const;
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void showActualSize();

    // The parts, for tests.
    QAbstractScrollArea *canvas() const;
    // Where the photo is drawn, in the coordinates of canvas()->viewport(); null when no
    // picture is shown.
    QRectF photoRect() const;
    // The decoded picture shown (the preview until the full photo has come).
    QImage image() const;
    // What the viewer says instead of the photo ("Loading…", why it failed); empty when the
    // photo is shown.
    QString statusText() const;
    QString captionText() const;
    QString zoomText() const;
    QPushButton *showPhotoButton() const { return m_showPhoto; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    // The full photo was shown, or could not be had.
    void photoLoaded();
    void photoFailed();

private:
    QWidget *buildCanvasPage();
    QWidget *buildMessagePage();
    QLayout *buildBar();
    void load();
    void decoded(const QImage &image);
    void fail(const QString &message, bool canRetry);
    void updateControls();
    // Lifts the veil, without telling the Care (it may be what asked).
    void unveil();

    MediaImageCache &m_images;
    QPointer<Care> m_care;
    Media m_media;
    State m_state = State::Loading;
    bool m_hasPreview = false;
    // Counts showPhoto() and retries, so that a late answer for an earlier photo is dropped.
    quint64 m_request = 0;

    QStackedWidget *m_stack;
    PhotoCanvas *m_canvas;
    QFrame *m_veil; // the "Show photo" box over a sensitive photo
    QPushButton *m_showPhoto;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_retry;
    QLabel *m_caption;
    QToolButton *m_zoomOut;
    QLabel *m_zoomLabel;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QToolButton *m_actualSize;
    QLabel *m_progress; // "Loading the full photo…" beside the zoom while a preview shows
};

} // namespace Hearth
