#include "MutedWords.h"

#include "ContentTags.h"
#include "WordMatcher.h"
#include "api/Hashtags.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Hearth {

MutedWords::MutedWords(const QStringList &entries)
{
    QSet<QString> seen;
    for (const QString &raw : entries) {
        Entry entry;
        entry.text = raw.trimmed();
        const bool hashed = entry.text.startsWith(u'#');
        const QStringView tag = QStringView(entry.text).sliced(hashed ? 1 : 0).trimmed();
        if (tag.isEmpty())
            continue;
        if (hashed && Hashtags::isValid(tag)) {
            entry.tagSlug = Hashtags::slug(tag);
        } else {
            entry.phrase = WordMatcher::fold(entry.text);
            if (Hashtags::isValid(entry.text))
                entry.tagSlug = Hashtags::slug(entry.text);
        }
        if (entry.phrase.isEmpty() && entry.tagSlug.isEmpty())
            continue;
        // "Grief" repeats "grief"; "#grief" is another entry, since it matches less.
        const QString key = entry.phrase.isEmpty() ? QString(u"#"_s + entry.tagSlug) : entry.phrase;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_entries.append(entry);
    }
}

QStringList MutedWords::entries() const
{
    QStringList list;
    list.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        list.append(entry.text);
    return list;
}

QString MutedWords::match(QStringView title, QStringView body, const QStringList &hashtags) const
{
    if (m_entries.isEmpty())
        return {};
    const QString foldedTitle = WordMatcher::fold(title);
    const QString foldedBody = WordMatcher::fold(body);
    QSet<QString> tagSlugs;
    for (const QString &tag : ContentTags::of(hashtags, title, body))
        tagSlugs.insert(Hashtags::slug(tag));

    for (const Entry &entry : m_entries) {
        if (!entry.tagSlug.isEmpty() && tagSlugs.contains(entry.tagSlug))
            return entry.text;
        if (!entry.phrase.isEmpty()
            && (WordMatcher::containsWords(foldedTitle, entry.phrase)
                || WordMatcher::containsWords(foldedBody, entry.phrase)))
            return entry.text;
    }
    return {};
}

} // namespace Hearth
