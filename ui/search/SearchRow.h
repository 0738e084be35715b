#pragma once

#include "api/Post.h"
#include "api/Topic.h"
#include "api/User.h"

#include <QList>
#include <QString>

namespace Hearth {

struct ContentFold;

// One row of the search field's results: a group's heading, the "From the community"
// divider, a calm line, or a result (a topic, a post, a person) as the list shows it.
struct SearchRow
{
    enum class Kind { Heading, Divider, Notice, Topic, Post, Person };

    Kind kind = Kind::Notice;
    // A heading's or notice's words; a topic's name, a post's title (or, folded, why it is
    // folded), a person's display name.
    QString text;
    // A topic's description, a post's excerpt with its matched words between
    // SearchSource::SnippetStart and SnippetEnd (empty when folded), a person's "@handle".
    QString detail;
    qint64 id = 0; // a post's or a person's id
    QString key; // a topic's slug, a person's handle
    bool folded = false;
    bool remote = false; // below the divider: from the community

    bool isResult() const
    {
        return kind == Kind::Topic || kind == Kind::Post || kind == Kind::Person;
    }

    static SearchRow heading(const QString &text);
    // "Topics", "Posts" or "People": the heading of results of kind.
    static SearchRow headingOf(Kind kind);
    static SearchRow divider();
    static SearchRow notice(const QString &text);
    static SearchRow topic(const Topic &topic, bool remote);
    // snippet: the excerpt, marked; fold: how the feed would show the post (folded, it shows
    // the fold's reason and nothing of its words).
    static SearchRow post(
        const Post &post, const QString &snippet, const ContentFold &fold, bool remote);
    static SearchRow person(const User &user, bool remote);

    // A few words of body around the first word that matches text, each matched word marked
    // as the cache's snippets mark them (SearchQuery::excerpt): for posts the community
    // found, which come without a snippet.
    static QString markedExcerpt(const QString &body, const QString &text);
    // The excerpt without its marks, and where the marked words are in it (start, length).
    static QString unmarked(const QString &marked, QList<std::pair<int, int>> *ranges = nullptr);
};

} // namespace Hearth
