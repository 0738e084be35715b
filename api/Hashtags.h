#pragma once

#include "Limits.h"

#include <QStringList>

// Hashtags: how a post names its topics. "#ChronicIllness" in a title or body puts the
// post on the topic page whose slug is "chronicillness".
//
// A hashtag is '#' followed by up to Limits::MaxHashtagLength letters, digits, combining
// marks and underscores, with at least one letter ("#2024" is not a tag). It does not
// count inside a word or after '&' ("a#b", "&#39;"), nor inside a URL
// ("https://example.org/#top"). A longer run is not a tag at all rather than a cut one.
namespace Hearth::Hashtags {

// The tags in text, as written (NFC) and without '#', first appearance first,
// de-duplicated by slug, at most maxCount of them.
QStringList extract(QStringView text, qsizetype maxCount = Limits::MaxHashtagsPerPost);

// first, then the tags of second that first lacks, de-duplicated by slug, in NFC.
QStringList unite(const QStringList &first, const QStringList &second);

// The topic slug of a tag: NFC, case-folded ("Überleben" -> "überleben").
QString slug(QStringView tag);

// Whether tag (without '#') is a whole, valid hashtag.
bool isValid(QStringView tag);

} // namespace Hearth::Hashtags
