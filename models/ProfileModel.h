#pragma once

#include "api/Profile.h"

#include <QObject>

#include <optional>

namespace Hearth {

class FeedCache;
class SyncEngine;

// One person's profile as the page shows it: read from the cache (ProfileCache), refreshed by
// the sync engine behind, and told again when the cache's copy changes (the server's, or the
// person's own edit). Before the profile was ever fetched, the person's id may still be known
// from a post of theirs the cache holds: their posts can be listed offline.
class ProfileModel : public QObject
{
    Q_OBJECT

public:
    // engine may be null (nothing is fetched).
    ProfileModel(FeedCache &cache, SyncEngine *engine, QObject *parent = nullptr);

    // Shows handle's profile from the cache at once (changed()), and asks the server for it.
    void setHandle(const QString &handle);
    QString handle() const { return m_handle; }
    // Asks the server again.
    void refresh();
    // Reads the cached copy again when it is handle's (an edit made here, or a store, or a
    // block: `blocked` is the BlockList's, waiting blocks included).
    void reload(const QString &handle);

    std::optional<Profile> profile() const { return m_profile; }
    // The person's id: from their profile, or from a cached post of theirs; 0 when unknown.
    qint64 userId() const { return m_userId; }
    // Whether the server said no one has the handle.
    bool isMissing() const { return m_missing; }

Q_SIGNALS:
    void changed();

private:
    FeedCache &m_cache;
    SyncEngine *m_engine;
    QString m_handle;
    std::optional<Profile> m_profile;
    qint64 m_userId = 0;
    bool m_missing = false;
};

} // namespace Hearth
