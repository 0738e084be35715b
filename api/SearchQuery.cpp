#include "SearchQuery.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth::SearchQuery {

QStringList typedWords(const QString &text)
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
        if (hasToken && terms.size() < MaxTerms)
            terms.append(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            addWord();
        else
            word.append(c);
    }
    addWord();
    return terms;
}

QString ftsMatch(const QString &text)
{
    QStringList terms = typedWords(text);
    if (terms.isEmpty())
        return {};
    // Inside double quotes FTS5 reads everything literally; a quote is doubled.
    for (QString &term : terms)
        term = u'"' + term.replace(u'"', u"\"\""_s) + u'"';
    // The last word may be the one being typed: match it as a prefix.
    terms.last().append(u'*');
    return terms.join(u' ');
}

namespace {

// A word as the index's tokenizer keeps it (unicode61, remove_diacritics 2): case folded,
// accents gone.
QString folded(QStringView word)
{
    QString plain;
    for (const QChar c : word.toString().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing)
            plain.append(c);
    }
    return plain.toCaseFolded();
}

// Where the words of text are: runs of letters and digits.
QList<std::pair<qsizetype, qsizetype>> wordSpans(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text.at(i).isLetterOrNumber();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            spans.append({start, i - start});
            start = -1;
        }
    }
    return spans;
}

} // namespace

QStringList tokens(QStringView text)
{
    QStringList found;
    for (const auto &[start, length] : wordSpans(text))
        found.append(folded(text.sliced(start, length)));
    return found;
}

QString excerpt(const QString &text, const QString &typed, QChar open, QChar close, int maxWords)
{
    QString body = text;
    body.replace(open, u' ').replace(close, u' ');
    QStringList wanted;
    for (const auto &[start, length] : wordSpans(typed))
        wanted.append(folded(QStringView(typed).sliced(start, length)));
    const auto spans = wordSpans(body);
    QList<bool> matching(spans.size(), false);
    qsizetype first = -1;
    for (qsizetype w = 0; w < spans.size(); ++w) {
        const QString word = folded(QStringView(body).sliced(spans[w].first, spans[w].second));
        for (qsizetype i = 0; i < wanted.size() && !matching[w]; ++i)
            matching[w] = i == wanted.size() - 1 ? word.startsWith(wanted[i]) : word == wanted[i];
        if (matching[w] && first < 0)
            first = w;
    }
    if (spans.isEmpty())
        return {};
    // A little of what leads to the first match, then what follows it.
    const qsizetype from = std::max<qsizetype>(0, first - std::max(1, maxWords / 4));
    const qsizetype to = std::min<qsizetype>(spans.size(), from + std::max(1, maxWords));
    QString out;
    if (from > 0)
        out += u'…';
    qsizetype at = spans[from].first;
    for (qsizetype w = from; w < to; ++w) {
        const auto [start, length] = spans[w];
        out += QStringView(body).sliced(at, start - at);
        if (matching[w])
            out += open + QStringView(body).sliced(start, length) + close;
        else
            out += QStringView(body).sliced(start, length);
        at = start + length;
    }
    if (to < spans.size())
        out += u'…';
    else
        out += QStringView(body).sliced(at);
    return out.simplified();
}

} // namespace Hearth::SearchQuery
