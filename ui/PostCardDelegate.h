#pragma once

#include <QStyledItemDelegate>

#include <memory>

namespace Hearth {

class MediaImageCache;

// Paints a post card from FeedModel's roles: the kind label, author and relative time (a
// community-team badge, "(edited)", and a mark on the person's own posts still waiting or
// refused), the title, an excerpt of the body elided after a few lines with "Read more",
// the photo or video poster scaled and cropped (a placeholder while it loads, blurred when
// sensitive or behind a content warning), the hashtags as links, and the icons of the most
// common reactions before "N reactions · M comments". Text from the network is drawn as
// plain text, never interpreted.
//
// Cards have the height of their content. A card's text is laid out once per width: its
// height and its layout are kept (heights for many cards, layouts for those on screen), keyed
// by the post, the width and a fingerprint of what the card shows, so a changed post gets
// a new layout by itself. Clicks on a hashtag, on "Read more", on the media and on the rest
// of the card are told by signals, from the same layout the painter used (hitTest()).
class PostCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The parts of a card a point can be on.
    enum class Part { Nothing, Card, Hashtag, ReadMore, Media };
    // What lies under a point of a card.
    struct Hit
    {
        Part part = Part::Nothing;
        QString hashtag; // the tag, without '#', when part is Hashtag
    };

    // A card without images: media areas show their placeholder.
    explicit PostCardDelegate(QObject *parent = nullptr);
    // images may be null (the same as above); otherwise it must outlive the delegate.
    explicit PostCardDelegate(MediaImageCache *images, QObject *parent = nullptr);
    ~PostCardDelegate() override;

    void setImageCache(MediaImageCache *images);
    MediaImageCache *imageCache() const { return m_images; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // What the card painted at option.rect has at pos (in the same coordinates as the rect).
    Hit hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, QPoint pos) const;
    // Where the card painted at option.rect shows a part: the media area, "Read more", or a
    // hashtag (by its tag, without '#'). An empty rectangle when the card has none.
    QRect partRect(const QStyleOptionViewItem &option, const QModelIndex &index, Part part,
        const QString &hashtag = {}) const;

    // The title and the excerpt as the card lays them out: cleaned of control characters,
    // cut and elided. What a test compares with what was stored.
    QStringList shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // How many times a card's text was laid out: for tests and profiling.
    int layoutCount() const;

    // "3 min ago", "yesterday", or a date, in the locale's words.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // The card's first line: "Story · Quiet Harbour · 2 h ago".
    static QString headline(const QModelIndex &index, const QDateTime &now);
    // "42 reactions · 16 comments", with plural forms.
    static QString countsLine(const QModelIndex &index);

    static constexpr int Margin = 12;
    static constexpr int TitleLines = 2;
    static constexpr int BodyLines = 3;
    // Media areas are at most this wide and this tall (logical pixels); wider windows leave
    // the rest of the line empty rather than cropping photos to a strip.
    static constexpr int MaxMediaWidth = 560;
    static constexpr int MaxMediaHeight = 400;

Q_SIGNALS:
    void hashtagActivated(const QString &tag);
    // "Read more", or anywhere else on the card that is not a link.
    void postActivated(const QModelIndex &index);
    // The photo ("See full photo") or the video's poster.
    void mediaActivated(const QModelIndex &index);

private:
    struct Layout;
    struct Caches;

    // The layout of the card at index for an item width, from the cache or made now.
    const Layout &layoutFor(
        const QModelIndex &index, int width, const QStyleOptionViewItem &option) const;
    // The item width a view gives its cards: the option's, or (sizeHint's option has none)
    // the view's viewport's.
    static int itemWidth(const QStyleOptionViewItem &option);
    void paintMedia(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const QRect &area) const;
    void imageArrived(qint64 mediaId);

    MediaImageCache *m_images = nullptr;
    std::unique_ptr<Caches> m_caches;
};

} // namespace Hearth
