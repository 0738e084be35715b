#include "SearchRow.h"

#include "api/SearchQuery.h"
#include "care/ContentFold.h"
#include "sync/SearchSource.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hearth {

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
    if (post.kind == PostKind::Story) {
        // A story's excerpt is cut from its Markdown: its marks ("## ", "**") are not words.
        static const QRegularExpression heading(u"(^|\\s)#{1,6}\\s+"_s);
        static const QRegularExpression emphasis(u"\\*{1,3}|__"_s);
        QString words = snippet;
        words.replace(heading, u"\\1"_s).remove(emphasis);
        return {
            Kind::Post, post.title.simplified(), words.simplified(), post.id, {}, false, remote};
    }
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
    return SearchQuery::excerpt(body, text, SearchSource::SnippetStart, SearchSource::SnippetEnd);
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
