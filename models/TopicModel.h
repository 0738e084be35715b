#pragma once

#include "api/Topic.h"

#include <QObject>

#include <optional>

namespace Hearth {

class FeedCache;
class SyncEngine;

// The topic a topic page shows in its header (name, description, counts, whether I joined),
// read from the cache and kept current as the sync engine stores it: the page's one window
// on the cached topic.
class TopicModel : public QObject
{
    Q_OBJECT

public:
    // engine may be null: the topic is read once per setSlug().
    TopicModel(FeedCache &cache, SyncEngine *engine, QObject *parent = nullptr);

    void setSlug(const QString &slug);
    QString slug() const { return m_slug; }
    // The cached topic; none when the cache does not hold it yet.
    std::optional<Topic> topic() const;
    // What to call the topic: its name, or its slug until the cache holds it.
    QString name() const;

Q_SIGNALS:
    // The sync engine stored the topic anew.
    void topicChanged();

private:
    FeedCache &m_cache;
    QString m_slug;
};

} // namespace Hearth
