#include "SearchSource.h"

#include "Community.h"
#include "cache/BlockList.h"
#include "net/ApiClient.h"

#include <memory>

namespace Hearth {

namespace {

// Lower-cased words of letters and digits.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : QString(text + u' ')) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    return words;
}

} // namespace

QList<Topic> SearchSource::matchingTopics(
    const QList<Topic> &topics, const QString &text, int limit)
{
    // Every typed word starts a word of the topic's name, slug or description, as the
    // server's topic index matches them (the last one as a prefix; the others whole).
    const QStringList typed = wordsOf(text);
    QList<Topic> found;
    if (typed.isEmpty())
        return found;
    for (const Topic &topic : topics) {
        const QStringList words
            = wordsOf(topic.name + u' ' + topic.slug + u' ' + topic.description);
        bool all = true;
        for (qsizetype i = 0; i < typed.size() && all; ++i) {
            const bool last = i == typed.size() - 1;
            all = std::any_of(words.cbegin(), words.cend(), [&](const QString &word) {
                return last ? word.startsWith(typed[i]) : word == typed[i];
            });
        }
        if (all)
            found.append(topic);
        if (found.size() == limit)
            break;
    }
    return found;
}

SearchSource::Found SearchSource::local(
    const FeedCache &feed, const QString &text, int maxTopics, int maxPosts, int maxPeople)
{
    const QSet<qint64> blocked = BlockList(feed.connection()).ids();
    Found found;
    found.topics = matchingTopics(feed.topics(), text, maxTopics);

    // A few more than shown, so that posts left out for a block do not shorten the list.
    const QList<FeedCache::SearchHit> hits = feed.searchHits(text, maxPosts + 4);
    QList<Post> posts;
    posts.reserve(hits.size());
    for (const FeedCache::SearchHit &hit : hits)
        posts.append(hit.post);
    QSet<qint64> kept;
    for (const Post &post : BlockList::withoutBlocked(posts, blocked))
        kept.insert(post.id);
    for (const FeedCache::SearchHit &hit : hits) {
        if (found.posts.size() == maxPosts)
            break;
        if (kept.contains(hit.post.id))
            found.posts.append(hit);
    }

    found.people = feed.authors(text, maxPeople + 4);
    found.people.removeIf([&](const User &user) { return blocked.contains(user.id); });
    if (found.people.size() > maxPeople)
        found.people.resize(maxPeople);
    return found;
}

void SearchSource::ask(Community &community, const QString &text, int limit, QObject *context,
    std::function<void(std::optional<Found>)> done)
{
    if (!community.isOpen() || !community.isNetworkEnabled()) {
        done(std::nullopt);
        return;
    }
    struct Answers
    {
        Found found;
        int waiting = 3;
        bool failed = false;
    };
    auto answers = std::make_shared<Answers>();
    Community *source = &community;
    const auto finish = [answers, source, done = std::move(done)] {
        if (--answers->waiting > 0)
            return;
        if (answers->failed || !source->isOpen()) {
            done(std::nullopt);
            return;
        }
        // What the server does not know yet: a block still waiting in the outbox.
        const QSet<qint64> blocked = BlockList(source->feed().connection()).ids();
        Found &found = answers->found;
        QList<Post> posts;
        for (const FeedCache::SearchHit &hit : std::as_const(found.posts))
            posts.append(hit.post);
        posts = BlockList::withoutBlocked(posts, blocked);
        found.posts.clear();
        for (const Post &post : std::as_const(posts))
            found.posts.append({post, {}});
        found.people.removeIf([&](const User &user) { return blocked.contains(user.id); });
        done(std::move(found));
    };
    ApiClient &api = community.api();
    api.searchTopics(text, {}, limit, context, [answers, finish](Result<Page<Topic>> page) {
        if (page)
            answers->found.topics = page->items;
        else
            answers->failed = true;
        finish();
    });
    api.searchPosts(text, {}, limit, context, [answers, finish](Result<Page<Post>> page) {
        if (page) {
            for (const Post &post : page->items)
                answers->found.posts.append({post, {}});
        } else {
            answers->failed = true;
        }
        finish();
    });
    api.searchUsers(text, {}, limit, context, [answers, finish](Result<Page<User>> page) {
        if (page)
            answers->found.people = page->items;
        else
            answers->failed = true;
        finish();
    });
}

} // namespace Hearth
