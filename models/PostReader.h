#pragma once

#include "api/Post.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Hearth {

class FeedCache;
class SyncEngine;

// One post as the post view reads it: from the cache, with whether the person's own write of
// it is still on its way or was refused, and, while the cache lacks it, whether it is being
// fetched or the community is out of reach. Opening a post asks the engine for the server's
// copy (the cache may not hold it yet, or hold old counts); changed() says when to read again.
class PostReader : public QObject
{
    Q_OBJECT

public:
    // Whether the server has the person's latest write of the post.
    enum class Delivery { Delivered, Waiting, Refused };

    // engine may be null: offline, only the cache is read.
    PostReader(FeedCache &feed, SyncEngine *engine, QObject *parent = nullptr);

    // Reads postId from now on (0 for none), and asks the engine for the server's copy.
    void open(qint64 postId);
    qint64 postId() const { return m_postId; }

    // The post as the cache holds it now; none when it does not.
    std::optional<Post> post() const;
    Delivery delivery() const;
    // The server's reason, when delivery() is Refused.
    QString refusal() const;
    // The post is not cached yet and the engine is fetching it.
    bool isLoading() const { return m_loading; }
    // The engine cannot reach the community (or was told not to try).
    bool isOffline() const;

public Q_SLOTS:
    // Says changed() once, whatever changed.
    void refresh();
    // The same, when postIds names the post read (SyncEngine and Outbox postsChanged).
    void refreshPosts(const QList<qint64> &postIds);
    // The server created the post written offline that is read: read it under its new id.
    void replacePostId(qint64 localId, qint64 serverId);

Q_SIGNALS:
    void changed();

private:
    FeedCache &m_feed;
    SyncEngine *m_engine;
    qint64 m_postId = 0;
    // Set from asking the engine for the post until it stops syncing.
    bool m_loading = false;
};

} // namespace Hearth
