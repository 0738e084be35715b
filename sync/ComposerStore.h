#pragma once

#include "api/Topic.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Hearth {

class DraftStore;
class FeedCache;

// What the composer keeps and looks up on this computer: the person's drafts, and the
// topics the hashtag field completes from. The views do not open the cache themselves; this
// small value over the community's DraftStore and FeedCache is their way in, and must not
// outlive them.
class ComposerStore
{
public:
    ComposerStore(FeedCache &feed, DraftStore &drafts) : m_feed(&feed), m_drafts(&drafts) { }

    std::optional<QJsonObject> draft(const QString &key) const;
    void saveDraft(const QString &key, const QJsonObject &draft) const;
    void removeDraft(const QString &key) const;

    std::optional<Topic> topic(const QString &slug) const;
    // The known topics whose slug starts with slugPrefix, most members first.
    QList<Topic> topics(const QString &slugPrefix) const;

private:
    FeedCache *m_feed;
    DraftStore *m_drafts;
};

} // namespace Hearth
