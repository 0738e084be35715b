#include "PostCardDelegate.h"

#include "Appearance.h"
#include "CardMedia.h"
#include "Care.h"
#include "ReactionIcons.h"
#include "api/Hashtags.h"
#include "api/LocalState.h"
#include "models/FeedModel.h"

#include <QAbstractItemView>
#include <QCache>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QHelpEvent>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QSet>
#include <QStyle>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr int Margin = PostCardDelegate::Margin;
constexpr int Gap = Margin / 2;
constexpr qreal CornerRadius = CardMedia::CornerRadius; // cards and their pictures alike
// No card shows more of a text than this: a 100 KB word costs what a long sentence does.
constexpr qsizetype MaxTitleChars = 600;
constexpr qsizetype MaxExcerptChars = 2'000;
constexpr qsizetype MaxTagChars = 100;
// Layouts hold glyphs: enough for a few screens of cards. Heights are a few bytes each.
constexpr int MaxLayouts = 300;
constexpr int MaxHeights = 20'000;
constexpr qsizetype MaxExcerpts = 2'000;
constexpr QChar Ellipsis(0x2026);
// React's icon sits this far inside its button.
constexpr int ReactInset = 3;
// How far a hovered card is tinted towards the highlight colour (twice as far when dark).
constexpr qreal HoverTint = 0.07;

// A card's layout is good for one post, one item width and one content.
struct CardKey
{
    qint64 postId = 0;
    int width = 0;
    size_t fingerprint = 0;

    friend bool operator==(const CardKey &, const CardKey &) = default;
};

size_t qHash(const CardKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.postId, key.width, key.fingerprint);
}

QString kindLabel(PostKind kind)
{
    switch (kind) {
    case PostKind::Story:
        return PostCardDelegate::tr("Story");
    case PostKind::Video:
        return PostCardDelegate::tr("Video");
    case PostKind::Post:
        break;
    }
    return PostCardDelegate::tr("Post");
}

// Explicit embeddings, overrides and isolates would reorder what follows them (U+202E
// shows the rest of a line backwards): a card shows the characters in their own order.
bool isDirectionControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C
        || c == 0x85;
}

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

// A story's Markdown as the words it shows, without its marks ("## ", "**"). HTML in it
// stays literal text; nothing is loaded.
QString markdownWords(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown.left(MaxExcerptChars * 3),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
            | QTextDocument::MarkdownNoHTML);
    QString words = document.toPlainText();
    words.remove(QChar::ObjectReplacementCharacter);
    return words;
}

// What a card's layout depends on, from the roles and the care rules: a change to any of
// them is a new layout. Only the part of the body a card can show is hashed, with the
// body's length.
size_t fingerprint(const QModelIndex &index, const ContentFold &fold, bool quietCounts)
{
    const QString body = index.data(FeedModel::BodyRole).toString();
    return qHashMulti(qHashMulti(0, fold.folded, int(fold.reason), fold.detail, quietCounts),
        index.data(FeedModel::TitleRole).toString(), QStringView(body).left(MaxExcerptChars * 3),
        body.size(), index.data(FeedModel::HashtagsRole).toStringList(),
        index.data(FeedModel::ContentWarningRole).toString(),
        index.data(FeedModel::KindRole).toInt(), index.data(FeedModel::HasMediaRole).toBool(),
        index.data(FeedModel::MediaWidthRole).toInt(),
        index.data(FeedModel::MediaHeightRole).toInt(),
        index.data(FeedModel::MyReactionRole).toString());
}

QFont titleFont(const QFont &base)
{
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    return title;
}

// Lines of text, at most a number of them; when the text goes on, the last one is elided
// (leaving room after it) and drawn from a layout of its own.
struct Paragraph
{
    QTextLayout lines;
    int fullLines = 0; // lines of `lines` to draw
    QTextLayout elided; // the last line, when cut
    bool cut = false;
    qreal height = 0;
    QRectF lastLine; // the last line drawn, its text's natural extent

    void draw(QPainter *painter, QPointF at) const
    {
        for (int i = 0; i < fullLines; ++i)
            lines.lineAt(i).draw(painter, at);
        if (cut)
            elided.draw(painter, at);
    }
};

QTextOption paragraphOption(Qt::LayoutDirection direction)
{
    QTextOption option;
    // A word wider than the card breaks anywhere rather than running off it.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The card's leading edge, whatever the text's own direction.
    option.setTextDirection(direction);
    option.setAlignment(Qt::AlignLeft);
    return option;
}

void layOut(Paragraph &paragraph, const QString &text, const QFont &font, qreal width, int maxLines,
    qreal reserve, bool moreFollows, Qt::LayoutDirection direction)
{
    const QTextOption option = paragraphOption(direction);
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

// The kinds a card shows icons of: the most common reactions, most common first.
QList<ReactionKind> topReactions(const QModelIndex &index)
{
    QList<ReactionKind> kinds;
    for (const QString &name : index.data(FeedModel::TopReactionsRole).toStringList()) {
        if (const std::optional<ReactionKind> kind = reactionKindFromWire(name))
            kinds.append(*kind);
    }
    return kinds;
}

// The reactions' icons: discs a little taller than the text, each overlapping the one before.
int iconDisc(const QFontMetrics &metrics)
{
    return metrics.height() + 4;
}

qreal iconStep(const QFontMetrics &metrics)
{
    return iconDisc(metrics) * 0.8;
}

// How much of the footer's start the icons take, with the gap after them.
int iconsWidth(const QModelIndex &index, const QFontMetrics &metrics)
{
    const qsizetype icons = topReactions(index).size();
    if (icons == 0)
        return 0;
    return int(std::ceil(iconDisc(metrics) + (icons - 1) * iconStep(metrics))) + Gap;
}

// base tinted towards colour: the eye needs a larger step on dark colours to see it.
QColor tint(const QColor &base, const QColor &colour, qreal amount)
{
    return Appearance::mix(base, colour, base.lightness() < 128 ? amount * 2 : amount);
}

} // namespace

QString PostCardDelegate::cardText(QStringView text, qsizetype maxChars, bool keepBreaks, bool *cut)
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
        if (isDirectionControl(c.unicode()))
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

// Where everything of one card goes, relative to its item's top left corner.
struct PostCardDelegate::Layout
{
    int height = 0;
    QRect card; // the rounded card, inside the item
    QRect content; // the card less its padding
    int headlineTop = 0;
    int headlineHeight = 0;
    Paragraph title;
    QPointF titleAt;
    Paragraph body;
    QPointF bodyAt;
    QRect readMore; // "Read more", or "Show post" on a folded card; empty when neither
    QString readMoreText;
    bool folded = false;
    QRect media; // empty without media
    struct Tag
    {
        QString tag; // without '#'
        QString shown; // "#Tag", elided to fit
        QRect rect;
    };
    QList<Tag> tags;
    int footerTop = 0;
    int footerHeight = 0;
    QRect react; // the React button, at the end of the footer
    QString reactText; // its words: the person's reaction, or "React"
    std::optional<ReactionKind> mine; // the person's reaction

    QRect footer() const { return QRect(content.left(), footerTop, content.width(), footerHeight); }
    // Where the counts line goes: the footer after the reactions' icons and before React.
    QRect counts(int iconsWidth, Qt::LayoutDirection direction) const
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
};

struct PostCardDelegate::Caches
{
    QCache<CardKey, Layout> layouts{MaxLayouts};
    QCache<CardKey, int> heights{MaxHeights};
    // A story's excerpt without its Markdown, by post and fingerprint.
    QCache<CardKey, QString> excerpts{MaxExcerpts};
    // What every kept layout was made with: a change of font or direction drops them all.
    QFont font;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    int layoutCount = 0;
    // Where the left button went down, to tell a click from a press here and a release there.
    QPersistentModelIndex pressedIndex;
    Hit pressed;
    // A press held on React: when it goes off, the menu is asked for and the release that
    // follows is no click.
    QTimer longPress;
    QPoint longPressAt; // global
    bool longPressFired = false;
    // The viewports watched (attachTo()), and the React button under the pointer.
    QList<QPointer<QWidget>> viewports;
    QPointer<QAbstractItemView> hoverView;
    QPersistentModelIndex hoveredReact;

    void clearLayouts()
    {
        layouts.clear();
        heights.clear();
    }
};

PostCardDelegate::PostCardDelegate(QObject *parent) : PostCardDelegate(nullptr, parent) { }

PostCardDelegate::PostCardDelegate(MediaImageCache *images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_media(new CardMedia(this))
    , m_caches(std::make_unique<Caches>())
{
    m_media->setImageCache(images);
    m_caches->longPress.setSingleShot(true);
    m_caches->longPress.setInterval(LongPressMs);
    connect(&m_caches->longPress, &QTimer::timeout, this, &PostCardDelegate::longPressed);
}

PostCardDelegate::~PostCardDelegate() = default;

void PostCardDelegate::setImageCache(MediaImageCache *images)
{
    m_media->setImageCache(images);
}

void PostCardDelegate::setCare(const Care *care)
{
    if (m_care)
        disconnect(m_care, nullptr, this, nullptr);
    m_care = care;
    m_media->setCare(care);
    if (m_care) {
        // Layouts are keyed by what the card shows, folds and counts included: the views
        // only need to measure again (an invalid index lays out every row).
        connect(m_care, &Care::changed, this, [this] { Q_EMIT sizeHintChanged(QModelIndex()); });
    }
    Q_EMIT sizeHintChanged(QModelIndex());
}

ContentFold PostCardDelegate::foldOf(const QModelIndex &index) const
{
    if (m_care)
        return m_care->postFold(index);
    // Without the rules, only the author's content warning folds.
    return ContentFold::of(index.data(FeedModel::ContentWarningRole).toString(), {}, {}, {}, false,
        MutedWords(), nullptr);
}

MediaImageCache *PostCardDelegate::imageCache() const
{
    return m_media->imageCache();
}

int PostCardDelegate::layoutCount() const
{
    return m_caches->layoutCount;
}

QString PostCardDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    return FeedModel::relativeTime(when, now);
}

QString PostCardDelegate::headline(const QModelIndex &index, const QDateTime &now)
{
    const auto kind = PostKind(index.data(FeedModel::KindRole).toInt());
    QString line = kindLabel(kind) + u" · "_s
        + cardText(index.data(FeedModel::AuthorNameRole).toString(), 200, false) + u" · "_s
        + relativeTime(index.data(FeedModel::CreatedAtRole).toDateTime(), now);
    if (index.data(FeedModel::EditedRole).toBool())
        line += u" "_s + tr("(edited)");
    return line;
}

QString PostCardDelegate::countsLine(const QModelIndex &index)
{
    // One tr() with the count each: every language's translation gives its own plural forms.
    const int reactions = index.data(FeedModel::ReactionCountRole).toInt();
    const int comments = index.data(FeedModel::CommentCountRole).toInt();
    return tr("%Ln reactions", nullptr, reactions) + u" · "_s
        + tr("%Ln comments", nullptr, comments);
}

int PostCardDelegate::itemWidth(const QStyleOptionViewItem &option)
{
    if (option.rect.width() > 0)
        return option.rect.width();
    // A list in list mode makes each item as wide as its viewport, less its spacing.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        const auto *list = qobject_cast<const QListView *>(view);
        return view->viewport()->width() - 2 * (list ? list->spacing() : 0);
    }
    return 0;
}

const PostCardDelegate::Layout &PostCardDelegate::layoutFor(
    const QModelIndex &index, int width, const QStyleOptionViewItem &option) const
{
    Caches &caches = *m_caches;
    if (option.font != caches.font || option.direction != caches.direction) {
        caches.clearLayouts();
        caches.excerpts.clear();
        caches.font = option.font;
        caches.direction = option.direction;
    }
    // Narrower than this, a card is clipped rather than laid out in slivers.
    width = std::max(width, 160);
    const qint64 postId = index.data(FeedModel::IdRole).toLongLong();
    const ContentFold fold = foldOf(index);
    const bool quiet = m_care && m_care->quietCounts();
    const CardKey key{postId, width, fingerprint(index, fold, quiet)};
    if (const Layout *cached = caches.layouts.object(key))
        return *cached;

    ++caches.layoutCount;
    auto layout = std::make_unique<Layout>();
    const QFont &font = option.font;
    const QFontMetrics metrics(font);
    const Qt::LayoutDirection direction = option.direction;
    layout->card = QRect(Gap, Gap, width - Margin, 0);
    layout->content = layout->card.adjusted(Margin, Margin, -Margin, 0);
    const int left = layout->content.left();
    const int contentWidth = layout->content.width();
    int y = layout->content.top();

    layout->headlineTop = y;
    layout->headlineHeight = metrics.height() + 4; // room for the team badge's padding
    y += layout->headlineHeight + Gap;

    // A folded card keeps even its title back: it may say what the fold hides.
    const QString title = fold.folded
        ? QString()
        : cardText(index.data(FeedModel::TitleRole).toString(), MaxTitleChars, false);
    if (!title.trimmed().isEmpty()) {
        layOut(
            layout->title, title, titleFont(font), contentWidth, TitleLines, 0, false, direction);
        layout->titleAt = QPointF(left, y);
        y += int(std::ceil(layout->title.height)) + Gap;
    }

    // The excerpt: why the card is folded, or a story's Markdown as its words.
    QString source;
    if (fold.folded) {
        source = fold.summary();
    } else if (PostKind(index.data(FeedModel::KindRole).toInt()) == PostKind::Story) {
        const CardKey excerptKey{postId, 0, key.fingerprint};
        if (const QString *words = caches.excerpts.object(excerptKey)) {
            source = *words;
        } else {
            source = markdownWords(index.data(FeedModel::BodyRole).toString());
            caches.excerpts.insert(excerptKey, new QString(source));
        }
    } else {
        source = index.data(FeedModel::BodyRole).toString();
    }
    const QStringList tags
        = fold.folded ? QStringList() : index.data(FeedModel::HashtagsRole).toStringList();
    if (!fold.folded)
        source.truncate(withoutTrailingTags(source, tags).size());
    bool bodyCut = false;
    const QString body = cardText(source, MaxExcerptChars, true, &bodyCut);
    layout->folded = fold.folded;
    layout->readMoreText = fold.folded ? tr("Show post") : tr("Read more");
    if (!body.trimmed().isEmpty()) {
        const int readMoreWidth = metrics.horizontalAdvance(layout->readMoreText);
        // Why a card is folded is said in italics, apart from anyone's words.
        QFont bodyFont = font;
        bodyFont.setItalic(fold.folded);
        layOut(layout->body, body, bodyFont, contentWidth, BodyLines, readMoreWidth + Margin,
            bodyCut, direction);
        layout->bodyAt = QPointF(left, y);
        if (fold.folded) {
            // "Show post" on a line of its own under why, where the eye goes next.
            layout->readMore = QRect(left, y + int(std::ceil(layout->body.height)) + Gap,
                readMoreWidth, metrics.height());
            if (direction == Qt::RightToLeft)
                layout->readMore.moveRight(layout->content.right());
            y = layout->readMore.bottom() + 1 + Gap;
        } else if (layout->body.cut) {
            const QRectF last = layout->body.lastLine.translated(layout->bodyAt);
            layout->readMore = QRect(int(last.right()) + Gap, int(last.top()), readMoreWidth,
                int(std::ceil(last.height())));
            if (direction == Qt::RightToLeft)
                layout->readMore.moveRight(int(last.left()) - Gap);
        }
        if (!fold.folded)
            y += int(std::ceil(layout->body.height)) + Gap;
    }

    if (!fold.folded && index.data(FeedModel::HasMediaRole).toBool()) {
        // The media's own shape, between square and twice as wide as tall; 16:9 when the
        // server did not know it.
        const int mediaWidth = std::min(contentWidth, MaxMediaWidth);
        const int w = index.data(FeedModel::MediaWidthRole).toInt();
        const int h = index.data(FeedModel::MediaHeightRole).toInt();
        const qreal aspect = w > 0 && h > 0 ? std::clamp(qreal(w) / h, 1.0, 2.0) : 16.0 / 9.0;
        const int mediaHeight = std::min(int(std::lround(mediaWidth / aspect)), MaxMediaHeight);
        layout->media = QRect(left, y, mediaWidth, mediaHeight);
        if (direction == Qt::RightToLeft)
            layout->media.moveRight(layout->content.right());
        y += mediaHeight + Gap;
    }

    if (!tags.isEmpty()) {
        int x = 0;
        int rowTop = y;
        const int rowHeight = metrics.height() + 2;
        for (const QString &tag : tags) {
            const QString clean = cardText(tag, MaxTagChars, false);
            const QString shown = metrics.elidedText(u"#"_s + clean, Qt::ElideRight, contentWidth);
            const int tagWidth = metrics.horizontalAdvance(shown);
            if (x > 0 && x + tagWidth > contentWidth) {
                x = 0;
                rowTop += rowHeight;
            }
            QRect rect(left + x, rowTop, tagWidth, rowHeight);
            if (direction == Qt::RightToLeft)
                rect.moveRight(layout->content.right() - x);
            layout->tags.append({tag, shown, rect});
            x += tagWidth + Margin;
        }
        y = rowTop + rowHeight + Gap;
    }

    // The footer: the reactions' icons (a little taller than the text) and the counts, then
    // React at the end, in the person's reaction's name when there is one.
    layout->footerTop = y;
    layout->footerHeight = metrics.height() + 6;
    layout->mine = reactionKindFromWire(index.data(FeedModel::MyReactionRole).toString());
    layout->reactText = layout->mine ? ReactionIcons::name(*layout->mine) : tr("React");
    // Its icon as tall as the text, the words, and the button's rounded end.
    const int reactWidth = ReactInset + metrics.height() + Gap
        + metrics.horizontalAdvance(layout->reactText) + Margin;
    layout->react
        = QRect(layout->content.right() + 1 - reactWidth, y, reactWidth, layout->footerHeight);
    if (direction == Qt::RightToLeft)
        layout->react.moveLeft(left);
    y += layout->footerHeight + Margin;

    layout->card.setBottom(y - 1);
    layout->content.setBottom(y - Margin - 1);
    layout->height = y + Gap;
    caches.heights.insert(key, new int(layout->height));
    const Layout *made = layout.get();
    caches.layouts.insert(key, layout.release());
    return *made;
}

QSize PostCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = std::max(itemWidth(option), 160);
    // The height alone is kept for many more cards than layouts are: a list measures all
    // its rows whenever it lays itself out.
    if (option.font == m_caches->font && option.direction == m_caches->direction) {
        const CardKey key{index.data(FeedModel::IdRole).toLongLong(), width,
            fingerprint(index, foldOf(index), m_care && m_care->quietCounts())};
        if (const int *height = m_caches->heights.object(key))
            return {width, *height};
    }
    return {width, layoutFor(index, width, option).height};
}

QRect PostCardDelegate::partRect(const QStyleOptionViewItem &option, const QModelIndex &index,
    Part part, const QString &hashtag) const
{
    const Layout &layout = layoutFor(index, option.rect.width(), option);
    const QPoint origin = option.rect.topLeft();
    switch (part) {
    case Part::Media:
        return layout.media.translated(origin);
    case Part::ReadMore:
        return layout.readMore.translated(origin);
    case Part::Hashtag:
        for (const Layout::Tag &tag : layout.tags) {
            if (tag.tag == hashtag)
                return tag.rect.translated(origin);
        }
        return {};
    case Part::Card:
        return layout.card.translated(origin);
    case Part::React:
        return layout.react.translated(origin);
    case Part::Counts: {
        if (m_care && m_care->quietCounts())
            return {};
        const QFontMetrics metrics(option.font);
        return layout.counts(iconsWidth(index, metrics), option.direction).translated(origin);
    }
    case Part::Nothing:
        break;
    }
    return {};
}

QStringList PostCardDelegate::shownText(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout &layout = layoutFor(index, option.rect.width(), option);
    const auto words = [](const Paragraph &paragraph) {
        QString text;
        for (int i = 0; i < paragraph.fullLines; ++i) {
            const QTextLine line = paragraph.lines.lineAt(i);
            text += paragraph.lines.text().mid(line.textStart(), line.textLength());
        }
        if (paragraph.cut)
            text += paragraph.elided.text();
        return text;
    };
    return {words(layout.title), words(layout.body)};
}

PostCardDelegate::Hit PostCardDelegate::hitTest(
    const QStyleOptionViewItem &option, const QModelIndex &index, QPoint pos) const
{
    if (!index.isValid() || !option.rect.contains(pos))
        return {};
    const Layout &layout = layoutFor(index, option.rect.width(), option);
    const QPoint at = pos - option.rect.topLeft();
    if (!layout.card.contains(at))
        return {};
    // Links are a little taller than their text, to be easy to hit.
    for (const Layout::Tag &tag : layout.tags) {
        if (tag.rect.adjusted(-2, -2, 2, 2).contains(at))
            return {Part::Hashtag, tag.tag};
    }
    if (!layout.readMore.isEmpty() && layout.readMore.adjusted(-2, -2, 2, 2).contains(at))
        return {Part::ReadMore, {}};
    if (layout.react.adjusted(-2, -2, 2, 2).contains(at))
        return {Part::React, {}};
    if (layout.media.contains(at))
        return {Part::Media, {}};
    return {Part::Card, {}};
}

bool PostCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    // The first click of a double click did what a click there does; the view would take
    // the second for activating the card, and open it a second time.
    if (type == QEvent::MouseButtonDblClick)
        return true;

    // A click is a press and a release on the same part, as on a button: a press on one
    // card and a release on another's hashtag opens nothing.
    Caches &caches = *m_caches;
    const Hit hit = hitTest(option, index, mouse->position().toPoint());
    if (type == QEvent::MouseButtonPress) {
        caches.pressedIndex = index;
        caches.pressed = hit;
        caches.longPressFired = false;
        if (hit.part == Part::React) {
            caches.longPressAt = mouse->globalPosition().toPoint();
            caches.longPress.start();
        } else {
            caches.longPress.stop();
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    caches.longPress.stop();
    const bool held = caches.longPressFired;
    const bool clicked = caches.pressedIndex == index && caches.pressed.part == hit.part
        && caches.pressed.hashtag == hit.hashtag;
    caches.pressedIndex = QPersistentModelIndex();
    caches.pressed = {};
    caches.longPressFired = false;
    // A press held on React asked for the menu: letting go ends that, it is no click.
    if (held)
        return true;
    if (!clicked)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    switch (hit.part) {
    case Part::Hashtag:
        Q_EMIT hashtagActivated(hit.hashtag);
        return true;
    case Part::ReadMore:
    case Part::Card:
    case Part::Counts:
        Q_EMIT postActivated(index);
        return true;
    case Part::Media:
        Q_EMIT mediaActivated(index);
        return true;
    case Part::React: {
        // Again on my reaction takes it back, whichever kind it is.
        const bool reacted = !index.data(FeedModel::MyReactionRole).toString().isEmpty();
        Q_EMIT reactRequested(index, reacted ? std::nullopt : std::optional(DefaultReaction));
        return true;
    }
    case Part::Nothing:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void PostCardDelegate::longPressed()
{
    Caches &caches = *m_caches;
    if (!caches.pressedIndex.isValid() || caches.pressed.part != Part::React)
        return;
    caches.longPressFired = true;
    Q_EMIT reactMenuRequested(caches.pressedIndex, caches.longPressAt);
}

void PostCardDelegate::attachTo(QAbstractItemView *view)
{
    if (!view)
        return;
    QWidget *viewport = view->viewport();
    m_caches->viewports.removeAll(nullptr);
    if (m_caches->viewports.contains(viewport))
        return;
    m_caches->viewports.append(viewport);
    view->setMouseTracking(true);
    viewport->setMouseTracking(true);
    viewport->installEventFilter(this);
}

QStyleOptionViewItem PostCardDelegate::optionFor(
    const QAbstractItemView *view, const QModelIndex &index)
{
    // What QAbstractItemView::initViewItemOption() gives, as far as a card's layout reads it.
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.widget = view;
    option.rect = view->visualRect(index);
    return option;
}

bool PostCardDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *viewport = qobject_cast<QWidget *>(watched);
    auto *view = viewport ? qobject_cast<QAbstractItemView *>(viewport->parentWidget()) : nullptr;
    if (!view || view->viewport() != viewport || !m_caches->viewports.contains(viewport))
        return QStyledItemDelegate::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::MouseMove: {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex index = view->indexAt(pos);
        const Hit hit = index.isValid() ? hitTest(optionFor(view, index), index, pos) : Hit{};
        setHover(view, index, hit);
        // Moving off React is not holding it.
        Caches &caches = *m_caches;
        if (caches.longPress.isActive()
            && (index != caches.pressedIndex || hit.part != Part::React))
            caches.longPress.stop();
        break;
    }
    case QEvent::Leave:
        setHover(view, {}, {});
        break;
    case QEvent::ContextMenu: {
        // A right click on React asks for the kinds, instead of the card's own menu. From
        // the keyboard, the card's menu has "React…".
        auto *menu = static_cast<QContextMenuEvent *>(event);
        if (menu->reason() != QContextMenuEvent::Mouse)
            break;
        const QModelIndex index = view->indexAt(menu->pos());
        if (!index.isValid()
            || hitTest(optionFor(view, index), index, menu->pos()).part != Part::React)
            break;
        menu->accept();
        Q_EMIT reactMenuRequested(index, menu->globalPos());
        return true;
    }
    default:
        break;
    }
    return false;
}

void PostCardDelegate::setHover(QAbstractItemView *view, const QModelIndex &index, const Hit &hit)
{
    Caches &caches = *m_caches;
    const QPersistentModelIndex react = hit.part == Part::React ? index : QModelIndex();
    if (react != caches.hoveredReact || view != caches.hoverView) {
        if (caches.hoverView && caches.hoveredReact.isValid())
            caches.hoverView->update(caches.hoveredReact);
        caches.hoveredReact = react;
        caches.hoverView = view;
        if (react.isValid())
            view->update(react);
    }
    // The pointing hand over what a click follows somewhere: links and React.
    const bool hand
        = hit.part == Part::Hashtag || hit.part == Part::ReadMore || hit.part == Part::React;
    QWidget *viewport = view->viewport();
    const bool shown = viewport->testAttribute(Qt::WA_SetCursor)
        && viewport->cursor().shape() == Qt::PointingHandCursor;
    if (hand && !shown)
        viewport->setCursor(Qt::PointingHandCursor);
    else if (!hand && shown)
        viewport->unsetCursor();
}

bool PostCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Hit hit = hitTest(option, index, event->pos());
    QString tip;
    QRect area;
    if (hit.part == Part::Hashtag) {
        tip = tr("Open the #%1 topic").arg(cardText(hit.hashtag, MaxTagChars, false));
        area = partRect(option, index, hit.part, hit.hashtag);
    } else if (hit.part == Part::Media) {
        tip = index.data(FeedModel::MediaAltTextRole).toString();
        area = partRect(option, index, hit.part);
    } else if (hit.part == Part::React) {
        const std::optional<ReactionKind> mine
            = reactionKindFromWire(index.data(FeedModel::MyReactionRole).toString());
        tip = mine ? tr("Click to take back your reaction (“%1”); right-click or press and "
                        "hold to choose another.")
                         .arg(ReactionIcons::name(*mine))
                   : tr("Click to react with “%1”; right-click or press and hold to choose "
                        "another reaction.")
                         .arg(ReactionIcons::name(DefaultReaction));
        area = partRect(option, index, hit.part);
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    // QToolTip takes anything that looks like markup for rich text: the words go in escaped,
    // inside markup of Hearth's own, so they show as the text they are.
    const QString html = u"<p style='white-space:pre-wrap'>"_s
        + cardText(tip, 1'000, true).replace(QChar::LineSeparator, u'\n').toHtmlEscaped()
        + u"</p>"_s;
    QToolTip::showText(event->globalPos(), html, view ? view->viewport() : nullptr, area);
    return true;
}

void PostCardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout &layout = layoutFor(index, option.rect.width(), option);
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()), Qt::IntersectClip);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(layout.card).adjusted(0.5, 0.5, -0.5, -0.5);
    // Hover tints the card towards the highlight colour: a shade darker would not show on
    // a dark card.
    const QColor base = palette.color(selected ? QPalette::AlternateBase : QPalette::Base);
    const QColor background
        = hovered ? tint(base, palette.color(QPalette::Highlight), HoverTint) : base;
    painter->setPen(QPen(hovered
            ? Appearance::mix(palette.color(QPalette::Mid), palette.color(QPalette::Highlight), 0.5)
            : palette.color(QPalette::Mid),
        1));
    painter->setBrush(background);
    painter->drawRoundedRect(card, CornerRadius, CornerRadius);
    if (focused) {
        // Keyboard focus: a ring in the highlight colour, inside the card's edge.
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            card.adjusted(1.25, 1.25, -1.25, -1.25), CornerRadius - 1, CornerRadius - 1);
    }

    const QRect &content = layout.content;
    const QFontMetrics metrics(option.font);
    const QColor secondary = palette.color(QPalette::PlaceholderText);
    const QColor link = palette.color(QPalette::Link);

    // The headline, after the community team's badge.
    int x = content.left();
    QRect headline(x, layout.headlineTop, content.width(), layout.headlineHeight);
    if (index.data(FeedModel::TeamPromptRole).toBool()) {
        const QString team = tr("Community team");
        QRect badge(headline.left(), headline.top(), metrics.horizontalAdvance(team) + Margin,
            layout.headlineHeight);
        if (option.direction == Qt::RightToLeft)
            badge.moveRight(content.right());
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(palette.color(QPalette::HighlightedText));
        painter->setFont(option.font);
        painter->drawText(badge, Qt::AlignCenter | Qt::TextSingleLine, team);
        if (option.direction == Qt::RightToLeft)
            headline.setRight(badge.left() - Gap);
        else
            headline.setLeft(badge.right() + Gap);
    }
    QString headlineText = PostCardDelegate::headline(index, QDateTime::currentDateTimeUtc());
    const auto state = LocalState(index.data(FeedModel::LocalStateRole).toInt());
    if (state == LocalState::Pending)
        headlineText += u" · "_s + tr("Waiting to send");
    else if (state == LocalState::Failed)
        headlineText += u" · "_s + tr("Not sent");
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(headline, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
        metrics.elidedText(headlineText, Qt::ElideRight, headline.width()));

    painter->setPen(palette.color(QPalette::Text));
    layout.title.draw(painter, layout.titleAt);
    painter->setPen(layout.folded ? secondary : palette.color(QPalette::Text));
    layout.body.draw(painter, layout.bodyAt);
    painter->setFont(option.font);
    if (!layout.readMore.isEmpty()) {
        painter->setPen(link);
        painter->drawText(layout.readMore, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
            layout.readMoreText);
    }

    if (!layout.media.isEmpty())
        m_media->paint(painter, option, index, layout.media);

    painter->setFont(option.font);
    painter->setPen(link);
    for (const Layout::Tag &tag : layout.tags) {
        painter->drawText(
            tag.rect, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, tag.shown);
    }

    paintFooter(painter, option, index, layout, background);
    painter->restore();
}

void PostCardDelegate::paintFooter(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const Layout &layout, const QColor &background) const
{
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(option.font);
    const QColor secondary = palette.color(QPalette::PlaceholderText);
    const QColor highlight = palette.color(QPalette::Highlight);
    const bool rightToLeft = option.direction == Qt::RightToLeft;
    const QRect footer = layout.footer();

    // The most common reactions' icons, overlapping; painted last to first, so that the
    // most common one lies on top. Quiet counts leave out the icons and the numbers.
    const bool quiet = m_care && m_care->quietCounts();
    const QList<ReactionKind> top = quiet ? QList<ReactionKind>() : topReactions(index);
    const int disc = iconDisc(metrics);
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        const qreal offset = i * iconStep(metrics);
        QRectF where(footer.left() + offset, footer.center().y() - disc / 2.0 + 0.5, disc, disc);
        if (rightToLeft)
            where.moveRight(footer.right() + 1 - offset);
        ReactionIcons::paintBadge(painter, top[i], where, background);
    }
    // The painter's alignments are absolute: the leading edge is the card's direction's.
    const Qt::Alignment leading
        = QStyle::visualAlignment(option.direction, Qt::AlignLeft) | Qt::AlignVCenter;
    const QRect counts = layout.counts(iconsWidth(index, metrics), option.direction);
    painter->setFont(option.font);
    painter->setPen(secondary);
    if (!quiet) {
        painter->drawText(counts, leading | Qt::TextSingleLine,
            metrics.elidedText(countsLine(index), Qt::ElideRight, std::max(0, counts.width())));
    }

    // React: a quiet outlined button, or, when the person reacted, their reaction in the
    // highlight's tint. Under the pointer it warms towards the highlight.
    const bool hovered = m_caches->hoveredReact == index && m_caches->hoverView
        && m_caches->hoverView == option.widget;
    const QRectF button = QRectF(layout.react).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = background;
    if (layout.mine)
        fill = tint(fill, highlight, 0.16);
    if (hovered)
        fill = tint(fill, highlight, 0.1);
    const QColor edge = layout.mine ? highlight
        : hovered                   ? Appearance::mix(palette.color(QPalette::Mid), highlight, 0.5)
                                    : palette.color(QPalette::Mid);
    painter->setPen(QPen(edge, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(button, button.height() / 2, button.height() / 2);
    const int icon = layout.react.height() - 2 * ReactInset;
    QRectF iconRect(layout.react.left() + ReactInset, layout.react.top() + ReactInset, icon, icon);
    if (rightToLeft)
        iconRect.moveRight(layout.react.right() + 1 - ReactInset);
    if (layout.mine)
        ReactionIcons::paintBadge(painter, *layout.mine, iconRect, fill);
    else
        ReactionIcons::paintOutline(painter, DefaultReaction, iconRect,
            hovered ? palette.color(QPalette::Text) : secondary);
    QRect words = layout.react;
    if (rightToLeft)
        words.setRight(int(iconRect.left()) - Gap);
    else
        words.setLeft(int(iconRect.right()) + Gap);
    painter->setPen(layout.mine || hovered ? palette.color(QPalette::Text) : secondary);
    painter->drawText(words, leading | Qt::TextSingleLine, layout.reactText);
}

} // namespace Hearth
