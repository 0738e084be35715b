#pragma once

#include "PostStore.h"
#include "Router.h"
#include "api/Requests.h"

#include <variant>

namespace Hearth {

class Store;

// /posts: writing, editing and deleting posts, and reacting to them.
class PostRoutes
{
public:
    explicit PostRoutes(Store &store);
    void addTo(Router &router);

private:
    HttpReply get(Request &request);
    HttpReply create(Request &request);
    HttpReply edit(Request &request);
    HttpReply remove(Request &request);
    HttpReply react(Request &request, bool on);

    // The hashtags of a post: those in its text and the explicit ones, 1..10 of them.
    // An edit without a new list keeps the post's tags first and adds new ones.
    enum class TagOrder { WrittenFirst, ExplicitFirst };
    std::variant<QStringList, HttpReply> hashtagsFor(const QString &title, const QString &body,
        const QStringList &explicitTags, TagOrder order = TagOrder::WrittenFirst) const;
    // Checks that the person may attach this upload to a post of this kind.
    std::optional<HttpReply> checkAttachment(
        const MediaAttachment &attachment, PostKind kind, qint64 userId, qint64 postId) const;
    HttpReply postReply(qint64 id, qint64 viewerId, int status) const;

    Store &m_store;
};

} // namespace Hearth
