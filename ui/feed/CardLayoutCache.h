#pragma once

#include "CardLayout.h"

#include <QCache>
#include <QFont>

namespace Hearth {

struct ContentFold;

// The post cards' layouts, made once and kept: by the post, the item width and a fingerprint
// of what the card shows (folds and quiet counts included), so a changed post gets a new
// layout by itself. Heights are kept for many more cards than layouts are (FeedView keeps
// every row's height itself, but measures again at a new width, and a width seen before
// costs no layout; layouts hold glyphs), and a story's words without their Markdown for
// every width. A change of font or direction drops them all.
class CardLayoutCache
{
public:
    // The layout of the card of index (FeedModel's roles) for an item width, from the cache
    // or made now.
    const CardLayout &layout(const QModelIndex &index, int width, const QFont &font,
        Qt::LayoutDirection direction, const ContentFold &fold, bool quietCounts);
    // The height of that card: kept, or from its layout.
    int height(const QModelIndex &index, int width, const QFont &font,
        Qt::LayoutDirection direction, const ContentFold &fold, bool quietCounts);

    // How many layouts were made: for tests and profiling.
    int layoutCount() const { return m_layoutCount; }

private:
    // A card's layout is good for one post, one item width and one content.
    struct Key
    {
        qint64 postId = 0;
        int width = 0;
        size_t fingerprint = 0;

        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.postId, key.width, key.fingerprint);
        }
    };

    static Key keyOf(
        const QModelIndex &index, int width, const ContentFold &fold, bool quietCounts);
    // Drops what was made with another font or direction.
    void useFont(const QFont &font, Qt::LayoutDirection direction);
    const CardLayout &make(const QModelIndex &index, const Key &key, const QFont &font,
        Qt::LayoutDirection direction, const ContentFold &fold);

    // Layouts hold glyphs (about 26 KB a card): enough for many screens of cards (a screen
    // shows three or four), and few enough that a feed scrolled end to end stays small
    // (measured at 100,000 posts by scripts/bench --scale). Heights are a few bytes each,
    // for a list that measures all its rows (a QListView) and for cards measured again at
    // a width seen before.
    QCache<Key, CardLayout> m_layouts{120};
    QCache<Key, int> m_heights{20'000};
    // A story's excerpt without its Markdown, by post and fingerprint (width 0): up to
    // 12 KB each, kept for the stories near the reader.
    QCache<Key, QString> m_storyWords{300};
    QFont m_font;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    int m_layoutCount = 0;
};

} // namespace Hearth
