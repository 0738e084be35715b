#include "CardLayoutCache.h"

#include "care/ContentFold.h"
#include "models/FeedModel.h"

namespace Hearth {

CardLayoutCache::Key CardLayoutCache::keyOf(
    const QModelIndex &index, int width, const ContentFold &fold, bool quietCounts)
{
    // What a card's layout depends on, from the roles and the care rules: a change to any of
    // them is a new layout. Only the part of the body a card can show is hashed, with the
    // body's length.
    const QString body = index.data(FeedModel::BodyRole).toString();
    const size_t fingerprint
        = qHashMulti(qHashMulti(0, fold.folded, int(fold.reason), fold.detail, quietCounts),
            index.data(FeedModel::TitleRole).toString(),
            QStringView(body).left(CardLayout::MaxExcerptChars * 3), body.size(),
            index.data(FeedModel::HashtagsRole).toStringList(),
            index.data(FeedModel::ContentWarningRole).toString(),
            index.data(FeedModel::KindRole).toInt(), index.data(FeedModel::HasMediaRole).toBool(),
            index.data(FeedModel::MediaWidthRole).toInt(),
            index.data(FeedModel::MediaHeightRole).toInt(),
            index.data(FeedModel::MyReactionRole).toString());
    return {index.data(FeedModel::IdRole).toLongLong(), std::max(width, CardLayout::MinWidth),
        fingerprint};
}

void CardLayoutCache::useFont(const QFont &font, Qt::LayoutDirection direction)
{
    if (font == m_font && direction == m_direction)
        return;
    m_layouts.clear();
    m_heights.clear();
    m_storyWords.clear();
    m_font = font;
    m_direction = direction;
}

const CardLayout &CardLayoutCache::layout(const QModelIndex &index, int width, const QFont &font,
    Qt::LayoutDirection direction, const ContentFold &fold, bool quietCounts)
{
    useFont(font, direction);
    const Key key = keyOf(index, width, fold, quietCounts);
    if (const CardLayout *cached = m_layouts.object(key))
        return *cached;
    return make(index, key, font, direction, fold);
}

int CardLayoutCache::height(const QModelIndex &index, int width, const QFont &font,
    Qt::LayoutDirection direction, const ContentFold &fold, bool quietCounts)
{
    useFont(font, direction);
    const Key key = keyOf(index, width, fold, quietCounts);
    if (const int *kept = m_heights.object(key))
        return *kept;
    if (const CardLayout *cached = m_layouts.object(key))
        return cached->height;
    return make(index, key, font, direction, fold).height;
}

const CardLayout &CardLayoutCache::make(const QModelIndex &index, const Key &key, const QFont &font,
    Qt::LayoutDirection direction, const ContentFold &fold)
{
    ++m_layoutCount;
    QString words;
    if (!fold.folded && PostKind(index.data(FeedModel::KindRole).toInt()) == PostKind::Story) {
        const Key wordsKey{key.postId, 0, key.fingerprint};
        if (const QString *kept = m_storyWords.object(wordsKey)) {
            words = *kept;
        } else {
            words = CardLayout::storyWords(index.data(FeedModel::BodyRole).toString());
            m_storyWords.insert(wordsKey, new QString(words));
        }
    }
    auto *made = new CardLayout(index, key.width, font, direction, fold, words);
    m_heights.insert(key, new int(made->height));
    m_layouts.insert(key, made);
    return *made;
}

} // namespace Hearth
