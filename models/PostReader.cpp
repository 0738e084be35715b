#include "PostReader.h"

#include "cache/FeedCache.h"
#include "sync/SyncEngine.h"

namespace Hearth {

PostReader::PostReader(FeedCache &feed, SyncEngine *engine, QObject *parent)
    : QObject(parent), m_feed(feed), m_engine(engine)
{
    if (!m_engine)
        return;
    connect(m_engine, &SyncEngine::postsChanged, this, &PostReader::refreshPosts);
    connect(m_engine, &SyncEngine::postsRemoved, this, &PostReader::refreshPosts);
    connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state != SyncEngine::State::Syncing && m_loading) {
            m_loading = false;
            refresh();
        }
    });
}

void PostReader::open(qint64 postId)
{
    m_postId = postId;
    m_loading = false;
    // A post opened recently is kept when the cache is pruned.
    if (postId != 0)
        m_feed.markOpened(postId);
    if (m_engine && postId > 0 && m_engine->isNetworkEnabled()) {
        m_engine->fetchPost(postId);
        m_loading = m_engine->state() == SyncEngine::State::Syncing;
    }
    refresh();
}

std::optional<Post> PostReader::post() const
{
    return m_postId != 0 ? m_feed.post(m_postId) : std::nullopt;
}

PostReader::Delivery PostReader::delivery() const
{
    switch (m_feed.localState(m_postId)) {
    case LocalState::Pending:
        return Delivery::Waiting;
    case LocalState::Failed:
        return Delivery::Refused;
    case LocalState::Synced:
        break;
    }
    return Delivery::Delivered;
}

QString PostReader::refusal() const
{
    return m_feed.localError(m_postId);
}

bool PostReader::isOffline() const
{
    return m_engine
        && (!m_engine->isNetworkEnabled() || m_engine->state() == SyncEngine::State::Offline);
}

void PostReader::refresh()
{
    Q_EMIT changed();
}

void PostReader::refreshPosts(const QList<qint64> &postIds)
{
    if (m_postId != 0 && postIds.contains(m_postId))
        refresh();
}

void PostReader::replacePostId(qint64 localId, qint64 serverId)
{
    if (localId != 0 && localId == m_postId) {
        m_postId = serverId;
        refresh();
    }
}

} // namespace Hearth
