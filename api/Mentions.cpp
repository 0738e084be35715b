#include "Mentions.h"

#include <QRegularExpression>
#include <QSet>

namespace Hearth::Mentions {

namespace {

constexpr qsizetype MinHandle = 3;
constexpr qsizetype MaxHandle = 30;

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *units)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *units = 1;
    return c.unicode();
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

// A character that continues a word in any script: a mention may not start right after
// one, nor end right before one.
bool isWordCharacter(char32_t c)
{
    if (c == U'_' || QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isHandleCharacter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')
        || c == U'_';
}

// Before '@': a word, an address ("a.b@", "x+y@", "a-b@") or a path ("/@") means the '@' is
// part of something else.
bool blocksMentionAfter(char32_t c)
{
    return isWordCharacter(c) || c == U'@' || c == U'.' || c == U'+' || c == U'-' || c == U'/'
        || c == U'=' || c == U'&' || c == U':';
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:\b[A-Za-z][A-Za-z0-9+.\-]*://|\bwww\.)\S+)"));
    return pattern;
}

} // namespace

bool isValidHandle(QStringView handle)
{
    if (handle.size() < MinHandle || handle.size() > MaxHandle)
        return false;
    return std::all_of(handle.begin(), handle.end(),
        [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; });
}

QList<Span> find(QStringView text)
{
    QList<Span> spans;
    if (!text.contains(u'@'))
        return spans;
    QList<std::pair<qsizetype, qsizetype>> urls;
    auto matches = urlPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        urls.append({match.capturedStart(), match.capturedEnd()});
    }
    qsizetype url = 0; // urls come in order, and so do the '@'s

    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'@')
            continue;
        while (url < urls.size() && urls[url].second <= i)
            ++url;
        if (url < urls.size() && urls[url].first <= i)
            continue;
        if (i > 0 && blocksMentionAfter(codePointBefore(text, i)))
            continue;
        // The whole word after '@', in any script, so that a longer or foreign word is not
        // cut into a handle.
        qsizetype end = i + 1;
        bool handleOnly = true;
        qsizetype units = 1;
        while (end < text.size()) {
            const char32_t c = codePointAt(text, end, &units);
            if (!isWordCharacter(c))
                break;
            handleOnly = handleOnly && isHandleCharacter(c);
            end += units;
        }
        const qsizetype length = end - (i + 1);
        const qsizetype start = i;
        i = end - 1; // the loop's ++i steps past the word
        if (!handleOnly || length < MinHandle || length > MaxHandle)
            continue;
        if (end < text.size()) {
            const QChar after = text[end];
            if (after == u'@')
                continue;
            if (after == u'.' && end + 1 < text.size()
                && isWordCharacter(codePointAt(text, end + 1, &units)))
                continue;
        }
        spans.append({start, end - start, text.mid(start + 1, length).toString().toLower()});
    }
    return spans;
}

QStringList extract(QStringView text, qsizetype maxCount)
{
    QStringList handles;
    if (maxCount <= 0)
        return handles;
    QSet<QString> seen;
    for (const Span &span : find(text)) {
        if (seen.contains(span.handle))
            continue;
        seen.insert(span.handle);
        handles.append(span.handle);
        if (handles.size() >= maxCount)
            break;
    }
    return handles;
}

} // namespace Hearth::Mentions
