#pragma once

#include <QtGlobal>

namespace Hearth {

struct Post;

// Where a page of a cached feed ended, so that the next page starts right after it:
// the keyset of the latest sort (createdAt, id) and of the trending sort (rank, id).
struct FeedPosition
{
    qint64 createdAtMs = 0;
    qint64 id = 0; // 0 at the start: no post has id 0 (server ids are > 0, local ones < 0)
    int rank = -1; // the trending rank; -1 outside a trending feed

    bool isStart() const { return id == 0; }

    static FeedPosition start() { return {}; }
    // The position just after post, which sits at rank in a trending feed.
    static FeedPosition after(const Post &post, int rank = -1);

    bool operator==(const FeedPosition &) const = default;
};

} // namespace Hearth
