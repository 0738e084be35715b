#pragma once

#include "api/Notification.h"
#include "api/Page.h"
#include "api/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace Hearth {

class ChangeLog;

// Each person's notifications (docs/api.md, Notification): what is recorded when someone
// comments, replies, reacts or mentions, the read mark, and the change numbers that tell a
// person's /changes that their notifications moved.
//
// Nothing is recorded for a person's own actions, nor from someone they blocked. Reactions
// to a post are one entry per post, replaced (with a new, greater id) by each new reaction.
// A deleted post or comment takes its entries with it.
class NotificationStore
{
public:
    NotificationStore(const QSqlDatabase &db, ChangeLog &changes);

    // A comment was written at atMs (ms since the epoch): tells the author of the comment it
    // replies to, the author of the post, and the people it mentions, each once (in that order
    // of preference).
    void commented(qint64 postId, qint64 commentId, std::optional<qint64> parentId, qint64 actorId,
        const QString &text, qint64 atMs);
    // A post was written, or edited to the text given: tells the people it mentions who were
    // not told of this post (or comment) yet. commentId for a comment's edit.
    void mentioned(
        qint64 postId, std::optional<qint64> commentId, qint64 actorId, const QString &text);
    // actorId set or changed a reaction on postId: the post's author's one entry for it is
    // brought up to date and made new.
    void reacted(qint64 postId, qint64 actorId);
    // The post or comment is gone, and its entries with it.
    void forgetPost(qint64 postId);
    void forgetComment(qint64 commentId);

    // One page of userId's notifications, newest first.
    Result<Page<Notification>> page(qint64 userId, int limit, const QString &cursor) const;
    NotificationState state(qint64 userId) const;
    // The change number of the last thing that moved userId's notifications; 0 when none.
    qint64 lastChange(qint64 userId) const;
    // Marks read every entry up to upTo (at most the newest there is); never moves the mark
    // back. Gives whether anything changed.
    bool markRead(qint64 userId, qint64 upTo);

private:
    // Records one entry unless it is the actor's own or from someone the recipient blocked,
    // or the recipient was told of this already (same kind, post and comment). Gives whether
    // it recorded one.
    bool add(qint64 recipientId, NotificationKind kind, qint64 actorId, qint64 postId,
        std::optional<qint64> commentId, qint64 atMs);
    bool blocks(qint64 blockerId, qint64 blockedId) const;
    std::optional<qint64> authorOfPost(qint64 postId) const;
    // Takes a change number for userId's notifications.
    void touch(qint64 userId);
    void forget(const QString &where, qint64 id);

    QSqlDatabase m_db;
    ChangeLog &m_changes;
};

} // namespace Hearth
