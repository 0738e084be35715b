// Markdown to document for stories (and plain text for posts): PostText::fill on any text,
// and PostText::findLinks on every line.
//
// Properties: a story's document holds no image (nothing it names is ever loaded); every
// anchor of a plain text is a web link or a valid hashtag; findLinks gives ordered ranges
// inside the text, disjoint within each kind, whose hashtags are valid and whose web links
// are http(s).

#include "FuzzCheck.h"
#include "QtApp.h"
#include "api/Hashtags.h"
#include "api/Mentions.h"
#include "ui/post/PostText.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

void checkLinks(const QString &text)
{
    const QList<PostText::Link> links = PostText::findLinks(text);
    // Links of one kind never overlap; a web link may start inside a hashtag ("#https://…"
    // is the tag "https", as the server reads it), and the first laid wins in fill().
    qsizetype start = 0;
    qsizetype webEnd = 0;
    qsizetype tagEnd = 0;
    qsizetype mentionEnd = 0;
    for (const PostText::Link &link : links) {
        FUZZ_CHECK(
            link.start >= start && link.length > 0 && link.start + link.length <= text.size(),
            u"the link at %1 (+%2) is out of order or leaves the text of %3 units"_s.arg(link.start)
                .arg(link.length)
                .arg(text.size()));
        start = link.start;
        qsizetype &end = link.kind == PostText::Link::Kind::Hashtag ? tagEnd
            : link.kind == PostText::Link::Kind::Mention            ? mentionEnd
                                                                    : webEnd;
        FUZZ_CHECK(link.start >= end, u"two links of one kind overlap at %1"_s.arg(link.start));
        end = link.start + link.length;
        if (link.kind == PostText::Link::Kind::Hashtag) {
            FUZZ_CHECK(text[link.start] == u'#', u"a hashtag link without its '#'"_s);
            const QString tag = PostText::hashtagOf(link.url);
            FUZZ_CHECK(Hashtags::isValid(tag),
                u"the hashtag link '%1' is not a tag"_s.arg(link.url.toString()));
        } else if (link.kind == PostText::Link::Kind::Mention) {
            // "@handle" as written (capitals read small), never inside a web link.
            FUZZ_CHECK(text[link.start] == u'@', u"a mention link without its '@'"_s);
            const QString handle = PostText::mentionOf(link.url);
            FUZZ_CHECK(Mentions::isValidHandle(handle),
                u"the mention link '%1' is not a handle"_s.arg(link.url.toString()));
            FUZZ_CHECK(text.mid(link.start + 1, link.length - 1).toLower() == handle,
                u"the mention link '%1' is not the text it covers"_s.arg(link.url.toString()));
            FUZZ_CHECK(
                link.start >= webEnd, u"a mention inside a web link at %1"_s.arg(link.start));
        } else {
            FUZZ_CHECK(PostText::isWebLink(link.url),
                u"the web link '%1' is not http(s)"_s.arg(link.url.toString()));
        }
    }
}

void checkDocument(const QTextDocument &document, bool markdown)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        checkLinks(block.text());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            FUZZ_CHECK(!format.isImageFormat(), u"an image is left in the document"_s);
            // Markdown may make links of its own ([text](address)): the post view decides
            // what a click on those opens. In plain text every anchor is one of ours.
            if (!markdown && format.isAnchor()) {
                const QUrl url(format.anchorHref());
                FUZZ_CHECK(PostText::isWebLink(url) || !PostText::hashtagOf(url).isEmpty()
                        || !PostText::mentionOf(url).isEmpty(),
                    u"the anchor '%1' in plain text"_s.arg(format.anchorHref()));
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    makeGuiApplication("fuzz_story_markdown");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkLinks(text);
    for (const bool markdown : {true, false}) {
        QTextDocument document;
        PostText::fill(document, text, markdown, QColor(Qt::blue));
        checkDocument(document, markdown);
    }
    return 0;
}
