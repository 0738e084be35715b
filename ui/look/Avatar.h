#pragma once

#include "api/User.h"

#include <QCache>
#include <QObject>
#include <QPixmap>

class QPainter;

namespace Hearth {

class MediaImageCache;

// A person's avatar as a disc: their picture when they chose one and it is here (the image
// cache fetches it otherwise, and says when it came), else their initials on a calm colour
// chosen from their handle (Colors::avatarBackground()). What is drawn is kept, per person,
// size and screen, so that a card painting its author's disc blits a pixmap rather than
// scaling a photo or shaping text on every frame of a scroll.
class Avatar : public QObject
{
    Q_OBJECT

public:
    // images may be null (initials only); it must outlive this.
    explicit Avatar(MediaImageCache *images, QObject *parent = nullptr);

    // Paints person's disc into rect (a square; the disc fills it).
    void paint(QPainter *painter, const QRect &rect, const User &person);
    // The disc as a pixmap, side logical pixels at devicePixelRatio.
    QPixmap pixmap(const User &person, int side, qreal devicePixelRatio);

    // Up to two letters: the first of the first and of the last word of the name, or of the
    // handle when the name has no letter.
    static QString initials(const User &person);
    // The disc with initials, drawn now (not kept).
    static QPixmap drawInitials(const User &person, int side, qreal devicePixelRatio);

    // How many discs were drawn (not blitted from what is kept): for tests and benchmarks.
    int drawCount() const { return m_draws; }

Q_SIGNALS:
    // A picture came: discs of whoever has it are drawn anew on the next paint.
    void changed();

private:
    // What a kept disc was drawn from: cheap to make on every paint (no string is built).
    struct Key
    {
        size_t person = 0; // the handle's and the name's hash: new initials, a new disc
        qint64 pictureId = 0;
        int side = 0;
        int ratio = 0; // the device pixel ratio, in hundredths
        bool picture = false; // drawn from the picture (not the initials while it loads)
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.person, key.pictureId, key.side, key.ratio, key.picture);
    }

    MediaImageCache *m_images;
    QCache<Key, QPixmap> m_kept{400};
    int m_draws = 0;
};

} // namespace Hearth
