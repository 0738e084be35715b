#include "LocalSearch.h"

#include "care/ContentFold.h"
#include "care/MutedWords.h"
#include "sync/SearchSource.h"
#include "ui/care/Care.h"

using namespace Qt::StringLiterals;

namespace Hearth {

LocalSearch::LocalSearch(const FeedCache &feed, const Care *care) : m_feed(feed), m_care(care) { }

ContentFold LocalSearch::foldOf(const Post &post, const Care *care)
{
    if (care)
        return care->postFold(post);
    // Without the rules only the author's content warning folds, as PostCardDelegate does.
    return ContentFold::of(post.contentWarning, {}, {}, {}, false, MutedWords(), nullptr);
}

QList<SearchRow> LocalSearch::rows(const QString &text) const
{
    const SearchSource::Found found
        = SearchSource::local(m_feed, text, MaxTopics, MaxPosts, MaxPeople);
    QList<SearchRow> rows;
    if (!found.topics.isEmpty()) {
        rows.append(SearchRow::headingOf(SearchRow::Kind::Topic));
        for (const Topic &topic : found.topics)
            rows.append(SearchRow::topic(topic, false));
    }
    if (!found.posts.isEmpty()) {
        rows.append(SearchRow::headingOf(SearchRow::Kind::Post));
        for (const auto &hit : found.posts)
            rows.append(SearchRow::post(hit.post, hit.snippet, foldOf(hit.post, m_care), false));
    }
    if (!found.people.isEmpty()) {
        rows.append(SearchRow::headingOf(SearchRow::Kind::Person));
        for (const User &user : found.people)
            rows.append(SearchRow::person(user, false));
    }
    return rows;
}

} // namespace Hearth
