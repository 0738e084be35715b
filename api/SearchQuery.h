#pragma once

#include <QString>
#include <QStringList>

// What a search box's text means, on the client (the cache's index) and on the server
// (GET /search) alike: every word the person typed is a literal term, the last one also a
// prefix (it may be the word being typed). Operators and punctuation (AND, NEAR(, *, ") are
// never FTS5 syntax.
namespace Hearth::SearchQuery {

// More words than this add nothing to a search but work: the rest are left out.
inline constexpr int MaxTerms = 16;
// No word is longer; a longer run (a pasted blob) is cut rather than made a huge phrase.
inline constexpr int MaxTermLength = 100;

// The words a person typed, as a search takes them: split at spaces and control
// characters, each cut at MaxTermLength, those without a letter or digit left out, and at
// most MaxTerms of them.
QStringList typedWords(const QString &text);

// The FTS5 MATCH expression for text; empty when text has no word (no letter or digit).
QString ftsMatch(const QString &text);

// The tokens of text as the index keeps them (FTS5's unicode61 with remove_diacritics 2):
// runs of letters and digits, case folded, accents gone; in order.
QStringList tokens(QStringView text);

// A few words of text (at most maxWords) around the first word that typed matches, as a
// result list shows it: every matching word between open and close, '…' where text was cut.
// A word matches as the index matches it: each typed word whole, the last one as a prefix,
// letters compared without case or accents. Made from the text itself, for the rows shown
// only: asking FTS5 for snippet() walks every match of the words in the rows' id range
// (docs/performance.md). open and close never come from text: it has them as spaces.
QString excerpt(
    const QString &text, const QString &typed, QChar open, QChar close, int maxWords = 16);

} // namespace Hearth::SearchQuery
