#include "CardMedia.h"

#include "CardLayout.h"
#include "models/FeedModel.h"
#include "sync/MediaImageCache.h"
#include "ui/care/Care.h"
#include "ui/look/Colors.h"
#include "ui/post/PostText.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionViewItem>

namespace Hearth {

namespace {

constexpr int Margin = CardLayout::Margin;
constexpr int Gap = Margin / 2;
constexpr qreal CornerRadius = CardMedia::CornerRadius;
// Pictures scaled, cropped and rounded, ready to draw: a few screens of cards at 200 % (the
// decoded pictures themselves are MediaImageCache's).
constexpr qsizetype MaxPixmapBytes = 24 * 1024 * 1024;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// A picture cut to fill size (its middle kept), with rounded corners, in device pixels.
QPixmap prepared(const QImage &image, QSize size, qreal ratio, bool obscured)
{
    const QSizeF wanted = QSizeF(size).scaled(QSizeF(image.size()), Qt::KeepAspectRatio);
    const QRect middle(QPoint(int((image.width() - wanted.width()) / 2),
                           int((image.height() - wanted.height()) / 2)),
        wanted.toSize());
    QImage fill = image.copy(middle).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (obscured) {
        // Scaled down to a few pixels and up again: its colours, nothing to recognise.
        const QSize tiny = size.scaled(8, 8, Qt::KeepAspectRatio).expandedTo(QSize(2, 2));
        fill = fill.scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                   .scaled(tiny * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                   .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(
        QRectF(QPointF(0, 0), QSizeF(size)), CornerRadius * ratio, CornerRadius * ratio);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

// A small picture frame (a hill and a sun), the placeholder's mark.
void paintPictureMark(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setPen(QPen(color, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(QPointF(box.left() + box.width() * 0.7, box.top() + box.height() * 0.32),
        box.width() * 0.09, box.width() * 0.09);
    QPainterPath hill;
    hill.moveTo(box.left() + 2, box.bottom() - 2);
    hill.lineTo(box.left() + box.width() * 0.38, box.top() + box.height() * 0.45);
    hill.lineTo(box.left() + box.width() * 0.62, box.bottom() - box.height() * 0.3);
    hill.lineTo(box.left() + box.width() * 0.75, box.top() + box.height() * 0.6);
    hill.lineTo(box.right() - 2, box.bottom() - 2);
    hill.closeSubpath();
    painter->drawPath(hill);
    painter->restore();
}

// A rounded label over a picture: in the palette's base and text colours, so that it
// reads in light and dark palettes whatever the picture under it.
void paintPill(QPainter *painter, const QPalette &palette, const QFont &font, const QString &text,
    QPoint at, Qt::Alignment anchor)
{
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 2 * Margin, metrics.height() + Gap);
    QRect pill(at, size);
    if (anchor & Qt::AlignRight)
        pill.moveRight(at.x());
    if (anchor & Qt::AlignBottom)
        pill.moveBottom(at.y());
    if (anchor & Qt::AlignHCenter)
        pill.moveLeft(at.x() - size.width() / 2);
    if (anchor & Qt::AlignVCenter)
        pill.moveTop(at.y() - size.height() / 2);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(withAlpha(palette.color(QPalette::Base), 230));
    painter->drawRoundedRect(pill, size.height() / 2.0, size.height() / 2.0);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter | Qt::TextSingleLine, text);
    painter->restore();
}

// A play mark: a disc in the palette's base colour with a triangle in its text colour.
void paintPlayMark(QPainter *painter, const QPalette &palette, const QRect &area)
{
    const qreal diameter = std::clamp(area.height() / 3.0, 28.0, 64.0);
    const QRectF disc(
        QPointF(area.center()) - QPointF(diameter / 2, diameter / 2), QSizeF(diameter, diameter));
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(withAlpha(palette.color(QPalette::Base), 230));
    painter->drawEllipse(disc);
    const qreal s = diameter * 0.2;
    const QPointF c = disc.center() + QPointF(s * 0.25, 0);
    const QPointF triangle[]
        = {c + QPointF(-s, -s * 1.15), c + QPointF(-s, s * 1.15), c + QPointF(s * 1.2, 0)};
    painter->setBrush(palette.color(QPalette::Text));
    painter->drawPolygon(triangle, 3);
    painter->restore();
}

} // namespace

CardMedia::CardMedia(QObject *parent) : QObject(parent), m_pixmaps(MaxPixmapBytes) { }

CardMedia::~CardMedia() = default;

void CardMedia::setImageCache(MediaImageCache *images)
{
    if (m_images == images)
        return;
    if (m_images)
        disconnect(m_images, nullptr, this, nullptr);
    m_images = images;
    m_pixmaps.clear();
    if (m_images) {
        connect(m_images, &MediaImageCache::imageReady, this, &CardMedia::imageArrived);
        connect(m_images, &MediaImageCache::imageFailed, this, &CardMedia::imageArrived);
        connect(m_images, &QObject::destroyed, this, [this] { m_images = nullptr; });
    }
}

void CardMedia::clear()
{
    m_pixmaps.clear();
}

void CardMedia::imageArrived(qint64 mediaId)
{
    if (QPointer<QWidget> viewport = m_waiting.take(mediaId))
        viewport->update();
}

void CardMedia::paint(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const QRect &area)
{
    const QPalette &palette = option.palette;
    const qint64 mediaId = index.data(FeedModel::MediaIdRole).toLongLong();
    const bool video = index.data(FeedModel::MediaIsVideoRole).toBool();
    const bool sensitive = index.data(FeedModel::MediaSensitiveRole).toBool();
    // (A card behind a content warning is folded and shows no picture at all.)
    const bool obscured = m_care ? m_care->isBlurred(mediaId, sensitive) : sensitive;

    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize deviceSize = (QSizeF(area.size()) * ratio).toSize();
    const Key key{mediaId, deviceSize.width(), deviceSize.height(), obscured};
    QPixmap pixmap;
    if (const QPixmap *kept = m_pixmaps.object(key)) {
        pixmap = *kept;
    } else if (m_images && mediaId > 0) {
        const QImage image = m_images->image(mediaId);
        if (!image.isNull()) {
            pixmap = prepared(image, deviceSize, ratio, obscured);
            m_pixmaps.insert(
                key, new QPixmap(pixmap), qsizetype(deviceSize.width()) * deviceSize.height() * 4);
        } else if (!m_images->hasFailed(mediaId)) {
            if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
                m_waiting.insert(mediaId, view->viewport());
        }
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont &font = option.font;
    if (!pixmap.isNull()) {
        painter->drawPixmap(area.topLeft(), pixmap);
        if (obscured) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(withAlpha(palette.color(QPalette::Base), 110));
            painter->drawRoundedRect(area, CornerRadius, CornerRadius);
        }
    } else {
        // The placeholder: a calm tint of the card, a picture mark, and the alt text or
        // what the media is.
        painter->setPen(Qt::NoPen);
        painter->setBrush(Colors::mediaPlaceholder(palette));
        painter->drawRoundedRect(area, CornerRadius, CornerRadius);
        if (!obscured) {
            const QFontMetrics metrics(font);
            const QColor ink = palette.color(QPalette::PlaceholderText);
            const int mark = std::min(40, area.height() / 4);
            const QRectF box(
                area.center().x() - mark * 0.6, area.center().y() - mark, mark * 1.2, mark * 0.9);
            if (!video)
                paintPictureMark(painter, box, ink);
            QString words = PostText::cardText(
                index.data(FeedModel::MediaAltTextRole).toString(), 300, false);
            if (words.trimmed().isEmpty())
                words = video ? tr("Video") : tr("Photo");
            painter->setPen(ink);
            painter->setFont(font);
            const QRect line(area.left() + Margin, int(box.bottom()) + Gap,
                area.width() - 2 * Margin, metrics.height());
            painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                metrics.elidedText(words, Qt::ElideRight, line.width()));
        }
    }

    if (obscured) {
        const QString words = video ? tr("Sensitive video: show") : tr("Sensitive photo: show");
        paintPill(painter, palette, font, words, area.center(), Qt::AlignCenter);
    } else if (video) {
        paintPlayMark(painter, palette, area);
    } else {
        paintPill(painter, palette, font, tr("See full photo"),
            area.bottomRight() - QPoint(Gap, Gap) + QPoint(1, 1), Qt::AlignRight | Qt::AlignBottom);
    }
    painter->restore();
}

} // namespace Hearth
