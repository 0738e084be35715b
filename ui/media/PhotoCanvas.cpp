#include "PhotoCanvas.h"

#include <QFrame>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace Hearth {

PhotoCanvas::PhotoCanvas(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
}

void PhotoCanvas::setImage(const QImage &image, QSizeF nominal, bool keepView)
{
    m_image = image;
    m_nominal = nominal;
    m_scaled = {};
    m_blurred = {};
    if (!keepView)
        m_fit = true;
    relayout();
}

void PhotoCanvas::setObscured(bool obscured)
{
    m_obscured = obscured;
    if (obscured)
        fit();
    updateCursor();
    viewport()->update();
}

qreal PhotoCanvas::fitZoom() const
{
    if (m_nominal.isEmpty())
        return 1.0;
    const QSizeF device = QSizeF(viewport()->size()) * ratio();
    return std::clamp(
        std::min(device.width() / m_nominal.width(), device.height() / m_nominal.height()), 0.001,
        1.0);
}

void PhotoCanvas::fit()
{
    m_fit = true;
    relayout();
}

void PhotoCanvas::setZoom(qreal zoom, std::optional<QPointF> anchor)
{
    if (m_image.isNull())
        return;
    zoom = std::clamp(zoom, minimumZoom(), MaxZoom);
    if (zoom <= minimumZoom() * 1.0001) {
        fit();
        return;
    }
    const QPointF at = anchor.value_or(QRectF(viewport()->rect()).center());
    const QRectF before = photoRect();
    const QPointF point = (at - before.topLeft()) / before.width() * m_nominal.width();
    m_fit = false;
    m_zoom = zoom;
    updateScrollBars();
    const QPointF content = point * m_zoom / ratio();
    horizontalScrollBar()->setValue(qRound(content.x() - at.x()));
    verticalScrollBar()->setValue(qRound(content.y() - at.y()));
    updateCursor();
    viewport()->update();
    if (zoomChanged)
        zoomChanged();
}

QRectF PhotoCanvas::photoRect() const
{
    const QSizeF content = contentSize();
    const QSizeF view = viewport()->size();
    QPointF topLeft(content.width() <= view.width() ? (view.width() - content.width()) / 2
                                                    : -horizontalScrollBar()->value(),
        content.height() <= view.height() ? (view.height() - content.height()) / 2
                                          : -verticalScrollBar()->value());
    const qreal r = ratio();
    topLeft = QPointF(std::round(topLeft.x() * r) / r, std::round(topLeft.y() * r) / r);
    return QRectF(topLeft, content);
}

void PhotoCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Window).darker(115));
    if (m_image.isNull())
        return;
    const QRectF target = photoRect();
    const qreal r = ratio();
    const QSize device = (target.size() * r).toSize();
    if (device.isEmpty())
        return;
    if (m_obscured) {
        if (m_blurred.size() != device) {
            // Scaled down to a few pixels and up again: its colours, nothing to recognise.
            const QSize tiny = device.scaled(8, 8, Qt::KeepAspectRatio).expandedTo(QSize(2, 2));
            m_blurred = QPixmap::fromImage(
                m_image.scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .scaled(tiny * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        }
        m_blurred.setDevicePixelRatio(r);
        painter.drawPixmap(target.topLeft(), m_blurred);
        return;
    }
    if (device.width() < m_image.width()) {
        // Smaller than decoded: scaled once with a proper filter (drawing it scaled would
        // only sample, and shimmer), and kept while the zoom stays.
        if (m_scaled.size() != device) {
            m_scaled = QPixmap::fromImage(
                m_image.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        }
        m_scaled.setDevicePixelRatio(r);
        painter.drawPixmap(target.topLeft(), m_scaled);
        return;
    }
    m_scaled = {};
    // Enlarged: smooth while it is a photo, pixels when the reader looks that close.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, device.width() < 4 * m_image.width());
    painter.drawImage(target, m_image);
}

void PhotoCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PhotoCanvas::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    // The zoom counts device pixels: on a screen with another ratio the same zoom has
    // another size.
    if (QWindow *window = this->window()->windowHandle(); window && !m_screenWatched) {
        m_screenWatched = true;
        connect(window, &QWindow::screenChanged, viewport(), [this] { relayout(); });
    }
    relayout();
}

void PhotoCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || m_obscured) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        setZoom(m_zoom * std::pow(ZoomStep, steps), event->position());
    event->accept();
}

void PhotoCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isPannable()) {
        m_dragFrom = event->position().toPoint();
        m_dragScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void PhotoCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint moved = event->position().toPoint() - *m_dragFrom;
    horizontalScrollBar()->setValue(m_dragScroll.x() - moved.x());
    verticalScrollBar()->setValue(m_dragScroll.y() - moved.y());
    event->accept();
}

void PhotoCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragFrom && event->button() == Qt::LeftButton) {
        m_dragFrom.reset();
        updateCursor();
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void PhotoCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_obscured || m_image.isNull()) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    if (m_fit && fitZoom() < 1.0)
        setZoom(1.0, event->position());
    else
        fit();
    event->accept();
}

bool PhotoCanvas::isPannable() const
{
    return !m_obscured && !m_image.isNull()
        && (horizontalScrollBar()->maximum() > 0 || verticalScrollBar()->maximum() > 0);
}

void PhotoCanvas::relayout()
{
    if (m_fit)
        m_zoom = fitZoom();
    updateScrollBars();
    updateCursor();
    viewport()->update();
    if (zoomChanged)
        zoomChanged();
}

void PhotoCanvas::updateScrollBars()
{
    const QSizeF content = contentSize();
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.width())) - view.width()));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.height())) - view.height()));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setSingleStep(ArrowStep);
    verticalScrollBar()->setSingleStep(ArrowStep);
}

void PhotoCanvas::updateCursor()
{
    if (m_dragFrom)
        return;
    if (isPannable())
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

} // namespace Hearth
