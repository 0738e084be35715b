#include "ComposerStore.h"

#include "cache/DraftStore.h"
#include "cache/FeedCache.h"

namespace Hearth {

std::optional<QJsonObject> ComposerStore::draft(const QString &key) const
{
    return m_drafts->load(key);
}

void ComposerStore::saveDraft(const QString &key, const QJsonObject &draft) const
{
    m_drafts->save(key, draft);
}

void ComposerStore::removeDraft(const QString &key) const
{
    m_drafts->remove(key);
}

std::optional<Topic> ComposerStore::topic(const QString &slug) const
{
    return m_feed->topic(slug);
}

QList<Topic> ComposerStore::topics(const QString &slugPrefix) const
{
    return m_feed->topics(slugPrefix);
}

} // namespace Hearth
