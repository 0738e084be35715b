#include "ReactionWrites.h"

#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

namespace Hearth {

void ReactionWrites::react(qint64 postId, std::optional<ReactionKind> kind)
{
    const std::optional<ReactionKind> before = m_context.feed.myReaction(postId);
    m_context.feed.setMyReaction(postId, kind);
    Q_EMIT postsChanged({postId});

    // A toggle not sent yet takes the new state; back where it started, nothing is sent.
    for (QueuedWrite queued : m_context.store.pendingWrites()) {
        auto *waiting = std::get_if<SetReaction>(&queued.write);
        if (!waiting || waiting->postId != postId || queued.state != OutboxEntry::Pending)
            continue;
        if (waiting->base == kind) {
            m_context.store.remove(queued.id);
        } else {
            waiting->kind = kind;
            m_context.store.update(queued);
        }
        m_context.pendingChanged();
        m_context.flushSoon();
        return;
    }
    if (before == kind)
        return;
    m_context.record(SetReaction{postId, kind, before});
}

void ReactionWrites::send(const QueuedWrite &entry, const SetReaction &write, const Settle &settle)
{
    const qint64 postId = write.postId;
    m_context.api.react(postId, write.kind, entry.idempotencyKey, this,
        [this, settle, postId](Result<ApiClient::ReactionState> result) {
            if (result) {
                if (auto post = m_context.feed.post(postId)) {
                    post->reactions = result->reactions;
                    m_context.feed.storePosts({*post});
                    Q_EMIT postsChanged({postId});
                }
            }
            settle(unlessGone(result ? std::nullopt : std::optional(result.error())));
        });
}

QString ReactionWrites::describe(const SetReaction &) const
{
    return tr("Your reaction");
}

} // namespace Hearth
