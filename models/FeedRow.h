#pragma once

#include "api/Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Hearth {

struct Post;

// What a post card draws of a post, and what a screen reader hears of it: FeedModel keeps
// these for the rows near the reader only (a bounded window), read from the cache, and the
// post view reads the whole post from the cache when a card is opened. The body is whole:
// muted words are looked for in all of it.
struct FeedRow
{
    qint64 id = 0;
    PostKind kind = PostKind::Post;
    qint64 authorId = 0;
    QString authorName;
    QString authorHandle;
    bool authorIsTeam = false;
    qint64 authorAvatarId = 0; // 0: none (the card draws their initials)
    QDateTime createdAt;
    bool edited = false;
    QString title;
    QString body;
    QStringList hashtags;
    QString contentWarning;
    bool hasMedia = false;
    bool mediaIsVideo = false;
    qint64 mediaId = 0; // the photo, or a video's poster
    int mediaWidth = 0;
    int mediaHeight = 0;
    QString mediaAltText;
    bool mediaSensitive = false;
    qint64 reactionCount = 0;
    QStringList topReactions; // wire names, most common first, at most 3
    QString myReaction; // wire name, or empty
    qint64 commentCount = 0;
    bool teamPrompt = false;

    static FeedRow of(const Post &post);
};

} // namespace Hearth
