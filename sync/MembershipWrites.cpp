#include "MembershipWrites.h"

#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

namespace Hearth {

void MembershipWrites::setMembership(const QString &slug, bool joined)
{
    m_context.feed.setJoined(slug, joined);
    m_context.record(SetMembership{slug, joined});
    Q_EMIT topicChanged(slug);
}

void MembershipWrites::reassertMembership(const QString &slug)
{
    // The newest waiting membership write for the topic is what the person last chose.
    const QList<QueuedWrite> waiting = m_context.store.pendingWrites();
    for (auto queued = waiting.crbegin(); queued != waiting.crend(); ++queued) {
        const auto *write = std::get_if<SetMembership>(&queued->write);
        if (write && write->slug == slug) {
            m_context.feed.setJoined(slug, write->joined);
            return;
        }
    }
}

void MembershipWrites::reassertMemberships()
{
    // In the order written: a later choice for a topic overwrites an earlier one.
    for (const QueuedWrite &queued : m_context.store.pendingWrites()) {
        if (const auto *write = std::get_if<SetMembership>(&queued.write))
            m_context.feed.setJoined(write->slug, write->joined);
    }
}

void MembershipWrites::setSubscription(qint64 newsletterId, bool subscribed)
{
    m_context.record(SetSubscription{newsletterId, subscribed});
}

void MembershipWrites::send(
    const QueuedWrite &entry, const SetMembership &write, const Settle &settle)
{
    m_context.api.setMembership(
        write.slug, write.joined, entry.idempotencyKey, this, [this, settle](Result<Topic> result) {
            if (result) {
                m_context.feed.storeTopic(*result);
                Q_EMIT topicChanged(result->slug);
            }
            settle(result ? std::nullopt : std::optional(result.error()));
        });
}

void MembershipWrites::send(
    const QueuedWrite &entry, const SetSubscription &write, const Settle &settle)
{
    m_context.api.setSubscription(write.newsletterId, write.subscribed, entry.idempotencyKey, this,
        [settle](Result<Newsletter> result) {
            settle(result ? std::nullopt : std::optional(result.error()));
        });
}

QString MembershipWrites::describe(const SetMembership &write) const
{
    return write.joined ? tr("Joining %1").arg(write.slug) : tr("Leaving %1").arg(write.slug);
}

QString MembershipWrites::describe(const SetSubscription &) const
{
    return tr("A newsletter subscription");
}

} // namespace Hearth
