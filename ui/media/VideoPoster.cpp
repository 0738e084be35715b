#include "VideoPoster.h"

#include "VideoPlayer.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Hearth {

VideoPoster::VideoPoster(QWidget *parent) : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void VideoPoster::setPoster(const QImage &poster, bool sensitive)
{
    m_poster = poster;
    m_sensitive = sensitive;
    m_prepared = {};
    update();
}

void VideoPoster::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0x10, 0x12, 0x14));
    if (!m_poster.isNull()) {
        const qreal ratio = devicePixelRatioF();
        const QSize device
            = m_poster.size().scaled((QSizeF(size()) * ratio).toSize(), Qt::KeepAspectRatio);
        if (!device.isEmpty()) {
            if (m_prepared.size() != device) {
                QImage image = m_poster;
                if (m_sensitive) {
                    // Its colours, nothing to recognise.
                    const QSize tiny
                        = device.scaled(8, 8, Qt::KeepAspectRatio).expandedTo(QSize(2, 2));
                    image = image.scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                .scaled(tiny * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                }
                m_prepared = QPixmap::fromImage(
                    image.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            }
            m_prepared.setDevicePixelRatio(ratio);
            const QSizeF shown = QSizeF(device) / ratio;
            const QPointF at((width() - shown.width()) / 2, (height() - shown.height()) / 2);
            painter.drawPixmap(
                QPointF(std::round(at.x() * ratio) / ratio, std::round(at.y() * ratio) / ratio),
                m_prepared);
        }
    }

    // The play mark: a light disc with a triangle, readable on any picture.
    const qreal radius = std::clamp(std::min(width(), height()) / 8.0, 14.0, 36.0);
    const QPointF centre = QRectF(rect()).center();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawEllipse(centre, radius, radius);
    QPainterPath triangle;
    triangle.moveTo(centre + QPointF(-radius * 0.3, -radius * 0.45));
    triangle.lineTo(centre + QPointF(radius * 0.5, 0));
    triangle.lineTo(centre + QPointF(-radius * 0.3, radius * 0.45));
    triangle.closeSubpath();
    painter.setBrush(QColor(0x20, 0x22, 0x24));
    painter.drawPath(triangle);

    if (m_sensitive) {
        const QString words = VideoPlayer::tr("Sensitive video");
        const QFontMetrics metrics(font());
        const QRectF pill(centre.x() - metrics.horizontalAdvance(words) / 2.0 - 10,
            centre.y() + radius + 8, metrics.horizontalAdvance(words) + 20, metrics.height() + 8);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, words);
    }
}

void VideoPoster::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_prepared = {};
}

void VideoPoster::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())
        && clicked) {
        clicked();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace Hearth
