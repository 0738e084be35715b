#pragma once

#include "Enums.h"
#include "Media.h"
#include "Reactions.h"
#include "User.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Hearth {

// A post, a story or a video, as the feed and the post view show it.
struct Post
{
    qint64 id = 0;
    PostKind kind = PostKind::Post;
    User author;
    QString title;
    QString body; // plain text; Markdown (without HTML) for stories
    QStringList hashtags; // display forms without '#', first appearance first
    QString contentWarning; // empty when there is none
    std::optional<Media> media;
    QDateTime createdAt;
    QDateTime editedAt; // invalid when never edited
    qint64 version = 1; // for If-Match
    Reactions reactions;
    qint64 commentCount = 0;
    bool teamPrompt = false; // a prompt from the community team

    bool isEdited() const { return editedAt.isValid(); }

    bool operator==(const Post &) const = default;
};

} // namespace Hearth
