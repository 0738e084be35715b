#pragma once

#include <QStringList>

// The hashtags a post or a comment carries, for the care rules that look at tags.
namespace Hearth::ContentTags {

// hashtags (a post's Post::hashtags), then the tags written in title and body that it
// lacks, de-duplicated by slug. A comment has no tag list: its tags are those in its body.
QStringList of(const QStringList &hashtags, QStringView title, QStringView body);

} // namespace Hearth::ContentTags
