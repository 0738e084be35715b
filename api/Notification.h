#pragma once

#include "Enums.h"
#include "User.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth {

// What a notification tells: someone commented on my post, replied to my comment, reacted to
// my post (one entry per post, the latest reactor and how many others), or mentioned me.
enum class NotificationKind { Reply, CommentReply, Reactions, Mention };

QString toWire(NotificationKind kind);
std::optional<NotificationKind> notificationKindFromWire(QStringView name);

// One entry of GET /notifications: what happened, by whom, where (docs/api.md, Notification).
struct Notification
{
    // The longest text an entry carries of the post or comment it is about.
    static constexpr int MaxTextLength = 200;

    qint64 id = 0; // increasing: a newer entry (or an aggregate updated) has a greater id
    NotificationKind kind = NotificationKind::Reply;
    User actor; // the person, or the latest of them for reactions
    qint64 others = 0; // reactions: how many other people reacted
    qint64 postId = 0;
    std::optional<qint64> commentId; // the comment it is about, if any
    QString topic; // the slug of the post's first hashtag; empty when it has none
    QList<ReactionKind> reactions; // reactions: the kinds sent, most sent first
    QString title; // the post's title
    QString text; // the first words of the comment or post, for a preview; may be empty
    QString contentWarning; // the comment's warning, or else the post's
    QDateTime createdAt;
    bool read = false;

    bool operator==(const Notification &) const = default;
};

// The caller's notifications in brief, as GET /changes carries them.
struct NotificationState
{
    qint64 unread = 0;
    qint64 latest = 0; // the id of the newest entry; 0 when there is none

    bool operator==(const NotificationState &) const = default;
};

} // namespace Hearth
