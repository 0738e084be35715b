#pragma once

#include "PostMedia.h"
#include "UnsentWrite.h"
#include "api/ApiError.h"
#include "api/Requests.h"
#include "api/User.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace Hearth {

class ApiClient;
class CommentCache;
class FeedCache;
class OutboxStore;
struct QueuedWrite;

// Carries the person's writes to the server without losing or doubling any. Each write is
// first a row in the outbox (committed before any network I/O) and applied to the cache at
// once, so the window shows it; then it is sent with its own Idempotency-Key in the order
// written, retried with backoff while the server is unreachable (later writes wait behind
// it), and settled on the server's answer. Only a write that waits for a post or comment
// still to be created, or that the server refused, is passed by the writes on other things. A write
// the server refuses for good stays as failed, with the server's reason, until the person retries
// or discards it.
//
// A post or comment written offline gets a negative local id. When the server accepts it,
// its id replaces the local one everywhere: in the cache, and in the writes made on it
// meanwhile, which wait for it.
//
// A new post with a photo or a video works offline too: the files are copied into the
// outbox's media folder before the write is recorded. When the write's turn comes they are
// uploaded first (POST /media, each with a key of its own, the returned id recorded in the
// row, so that a restart does not upload them again), then the post is created with the
// media's id, and only then are the copies removed.
//
// Outbox is the queue: it records, sends in order, backs off, retries and discards. What
// each kind of write does (applied at once, sent, settled, described for the person) lives
// with its family (PostWrites, CommentWrites, ReactionWrites, MembershipWrites,
// SafetyWrites), the media's copies and uploads in MediaUploads, the read of the server's
// block list in BlockListRefresh.
class Outbox : public QObject
{
    Q_OBJECT

public:
    Outbox(OutboxStore &store, FeedCache &feed, CommentCache &comments, ApiClient &api,
        const User &me, QObject *parent = nullptr);
    ~Outbox() override;

    // The writes. Each gives as soon as the write is safely recorded.
    qint64 createPost(const NewPost &post); // the local id of the new post
    // The same with a photo, or a video and its poster, to upload first (media replaces
    // post.media). Gives 0, with errorString(), when the files cannot be copied into the
    // media folder: then nothing was recorded.
    qint64 createPost(const NewPost &post, const PostMedia &media);
    void editPost(qint64 postId, const PostPatch &patch);
    void deletePost(qint64 postId);
    // A kind sets my reaction, nothing removes it. Toggles that are not sent yet coalesce:
    // on, off, on sends one request, and on, off sends none.
    void react(qint64 postId, std::optional<ReactionKind> kind);
    qint64 createComment(qint64 postId, const NewComment &comment); // the comment's local id
    void editComment(qint64 commentId, const CommentPatch &patch);
    void deleteComment(qint64 commentId);
    void setMembership(const QString &slug, bool joined);
    // Puts a waiting Join or Leave back over the server's older copy of the topic, so that a
    // refresh does not undo what the person chose. Call it after storing a topic from the server.
    void reassertMembership(const QString &slug);
    // The same for every topic with a waiting membership write, reading the outbox once
    // (after the whole topic list was stored).
    void reassertMemberships();
    void setSubscription(qint64 newsletterId, bool subscribed);
    void report(ReportTarget target, qint64 id, const Report &report);
    // Blocking adds user to the block list and takes their posts and comments (with the
    // replies under those comments) out of the cache at once, in one transaction with the
    // write; from then on the sync engine stores nothing of theirs. Unblocking takes them off
    // the list. The server is told next. Their posts come back from the server once it took
    // the unblock (unblockDelivered()) and a feed is refreshed. Blocking oneself is ignored.
    // False, with nothing changed, when the cache could not take it (or for oneself).
    bool setBlocked(const User &user, bool blocked);
    // Reads the server's block list (GET /me/blocks, page after page) into the BlockList,
    // keeping the choices the server has not taken yet, made before or during the read:
    // blocksChanged() once stored, blocksRefreshFailed() when the list could not be read
    // (offline: nothing is asked). For the settings list, and for blocks made on another
    // device.
    void refreshBlocks();
    // Marks the person's notifications read up to this id: here at once, then on the server.
    void markNotificationsRead(qint64 upTo);

    // Edits my profile: shown at once in the cached profile, sent in its turn.
    void editProfile(const ProfilePatch &patch);
    // Puts my waiting profile edits back over the server's older copy: call it after storing
    // a profile from the server (nothing happens for someone else's).
    void reassertProfile(const QString &handle);
    // Uploads a picture and makes it my avatar (see ProfileWrites::uploadAvatar()).
    void uploadAvatar(const QByteArray &bytes, const QByteArray &mimeType,
        std::function<void(const std::optional<ApiError> &error)> done);

    // Sends what is due; called by every write, by the retry timer, and when the
    // connection comes back. At most one request is in flight.
    void flush();
    // While offline nothing is sent; coming online sends what waits.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // Sends what waits now, without waiting out the backoff of earlier attempts: for when
    // the connection comes back, and when the app starts.
    void sendWaitingNow();

    // Failed writes wait for the person: retry sends it again (with its key), discard
    // forgets it (and what only existed here with it: a post or comment never sent).
    void retry(qint64 entryId);
    void discard(qint64 entryId);

    int pendingCount() const;
    // The writes the community refused, in the order written, each with what it was, the
    // community's reason and the words it held.
    QList<UnsentWrite> failedWrites() const;
    int failedCount() const;

    // Why the last createPost() with media gave 0, in the person's words.
    QString errorString() const;

    // Where the copies of picked files wait for their upload. By default a folder beside
    // the cache file, named after it ("<cache>.outbox-media"), so that it belongs to the
    // account whose writes use it. Setting it removes what no write refers to any more.
    void setMediaDirectory(const QString &path);
    QString mediaDirectory() const;

    // The delay before the n-th retry: exponential from 2 s up to 5 minutes, with ±20 %
    // jitter so that many clients coming back at once do not knock together.
    static std::chrono::milliseconds backoff(int attempt);

Q_SIGNALS:
    // Rows of the cache changed (optimistically, or settled on the server's answer).
    void postsChanged(const QList<qint64> &postIds);
    void commentsChanged(qint64 postId);
    // A topic's membership changed in the cache.
    void topicChanged(const QString &slug);
    // The BlockList changed: a block or unblock made here, or a refresh from the server.
    void blocksChanged();
    void blocksRefreshFailed(const Hearth::ApiError &error);
    // The server took an unblock: a feed refreshed from now on holds the person's posts.
    void unblockDelivered(qint64 userId);
    void postIdChanged(qint64 localId, qint64 serverId);
    void writeFailed(qint64 entryId, const QString &message);
    // A new post's photo, video or poster reached the server; the post is created next.
    void mediaUploaded(qint64 entryId, qint64 mediaId);
    void pendingCountChanged(int count);
    // The server no longer accepts the token: writes wait until the person signs in again.
    void signInRequired();
    // The person's notifications changed in the cache (a mark made here, or the server's
    // answer to it).
    void notificationsChanged();
    // A cached profile changed: my edit applied, or the server's copy stored.
    void profileChanged(const QString &handle);

private:
    struct Families;

    void send(QueuedWrite entry);
    void settle(qint64 entryId, const std::optional<ApiError> &error);
    void failed(QueuedWrite entry, const ApiError &error);
    void scheduleFlush();
    void notifyPending();

    std::unique_ptr<Families> m_families;
    bool m_online = true;
    bool m_inFlight = false;
    bool m_waitingForSignIn = false;
    QTimer m_retryTimer;
};

} // namespace Hearth
