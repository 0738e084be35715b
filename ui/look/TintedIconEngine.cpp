#include "TintedIconEngine.h"

#include "Appearance.h"
#include "Colors.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace {

// The share of a theme icon's ink that must read on the window for the icon to be used.
constexpr double MostOfTheInk = 0.8;

} // namespace

TintedIconEngine::TintedIconEngine(const QString &name, const QString &file, const QIcon &themed)
    : m_name(name), m_file(file), m_themed(themed)
{ }

bool TintedIconEngine::themedReadsOn(const QPixmap &themed, const QColor &background)
{
    const QString key
        = u"%1/%2x%3"_s.arg(background.rgba(), 0, 16).arg(themed.width()).arg(themed.height());
    if (const auto found = m_reads.constFind(key); found != m_reads.cend())
        return *found;
    // Most of the ink, not its mean: a two-tone icon (Adwaita's legacy ones: a light fill in
    // a dark outline) has a mean that reads on either window and half its ink that does not.
    const QImage image = themed.toImage().convertToFormat(QImage::Format_ARGB32);
    double inked = 0, reading = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const double alpha = qAlpha(line[x]) / 255.0;
            if (alpha <= 0)
                continue;
            inked += alpha;
            const QColor pixel(qRed(line[x]), qGreen(line[x]), qBlue(line[x]));
            if (Hearth::Appearance::contrastRatio(pixel, background)
                >= Hearth::Colors::MinimumContrast)
                reading += alpha;
        }
    }
    const bool reads = inked > 0 && reading / inked >= MostOfTheInk;
    m_reads.insert(key, reads);
    return reads;
}

void TintedIconEngine::paint(
    QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(
        rect, scaledPixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state, ratio));
}

QPixmap TintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

// size is in device pixels already (QIcon::pixmap multiplies it by the scale).
QPixmap TintedIconEngine::scaledPixmap(
    const QSize &pixels, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor ink = Hearth::Colors::iconInk(palette, mode);
    if (pixels.isEmpty())
        return {};
    if (!m_themed.isNull()) {
        // The desktop's icon, where it can be seen: Adwaita's, for one, are drawn for a
        // light window and vanish on a dark one.
        QPixmap themed = m_themed.pixmap(pixels, 1.0, mode, state);
        if (!themed.isNull() && themedReadsOn(themed, palette.color(QPalette::Window))) {
            themed.setDevicePixelRatio(scale);
            return themed;
        }
    }
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
    return new TintedIconEngine(m_name, m_file, m_themed);
}

bool TintedIconEngine::isNull()
{
    return m_file.isEmpty();
}
