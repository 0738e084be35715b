#pragma once

#include "Notification.h"
#include "Post.h"
#include "Topic.h"

#include <QList>

namespace Hearth {

// What changed on the server after a change sequence number: the answer of GET /changes.
struct Changes
{
    qint64 since = 0;
    qint64 next = 0; // ask from here next time
    bool more = false; // capped: ask again from next at once
    QList<Post> posts; // the current state of each changed post
    QList<qint64> deletedPostIds;
    QList<Topic> topics; // topics whose counts changed
    // The caller's notifications in brief: present for a signed-in caller.
    std::optional<NotificationState> notifications;

    bool operator==(const Changes &) const = default;
};

} // namespace Hearth
