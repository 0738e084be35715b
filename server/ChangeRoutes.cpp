#include "ChangeRoutes.h"

#include "Store.h"
#include "api/Hashtags.h"
#include "api/Limits.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr int MaxTopicsPerRequest = 50;

} // namespace

ChangeRoutes::ChangeRoutes(Store &store) : m_store(store) { }

void ChangeRoutes::addTo(Router &router)
{
    router.add(Router::Method::Get, u"/api/v1/changes"_s, Router::Access::Public,
        [this](Request &request) { return changes(request); });
}

Answer ChangeRoutes::changes(Request &request)
{
    const QUrlQuery query = request.query();
    bool ok = false;
    const qint64 since = query.queryItemValue(u"since"_s).toLongLong(&ok);
    if (!ok || since < 0 || since > Limits::MaxId) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"since must be a change sequence number (0 the first time)."_s, u"since"_s);
    }
    int wait = 0;
    if (query.hasQueryItem(u"wait"_s)) {
        wait = query.queryItemValue(u"wait"_s).toInt(&ok);
        if (!ok || wait < 0 || wait > MaxWaitSeconds) {
            return HttpReply::error(ApiError::Code::BadRequest,
                u"wait is a number of seconds from 0 to %1."_s.arg(MaxWaitSeconds), u"wait"_s);
        }
    }
    const qint64 current = m_store.changes().current();
    if (since > current) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"since is ahead of this server: start again from 0."_s, u"since"_s);
    }

    QList<qint64> topicIds;
    const QString topics = query.queryItemValue(u"topics"_s, QUrl::FullyDecoded);
    if (!topics.isEmpty()) {
        const QStringList slugs = topics.split(u',', Qt::SkipEmptyParts);
        if (slugs.size() > MaxTopicsPerRequest) {
            return HttpReply::error(ApiError::Code::BadRequest,
                u"Ask for at most %1 topics at once."_s.arg(MaxTopicsPerRequest), u"topics"_s);
        }
        for (const QString &slug : slugs) {
            if (const auto id = m_store.topics().topicId(Hashtags::slug(slug.trimmed())))
                topicIds.append(*id);
        }
        // Only unknown topics were named: no post can match, deletions still count.
        if (topicIds.isEmpty())
            topicIds.append(0);
    }

    // A first call learns where the sequence stands; content comes from the feeds.
    if (since == 0) {
        Changes changes;
        changes.next = current;
        if (request.viewerId() > 0)
            changes.notifications = m_store.notifications().state(request.viewerId());
        return HttpReply::json(Json::toJson(changes));
    }
    const qint64 viewerId = request.viewerId();
    if (auto reply = delta(since, topicIds, viewerId, wait == 0))
        return std::move(*reply);
    // Copies only: the request object is the connection's, and its next request reuses it.
    return WaitReply{[this, since, topicIds, viewerId](
                         bool last) { return delta(since, topicIds, viewerId, last); },
        wait, request.clientAddress(m_trustedProxy), topicIds, viewerId};
}

std::optional<HttpReply> ChangeRoutes::delta(
    qint64 since, const QList<qint64> &topicIds, qint64 viewerId, bool evenIfEmpty)
{
    Changes changes;
    changes.since = since;
    const ChangeLog::Window window = m_store.changes().since(
        since, topicIds, Limits::MaxChangesPerResponse, Limits::MaxChangesPerResponse);
    changes.next = window.upTo;
    changes.more = window.more;
    changes.posts = m_store.posts().posts(window.changedPostIds, viewerId);
    if (viewerId > 0) {
        QSet<qint64> blocked;
        for (const User &user : m_store.safety().blockedUsers(viewerId))
            blocked.insert(user.id);
        changes.posts.removeIf([&](const Post &post) { return blocked.contains(post.author.id); });
    }
    changes.deletedPostIds = window.deletedPostIds;
    changes.topics = m_store.topics().topics(window.changedTopicIds, viewerId);
    // The caller's notifications come with every answer; they make it news when they moved
    // after since.
    bool notificationsMoved = false;
    if (viewerId > 0) {
        changes.notifications = m_store.notifications().state(viewerId);
        notificationsMoved = m_store.notifications().lastChange(viewerId) > since;
    }
    const bool empty = changes.posts.isEmpty() && changes.deletedPostIds.isEmpty()
        && changes.topics.isEmpty() && !changes.more && !notificationsMoved;
    if (empty && !evenIfEmpty)
        return std::nullopt;
    return HttpReply::json(Json::toJson(changes));
}

} // namespace Hearth
