#include "TintedIconEngine.h"

#include "Colors.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

TintedIconEngine::TintedIconEngine(const QString &name, const QString &file)
    : m_name(name), m_file(file)
{
}

void TintedIconEngine::paint(
    QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state, ratio));
}

QPixmap TintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

// size is in device pixels already (QIcon::pixmap multiplies it by the scale).
QPixmap TintedIconEngine::scaledPixmap(
    const QSize &pixels, QIcon::Mode mode, QIcon::State, qreal scale)
{
    const QColor ink = Hearth::Colors::iconInk(QGuiApplication::palette(), mode);
    if (pixels.isEmpty())
        return {};
    // The ink is part of the key: a palette change draws anew, the old pictures age out.
    const QString cacheKey = u"hearth-icon/%1/%2x%3/%4"_s.arg(m_name)
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(ink.rgba(), 0, 16);
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;

    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QSvgRenderer renderer(m_file);
        QPainter painter(&image);
        // The icon keeps its square shape in any rectangle it is given.
        const int side = std::min(pixels.width(), pixels.height());
        const QRect square((pixels.width() - side) / 2, (pixels.height() - side) / 2, side, side);
        renderer.render(&painter, square);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), ink);
    }
    result = QPixmap::fromImage(std::move(image));
    result.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, result);
    return result;
}

QSize TintedIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QList<QSize> TintedIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    // Drawn on a 16 px grid, sharp at its multiples.
    return {QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
}

QString TintedIconEngine::iconName()
{
    return m_name;
}

QString TintedIconEngine::key() const
{
    return u"HearthTinted"_s;
}

QIconEngine *TintedIconEngine::clone() const
{
    return new TintedIconEngine(m_name, m_file);
}

bool TintedIconEngine::isNull()
{
    return m_file.isEmpty();
}
