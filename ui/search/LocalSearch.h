#pragma once

#include "SearchRow.h"

namespace Hearth {

class Care;
class FeedCache;

// The search field's rows from the cache alone, at once as the person types: the cached
// topics, posts (their matched words marked) and people that SearchSource::local() finds,
// under their headings. Posts and people the person blocked are not in it, and posts fold as
// the feed folds them (BlockList, Care): the same rules, the same code.
class LocalSearch
{
public:
    // care may be null: then only a content warning folds, as on a card without the rules.
    LocalSearch(const FeedCache &feed, const Care *care);

    static constexpr int MaxTopics = 4;
    static constexpr int MaxPosts = 8;
    static constexpr int MaxPeople = 4;

    QList<SearchRow> rows(const QString &text) const;

    // How the feed would show post: folded (Care), or, without the rules, folded by its
    // content warning alone.
    static ContentFold foldOf(const Post &post, const Care *care);

private:
    const FeedCache &m_feed;
    const Care *m_care;
};

} // namespace Hearth
