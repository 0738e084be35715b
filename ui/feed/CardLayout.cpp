#include "CardLayout.h"

#include "api/Hashtags.h"
#include "api/PersonText.h"
#include "care/ContentFold.h"
#include "models/FeedModel.h"
#include "models/PostWording.h"
#include "ui/look/ReactionIcons.h"
#include "ui/post/PostText.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QModelIndex>
#include <QSet>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hearth {

// The card's words keep the translation context of the delegate that drew them before this
// class was made from it ("Hearth::PostCardDelegate"), with their translations.

namespace {

constexpr int Margin = CardLayout::Margin;
constexpr int Gap = CardLayout::Gap;
constexpr QChar Ellipsis(0x2026);

// The text without the hashtags that only end it ("… rude of it honestly #Therapy #Anxiety"),
// when the card shows each of them as a link: a label shown twice is noise. Tags inside a
// sentence stay, as words of it, and so does a tag the links do not show.
QStringView withoutTrailingTags(QStringView text, const QStringList &shownTags)
{
    QSet<QString> shown;
    for (const QString &tag : shownTags)
        shown.insert(Hashtags::slug(tag));
    qsizetype keep = text.size();
    while (true) {
        qsizetype end = keep;
        while (end > 0 && text[end - 1].isSpace())
            --end;
        qsizetype start = end;
        while (start > 0 && !text[start - 1].isSpace())
            --start;
        const QStringView token = text.sliced(start, end - start);
        if (token.size() < 2 || token.front() != u'#')
            break;
        const QStringView tag = token.sliced(1);
        if (!Hashtags::isValid(tag) || !shown.contains(Hashtags::slug(tag)))
            break;
        keep = start;
    }
    while (keep > 0 && text[keep - 1].isSpace())
        --keep;
    return text.first(keep);
}

QFont titleFont(const QFont &base)
{
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    return title;
}

QTextOption paragraphOption(Qt::LayoutDirection direction, const QString &text)
{
    QTextOption option;
    // A word wider than the card breaks anywhere rather than running off it.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The words run in their own direction (an Arabic sentence's full stop ends it on the
    // left), and the lines start at the card's leading edge whatever that direction is.
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(
        (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    return option;
}

void layOut(CardLayout::Paragraph &paragraph, const QString &text, const QFont &font, qreal width,
    int maxLines, qreal reserve, bool moreFollows, Qt::LayoutDirection direction)
{
    const QTextOption option = paragraphOption(direction, text);
    paragraph.lines.setText(text);
    paragraph.lines.setFont(font);
    paragraph.lines.setTextOption(option);
    paragraph.lines.setCacheEnabled(true);
    // Lines are spaced by the card font's line spacing (and a little air), whatever fallback
    // fonts a line needs (an emoji's may be taller): cards of one shape have one height.
    const qreal spacing = std::round(QFontMetricsF(font).lineSpacing() * 1.15);
    paragraph.lines.beginLayout();
    qreal y = 0;
    QTextLine last;
    int count = 0;
    while (count < maxLines) {
        QTextLine line = paragraph.lines.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += spacing;
        last = line;
        ++count;
    }
    paragraph.lines.endLayout();
    paragraph.height = y;
    paragraph.fullLines = count;
    if (!last.isValid())
        return;
    paragraph.lastLine = last.naturalTextRect();
    paragraph.cut
        = moreFollows || last.textStart() + last.textLength() < paragraph.lines.text().size();
    if (!paragraph.cut)
        return;

    // The last line again, elided: the rest of its paragraph, cut with "…" when it does not
    // fit (a paragraph that ends there needs no mark: "Read more" says there is more).
    const qsizetype start = last.textStart();
    const qsizetype end = text.indexOf(QChar::LineSeparator, start);
    const QString rest
        = text.mid(start, std::min<qsizetype>(end < 0 ? text.size() - start : end - start, 400));
    const QFontMetricsF metrics(font);
    const qreal room = std::max<qreal>(width - reserve, metrics.averageCharWidth() * 4);
    QString shown = metrics.elidedText(rest, Qt::ElideRight, room);
    if (shown != rest && shown.endsWith(Ellipsis)) {
        // Cut after a space, "and …" would show a gap before the mark: "and…".
        shown.chop(1);
        while (!shown.isEmpty() && shown.back().isSpace())
            shown.chop(1);
        shown += Ellipsis;
    }
    paragraph.elided.setText(shown);
    paragraph.elided.setFont(font);
    QTextOption single = option;
    single.setWrapMode(QTextOption::NoWrap);
    paragraph.elided.setTextOption(single);
    paragraph.elided.setCacheEnabled(true);
    paragraph.elided.beginLayout();
    QTextLine line = paragraph.elided.createLine();
    line.setLineWidth(width);
    line.setPosition(last.position());
    paragraph.elided.endLayout();
    paragraph.fullLines = count - 1;
    paragraph.lastLine = line.naturalTextRect();
}

} // namespace

void CardLayout::Paragraph::draw(QPainter *painter, QPointF at) const
{
    for (int i = 0; i < fullLines; ++i)
        lines.lineAt(i).draw(painter, at);
    if (cut)
        elided.draw(painter, at);
}

QString CardLayout::Paragraph::shown() const
{
    QString text;
    for (int i = 0; i < fullLines; ++i) {
        const QTextLine line = lines.lineAt(i);
        text += lines.text().mid(line.textStart(), line.textLength());
    }
    if (cut)
        text += elided.text();
    return text;
}

CardLayout::CardLayout(const QModelIndex &index, int width, const QFont &font,
    Qt::LayoutDirection layoutDirection, const ContentFold &fold, const QString &storyWords)
    : direction(layoutDirection)
{
    const QFontMetrics metrics(font);
    width = std::max(width, MinWidth);
    card = QRect(Gap, Gap, width - Margin, 0);
    content = card.adjusted(Margin, Margin, -Margin, 0);
    int y = content.top();

    headlineTop = y;
    headlineHeight = metrics.height() + 4; // room for the team badge's padding
    y += headlineHeight + Gap;
    layOutAuthor(index, metrics);

    const QStringList shownTags
        = fold.folded ? QStringList() : index.data(FeedModel::HashtagsRole).toStringList();
    y = layOutText(index, font, fold, storyWords, shownTags, y);
    if (!fold.folded)
        y = layOutMedia(index, y);
    y = layOutTags(shownTags, metrics, y);
    y = layOutFooter(index, metrics, y);

    card.setBottom(y - 1);
    content.setBottom(y - Margin - 1);
    height = y + Gap;
}

QRect CardLayout::headlineText() const
{
    QRect line(content.left(), headlineTop, content.width(), headlineHeight);
    if (direction == Qt::RightToLeft)
        line.setRight(avatar.left() - Gap);
    else
        line.setLeft(avatar.right() + 1 + Gap);
    return line;
}

void CardLayout::layOutAuthor(const QModelIndex &index, const QFontMetrics &metrics)
{
    // A disc as tall as the headline, at its leading edge.
    avatar = QRect(content.left(), headlineTop, headlineHeight, headlineHeight);
    if (direction == Qt::RightToLeft)
        avatar.moveRight(content.right());
    // The headline as PostCardDelegate paints it: after the team's badge, "Post · " and then
    // the name, a run of its own (PostWording::headline()).
    QRect line = headlineText();
    if (index.data(FeedModel::TeamPromptRole).toBool()) {
        const int badge = metrics.horizontalAdvance(QCoreApplication::translate(
                              "Hearth::PostCardDelegate", "Community team"))
            + Margin + Gap;
        if (direction == Qt::RightToLeft)
            line.setRight(line.right() - badge);
        else
            line.setLeft(line.left() + badge);
    }
    const QString before
        = PostWording::kindName(PostKind(index.data(FeedModel::KindRole).toInt())) + u" · "_s;
    const QString name = PersonText::isolated(
        PostText::cardText(index.data(FeedModel::AuthorNameRole).toString(), 200, false));
    const int start = metrics.horizontalAdvance(before);
    const int end = std::min(start + metrics.horizontalAdvance(name), line.width());
    if (end <= start) {
        author = {};
        return;
    }
    author = QRect(line.left() + start, line.top(), end - start, line.height());
    if (direction == Qt::RightToLeft)
        author.moveRight(line.right() - start);
}

int CardLayout::layOutText(const QModelIndex &index, const QFont &font, const ContentFold &fold,
    const QString &storyWords, const QStringList &shownTags, int y)
{
    const QFontMetrics metrics(font);
    const int left = content.left();
    const int contentWidth = content.width();

    // A folded card keeps even its title back: it may say what the fold hides.
    const QString titleText = fold.folded
        ? QString()
        : PostText::cardText(index.data(FeedModel::TitleRole).toString(), MaxTitleChars, false);
    if (!titleText.trimmed().isEmpty()) {
        layOut(title, titleText, titleFont(font), contentWidth, TitleLines, 0, false, direction);
        titleAt = QPointF(left, y);
        y += int(std::ceil(title.height)) + Gap;
    }

    // The excerpt: why the card is folded, or a story's Markdown as its words.
    QString source;
    if (fold.folded)
        source = fold.summary();
    else if (PostKind(index.data(FeedModel::KindRole).toInt()) == PostKind::Story)
        source = storyWords;
    else
        source = index.data(FeedModel::BodyRole).toString();
    if (!fold.folded)
        source.truncate(withoutTrailingTags(source, shownTags).size());
    bool bodyCut = false;
    const QString bodyText = PostText::cardText(source, MaxExcerptChars, true, &bodyCut);
    folded = fold.folded;
    readMoreText = fold.folded
        ? QCoreApplication::translate("Hearth::PostCardDelegate", "Show post")
        : QCoreApplication::translate("Hearth::PostCardDelegate", "Read more");
    if (bodyText.trimmed().isEmpty())
        return y;
    const int readMoreWidth = metrics.horizontalAdvance(readMoreText);
    // Why a card is folded is said in italics, apart from anyone's words.
    QFont bodyFont = font;
    bodyFont.setItalic(fold.folded);
    layOut(body, bodyText, bodyFont, contentWidth, BodyLines, readMoreWidth + Margin, bodyCut,
        direction);
    bodyAt = QPointF(left, y);
    if (fold.folded) {
        // "Show post" on a line of its own under why, where the eye goes next.
        readMore
            = QRect(left, y + int(std::ceil(body.height)) + Gap, readMoreWidth, metrics.height());
        if (direction == Qt::RightToLeft)
            readMore.moveRight(content.right());
        return readMore.bottom() + 1 + Gap;
    }
    if (body.cut) {
        const QRectF last = body.lastLine.translated(bodyAt);
        readMore = QRect(
            int(last.right()) + Gap, int(last.top()), readMoreWidth, int(std::ceil(last.height())));
        if (direction == Qt::RightToLeft)
            readMore.moveRight(int(last.left()) - Gap);
    }
    return y + int(std::ceil(body.height)) + Gap;
}

int CardLayout::layOutMedia(const QModelIndex &index, int y)
{
    if (!index.data(FeedModel::HasMediaRole).toBool())
        return y;
    // The media's own shape, between square and twice as wide as tall; 16:9 when the server
    // did not know it.
    const int mediaWidth = std::min(content.width(), MaxMediaWidth);
    const int w = index.data(FeedModel::MediaWidthRole).toInt();
    const int h = index.data(FeedModel::MediaHeightRole).toInt();
    const qreal aspect = w > 0 && h > 0 ? std::clamp(qreal(w) / h, 1.0, 2.0) : 16.0 / 9.0;
    const int mediaHeight = std::min(int(std::lround(mediaWidth / aspect)), MaxMediaHeight);
    media = QRect(content.left(), y, mediaWidth, mediaHeight);
    if (direction == Qt::RightToLeft)
        media.moveRight(content.right());
    return y + mediaHeight + Gap;
}

int CardLayout::layOutTags(const QStringList &shownTags, const QFontMetrics &metrics, int y)
{
    if (shownTags.isEmpty())
        return y;
    const int contentWidth = content.width();
    int x = 0;
    int rowTop = y;
    const int rowHeight = metrics.height() + 2;
    for (const QString &tag : shownTags) {
        const QString clean = PostText::cardText(tag, MaxTagChars, false);
        const QString shown = metrics.elidedText(u"#"_s + clean, Qt::ElideRight, contentWidth);
        const int tagWidth = metrics.horizontalAdvance(shown);
        if (x > 0 && x + tagWidth > contentWidth) {
            x = 0;
            rowTop += rowHeight;
        }
        QRect rect(content.left() + x, rowTop, tagWidth, rowHeight);
        if (direction == Qt::RightToLeft)
            rect.moveRight(content.right() - x);
        tags.append({tag, shown, rect});
        x += tagWidth + Margin;
    }
    return rowTop + rowHeight + Gap;
}

int CardLayout::layOutFooter(const QModelIndex &index, const QFontMetrics &metrics, int y)
{
    // The reactions' icons (a little taller than the text) and the counts, then React at the
    // end, in the person's reaction's name when there is one.
    footerTop = y;
    footerHeight = metrics.height() + 6;
    mine = reactionKindFromWire(index.data(FeedModel::MyReactionRole).toString());
    reactText = mine ? ReactionIcons::name(*mine)
                     : QCoreApplication::translate("Hearth::PostCardDelegate", "React");
    // Its icon as tall as the text, the words, and the button's rounded end.
    const int reactWidth
        = ReactInset + metrics.height() + Gap + metrics.horizontalAdvance(reactText) + Margin;
    react = QRect(content.right() + 1 - reactWidth, y, reactWidth, footerHeight);
    if (direction == Qt::RightToLeft)
        react.moveLeft(content.left());
    return y + footerHeight + Margin;
}

CardLayout::Shape CardLayout::shapeOf(const QModelIndex &index)
{
    Shape shape;
    const auto clamp16 = [](qsizetype n) {
        return quint16(std::min<qsizetype>(n, 0xffff));
    };
    shape.titleChars = clamp16(
        std::min(index.data(FeedModel::TitleRole).toString().trimmed().size(), MaxTitleChars));
    const QStringList tags = index.data(FeedModel::HashtagsRole).toStringList();
    qsizetype tagChars = 0;
    for (const QString &tag : tags)
        tagChars += std::min(tag.size(), MaxTagChars) + 1;
    shape.tagChars = clamp16(tagChars);
    shape.tagCount = quint8(std::min<qsizetype>(tags.size(), 255));
    // The body's tags that end it are shown once, as links: not counted twice.
    shape.bodyChars = clamp16(std::min(
        std::max<qsizetype>(0, index.data(FeedModel::BodyRole).toString().size() - tagChars),
        MaxExcerptChars));
    shape.media = index.data(FeedModel::HasMediaRole).toBool();
    const int w = index.data(FeedModel::MediaWidthRole).toInt();
    const int h = index.data(FeedModel::MediaHeightRole).toInt();
    shape.aspect = float(w > 0 && h > 0 ? std::clamp(qreal(w) / h, 1.0, 2.0) : 16.0 / 9.0);
    return shape;
}

CardLayout::Estimate::Estimate(int width, const QFont &font)
{
    // The same sums as the constructor's, with lines counted from characters rather than
    // laid out.
    const QFontMetrics metrics(font);
    const QFontMetricsF titleMetrics(titleFont(font));
    width = std::max(width, MinWidth);
    m_contentWidth = std::max(1, width - Margin - 2 * Margin);
    const int headline = metrics.height() + 4 + Gap;
    const int footer = metrics.height() + 6 + Margin;
    m_fixed = Gap + Margin + headline + footer + Gap;
    m_lineSpacing = int(std::round(QFontMetricsF(font).lineSpacing() * 1.15));
    m_titleSpacing = int(std::round(titleMetrics.lineSpacing() * 1.15));
    m_charWidth = std::max<qreal>(1, metrics.averageCharWidth());
    m_titleCharWidth = std::max<qreal>(1, titleMetrics.averageCharWidth());
    m_tagRow = metrics.height() + 2;
}

int CardLayout::Estimate::operator()(const Shape &shape) const
{
    const auto lines = [this](int chars, qreal charWidth, int most) {
        return std::clamp(int(std::ceil(chars * charWidth / m_contentWidth)), 1, most);
    };
    int height = m_fixed;
    if (shape.titleChars > 0)
        height += lines(shape.titleChars, m_titleCharWidth, TitleLines) * m_titleSpacing + Gap;
    if (shape.bodyChars > 0)
        height += lines(shape.bodyChars, m_charWidth, BodyLines) * m_lineSpacing + Gap;
    if (shape.media) {
        const int mediaWidth = std::min(m_contentWidth, MaxMediaWidth);
        height
            += std::min(int(std::lround(mediaWidth / std::max(1.0f, shape.aspect))), MaxMediaHeight)
            + Gap;
    }
    if (shape.tagCount > 0) {
        const int rows = lines(int(shape.tagChars + shape.tagCount * Margin / m_charWidth),
            m_charWidth, 1 + shape.tagCount);
        height += rows * m_tagRow + Gap;
    }
    return height;
}

QString CardLayout::storyWords(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown.left(MaxExcerptChars * 3),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
            | QTextDocument::MarkdownNoHTML);
    QString words = document.toPlainText();
    words.remove(QChar::ObjectReplacementCharacter);
    return words;
}

CardLayout::Hit CardLayout::hitTest(QPoint at) const
{
    if (!card.contains(at))
        return {};
    // Links are a little taller than their text, to be easy to hit.
    for (const Tag &tag : tags) {
        if (tag.rect.adjusted(-2, -2, 2, 2).contains(at))
            return {Part::Hashtag, tag.tag};
    }
    if (!readMore.isEmpty() && readMore.adjusted(-2, -2, 2, 2).contains(at))
        return {Part::ReadMore, {}};
    if (react.adjusted(-2, -2, 2, 2).contains(at))
        return {Part::React, {}};
    if (media.contains(at))
        return {Part::Media, {}};
    if (author.contains(at) || avatar.contains(at))
        return {Part::Author, {}};
    return {Part::Card, {}};
}

QRect CardLayout::rect(Part part, const QString &hashtag) const
{
    switch (part) {
    case Part::Media:
        return media;
    case Part::ReadMore:
        return readMore;
    case Part::Hashtag:
        for (const Tag &tag : tags) {
            if (tag.tag == hashtag)
                return tag.rect;
        }
        return {};
    case Part::Card:
        return card;
    case Part::React:
        return react;
    case Part::Author:
        return author;
    case Part::Counts:
    case Part::Nothing:
        break;
    }
    return {};
}

QRect CardLayout::footer() const
{
    return QRect(content.left(), footerTop, content.width(), footerHeight);
}

QRect CardLayout::counts(int iconsWidth) const
{
    QRect line = footer();
    if (direction == Qt::RightToLeft) {
        line.setRight(line.right() - iconsWidth);
        line.setLeft(react.right() + 1 + Gap);
    } else {
        line.setLeft(line.left() + iconsWidth);
        line.setRight(react.left() - 1 - Gap);
    }
    return line;
}

QStringList CardLayout::shownText() const
{
    return {title.shown(), body.shown()};
}

int CardLayout::iconDisc(const QFontMetrics &metrics)
{
    return metrics.height() + 4;
}

qreal CardLayout::iconStep(const QFontMetrics &metrics)
{
    return iconDisc(metrics) * 0.8;
}

int CardLayout::iconsWidth(qsizetype count, const QFontMetrics &metrics)
{
    if (count == 0)
        return 0;
    return int(std::ceil(iconDisc(metrics) + (count - 1) * iconStep(metrics))) + Gap;
}

} // namespace Hearth
