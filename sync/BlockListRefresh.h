#pragma once

#include "api/ApiError.h"
#include "api/User.h"
#include "cache/BlockList.h"

#include <QObject>

#include <optional>

namespace Hearth {

class ApiClient;
class CommentCache;
class FeedCache;
class OutboxStore;

// Reads the server's block list (GET /me/blocks, page after page) into the BlockList,
// keeping the choices the server has not taken yet: those waiting in the outbox, and those
// made while the read runs (noteChoice()). For the settings list, and for blocks made on
// another device, whose authors' posts and comments leave the cache with the list.
class BlockListRefresh : public QObject
{
    Q_OBJECT

public:
    BlockListRefresh(OutboxStore &store, FeedCache &feed, CommentCache &comments, ApiClient &api,
        QObject *parent = nullptr);

    // Starts a read, unless one runs (it ends with blocksChanged() too). Offline nothing is
    // asked: blocksRefreshFailed() says so, later, as an answer would.
    void refresh(bool online);
    // A block or unblock made here: a read running now may have begun before it.
    void noteChoice(const BlockList::Choice &choice);

    // The block choices in the outbox (waiting, in flight or refused), in the order made.
    static QList<BlockList::Choice> waitingChoices(const OutboxStore &store);

Q_SIGNALS:
    void postsChanged(const QList<qint64> &postIds);
    void commentsChanged(qint64 postId);
    void blocksChanged();
    void blocksRefreshFailed(const Hearth::ApiError &error);

private:
    void fetch(const QString &cursor, QList<User> users);
    void store(const QList<User> &users);

    OutboxStore &m_store;
    FeedCache &m_feed;
    CommentCache &m_comments;
    ApiClient &m_api;
    // While a read runs: the choices made since it began, which the server's pages may
    // predate. Empty when no read is running.
    std::optional<QList<BlockList::Choice>> m_choicesDuringRefresh;
};

} // namespace Hearth
