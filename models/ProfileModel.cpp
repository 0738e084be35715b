#include "ProfileModel.h"

#include "cache/BlockList.h"
#include "cache/FeedCache.h"
#include "cache/ProfileCache.h"
#include "sync/SyncEngine.h"

namespace Hearth {

ProfileModel::ProfileModel(FeedCache &cache, SyncEngine *engine, QObject *parent)
    : QObject(parent), m_cache(cache), m_engine(engine)
{
    if (m_engine) {
        connect(m_engine, &SyncEngine::profileChanged, this, &ProfileModel::reload);
        connect(m_engine, &SyncEngine::profileMissing, this, [this](const QString &handle) {
            if (handle != m_handle || m_missing)
                return;
            m_missing = true;
            Q_EMIT changed();
        });
    }
}

void ProfileModel::setHandle(const QString &handle)
{
    if (handle != m_handle) {
        m_handle = handle;
        m_missing = false;
        m_userId = 0;
        m_profile.reset();
    }
    reload(m_handle);
    refresh();
}

void ProfileModel::refresh()
{
    if (m_engine && !m_handle.isEmpty())
        m_engine->refreshProfile(m_handle);
}

void ProfileModel::reload(const QString &handle)
{
    if (handle != m_handle || m_handle.isEmpty())
        return;
    const ProfileCache profiles(m_cache.connection());
    m_profile = profiles.profile(m_handle);
    if (m_profile) {
        m_missing = false;
        // Whether I blocked them is this computer's to say first: a block still waiting in
        // the outbox holds, as it does for the feeds.
        m_profile->blocked = BlockList(m_cache.connection()).contains(m_profile->user.id);
    }
    const qint64 id = m_profile ? m_profile->user.id : profiles.userIdOf(m_handle);
    if (id != 0)
        m_userId = id;
    Q_EMIT changed();
}

} // namespace Hearth
