#include "CommentWrites.h"

#include "cache/CommentCache.h"
#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

namespace Hearth {

qint64 CommentWrites::create(qint64 postId, const NewComment &newComment)
{
    const qint64 localId = nextLocalId();
    Comment comment;
    comment.id = localId;
    comment.postId = postId;
    comment.parentId = newComment.parentId;
    comment.author = m_context.me;
    comment.body = newComment.body;
    comment.contentWarning = newComment.contentWarning;
    comment.createdAt = QDateTime::currentDateTimeUtc();
    m_context.comments.storeComment(comment);
    if (auto post = m_context.feed.post(postId)) {
        ++post->commentCount;
        m_context.feed.storePosts({*post});
        Q_EMIT postsChanged({postId});
    }
    m_context.record(CreateComment{postId, localId, newComment});
    Q_EMIT commentsChanged(postId);
    return localId;
}

void CommentWrites::edit(qint64 commentId, const CommentPatch &patch)
{
    if (auto comment = m_context.comments.comment(commentId)) {
        comment->body = patch.body.value_or(comment->body);
        comment->contentWarning = patch.contentWarning.value_or(comment->contentWarning);
        comment->editedAt = QDateTime::currentDateTimeUtc();
        m_context.comments.storeComment(*comment);
        m_context.comments.setLocalState(commentId, LocalState::Pending);
        Q_EMIT commentsChanged(comment->postId);
    }
    m_context.record(EditComment{commentId, patch});
}

void CommentWrites::remove(qint64 commentId)
{
    const auto comment = m_context.comments.comment(commentId);
    m_context.comments.removeComment(commentId);
    if (comment) {
        if (auto post = m_context.feed.post(comment->postId)) {
            post->commentCount = std::max<qint64>(0, post->commentCount - 1);
            m_context.feed.storePosts({*post});
            Q_EMIT postsChanged({post->id});
        }
        Q_EMIT commentsChanged(comment->postId);
    }
    if (commentId < 0) {
        // Never sent: the comment and what waits on it simply go.
        const WriteTarget target{WriteTarget::Thing::Comment, commentId, {}};
        for (const QueuedWrite &queued : m_context.store.allWrites()) {
            const auto *create = std::get_if<CreateComment>(&queued.write);
            const bool creates = create && create->localId == commentId;
            if ((creates || targetOf(queued.write) == target)
                && queued.state != OutboxEntry::InFlight) {
                m_context.store.remove(queued.id);
            }
        }
        m_context.pendingChanged();
        return;
    }
    m_context.record(DeleteComment{commentId});
}

void CommentWrites::send(const QueuedWrite &entry, const CreateComment &write, const Settle &settle)
{
    const qint64 postId = write.postId;
    const qint64 localId = write.localId;
    m_context.api.createComment(postId, write.comment, entry.idempotencyKey, this,
        [this, settle, localId, postId](Result<Comment> result) {
            if (result) {
                m_context.comments.replaceCommentId(localId, result->id);
                m_context.comments.storeComment(*result);
                m_context.comments.setLocalState(result->id, LocalState::Synced);
                m_context.store.replaceLocalId(
                    OutboxStore::LocalItem::Comment, localId, result->id);
                Q_EMIT commentsChanged(postId);
            }
            settle(result ? std::nullopt : std::optional(result.error()));
        });
}

void CommentWrites::send(const QueuedWrite &entry, const EditComment &write, const Settle &settle)
{
    const qint64 commentId = write.commentId;
    const auto cached = m_context.comments.comment(commentId);
    m_context.api.editComment(commentId, cached ? cached->version : 1, write.patch,
        entry.idempotencyKey, this, [this, settle, commentId](Result<Comment> result) {
            if (result) {
                m_context.comments.storeComment(*result);
                m_context.comments.setLocalState(commentId, LocalState::Synced);
                Q_EMIT commentsChanged(result->postId);
            }
            settle(result ? std::nullopt : std::optional(result.error()));
        });
}

void CommentWrites::send(const QueuedWrite &entry, const DeleteComment &write, const Settle &settle)
{
    m_context.api.deleteComment(
        write.commentId, entry.idempotencyKey, this, [settle](Result<ApiClient::Done> result) {
            settle(unlessGone(result ? std::nullopt : std::optional(result.error())));
        });
}

void CommentWrites::refused(const CreateComment &write, const QString &reason)
{
    m_context.comments.setLocalState(write.localId, LocalState::Failed, reason);
    Q_EMIT commentsChanged(write.postId);
}

void CommentWrites::discarded(const CreateComment &write)
{
    // What only existed here goes with the write that would have made it.
    m_context.comments.removeComment(write.localId);
    Q_EMIT commentsChanged(write.postId);
}

bool CommentWrites::waitsForServerId(const CreateComment &write) const
{
    return write.postId < 0 || write.comment.parentId.value_or(0) < 0;
}

QString CommentWrites::describe(const CreateComment &) const
{
    return tr("Your comment");
}

QString CommentWrites::describe(const EditComment &) const
{
    return tr("Your changes to a comment");
}

QString CommentWrites::describe(const DeleteComment &) const
{
    return tr("Deleting your comment");
}

UnsentWords CommentWrites::words(const CreateComment &write) const
{
    return UnsentComment{write.postId, write.comment.body, write.comment.parentId.value_or(0), 0};
}

UnsentWords CommentWrites::words(const EditComment &write) const
{
    const std::optional<Comment> edited = m_context.comments.comment(write.commentId);
    if (!edited)
        return UnsentComment{0, write.patch.body.value_or(QString()), 0, write.commentId};
    return UnsentComment{
        edited->postId, write.patch.body.value_or(edited->body), 0, write.commentId};
}

} // namespace Hearth
