#include "PostText.h"

#include "api/Hashtags.h"
#include "api/Mentions.h"
#include "api/PersonText.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth::PostText {

namespace {

constexpr QStringView HashtagScheme = u"hashtag";

// Where a '#' inside an address is a fragment, not a tag: the server's spans (any scheme,
// or a bare "www.").
const QRegularExpression &addressPattern()
{
    static const QRegularExpression pattern(uR"((?:\b[A-Za-z][A-Za-z0-9+.\-]*://|\bwww\.)\S+)"_s);
    return pattern;
}

const QRegularExpression &webLinkPattern()
{
    static const QRegularExpression pattern(
        uR"(\bhttps?://\S+)"_s, QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The link without what ends the sentence around it: "(see https://a.example/x)." links
// "https://a.example/x". A closing bracket stays when the link opened it.
QStringView trimLink(QStringView link)
{
    static constexpr QStringView trailing = u".,;:!?'\")]}>*_~";
    while (!link.isEmpty() && trailing.contains(link.back())) {
        const QChar last = link.back();
        if (last == u')' && link.count(u'(') >= link.count(u')'))
            break;
        if (last == u']' && link.count(u'[') >= link.count(u']'))
            break;
        link.chop(1);
    }
    return link;
}

bool isTagCharacter(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return c == U'_' || QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing
        || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
}

// The UTF-16 length of the code point at i, and its value.
std::pair<char32_t, qsizetype> codePointAt(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(text[i], text[i + 1]), 2};
    return {text[i].unicode(), 1};
}

qsizetype codePointUnitsBefore(QStringView text, qsizetype i)
{
    if (i >= 2 && text[i - 1].isLowSurrogate() && text[i - 2].isHighSurrogate())
        return 2;
    return 1;
}

// Text from the network shows its control characters as spaces; line breaks stay. Its
// direction controls go (PersonText says why): an unclosed U+202E would show the rest of its
// paragraph backwards, a link or a hashtag in it included.
QString withoutControls(const QString &text)
{
    QString clean = PersonText::withoutDirectionControls(text);
    clean.replace(u"\r\n"_s, u"\n"_s);
    for (QChar &c : clean) {
        if (c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u'\n';
        else if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            c = u' ';
    }
    return clean;
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C
        || c == 0x85;
}

// Whether a character in [start, start + length) of block is already part of a link.
bool overlapsAnchor(const QTextBlock &block, qsizetype start, qsizetype length)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid() || !fragment.charFormat().isAnchor())
            continue;
        const qsizetype from = fragment.position() - block.position();
        const qsizetype to = from + fragment.length();
        if (from < start + length && start < to)
            return true;
    }
    return false;
}

// A story's images are shown by their description: a document never loads a resource
// that a story names.
void replaceImagesByText(QTextDocument &document)
{
    QList<std::pair<int, QTextImageFormat>> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            // One object replacement character per image; a fragment may hold several.
            for (int i = 0; i < fragment.length(); ++i)
                images.append({fragment.position() + i, fragment.charFormat().toImageFormat()});
        }
    }
    // Last first, so that earlier positions stay right.
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        const auto &[position, image] = *it;
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat plain;
        plain.setFontItalic(true);
        const QString alt = image.stringProperty(QTextFormat::ImageAltText);
        cursor.insertText(withoutControls(alt).simplified(), plain);
    }
}

void applyLinks(QTextDocument &document, const QColor &linkColor)
{
    QTextCharFormat linkFormat;
    linkFormat.setAnchor(true);
    linkFormat.setForeground(linkColor);
    linkFormat.setFontUnderline(true);

    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        // Links the Markdown made: in this palette's colour.
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            QTextCharFormat colour;
            colour.setForeground(linkColor);
            cursor.mergeCharFormat(colour);
        }
        const QString text = block.text();
        for (const Link &link : findLinks(text)) {
            if (overlapsAnchor(block, link.start, link.length))
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(block.position() + int(link.start));
            cursor.setPosition(
                block.position() + int(link.start + link.length), QTextCursor::KeepAnchor);
            QTextCharFormat format = linkFormat;
            format.setAnchorHref(link.url.toString(QUrl::FullyEncoded));
            cursor.mergeCharFormat(format);
        }
    }
}

} // namespace

QList<Link> findLinks(QStringView text)
{
    QList<Link> links;

    QList<std::pair<qsizetype, qsizetype>> addresses;
    auto addressMatches = addressPattern().globalMatch(text);
    while (addressMatches.hasNext()) {
        const QRegularExpressionMatch match = addressMatches.next();
        addresses.append({match.capturedStart(), match.capturedEnd()});
    }
    const auto insideAddress = [&addresses](qsizetype position) {
        return std::any_of(addresses.cbegin(), addresses.cend(), [position](const auto &span) {
            return position >= span.first && position < span.second;
        });
    };

    auto webMatches = webLinkPattern().globalMatch(text);
    while (webMatches.hasNext()) {
        const QRegularExpressionMatch match = webMatches.next();
        const QStringView link = trimLink(match.capturedView());
        const QUrl url(link.toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !isWebLink(url))
            continue;
        links.append({match.capturedStart(), link.size(), Link::Kind::Web, url});
    }

    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'#' || insideAddress(i))
            continue;
        qsizetype end = i + 1;
        while (end < text.size()) {
            const auto [c, units] = codePointAt(text, end);
            if (!isTagCharacter(c))
                break;
            end += units;
        }
        // The server's rules decide: the tag with the character before its '#', alone.
        const qsizetype from = i > 0 ? i - codePointUnitsBefore(text, i) : i;
        const QStringList tags = Hashtags::extract(text.sliced(from, end - from), 1);
        if (!tags.isEmpty())
            links.append({i, end - i, Link::Kind::Hashtag, hashtagUrl(tags.first())});
        i = end - 1;
    }

    // Mentions, as the server reads them; none inside a web link or an address.
    for (const Mentions::Span &span : Mentions::find(text)) {
        const bool inLink = std::any_of(links.cbegin(), links.cend(), [&span](const Link &link) {
            return span.start < link.start + link.length && link.start < span.start + span.length;
        });
        if (!inLink && !insideAddress(span.start))
            links.append({span.start, span.length, Link::Kind::Mention, mentionUrl(span.handle)});
    }

    std::sort(
        links.begin(), links.end(), [](const Link &a, const Link &b) { return a.start < b.start; });
    return links;
}

void fill(QTextDocument &document, const QString &text, bool markdown, const QColor &linkColor)
{
    const QString clean = withoutControls(text);
    if (markdown) {
        document.setMarkdown(clean,
            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                | QTextDocument::MarkdownNoHTML);
        replaceImagesByText(document);
    } else {
        document.setPlainText(clean);
    }
    applyLinks(document, linkColor);
}

QString cardText(QStringView text, qsizetype maxChars, bool keepBreaks, bool *cut)
{
    QString shown;
    shown.reserve(std::min(text.size(), maxChars) + 1);
    bool breakPending = false;
    qsizetype i = 0;
    for (; i < text.size() && shown.size() < maxChars; ++i) {
        const QChar c = text[i];
        if (isLineBreak(c.unicode())) {
            if (keepBreaks)
                breakPending = !shown.isEmpty();
            else if (!shown.endsWith(u' '))
                shown += u' ';
            continue;
        }
        if (PersonText::isDirectionControl(c.unicode()))
            continue;
        if (breakPending) {
            if (c.isSpace())
                continue;
            while (shown.endsWith(u' '))
                shown.chop(1);
            shown += QChar::LineSeparator;
            breakPending = false;
        }
        shown += c.category() == QChar::Other_Control ? QChar(u' ') : c;
    }
    // Half a surrogate pair would show as a box.
    if (!shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1);
    if (cut)
        *cut = i < text.size() && !text.mid(i).trimmed().isEmpty();
    return shown;
}

QUrl hashtagUrl(const QString &tag)
{
    QUrl url;
    url.setScheme(HashtagScheme.toString());
    url.setPath(tag);
    return url;
}

QUrl mentionUrl(const QString &handle)
{
    QUrl url;
    url.setScheme(QStringLiteral("mention"));
    url.setPath(handle);
    return url;
}

QString mentionOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String("mention"))
        return {};
    const QString handle = url.path();
    return Mentions::isValidHandle(handle) ? handle : QString();
}

QString hashtagOf(const QUrl &url)
{
    if (url.scheme() != HashtagScheme)
        return {};
    const QString tag = url.path();
    return Hashtags::isValid(tag) ? tag : QString();
}

bool isWebLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https");
}

} // namespace Hearth::PostText
