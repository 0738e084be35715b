#include "SearchQuery.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth::SearchQuery {

QString ftsMatch(const QString &text)
{
    QStringList terms;
    QString word;
    const auto addWord = [&] {
        word.truncate(MaxTermLength);
        // Half a character (a pair cut by the truncation, or a lone surrogate) would make
        // SQLite read what follows it, the closing quote included, as its other half.
        for (qsizetype i = word.size() - 1; i >= 0; --i) {
            const QChar c = word.at(i);
            const bool paired = c.isHighSurrogate()
                ? i + 1 < word.size() && word.at(i + 1).isLowSurrogate()
                : !c.isLowSurrogate() || (i > 0 && word.at(i - 1).isHighSurrogate());
            if (!paired)
                word.remove(i, 1);
        }
        // A word without a letter or digit has no token to match (and "" would match
        // nothing, emptying the whole search).
        const bool hasToken
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (hasToken && terms.size() < MaxTerms) {
            // Inside double quotes FTS5 reads everything literally; a quote is doubled.
            terms.append(u'"' + word.replace(u'"', u"\"\""_s) + u'"');
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            addWord();
        else
            word.append(c);
    }
    addWord();
    if (terms.isEmpty())
        return {};
    // The last word may be the one being typed: match it as a prefix.
    terms.last().append(u'*');
    return terms.join(u' ');
}

} // namespace Hearth::SearchQuery
