#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QUrl>

class QTextDocument;

// The text of a post, a story or a comment as Hearth shows it: as a QTextDocument for the
// post view, or cleaned and cut for a card's lines. Text from the network is never
// interpreted as HTML: posts and comments are plain text, stories are Markdown without HTML.
// Web links (http, https) and hashtags become anchors, laid on the text's ranges with
// QTextCursor, so nothing in the text can make markup of its own.
namespace Hearth::PostText {

// A clickable range of a text: a web link or a hashtag.
struct Link
{
    enum class Kind { Web, Hashtag, Mention };

    qsizetype start = 0; // in UTF-16 units
    qsizetype length = 0; // the hashtag's '#' included
    Kind kind = Kind::Web;
    QUrl url; // the web address, hashtagUrl(tag) or mentionUrl(handle)

    bool operator==(const Link &) const = default;
};

// The web links and hashtags of one line of plain text, in order. Hashtags follow the
// server's rules (Hashtags::extract): none inside a word, after '&', or inside an address.
// A web link is http:// or https:// up to the next whitespace, less the punctuation that
// ends a sentence or closes a bracket after it.
QList<Link> findLinks(QStringView text);

// Replaces document's content by text: plain text (control characters shown as spaces), or
// Markdown in GitHub's dialect with HTML left as literal text, either without direction
// controls (see PersonText). Then lays the anchors of findLinks() on every block that is not
// already a link, in linkColor.
void fill(QTextDocument &document, const QString &text, bool markdown, const QColor &linkColor);

// Text from the network as a card (or a tooltip, or a placeholder) shows it on its lines: at
// most maxChars of it, control characters as spaces, no direction controls, and (keepBreaks)
// each run of line breaks as one line separator, or (otherwise) as a space. *cut says whether
// some was left out.
QString cardText(QStringView text, qsizetype maxChars, bool keepBreaks, bool *cut = nullptr);

// The anchor address of a hashtag ("hashtag:Therapy"), and back: the tag, or an empty
// string for any other address.
QUrl hashtagUrl(const QString &tag);
QString hashtagOf(const QUrl &url);
// The anchor address of a mention ("mention:river_stone", Mentions::find), and back: the
// handle, or an empty string for any other address.
QUrl mentionUrl(const QString &handle);
QString mentionOf(const QUrl &url);
// Whether url is a web address the person may open in a browser (http or https).
bool isWebLink(const QUrl &url);

} // namespace Hearth::PostText
