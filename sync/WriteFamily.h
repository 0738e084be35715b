#pragma once

#include "UnsentWrite.h"
#include "api/ApiError.h"
#include "api/User.h"
#include "cache/PendingWrite.h"

#include <QLoggingCategory>
#include <QObject>

#include <functional>
#include <optional>
#include <type_traits>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace Hearth {

class ApiClient;
class CommentCache;
class FeedCache;
class OutboxStore;

// What the families of writes share: the caches, the network, and the outbox's queue.
struct WriteContext
{
    OutboxStore &store;
    FeedCache &feed;
    CommentCache &comments;
    ApiClient &api;
    User me;
    // Records a write at the end of the queue, to be sent in its turn; gives its id, or 0.
    std::function<qint64(const PendingWrite &write)> record;
    // Writes left the queue, or one changed: the count of those waiting may have changed.
    std::function<void()> pendingChanged;
    // What is due goes soon (not from within the caller).
    std::function<void()> flushSoon;
};

// Whether Write is one of Kinds: a family lists the kinds it handles with it.
template<typename Write, typename... Kinds>
inline constexpr bool isOneOf = (std::is_same_v<Write, Kinds> || ...);

// The base of a family of write kinds (posts, comments, reactions, membership, safety).
// For each kind it lists in `handles`, a family applies the write to the cache when it is
// made, sends it when its turn comes (send(), called with the write's Settle), marks what a
// refusal leaves, and says what the write was (describe()). Outbox keeps the queue and
// calls these steps by the write's type; the steps a kind has nothing to do in default to
// these. The cache changes are told through the signals below, which Outbox passes on.
class WriteFamily : public QObject
{
    Q_OBJECT

public:
    // The server's answer to a write, once: nothing when it took effect.
    using Settle = std::function<void(const std::optional<ApiError> &error)>;

    explicit WriteFamily(WriteContext &context, QObject *parent = nullptr);

    // The server refused the write for good: what was shown as waiting shows the reason.
    template<typename Write>
    void refused(const Write &, const QString &)
    { }
    // The person let a write go that was not sent: what only existed here goes with it.
    template<typename Write>
    void discarded(const Write &)
    { }
    // The person sends a refused write again.
    template<typename Write>
    void retrying(Write &)
    { }
    // Whether the write waits for a post or comment written here to get the server's id.
    template<typename Write>
    bool waitsForServerId(const Write &write) const
    {
        return targetOf(write).id < 0;
    }
    // The words a refused write gives back to be changed.
    template<typename Write>
    UnsentWords words(const Write &) const
    {
        return {};
    }

Q_SIGNALS:
    void postsChanged(const QList<qint64> &postIds);
    void commentsChanged(qint64 postId);
    void topicChanged(const QString &slug);
    void postIdChanged(qint64 localId, qint64 serverId);
    void blocksChanged();
    void unblockDelivered(qint64 userId);
    void mediaUploaded(qint64 entryId, qint64 mediaId);
    // The person's notifications changed in the cache (a mark made or taken).
    void notificationsChanged();

protected:
    // A new negative id for a post or comment written here.
    qint64 nextLocalId();
    // Settles a write whose answer counts as taken when the thing is gone already.
    static std::optional<ApiError> unlessGone(const std::optional<ApiError> &error);

    WriteContext &m_context;
};

} // namespace Hearth
