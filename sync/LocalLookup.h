#pragma once

#include "api/Comment.h"
#include "api/Post.h"
#include "api/Topic.h"
#include "api/User.h"

#include <QList>

#include <optional>

namespace Hearth {

class Community;

// What the window looks up in the current account's cache by id or slug, so that the views
// never reach the cache themselves: the post a report names or the composer edits, a
// comment taken up again, a topic's name, the topics for the switcher, the people blocked.
// It reads the community's current cache at each call: signed out or before a cache is
// open, it finds nothing.
class LocalLookup
{
public:
    // community must outlive the lookup.
    explicit LocalLookup(const Community &community);

    std::optional<Post> post(qint64 postId) const;
    std::optional<Comment> comment(qint64 commentId) const;
    std::optional<Topic> topic(const QString &slug) const;
    // Every topic known, and the ones the person joined.
    QList<Topic> topics() const;
    QList<Topic> joinedTopics() const;
    // The people the signed-in person blocked, with their names; none when signed out.
    QList<User> blockedPeople() const;

private:
    const Community &m_community;
};

} // namespace Hearth
