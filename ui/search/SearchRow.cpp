#include "SearchRow.h"

#include "care/ContentFold.h"
#include "sync/SearchSource.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The words of text as SearchQuery reads them, lower-cased; the last one is a prefix.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString letters;
        for (const QChar c : word) {
            if (c.isLetterOrNumber())
                letters.append(c.toLower());
        }
        if (!letters.isEmpty())
            words.append(letters);
    }
    return words;
}

bool matches(QStringView bodyWord, const QStringList &words)
{
    const QString lower = bodyWord.toString().toLower();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool last = i == words.size() - 1;
        if (last ? lower.startsWith(words[i]) : lower == words[i])
            return true;
    }
    return false;
}

} // namespace

SearchRow SearchRow::heading(const QString &text)
{
    return {Kind::Heading, text, {}, 0, {}, false, false};
}

SearchRow SearchRow::headingOf(Kind kind)
{
    switch (kind) {
    case Kind::Topic:
        return heading(QCoreApplication::translate("Hearth::SearchRow", "Topics"));
    case Kind::Person:
        return heading(QCoreApplication::translate("Hearth::SearchRow", "People"));
    case Kind::Post:
    case Kind::Heading:
    case Kind::Divider:
    case Kind::Notice:
        break;
    }
    return heading(QCoreApplication::translate("Hearth::SearchRow", "Posts"));
}

SearchRow SearchRow::divider()
{
    return {Kind::Divider, QCoreApplication::translate("Hearth::SearchRow", "From the community"),
        {}, 0, {}, false, true};
}

SearchRow SearchRow::notice(const QString &text)
{
    return {Kind::Notice, text, {}, 0, {}, false, false};
}

SearchRow SearchRow::topic(const Topic &topic, bool remote)
{
    return {Kind::Topic, topic.name.isEmpty() ? topic.slug : topic.name,
        topic.description.simplified(), 0, topic.slug, false, remote};
}

SearchRow SearchRow::post(
    const Post &post, const QString &snippet, const ContentFold &fold, bool remote)
{
    if (fold.folded)
        return {Kind::Post, fold.summary(), {}, post.id, {}, true, remote};
    QString title = post.title.simplified();
    if (title.isEmpty())
        title = unmarked(snippet).left(80);
    return {Kind::Post, title, snippet.simplified(), post.id, {}, false, remote};
}

SearchRow SearchRow::person(const User &user, bool remote)
{
    return {Kind::Person, user.displayName.isEmpty() ? user.handle : user.displayName,
        u'@' + user.handle, user.id, user.handle, false, remote};
}

QString SearchRow::markedExcerpt(const QString &body, const QString &text)
{
    constexpr int Context = 40; // characters kept before the first match
    constexpr int Length = 160;
    const QStringList words = wordsOf(text);
    // Each run of letters and digits is a word, as the index's tokenizer splits them.
    QList<std::pair<qsizetype, qsizetype>> found;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        const bool letter = i < body.size() && body.at(i).isLetterOrNumber();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            if (matches(QStringView(body).sliced(start, i - start), words))
                found.append({start, i - start});
            start = -1;
        }
    }
    const qsizetype from
        = found.isEmpty() ? 0 : std::max<qsizetype>(0, found.first().first - Context);
    const qsizetype to = std::min<qsizetype>(body.size(), from + Length);
    QString excerpt;
    if (from > 0)
        excerpt += u'…';
    qsizetype at = from;
    for (const auto &[wordStart, wordLength] : std::as_const(found)) {
        if (wordStart < from || wordStart + wordLength > to)
            continue;
        excerpt += body.mid(at, wordStart - at);
        excerpt += SearchSource::SnippetStart + body.mid(wordStart, wordLength)
            + SearchSource::SnippetEnd;
        at = wordStart + wordLength;
    }
    excerpt += body.mid(at, to - at);
    if (to < body.size())
        excerpt += u'…';
    return excerpt.simplified();
}

QString SearchRow::unmarked(const QString &marked, QList<std::pair<int, int>> *ranges)
{
    QString plain;
    plain.reserve(marked.size());
    int open = -1;
    for (const QChar c : marked) {
        if (c == SearchSource::SnippetStart) {
            open = int(plain.size());
        } else if (c == SearchSource::SnippetEnd) {
            if (ranges && open >= 0 && plain.size() > open)
                ranges->append({open, int(plain.size()) - open});
            open = -1;
        } else {
            plain.append(c);
        }
    }
    return plain;
}

} // namespace Hearth
