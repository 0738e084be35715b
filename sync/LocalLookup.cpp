#include "LocalLookup.h"

#include "Community.h"
#include "cache/BlockList.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"

namespace Hearth {

LocalLookup::LocalLookup(const Community &community) : m_community(community) { }

std::optional<Post> LocalLookup::post(qint64 postId) const
{
    return m_community.isOpen() ? m_community.feed().post(postId) : std::nullopt;
}

std::optional<Comment> LocalLookup::comment(qint64 commentId) const
{
    return m_community.isOpen() ? m_community.comments().comment(commentId) : std::nullopt;
}

std::optional<Topic> LocalLookup::topic(const QString &slug) const
{
    return m_community.isOpen() ? m_community.feed().topic(slug) : std::nullopt;
}

QList<Topic> LocalLookup::topics() const
{
    return m_community.isOpen() ? m_community.feed().topics() : QList<Topic>();
}

QList<Topic> LocalLookup::joinedTopics() const
{
    return m_community.isOpen() ? m_community.feed().joinedTopics() : QList<Topic>();
}

QList<User> LocalLookup::blockedPeople() const
{
    if (!m_community.isOpen() || !m_community.outbox())
        return {};
    return BlockList(m_community.feed().connection()).all();
}

} // namespace Hearth
