#include "SafetyWrites.h"

#include "BlockListRefresh.h"
#include "cache/CacheTransaction.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "net/ApiClient.h"

namespace Hearth {

SafetyWrites::SafetyWrites(WriteContext &context, BlockListRefresh &refresh, QObject *parent)
    : WriteFamily(context, parent), m_refresh(refresh)
{ }

void SafetyWrites::report(ReportTarget on, qint64 id, const Report &report)
{
    m_context.record(ReportContent{on, id, report});
}

bool SafetyWrites::setBlocked(const User &user, bool blocked)
{
    if (user.id <= 0 || user.id == m_context.me.id) {
        qCWarning(lcOutbox) << "not blocking or unblocking user" << user.id;
        return false;
    }
    QList<qint64> removedPosts;
    QList<qint64> threads;
    {
        // The list, the cache and the write change together: a sync batch stored meanwhile
        // (on the writer's thread) comes before all of it or after.
        CacheTransaction transaction(m_context.feed.connection());
        if (!transaction.isActive()) {
            // (The cache writer held the lock past the busy timeout: nothing was changed.)
            qCWarning(lcOutbox) << "a block could not begin";
            return false;
        }
        BlockList blocks(m_context.feed.connection());
        if (blocked) {
            blocks.block(user);
            m_context.feed.removePostsByAuthor(user.id, &removedPosts);
            m_context.comments.removeCommentsByAuthor(user.id, &threads);
        } else {
            blocks.unblock(user.id);
        }
        // The user goes with the write, so that the list can be rebuilt from the outbox.
        m_context.record(SetBlocked{user, blocked});
        if (!transaction.commit()) {
            qCCritical(lcOutbox) << "a block could not be recorded";
            return false;
        }
    }
    m_refresh.noteChoice({user, blocked});
    if (!removedPosts.isEmpty())
        Q_EMIT postsChanged(removedPosts);
    for (qint64 postId : std::as_const(threads))
        Q_EMIT commentsChanged(postId);
    Q_EMIT blocksChanged();
    return true;
}

void SafetyWrites::reapplyWaitingBlocks()
{
    BlockList blocks(m_context.feed.connection());
    for (const BlockList::Choice &choice : BlockListRefresh::waitingChoices(m_context.store)) {
        if (choice.blocked && !blocks.contains(choice.user.id))
            blocks.block(choice.user);
        else if (!choice.blocked)
            blocks.unblock(choice.user.id);
    }
}

void SafetyWrites::send(const QueuedWrite &entry, const ReportContent &write, const Settle &settle)
{
    m_context.api.report(write.on, write.id, write.report, entry.idempotencyKey, this,
        [settle](Result<qint64> result) {
            settle(result ? std::nullopt : std::optional(result.error()));
        });
}

void SafetyWrites::send(const QueuedWrite &entry, const SetBlocked &write, const Settle &settle)
{
    const qint64 userId = write.user.id;
    const bool blocked = write.blocked;
    m_context.api.setBlocked(userId, blocked, entry.idempotencyKey, this,
        [this, settle, userId, blocked](Result<ApiClient::Done> result) {
            settle(result ? std::nullopt : std::optional(result.error()));
            if (result && !blocked)
                Q_EMIT unblockDelivered(userId);
        });
}

QString SafetyWrites::describe(const ReportContent &) const
{
    return tr("Your report");
}

QString SafetyWrites::describe(const SetBlocked &) const
{
    return tr("Blocking or unblocking someone");
}

} // namespace Hearth
