#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Hearth {

// Finds phrases in text on whole words, the way muted words and crisis phrases match.
//
// Both sides are folded first (see fold()): matching ignores case and Unicode
// normalisation, a typographic apostrophe matches a straight one, and any run of
// whitespace matches a single space. Accents still count: "cafe" does not match "café".
//
// A phrase matches only as whole words: where it starts or ends with a letter, digit or
// combining mark, the text must not continue it with one. So "sad" does not match
// "sadness" and "ache" does not match "headache", but "grief" matches "#Grief" and
// "grief💔". A phrase that starts or ends with punctuation (":(") has no boundary there.
class WordMatcher
{
public:
    WordMatcher() = default;
    // Blank phrases are skipped, and a phrase whose folded form repeats an earlier one.
    explicit WordMatcher(const QStringList &phrases);

    // The phrases, as given.
    QStringList phrases() const;
    bool isEmpty() const { return m_phrases.isEmpty(); }

    // The first phrase, in list order, found in text; empty when none is.
    QString firstMatch(QStringView text) const;
    // The first phrase, in list order, found in any of texts; empty when none is.
    QString firstMatch(std::initializer_list<QStringView> texts) const;
    bool matches(QStringView text) const { return !firstMatch(text).isEmpty(); }

    // What matching compares: NFC, case-folded, ’ and ʼ as ', non-breaking hyphens as '-',
    // runs of whitespace as one space, trimmed.
    static QString fold(QStringView text);
    // Whether foldedPhrase occurs in foldedText as whole words (both from fold()).
    static bool containsWords(QStringView foldedText, QStringView foldedPhrase);

private:
    struct Phrase
    {
        QString original;
        QString folded;
    };
    QList<Phrase> m_phrases;
};

} // namespace Hearth
