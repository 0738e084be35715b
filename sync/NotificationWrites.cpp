#include "NotificationWrites.h"

#include "cache/FeedCache.h"
#include "cache/NotificationCache.h"
#include "net/ApiClient.h"

namespace Hearth {

void NotificationWrites::markRead(qint64 upTo)
{
    NotificationCache cache(m_context.feed.connection());
    if (upTo <= 0 || upTo <= cache.readMark())
        return;
    cache.markRead(upTo);
    m_context.record(MarkNotificationsRead{upTo});
    Q_EMIT notificationsChanged();
}

void NotificationWrites::send(
    const QueuedWrite &entry, const MarkNotificationsRead &write, const Settle &settle)
{
    m_context.api.markNotificationsRead(
        write.upTo, entry.idempotencyKey, this, [this, settle](Result<NotificationState> result) {
            if (result) {
                NotificationCache(m_context.feed.connection()).setServerState(*result);
                Q_EMIT notificationsChanged();
            }
            settle(result ? std::nullopt : std::optional(result.error()));
        });
}

QString NotificationWrites::describe(const MarkNotificationsRead &) const
{
    return tr("Marking notifications read");
}

} // namespace Hearth
