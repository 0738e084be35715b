#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth {

// The words and hashtags a reader has muted: posts and comments that match one fold, with
// "Hidden: matches a muted word".
//
// An entry is what the reader typed in settings:
// - a word or a phrase ("grief", "end of life") matches the title and the body on whole
//   words, case-insensitively (see WordMatcher), and a one-word entry also matches the
//   hashtag of that name (#Grief);
// - a hashtag ("#Grief") matches only that hashtag, whether in the post's tag list or
//   written in the title or body; "#Grief" does not match the plain word "grief".
class MutedWords
{
public:
    MutedWords() = default;
    // Blank entries are skipped, and entries that repeat an earlier one.
    explicit MutedWords(const QStringList &entries);

    // The entries, trimmed, as typed.
    QStringList entries() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The first entry, in list order, that the content matches; empty when none does.
    // hashtags are the content's tags (Post::hashtags; empty for a comment): tags
    // written in title and body count too.
    QString match(QStringView title, QStringView body, const QStringList &hashtags) const;

private:
    struct Entry
    {
        QString text; // as typed
        QString phrase; // folded for WordMatcher; empty for a hashtag entry
        QString tagSlug; // the slug of the hashtag it matches; empty when none
    };
    QList<Entry> m_entries;
};

} // namespace Hearth
