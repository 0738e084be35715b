#include "BlockListRefresh.h"

#include "cache/CacheTransaction.h"
#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

namespace Hearth {

BlockListRefresh::BlockListRefresh(
    OutboxStore &store, FeedCache &feed, CommentCache &comments, ApiClient &api, QObject *parent)
    : QObject(parent), m_store(store), m_feed(feed), m_comments(comments), m_api(api)
{ }

QList<BlockList::Choice> BlockListRefresh::waitingChoices(const OutboxStore &store)
{
    QList<BlockList::Choice> choices;
    for (const QueuedWrite &queued : store.allWrites()) {
        if (const auto *write = std::get_if<SetBlocked>(&queued.write))
            choices.append({write->user, write->blocked});
    }
    return choices;
}

void BlockListRefresh::noteChoice(const BlockList::Choice &choice)
{
    if (m_choicesDuringRefresh)
        m_choicesDuringRefresh->append(choice);
}

void BlockListRefresh::refresh(bool online)
{
    if (m_choicesDuringRefresh)
        return; // one read at a time: the running one ends with blocksChanged() too
    if (!online) {
        // Offline (or --offline) nothing goes out; said later, as an answer would be.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT blocksRefreshFailed(ApiError(ApiError::Code::Network,
                    tr("You're offline. The list of people you blocked is as this computer "
                       "last knew it.")));
            },
            Qt::QueuedConnection);
        return;
    }
    // The choices waiting now count as made during the read: one may reach the server after
    // it answered, and then be neither in the outbox nor in the server's list at the end.
    m_choicesDuringRefresh.emplace(waitingChoices(m_store));
    fetch({}, {});
}

void BlockListRefresh::fetch(const QString &cursor, QList<User> users)
{
    m_api.blockedUsers(
        cursor, this, [this, users = std::move(users)](Result<Page<User>> page) mutable {
            if (!page) {
                m_choicesDuringRefresh.reset();
                Q_EMIT blocksRefreshFailed(page.error());
                return;
            }
            users.append(page->items);
            if (page->hasMore()) {
                fetch(page->nextCursor, std::move(users));
                return;
            }
            store(users);
        });
}

void BlockListRefresh::store(const QList<User> &users)
{
    // The outbox's choices first (the older), then those made during the read, which may
    // have settled and left the outbox meanwhile: the last choice per user wins.
    QList<BlockList::Choice> waiting = waitingChoices(m_store);
    waiting.append(*m_choicesDuringRefresh);
    m_choicesDuringRefresh.reset();
    // Someone blocked on another device: what the cache already holds of theirs goes too,
    // with the list, as a block made here would.
    QList<qint64> removedPosts;
    QList<qint64> threads;
    bool kept = false;
    {
        CacheTransaction transaction(m_feed.connection());
        BlockList blocks(m_feed.connection());
        const QSet<qint64> before = blocks.ids();
        kept = blocks.replaceFromServer(users, waiting);
        const QSet<qint64> added = blocks.ids() - before;
        for (qint64 userId : added) {
            QList<qint64> posts;
            QList<qint64> postsWithComments;
            m_feed.removePostsByAuthor(userId, &posts);
            m_comments.removeCommentsByAuthor(userId, &postsWithComments);
            removedPosts.append(posts);
            threads.append(postsWithComments);
        }
        kept = kept && transaction.commit();
    }
    if (!kept) {
        Q_EMIT blocksRefreshFailed(ApiError(ApiError::Code::Internal,
            tr("Hearth could not keep the list of people you blocked on this computer.")));
        return;
    }
    if (!removedPosts.isEmpty())
        Q_EMIT postsChanged(removedPosts);
    for (qint64 postId : std::as_const(threads))
        Q_EMIT commentsChanged(postId);
    Q_EMIT blocksChanged();
}

} // namespace Hearth
