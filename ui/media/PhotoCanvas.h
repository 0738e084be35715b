#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QPixmap>

#include <functional>
#include <optional>

namespace Hearth {

// The photo itself: painted scaled into the viewport of a scroll area whose scroll bars
// (hidden; the keys, the wheel and dragging move them) pan it. Only what is visible is
// drawn, so a deep zoom costs no more memory than the decoded picture.
//
// The zoom counts pixels of the device per pixel of the photo's nominal size (the size
// the server has; a larger photo than the decoder keeps is drawn stretched to it), so that
// 1.0 is the actual size on any screen. PhotoViewer's canvas.
class PhotoCanvas : public QAbstractScrollArea
{
public:
    static constexpr qreal MaxZoom = 8.0;
    static constexpr qreal ZoomStep = 1.25;
    static constexpr int ArrowStep = 40; // logical pixels per arrow key press

    explicit PhotoCanvas(QWidget *parent);

    // Called after every change of the zoom.
    std::function<void()> zoomChanged;

    // keepView keeps the zoom and the place (a full photo replacing its preview).
    void setImage(const QImage &image, QSizeF nominal, bool keepView);

    void clear() { setImage({}, {}, false); }
    const QImage &image() const { return m_image; }

    void setObscured(bool obscured);
    bool isObscured() const { return m_obscured; }

    qreal zoom() const { return m_zoom; }
    bool fitsWindow() const { return m_fit; }

    // The zoom that shows the whole photo, never above the actual size.
    qreal fitZoom() const;
    qreal minimumZoom() const { return fitZoom(); }

    void fit();

    // Zooms keeping the photo's point under anchor (viewport coordinates; the middle when
    // not given) where it is.
    void setZoom(qreal zoom, std::optional<QPointF> anchor = std::nullopt);

    // Where the photo is drawn, in viewport coordinates: centred when smaller than the
    // viewport, moved by the scroll bars when larger; on whole device pixels.
    QRectF photoRect() const;

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int, int) override { viewport()->update(); }
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    qreal ratio() const { return viewport()->devicePixelRatioF(); }

    QSizeF contentSize() const { return m_nominal * m_zoom / ratio(); }

    bool isPannable() const;

    // After a change of size, image or screen: refits in fit mode, keeps the zoom otherwise.
    void relayout();

    void updateScrollBars();

    void updateCursor();

    QImage m_image;
    QSizeF m_nominal;
    qreal m_zoom = 1.0;
    bool m_fit = true;
    bool m_obscured = false;
    bool m_screenWatched = false;
    // m_image smoothly scaled to the size shown, when that is smaller than decoded.
    QPixmap m_scaled;
    QPixmap m_blurred;
    std::optional<QPoint> m_dragFrom;
    QPoint m_dragScroll;
};

} // namespace Hearth
