#include "TopicModel.h"

#include "cache/FeedCache.h"
#include "sync/SyncEngine.h"

namespace Hearth {

TopicModel::TopicModel(FeedCache &cache, SyncEngine *engine, QObject *parent)
    : QObject(parent), m_cache(cache)
{
    if (engine) {
        connect(engine, &SyncEngine::topicChanged, this, [this](const QString &slug) {
            if (slug == m_slug)
                Q_EMIT topicChanged();
        });
    }
}

void TopicModel::setSlug(const QString &slug)
{
    m_slug = slug;
}

std::optional<Topic> TopicModel::topic() const
{
    return m_cache.topic(m_slug);
}

QString TopicModel::name() const
{
    const std::optional<Topic> cached = topic();
    return cached ? cached->name : m_slug;
}

} // namespace Hearth
