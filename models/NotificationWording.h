#pragma once

#include "api/Notification.h"

#include <QString>

// The words Hearth says about a notification, wherever it shows one (the notifications page,
// the desktop's notification, a screen reader's sentence): who did what. One home for each,
// so that a translation and its plural forms are made once.
namespace Hearth::NotificationWording {

// "River replied to your post", "River replied to your comment", "River mentioned you",
// "River and 3 others sent hugs and hearts". The name is a run of its own (PersonText), so
// that a right-to-left name leaves the rest in its order.
QString summary(const Notification &notification);

// "hugs", "hearts and hugs", "hugs, hearts and strength": the kinds sent, most sent first.
QString reactionWords(const QList<ReactionKind> &kinds);

// "“Small steps this week”: Twice is wonderful, keep going.": the post's title and the first
// words the entry carries, each a run of its own (PersonText); the title alone for reactions;
// empty when the entry carries neither. Whether they may be shown is the caller's question.
QString preview(const Notification &notification);

// The sentence a screen reader says for a row: the summary, the preview (when given), the
// time, and "unread".
QString spoken(const Notification &notification, const QDateTime &now, const QString &preview = {});

} // namespace Hearth::NotificationWording
