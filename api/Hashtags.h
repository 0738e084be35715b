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

// A post's hashtags as docs/api.md computes them: the tags written in the title, then those
// in the body, then the explicit ones, de-duplicated by slug. It may hold more than
// Limits::MaxHashtagsPerPost (the server refuses such a post; the composer says so first).
QStringList forPost(const QString &title, const QString &body, const QStringList &explicitTags);

// A post's hashtags after an edit that sends no explicit list: the current ones, then the
// new tags written in the (new or unchanged) title and body.
QStringList afterEdit(const QString &title, const QString &body, const QStringList &current);

// The topic slug of a tag: NFC, case-folded ("Überleben" -> "überleben").
QString slug(QStringView tag);

// Whether tag (without '#') is a whole, valid hashtag.
bool isValid(QStringView tag);

} // namespace Hearth::Hashtags
