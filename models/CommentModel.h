#pragma once

#include "api/Comment.h"
#include "api/LocalState.h"

#include <QAbstractListModel>
#include <QDeadlineTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace Hearth {

class CommentCache;
class SyncEngine;

// A post's comment thread as one list in reading order: each top-level comment followed
// by its replies (depth 1). Read from the cache; fetchMore asks the sync engine for the
// thread's next page. When the engine says the post changed on the server (postsChanged),
// the thread is read again (SyncEngine::refreshThread). When the thread changes (the engine
// stored a page or a refresh, or the outbox added, edited or settled a comment), rows are
// inserted where they belong, updated or removed in place, so that a view keeps its place;
// someone else's comments that arrive by a refresh are marked for a few seconds.
class CommentModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ParentIdRole, // 0 for a top-level comment
        DepthRole, // 0, or 1 for a reply
        AuthorNameRole,
        AuthorHandleRole,
        BodyRole, // plain text; empty for a deleted comment kept for its replies
        ContentWarningRole,
        CreatedAtRole,
        EditedRole,
        DeletedRole,
        ReplyCountRole,
        LocalStateRole, // LocalState, as int
        LocalErrorRole,
        AuthorIdRole,
        PendingRole, // bool: the person's own comment (or its edit) waits to be sent
        FailedRole, // bool: the community refused it (LocalErrorRole says why)
        // bool: someone else's comment that arrived while the thread was shown (not with
        // its first load, nor with a page the reader asked for), for arrivalDuration()
        ArrivedRole,
        AuthorRole, // User: the author, whole
    };
    Q_ENUM(Role)

    CommentModel(CommentCache &cache, SyncEngine *engine, QObject *parent = nullptr);

    // Shows the thread of postId from the cache, and asks the engine for its first page.
    void setPost(qint64 postId);
    qint64 postId() const { return m_postId; }
    // From setPost while the engine syncs, until it answers for this thread or stops
    // syncing: an empty thread meanwhile is one still loading, not one without comments.
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(qint64 commentId) const;

    // Whether changes on the server are followed (on by default): a view that is not shown
    // turns it off, and a change missed meanwhile is read when it is turned on again.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }

    // The signed-in person's handle: their own comments never count as arrivals.
    void setMyHandle(const QString &handle) { m_myHandle = handle; }
    // How long an arrived comment stays marked.
    void setArrivalDuration(std::chrono::milliseconds duration) { m_arrivalDuration = duration; }
    std::chrono::milliseconds arrivalDuration() const { return m_arrivalDuration; }
    static constexpr std::chrono::milliseconds DefaultArrivalDuration{3'000};
    // How many rows are marked as arrived now.
    int arrivalCount() const { return int(m_arrivals.size()); }

public Q_SLOTS:
    // Rereads the thread from the cache when it is this model's post.
    void threadChanged(qint64 postId);
    // The server created the post written offline whose thread is shown: the same thread,
    // under its new id (still loading or not, as it was).
    void replacePostId(qint64 localId, qint64 serverId);

Q_SIGNALS:
    void loadingChanged();
    // Comments arrived (count of them), or their marks ended: arrivalCount() changed.
    void arrivalsChanged();

private:
    // setPost without touching isLoading.
    void show(qint64 postId);
    void setLoading(bool loading);
    // Brings the rows to fresh in place: removes, inserts and updates; a reset only when
    // rows changed their order. Gives the ids inserted.
    QList<qint64> applyThread(const QList<Comment> &fresh, const QList<LocalState> &states);
    // Which of the inserted rows are someone else's comments that arrived by a refresh.
    QList<qint64> arrivalsAmong(
        const QList<qint64> &inserted, const QSet<qint64> &before, bool threadWasComplete) const;
    void markArrived(const QList<qint64> &ids);
    void endArrivals();

    CommentCache &m_cache;
    SyncEngine *m_engine = nullptr;
    qint64 m_postId = 0;
    QList<Comment> m_comments;
    QList<LocalState> m_states;
    bool m_waitingForServer = false;
    bool m_loading = false;
    // The server answered for the thread since setPost: what comes after is news.
    bool m_answered = false;
    bool m_complete = false; // the cache held the thread to its end when last read
    bool m_following = true;
    bool m_missed = false; // a change named the post while not following
    QString m_myHandle;
    std::chrono::milliseconds m_arrivalDuration = DefaultArrivalDuration;
    QHash<qint64, QDeadlineTimer> m_arrivals; // comment id → when its mark ends
    QTimer m_arrivalTimer;
};

} // namespace Hearth
