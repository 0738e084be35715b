#pragma once

#include "api/Comment.h"
#include "api/LocalState.h"

#include <QAbstractListModel>

namespace Hearth {

class CommentCache;
class SyncEngine;

// A post's comment thread as one list in reading order: each top-level comment followed
// by its replies (depth 1). Read from the cache; fetchMore asks the sync engine for the
// thread's next page. When the thread changes (the engine stored a page, or the outbox
// added, edited or settled a comment), rows are inserted, updated or removed to match.
class CommentModel : public QAbstractListModel
{
    Q_OBJECT

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
    };
    Q_ENUM(Role)

    CommentModel(CommentCache &cache, SyncEngine *engine, QObject *parent = nullptr);

    // Shows the thread of postId from the cache, and asks the engine for its first page.
    void setPost(qint64 postId);
    qint64 postId() const { return m_postId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(qint64 commentId) const;

public Q_SLOTS:
    // Rereads the thread from the cache when it is this model's post.
    void threadChanged(qint64 postId);

private:
    CommentCache &m_cache;
    SyncEngine *m_engine = nullptr;
    qint64 m_postId = 0;
    QList<Comment> m_comments;
    QList<LocalState> m_states;
    bool m_waitingForServer = false;
};

} // namespace Hearth
