#include "WordMatcher.h"

#include <QSet>

namespace Hearth {

namespace {

char32_t codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i + 1]);
    return c.unicode();
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

// A letter, a digit or a combining mark: what a whole word may not touch.
bool isWordCharacter(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

QChar foldedPunctuation(QChar c)
{
    switch (c.unicode()) {
    case 0x2019: // RIGHT SINGLE QUOTATION MARK, the typographic apostrophe
    case 0x02BC: // MODIFIER LETTER APOSTROPHE
    case 0xFF07: // FULLWIDTH APOSTROPHE
        return u'\'';
    case 0x2010: // HYPHEN
    case 0x2011: // NON-BREAKING HYPHEN
        return u'-';
    default:
        return c;
    }
}

} // namespace

WordMatcher::WordMatcher(const QStringList &phrases)
{
    QSet<QString> seen;
    for (const QString &phrase : phrases) {
        const QString folded = fold(phrase);
        if (folded.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        m_phrases.append({phrase.trimmed(), folded});
    }
}

QStringList WordMatcher::phrases() const
{
    QStringList list;
    list.reserve(m_phrases.size());
    for (const Phrase &phrase : m_phrases)
        list.append(phrase.original);
    return list;
}

QString WordMatcher::firstMatch(QStringView text) const
{
    return firstMatch({text});
}

QString WordMatcher::firstMatch(std::initializer_list<QStringView> texts) const
{
    if (m_phrases.isEmpty())
        return {};
    QList<QString> folded;
    folded.reserve(qsizetype(texts.size()));
    for (QStringView text : texts)
        folded.append(fold(text));
    for (const Phrase &phrase : m_phrases) {
        for (const QString &text : folded) {
            if (containsWords(text, phrase.folded))
                return phrase.original;
        }
    }
    return {};
}

QString WordMatcher::fold(QStringView text)
{
    const QString normalized
        = text.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    QString folded;
    folded.reserve(normalized.size());
    bool pendingSpace = false;
    for (const QChar c : normalized) {
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(u' ');
            pendingSpace = false;
        }
        folded.append(foldedPunctuation(c));
    }
    return folded;
}

bool WordMatcher::containsWords(QStringView foldedText, QStringView foldedPhrase)
{
    if (foldedPhrase.isEmpty())
        return false;
    const bool boundedStart = isWordCharacter(codePointAt(foldedPhrase, 0));
    const bool boundedEnd = isWordCharacter(codePointBefore(foldedPhrase, foldedPhrase.size()));
    qsizetype from = 0;
    while (true) {
        const qsizetype start = foldedText.indexOf(foldedPhrase, from);
        if (start < 0)
            return false;
        const qsizetype end = start + foldedPhrase.size();
        const bool startsWord
            = !boundedStart || start == 0 || !isWordCharacter(codePointBefore(foldedText, start));
        const bool endsWord = !boundedEnd || end == foldedText.size()
            || !isWordCharacter(codePointAt(foldedText, end));
        if (startsWord && endsWord)
            return true;
        from = start + 1;
    }
}

} // namespace Hearth
