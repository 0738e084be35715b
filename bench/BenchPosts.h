#pragma once

#include "api/Post.h"

#include <QDateTime>
#include <QList>

namespace Hearth::Bench {

// A long topic feed for benchmarks: `count` fictional posts tagged #Therapy, newest first
// (ids 1..count, a few minutes apart before `now`), as varied as a real feed: one-line
// thoughts, a few paragraphs, long stories in Markdown, photos and videos (media ids set,
// so cards draw their placeholders), content warnings, several hashtags, team prompts,
// edits and reactions. The same seed gives the same posts.
QList<Post> makePosts(int count, const QDateTime &now, quint32 seed = 20'240);

} // namespace Hearth::Bench
