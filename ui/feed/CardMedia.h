#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QPointer>

class QModelIndex;
class QPainter;
class QStyleOptionViewItem;

namespace Hearth {

class Care;
class MediaImageCache;

// The photo or video poster of a post card: the picture scaled, cropped to the card's
// media area and rounded (blurred when sensitive, unless the reader chose otherwise), or, while
// it loads, a calm placeholder with its alt text; then "See full photo", a play mark, or
// what hides it. Pictures are prepared once per size in device pixels and kept; a view
// that painted a placeholder is repainted when its picture comes.
class CardMedia : public QObject
{
    Q_OBJECT

public:
    explicit CardMedia(QObject *parent = nullptr);
    ~CardMedia() override;

    // images may be null: every area shows its placeholder. Otherwise it must outlive this
    // object, or be destroyed first (then it is forgotten).
    void setImageCache(MediaImageCache *images);
    MediaImageCache *imageCache() const { return m_images; }
    // What decides whether a sensitive picture is blurred (the reader's setting and the
    // pictures they chose to see); without it, every sensitive picture is.
    void setCare(const Care *care) { m_care = care; }

    // Paints the media of index (FeedModel's roles) into area, with option's palette and
    // font; option.widget (a view) is repainted when a missing picture arrives.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const QRect &area);

    // Forgets the prepared pictures (the decoded ones are MediaImageCache's).
    void clear();

    static constexpr qreal CornerRadius = 8;

private:
    // A picture prepared for an area: one picture at one size in device pixels, sharp or
    // obscured.
    struct Key
    {
        qint64 mediaId = 0;
        int width = 0;
        int height = 0;
        bool obscured = false;

        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.mediaId, key.width, key.height, key.obscured);
        }
    };

    void imageArrived(qint64 mediaId);

    MediaImageCache *m_images = nullptr;
    const Care *m_care = nullptr;
    QCache<Key, QPixmap> m_pixmaps;
    // The views that painted a placeholder for an image not here yet, to repaint when it is.
    QHash<qint64, QPointer<QWidget>> m_waiting;
};

} // namespace Hearth
