#pragma once

#include "User.h"

#include <QDateTime>

#include <optional>

namespace Hearth {

// A comment on a post, or a reply to a top-level comment (one level deep).
struct Comment
{
    qint64 id = 0;
    qint64 postId = 0;
    std::optional<qint64> parentId; // set for a reply
    User author;
    QString body; // plain text; empty for a deleted comment kept for its replies
    QString contentWarning;
    QDateTime createdAt;
    QDateTime editedAt; // invalid when never edited
    qint64 version = 1;
    bool deleted = false;
    qint64 replyCount = 0;

    bool isReply() const { return parentId.has_value(); }
    bool isEdited() const { return editedAt.isValid(); }

    bool operator==(const Comment &) const = default;
};

} // namespace Hearth
