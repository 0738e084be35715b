#include "Avatar.h"

#include "Colors.h"
#include "sync/MediaImageCache.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Hearth {

Avatar::Avatar(MediaImageCache *images, QObject *parent) : QObject(parent), m_images(images)
{
    if (m_images) {
        connect(m_images, &MediaImageCache::imageReady, this, [this](qint64 mediaId) {
            // Only a picture someone's disc waits for changes what is drawn.
            bool waited = false;
            for (const Key &key : m_kept.keys()) {
                if (key.pictureId == mediaId && !key.picture) {
                    m_kept.remove(key);
                    waited = true;
                }
            }
            if (waited)
                Q_EMIT changed();
        });
    }
}

QString Avatar::initials(const User &person)
{
    QStringList words;
    for (const QString &word : person.displayName.split(u' ', Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            words.append(word);
    }
    const auto firstLetter = [](const QString &word) {
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (!word.at(i).isLetterOrNumber())
                continue;
            // A letter beyond the BMP is two UTF-16 units.
            const int length = word.at(i).isHighSurrogate() && i + 1 < word.size() ? 2 : 1;
            return word.mid(i, length).toUpper();
        }
        return QString();
    };
    if (words.isEmpty())
        return firstLetter(person.handle);
    QString letters = firstLetter(words.first());
    if (words.size() > 1)
        letters += firstLetter(words.last());
    return letters;
}

QPixmap Avatar::drawInitials(const User &person, int side, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Colors::avatarBackground(person.handle));
    painter.drawEllipse(QRectF(0, 0, side, side));
    QFont font = painter.font();
    font.setPixelSize(std::max(6, int(side * 0.4)));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Colors::avatarText());
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, initials(person));
    return pixmap;
}

QPixmap Avatar::pixmap(const User &person, int side, qreal devicePixelRatio)
{
    const qint64 pictureId = person.avatarId.value_or(0);
    const bool hasPicture = pictureId != 0 && m_images && m_images->contains(pictureId);
    const Key key{qHashMulti(0, person.handle, person.displayName), pictureId, side,
        int(devicePixelRatio * 100), hasPicture};
    if (const QPixmap *kept = m_kept.object(key))
        return *kept;
    ++m_draws;
    QPixmap drawn;
    const QImage picture = pictureId != 0 && m_images ? m_images->image(pictureId) : QImage();
    if (!picture.isNull()) {
        drawn = QPixmap(QSize(side, side) * devicePixelRatio);
        drawn.setDevicePixelRatio(devicePixelRatio);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        QPainterPath disc;
        disc.addEllipse(QRectF(0, 0, side, side));
        painter.setClipPath(disc);
        // Cropped to a square from the middle, as a face is usually there.
        const int square = std::min(picture.width(), picture.height());
        const QRect source(
            (picture.width() - square) / 2, (picture.height() - square) / 2, square, square);
        painter.drawImage(QRectF(0, 0, side, side), picture, source);
    } else {
        drawn = drawInitials(person, side, devicePixelRatio);
    }
    // Kept under the key it was asked by: a picture still on its way is drawn again once
    // it is here (its key says it was not).
    m_kept.insert(key, new QPixmap(drawn));
    return drawn;
}

void Avatar::paint(QPainter *painter, const QRect &rect, const User &person)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect.topLeft(), pixmap(person, rect.width(), ratio));
}

} // namespace Hearth
