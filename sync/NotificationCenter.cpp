#include "NotificationCenter.h"

#include "Outbox.h"
#include "SyncEngine.h"
#include "cache/BlockList.h"
#include "cache/FeedCache.h"
#include "cache/NotificationCache.h"
#include "net/ApiClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "hearth.notifications")

namespace Hearth {

NotificationCenter::NotificationCenter(
    FeedCache &feed, ApiClient &api, SyncEngine &sync, Outbox *outbox, QObject *parent)
    : QObject(parent), m_feed(feed), m_api(api), m_sync(sync), m_outbox(outbox)
{
    connect(&sync, &SyncEngine::notificationsReported, this, &NotificationCenter::reported);
    if (m_outbox)
        connect(m_outbox, &Outbox::notificationsChanged, this, &NotificationCenter::changed);
}

NotificationState NotificationCenter::state() const
{
    if (!isSignedIn())
        return {};
    return NotificationCache(m_feed.connection()).state();
}

QList<Notification> NotificationCenter::newest() const
{
    if (!isSignedIn())
        return {};
    return NotificationCache(m_feed.connection()).newest();
}

void NotificationCenter::reported(const NotificationState &state)
{
    if (!isSignedIn())
        return;
    NotificationCache cache(m_feed.connection());
    const bool first = !cache.hasServerState();
    const NotificationState before = cache.state();
    cache.setServerState(state);
    // What the person had before this client knew of their notifications is not news.
    if (first)
        cache.setAnnouncedUpTo(state.latest);
    const bool listMoved = first || state.latest != cache.newest(1).value(0).id;
    if (listMoved || cache.state() != before)
        Q_EMIT changed();
    if (listMoved || state.unread != before.unread)
        refresh();
}

void NotificationCenter::refresh()
{
    if (!isSignedIn() || !m_sync.isNetworkEnabled())
        return;
    if (m_fetching) {
        m_again = true;
        return;
    }
    m_fetching = true;
    m_api.notifications({}, PageSize, this, [this](Result<Page<Notification>> page) {
        m_fetching = false;
        if (!page) {
            qCInfo(lcNotify) << "notifications not read:" << page.error().message();
        } else {
            NotificationCache cache(m_feed.connection());
            const qint64 announced = cache.announcedUpTo();
            cache.store(page->items, true);
            const QSet<qint64> blocked = BlockList(m_feed.connection()).ids();
            QList<Notification> fresh;
            qint64 newest = announced;
            for (const Notification &item : std::as_const(page->items)) {
                newest = std::max(newest, item.id);
                if (item.id > announced && !item.read && !blocked.contains(item.actor.id))
                    fresh.append(item);
            }
            cache.setAnnouncedUpTo(newest);
            Q_EMIT changed();
            if (!fresh.isEmpty())
                Q_EMIT arrived(fresh);
        }
        if (std::exchange(m_again, false))
            refresh();
    });
}

void NotificationCenter::markAllRead()
{
    if (!m_outbox)
        return;
    const NotificationCache cache(m_feed.connection());
    const qint64 latest = std::max(cache.state().latest, cache.newest(1).value(0).id);
    m_outbox->markNotificationsRead(latest);
}

} // namespace Hearth
