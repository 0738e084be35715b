#include "Hashtags.h"

#include "Text.h"

#include <QRegularExpression>
#include <QSet>

namespace Hearth::Hashtags {

namespace {

struct CodePoint
{
    char32_t value;
    qsizetype units; // 1, or 2 for a surrogate pair
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text[i + 1]), 2};
    return {c.unicode(), 1};
}

CodePoint codePointBefore(QStringView text, qsizetype i)
{
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return {QChar::surrogateToUcs4(text[i - 2], c), 2};
    return {c.unicode(), 1};
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isTagCharacter(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c) || isMark(c);
}

// Where a '#' may not start a tag: right after a tag character (inside a word), another
// '#', or '&' (an HTML character reference such as "&#39;").
bool blocksTagAfter(char32_t c)
{
    return isTagCharacter(c) || c == U'#' || c == U'&';
}

// The length in UTF-16 units of the tag starting at i (just after '#'), and whether it
// is a valid tag. A run of tag characters is read whole even when it is too long.
struct Run
{
    qsizetype units = 0;
    qsizetype codePoints = 0;
    bool hasLetter = false;
};

Run readRun(QStringView text, qsizetype i)
{
    Run run;
    while (i + run.units < text.size()) {
        const CodePoint cp = codePointAt(text, i + run.units);
        if (!isTagCharacter(cp.value))
            break;
        run.hasLetter = run.hasLetter || QChar::isLetter(cp.value);
        run.units += cp.units;
        ++run.codePoints;
    }
    return run;
}

bool isValidRun(const Run &run)
{
    return run.codePoints >= 1 && run.codePoints <= Limits::MaxHashtagLength && run.hasLetter;
}

const QRegularExpression &urlPattern()
{
    // A scheme followed by "://", or a bare "www.", up to the next whitespace.
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:\b[A-Za-z][A-Za-z0-9+.\-]*://|\bwww\.)\S+)"));
    return pattern;
}

} // namespace

QString slug(QStringView tag)
{
    return tag.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool isValid(QStringView tag)
{
    const Run run = readRun(tag, 0);
    if (run.units != tag.size() || run.codePoints < 1 || Text::hasUnpairedSurrogate(tag))
        return false;
    // The length that counts is the NFC form's, the form a tag is kept in: NFC may
    // lengthen a run (U+FB41 is two code points in NFC) or shorten it (e + U+0301).
    const QString nfc = tag.toString().normalized(QString::NormalizationForm_C);
    const Run nfcRun = readRun(nfc, 0);
    return nfcRun.units == nfc.size() && isValidRun(nfcRun);
}

QStringList extract(QStringView text, qsizetype maxCount)
{
    QStringList tags;
    if (maxCount <= 0)
        return tags;

    // Spans covered by URLs: a '#' inside one is a fragment, not a tag.
    QList<std::pair<qsizetype, qsizetype>> urls;
    auto matches = urlPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        urls.append({match.capturedStart(), match.capturedEnd()});
    }
    const auto insideUrl = [&urls](qsizetype position) {
        for (const auto &[start, end] : urls) {
            if (position >= start && position < end)
                return true;
        }
        return false;
    };

    QSet<QString> seen;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'#')
            continue;
        if (i > 0 && blocksTagAfter(codePointBefore(text, i).value))
            continue;
        const Run run = readRun(text, i + 1);
        const qsizetype start = i;
        i += run.units; // the loop's ++i steps past the tag
        if (run.codePoints < 1 || insideUrl(start))
            continue;
        const QString tag
            = text.mid(start + 1, run.units).toString().normalized(QString::NormalizationForm_C);
        if (!isValid(tag))
            continue;
        const QString key = slug(tag);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        tags.append(tag);
        if (tags.size() >= maxCount)
            break;
    }
    return tags;
}

QStringList unite(const QStringList &first, const QStringList &second)
{
    QStringList tags;
    QSet<QString> seen;
    for (const QStringList *list : {&first, &second}) {
        for (const QString &tag : *list) {
            const QString key = slug(tag);
            if (!seen.contains(key)) {
                seen.insert(key);
                tags.append(tag.normalized(QString::NormalizationForm_C));
            }
        }
    }
    return tags;
}

namespace {

// One more than a post may have, so that a caller can tell "too many".
QStringList written(const QString &title, const QString &body)
{
    return extract(QString(title + u'\n' + body), Limits::MaxHashtagsPerPost + 1);
}

} // namespace

QStringList forPost(const QString &title, const QString &body, const QStringList &explicitTags)
{
    return unite(written(title, body), explicitTags);
}

QStringList afterEdit(const QString &title, const QString &body, const QStringList &current)
{
    return unite(current, written(title, body));
}

} // namespace Hearth::Hashtags
