#include "FeedPosition.h"

#include "api/Post.h"

namespace Hearth {

FeedPosition FeedPosition::after(const Post &post, int rank)
{
    return {post.createdAt.isValid() ? post.createdAt.toMSecsSinceEpoch() : 0, post.id, rank};
}

} // namespace Hearth
