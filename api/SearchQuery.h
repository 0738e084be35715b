#pragma once

#include <QString>

// What a search box's text means, on the client (the cache's index) and on the server
// (GET /search) alike: every word the person typed is a literal term, the last one also a
// prefix (it may be the word being typed). Operators and punctuation (AND, NEAR(, *, ") are
// never FTS5 syntax.
namespace Hearth::SearchQuery {

// More words than this add nothing to a search but work: the rest are left out.
inline constexpr int MaxTerms = 16;
// No word is longer; a longer run (a pasted blob) is cut rather than made a huge phrase.
inline constexpr int MaxTermLength = 100;

// The FTS5 MATCH expression for text; empty when text has no word (no letter or digit).
QString ftsMatch(const QString &text);

} // namespace Hearth::SearchQuery
