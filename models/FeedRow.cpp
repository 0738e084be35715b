#include "FeedRow.h"

#include "api/Post.h"

namespace Hearth {

FeedRow FeedRow::of(const Post &post)
{
    FeedRow row;
    row.id = post.id;
    row.kind = post.kind;
    row.authorId = post.author.id;
    row.authorName = post.author.displayName;
    row.authorHandle = post.author.handle;
    row.authorIsTeam = post.author.team;
    row.authorAvatarId = post.author.avatarId.value_or(0);
    row.createdAt = post.createdAt;
    row.edited = post.isEdited();
    row.title = post.title;
    row.body = post.body;
    row.hashtags = post.hashtags;
    row.contentWarning = post.contentWarning;
    if (post.media) {
        // A video's card shows its poster.
        row.hasMedia = true;
        row.mediaIsVideo = post.media->kind == MediaKind::Video;
        row.mediaId = row.mediaIsVideo ? post.media->posterId.value_or(0) : post.media->id;
        row.mediaWidth = post.media->width;
        row.mediaHeight = post.media->height;
        row.mediaAltText = post.media->altText;
        row.mediaSensitive = post.media->sensitive;
    }
    row.reactionCount = post.reactions.total();
    for (ReactionKind kind : post.reactions.mostCommon(3))
        row.topReactions.append(toWire(kind));
    if (post.reactions.mine())
        row.myReaction = toWire(*post.reactions.mine());
    row.commentCount = post.commentCount;
    row.teamPrompt = post.teamPrompt;
    return row;
}

} // namespace Hearth
