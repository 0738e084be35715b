#pragma once

#include "api/Enums.h"
#include "api/LocalState.h"

#include <QLocale>
#include <QString>

class QDateTime;

// The words Hearth says about a post wherever it shows one (the card, the post view, the
// feed's sentence for screen readers): its kind, when it was written, its counts and its
// headline. One home for each, so a translation and its plural forms are made once. In
// models/ because FeedModel speaks them too, and ui/ may include models/ but not the reverse.
namespace Hearth::PostWording {

// "Story", "Post" or "Video".
QString kindName(PostKind kind);

// "just now", "3 min ago", "2 h ago", "yesterday", "4 days ago", or, after a week, the date
// (in dateFormat), in the locale's words: what cards, threads and the screen reader's
// sentence say.
QString relativeTime(const QDateTime &when, const QDateTime &now,
    QLocale::FormatType dateFormat = QLocale::ShortFormat);

// "1 reaction", "42 reactions"; "1 comment", "16 comments": one tr() with the count each, so
// every language's translation gives its own plural forms.
QString reactions(int count);
QString comments(int count);
// "42 reactions · 16 comments".
QString countsLine(int reactions, int comments);

// A post's first line: "Story · Quiet Harbour · 2 h ago", and " (edited)" after it when the
// post was edited. The author's name is a run of its own (PersonText::isolated): a name
// ending in U+202E or written in Arabic leaves the kind and the time in their order.
QString headline(
    PostKind kind, const QString &author, const QDateTime &when, bool edited, const QDateTime &now);

// What the headline says of a post of the person's own that is not on the server yet:
// "Waiting to send", "Not sent", or nothing when it is there.
QString localMark(LocalState state);

} // namespace Hearth::PostWording
