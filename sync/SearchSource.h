#pragma once

#include "cache/FeedCache.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Hearth {

class Community;

// What a search finds: on this computer at once (the cache's full-text index, its topics and
// the people whose posts it holds), and in the community (GET /search). The people the person
// blocked, and their posts, are never in it (BlockList, as the feeds leave them out, a block
// still waiting in the outbox included). The search field's rows are made from it (ui/search).
class SearchSource
{
public:
    struct Found
    {
        QList<Topic> topics;
        // From the community, posts come without a snippet.
        QList<FeedCache::SearchHit> posts;
        QList<User> people;
    };

    static constexpr QChar SnippetStart = FeedCache::SnippetStart;
    static constexpr QChar SnippetEnd = FeedCache::SnippetEnd;

    // From the cache alone, up to each limit: topics whose name, slug or description have
    // words starting with every typed word; posts best match first, their matched words
    // marked; people by handle or name.
    static Found local(
        const FeedCache &feed, const QString &text, int maxTopics, int maxPosts, int maxPeople);

    // Asks the community for up to limit of each kind; done gets what it found, or nothing
    // when it could not be asked (the network is off, a request failed). Dropped with context:
    // deleting it cancels the search.
    static void ask(Community &community, const QString &text, int limit, QObject *context,
        std::function<void(std::optional<Found>)> done);

    // The cached topics that match text (see local()).
    static QList<Topic> matchingTopics(const QList<Topic> &topics, const QString &text, int limit);
};

} // namespace Hearth
