#include "PostCardDelegate.h"

#include "MediaImageCache.h"
#include "api/Enums.h"
#include "cache/LocalState.h"
#include "models/FeedModel.h"

#include <QAbstractItemView>
#include <QCache>
#include <QDateTime>
#include <QHelpEvent>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr int Margin = PostCardDelegate::Margin;
constexpr int Gap = Margin / 2;
constexpr qreal CornerRadius = 8;
// No card shows more of a text than this: a 100 KB word costs what a long sentence does.
constexpr qsizetype MaxTitleChars = 600;
constexpr qsizetype MaxExcerptChars = 2'000;
constexpr qsizetype MaxTagChars = 100;
// Layouts hold glyphs: enough for a few screens of cards. Heights are a few bytes each.
constexpr int MaxLayouts = 300;
constexpr int MaxHeights = 20'000;
constexpr qsizetype MaxExcerpts = 2'000;
// Media scaled, cropped and rounded, ready to draw: a few screens of cards at 200 % (the
// decoded pictures themselves are MediaImageCache's).
constexpr qsizetype MaxPixmapBytes = 24 * 1024 * 1024;

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

// A media area ready to draw: one picture at one size in device pixels, sharp or obscured.
struct PixmapKey
{
    qint64 mediaId = 0;
    int width = 0;
    int height = 0;
    bool obscured = false;

    friend bool operator==(const PixmapKey &, const PixmapKey &) = default;
};

size_t qHash(const PixmapKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.mediaId, key.width, key.height, key.obscured);
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

// Text from the network as a card shows it: at most maxChars of it, control characters as
// spaces, no direction controls, and (keepBreaks) each run of line breaks as one line
// separator, or (otherwise) as a space. *cut says whether some of the text was left out.
QString cardText(QStringView text, qsizetype maxChars, bool keepBreaks, bool *cut = nullptr)
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

// What a card's layout depends on, from the roles: a change to any of them is a new layout.
// Only the part of the body a card can show is hashed, with the body's length.
size_t fingerprint(const QModelIndex &index)
{
    const QString body = index.data(FeedModel::BodyRole).toString();
    return qHashMulti(0, index.data(FeedModel::TitleRole).toString(),
        QStringView(body).left(MaxExcerptChars * 3), body.size(),
        index.data(FeedModel::HashtagsRole).toStringList(),
        index.data(FeedModel::ContentWarningRole).toString(),
        index.data(FeedModel::KindRole).toInt(), index.data(FeedModel::HasMediaRole).toBool(),
        index.data(FeedModel::MediaWidthRole).toInt(),
        index.data(FeedModel::MediaHeightRole).toInt());
}

QFont titleFont(const QFont &base)
{
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    return title;
}

// a blended towards b: palette-made tints that suit light and dark palettes alike.
QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
        float(a.greenF() + (b.greenF() - a.greenF()) * amount),
        float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
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
    const QString shown = metrics.elidedText(rest, Qt::ElideRight, room);
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

// The icons of the reactions, painted: no emoji font is needed, and they stay sharp at any
// scale. Each is a white glyph on a disc of the reaction's colour.
QColor reactionColor(ReactionKind kind)
{
    switch (kind) {
    case ReactionKind::Heart:
        return QColor(0xD9, 0x48, 0x5F);
    case ReactionKind::Hug:
        return QColor(0xD9, 0x86, 0x1C);
    case ReactionKind::MeToo:
        return QColor(0x25, 0x8F, 0x80);
    case ReactionKind::SendingStrength:
        return QColor(0x73, 0x5A, 0xC9);
    case ReactionKind::ThinkingOfYou:
        return QColor(0x35, 0x7A, 0xC4);
    }
    return QColor(0x80, 0x80, 0x80);
}

QPainterPath heartPath()
{
    QPainterPath heart;
    heart.moveTo(0, 0.85);
    heart.cubicTo(-1.05, 0.1, -0.95, -0.85, -0.45, -0.85);
    heart.cubicTo(-0.2, -0.85, -0.05, -0.7, 0, -0.5);
    heart.cubicTo(0.05, -0.7, 0.2, -0.85, 0.45, -0.85);
    heart.cubicTo(0.95, -0.85, 1.05, 0.1, 0, 0.85);
    return heart;
}

// Paints the glyph of kind in the unit square around the origin (-1…1 on both axes).
void paintReactionGlyph(QPainter *painter, ReactionKind kind)
{
    const QColor ink(Qt::white);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    switch (kind) {
    case ReactionKind::Heart:
        painter->drawPath(heartPath());
        return;
    case ReactionKind::Hug: {
        // A heart held in two arms.
        painter->save();
        painter->translate(0, -0.15);
        painter->scale(0.5, 0.5);
        painter->drawPath(heartPath());
        painter->restore();
        QPen arms(ink, 0.26, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(arms);
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(QRectF(-0.85, -0.75, 1.7, 1.5), 200 * 16, 140 * 16);
        return;
    }
    case ReactionKind::MeToo:
        // Two people side by side.
        for (const qreal x : {-0.42, 0.42}) {
            painter->drawEllipse(QPointF(x, -0.38), 0.27, 0.27);
            QPainterPath shoulders;
            shoulders.moveTo(x - 0.4, 0.7);
            shoulders.cubicTo(x - 0.4, 0.05, x + 0.4, 0.05, x + 0.4, 0.7);
            shoulders.closeSubpath();
            painter->drawPath(shoulders);
        }
        return;
    case ReactionKind::SendingStrength: {
        // A four-pointed spark.
        QPainterPath spark;
        spark.moveTo(0, -0.95);
        spark.quadTo(0.12, -0.12, 0.95, 0);
        spark.quadTo(0.12, 0.12, 0, 0.95);
        spark.quadTo(-0.12, 0.12, -0.95, 0);
        spark.quadTo(-0.12, -0.12, 0, -0.95);
        painter->drawPath(spark);
        return;
    }
    case ReactionKind::ThinkingOfYou:
        // A thought bubble.
        painter->drawEllipse(QRectF(-0.75, -0.85, 1.55, 1.1));
        painter->drawEllipse(QPointF(-0.45, 0.5), 0.17, 0.17);
        painter->drawEllipse(QPointF(-0.75, 0.82), 0.1, 0.1);
        return;
    }
}

void paintReactionBadge(
    QPainter *painter, ReactionKind kind, const QRectF &disc, const QColor &ring)
{
    painter->save();
    painter->setPen(QPen(ring, 1.5));
    painter->setBrush(reactionColor(kind));
    painter->drawEllipse(disc);
    painter->translate(disc.center());
    const qreal glyph = disc.width() * 0.3;
    painter->scale(glyph, glyph);
    paintReactionGlyph(painter, kind);
    painter->restore();
}

// A picture cut to fill size (its middle kept), with rounded corners, in device pixels.
QPixmap preparedMedia(const QImage &image, QSize size, qreal ratio, bool obscured)
{
    const QSizeF wanted = QSizeF(size).scaled(QSizeF(image.size()), Qt::KeepAspectRatio);
    const QRect middle(QPoint(int((image.width() - wanted.width()) / 2),
                           int((image.height() - wanted.height()) / 2)),
        wanted.toSize());
    QImage fill = image.copy(middle).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (obscured) {
        // Scaled down to a few pixels and up again: its colours, nothing to recognise.
        const QSize tiny = size.scaled(8, 8, Qt::KeepAspectRatio).expandedTo(QSize(2, 2));
        fill = fill.scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                   .scaled(tiny * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                   .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(
        QRectF(QPointF(0, 0), QSizeF(size)), CornerRadius * ratio, CornerRadius * ratio);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

// A small picture frame (a hill and a sun), the placeholder's mark.
void paintPictureMark(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setPen(QPen(color, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(QPointF(box.left() + box.width() * 0.7, box.top() + box.height() * 0.32),
        box.width() * 0.09, box.width() * 0.09);
    QPainterPath hill;
    hill.moveTo(box.left() + 2, box.bottom() - 2);
    hill.lineTo(box.left() + box.width() * 0.38, box.top() + box.height() * 0.45);
    hill.lineTo(box.left() + box.width() * 0.62, box.bottom() - box.height() * 0.3);
    hill.lineTo(box.left() + box.width() * 0.75, box.top() + box.height() * 0.6);
    hill.lineTo(box.right() - 2, box.bottom() - 2);
    hill.closeSubpath();
    painter->drawPath(hill);
    painter->restore();
}

// A rounded label over a picture: in the palette's base and text colours, so that it
// reads in light and dark palettes whatever the picture under it.
QRect paintPill(QPainter *painter, const QPalette &palette, const QFont &font, const QString &text,
    QPoint at, Qt::Alignment anchor)
{
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 2 * Margin, metrics.height() + Gap);
    QRect pill(at, size);
    if (anchor & Qt::AlignRight)
        pill.moveRight(at.x());
    if (anchor & Qt::AlignBottom)
        pill.moveBottom(at.y());
    if (anchor & Qt::AlignHCenter)
        pill.moveLeft(at.x() - size.width() / 2);
    if (anchor & Qt::AlignVCenter)
        pill.moveTop(at.y() - size.height() / 2);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(withAlpha(palette.color(QPalette::Base), 230));
    painter->drawRoundedRect(pill, size.height() / 2.0, size.height() / 2.0);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter | Qt::TextSingleLine, text);
    painter->restore();
    return pill;
}

// A play mark: a disc in the palette's base colour with a triangle in its text colour.
void paintPlayMark(QPainter *painter, const QPalette &palette, const QRect &area)
{
    const qreal diameter = std::clamp(area.height() / 3.0, 28.0, 64.0);
    const QRectF disc(
        QPointF(area.center()) - QPointF(diameter / 2, diameter / 2), QSizeF(diameter, diameter));
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(withAlpha(palette.color(QPalette::Base), 230));
    painter->drawEllipse(disc);
    const qreal s = diameter * 0.2;
    const QPointF c = disc.center() + QPointF(s * 0.25, 0);
    const QPointF triangle[]
        = {c + QPointF(-s, -s * 1.15), c + QPointF(-s, s * 1.15), c + QPointF(s * 1.2, 0)};
    painter->setBrush(palette.color(QPalette::Text));
    painter->drawPolygon(triangle, 3);
    painter->restore();
}

} // namespace

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
    QRect readMore; // empty unless the excerpt was cut
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
};

struct PostCardDelegate::Caches
{
    QCache<CardKey, Layout> layouts{MaxLayouts};
    QCache<CardKey, int> heights{MaxHeights};
    // A story's excerpt without its Markdown, by post and fingerprint.
    QCache<CardKey, QString> excerpts{MaxExcerpts};
    QCache<PixmapKey, QPixmap> pixmaps{MaxPixmapBytes};
    // What every kept layout was made with: a change of font or direction drops them all.
    QFont font;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    int layoutCount = 0;
    // Where the left button went down, to tell a click from a press here and a release there.
    QPersistentModelIndex pressedIndex;
    Hit pressed;
    // The views that painted a placeholder for an image not here yet, to repaint when it is.
    QHash<qint64, QPointer<QWidget>> waiting;

    void clearLayouts()
    {
        layouts.clear();
        heights.clear();
        pixmaps.clear();
    }
};

PostCardDelegate::PostCardDelegate(QObject *parent) : PostCardDelegate(nullptr, parent) { }

PostCardDelegate::PostCardDelegate(MediaImageCache *images, QObject *parent)
    : QStyledItemDelegate(parent), m_caches(std::make_unique<Caches>())
{
    setImageCache(images);
}

PostCardDelegate::~PostCardDelegate() = default;

void PostCardDelegate::setImageCache(MediaImageCache *images)
{
    if (m_images == images)
        return;
    if (m_images)
        disconnect(m_images, nullptr, this, nullptr);
    m_images = images;
    m_caches->pixmaps.clear();
    if (m_images) {
        connect(m_images, &MediaImageCache::imageReady, this, &PostCardDelegate::imageArrived);
        connect(m_images, &MediaImageCache::imageFailed, this, &PostCardDelegate::imageArrived);
        connect(m_images, &QObject::destroyed, this, [this] { m_images = nullptr; });
    }
}

int PostCardDelegate::layoutCount() const
{
    return m_caches->layoutCount;
}

QString PostCardDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86'400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 2 * 86'400)
        return tr("yesterday");
    if (seconds < 7 * 86'400)
        return tr("%n days ago", nullptr, int(seconds / 86'400));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
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
    // Both forms carry %n, so every language's translation can give its own plural forms.
    const int reactions = index.data(FeedModel::ReactionCountRole).toInt();
    const int comments = index.data(FeedModel::CommentCountRole).toInt();
    return (reactions == 1 ? tr("%n reaction", nullptr, reactions)
                           : tr("%n reactions", nullptr, reactions))
        + u" · "_s
        + (comments == 1 ? tr("%n comment", nullptr, comments)
                         : tr("%n comments", nullptr, comments));
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
    const CardKey key{postId, width, fingerprint(index)};
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

    const QString title
        = cardText(index.data(FeedModel::TitleRole).toString(), MaxTitleChars, false);
    if (!title.trimmed().isEmpty()) {
        layOut(
            layout->title, title, titleFont(font), contentWidth, TitleLines, 0, false, direction);
        layout->titleAt = QPointF(left, y);
        y += int(std::ceil(layout->title.height)) + Gap;
    }

    // The excerpt: the content warning instead of the body when there is one (the post is
    // folded until opened), a story's Markdown as its words.
    const QString warning = index.data(FeedModel::ContentWarningRole).toString();
    QString source;
    if (!warning.isEmpty()) {
        source = tr("Content warning: %1").arg(warning);
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
    bool bodyCut = false;
    const QString body = cardText(source, MaxExcerptChars, true, &bodyCut);
    if (!body.trimmed().isEmpty()) {
        const QString readMore = tr("Read more");
        const int readMoreWidth = metrics.horizontalAdvance(readMore);
        layOut(layout->body, body, font, contentWidth, BodyLines, readMoreWidth + Margin, bodyCut,
            direction);
        layout->bodyAt = QPointF(left, y);
        if (layout->body.cut && warning.isEmpty()) {
            const QRectF last = layout->body.lastLine.translated(layout->bodyAt);
            layout->readMore = QRect(int(last.right()) + Gap, int(last.top()), readMoreWidth,
                int(std::ceil(last.height())));
            if (direction == Qt::RightToLeft)
                layout->readMore.moveRight(int(last.left()) - Gap);
        }
        y += int(std::ceil(layout->body.height)) + Gap;
    }

    if (index.data(FeedModel::HasMediaRole).toBool()) {
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

    const QStringList tags = index.data(FeedModel::HashtagsRole).toStringList();
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

    layout->footerTop = y;
    layout->footerHeight = metrics.height() + 6; // the reactions' discs are a little taller
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
        const CardKey key{index.data(FeedModel::IdRole).toLongLong(), width, fingerprint(index)};
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
    if (layout.media.contains(at))
        return {Part::Media, {}};
    return {Part::Card, {}};
}

bool PostCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool press = event->type() == QEvent::MouseButtonPress;
    const bool release = event->type() == QEvent::MouseButtonRelease;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if ((!press && !release) || mouse->button() != Qt::LeftButton)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    // A click is a press and a release on the same part, as on a button: a press on one
    // card and a release on another's hashtag opens nothing.
    const Hit hit = hitTest(option, index, mouse->position().toPoint());
    if (press) {
        m_caches->pressedIndex = index;
        m_caches->pressed = hit;
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    const bool clicked = m_caches->pressedIndex == index && m_caches->pressed.part == hit.part
        && m_caches->pressed.hashtag == hit.hashtag;
    m_caches->pressedIndex = QPersistentModelIndex();
    m_caches->pressed = {};
    if (!clicked)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    switch (hit.part) {
    case Part::Hashtag:
        Q_EMIT hashtagActivated(hit.hashtag);
        return true;
    case Part::ReadMore:
    case Part::Card:
        Q_EMIT postActivated(index);
        return true;
    case Part::Media:
        Q_EMIT mediaActivated(index);
        return true;
    case Part::Nothing:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
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

void PostCardDelegate::imageArrived(qint64 mediaId)
{
    if (QPointer<QWidget> viewport = m_caches->waiting.take(mediaId))
        viewport->update();
}

void PostCardDelegate::paintMedia(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const QRect &area) const
{
    const QPalette &palette = option.palette;
    const qint64 mediaId = index.data(FeedModel::MediaIdRole).toLongLong();
    const bool video = index.data(FeedModel::MediaIsVideoRole).toBool();
    const bool sensitive = index.data(FeedModel::MediaSensitiveRole).toBool();
    // Behind a content warning the picture stays hidden with the words.
    const bool warned = !index.data(FeedModel::ContentWarningRole).toString().isEmpty();
    const bool obscured = sensitive || warned;

    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize deviceSize = (QSizeF(area.size()) * ratio).toSize();
    const PixmapKey key{mediaId, deviceSize.width(), deviceSize.height(), obscured};
    QPixmap pixmap;
    if (const QPixmap *prepared = m_caches->pixmaps.object(key)) {
        pixmap = *prepared;
    } else if (m_images && mediaId > 0) {
        const QImage image = m_images->image(mediaId);
        if (!image.isNull()) {
            pixmap = preparedMedia(image, deviceSize, ratio, obscured);
            m_caches->pixmaps.insert(
                key, new QPixmap(pixmap), qsizetype(deviceSize.width()) * deviceSize.height() * 4);
        } else if (!m_images->hasFailed(mediaId)) {
            if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
                m_caches->waiting.insert(mediaId, view->viewport());
        }
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont &font = option.font;
    if (!pixmap.isNull()) {
        painter->drawPixmap(area.topLeft(), pixmap);
        if (obscured) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(withAlpha(palette.color(QPalette::Base), 110));
            painter->drawRoundedRect(area, CornerRadius, CornerRadius);
        }
    } else {
        // The placeholder: a calm tint of the card, a picture mark, and the alt text or
        // what the media is.
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07));
        painter->drawRoundedRect(area, CornerRadius, CornerRadius);
        if (!obscured) {
            const QFontMetrics metrics(font);
            const QColor ink = palette.color(QPalette::PlaceholderText);
            const int mark = std::min(40, area.height() / 4);
            const QRectF box(
                area.center().x() - mark * 0.6, area.center().y() - mark, mark * 1.2, mark * 0.9);
            if (!video)
                paintPictureMark(painter, box, ink);
            QString words
                = cardText(index.data(FeedModel::MediaAltTextRole).toString(), 300, false);
            if (words.trimmed().isEmpty())
                words = video ? tr("Video") : tr("Photo");
            painter->setPen(ink);
            painter->setFont(font);
            const QRect line(area.left() + Margin, int(box.bottom()) + Gap,
                area.width() - 2 * Margin, metrics.height());
            painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                metrics.elidedText(words, Qt::ElideRight, line.width()));
        }
    }

    if (obscured) {
        const QString words = warned ? tr("Content warning")
            : video                  ? tr("Sensitive video")
                                     : tr("Sensitive photo");
        paintPill(painter, palette, font, words, area.center(), Qt::AlignCenter);
    } else if (video) {
        paintPlayMark(painter, palette, area);
    } else {
        paintPill(painter, palette, font, tr("See full photo"),
            area.bottomRight() - QPoint(Gap, Gap) + QPoint(1, 1), Qt::AlignRight | Qt::AlignBottom);
    }
    painter->restore();
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
    const QColor background = selected ? palette.color(QPalette::AlternateBase)
        : hovered                      ? palette.color(QPalette::Base).darker(103)
                                       : palette.color(QPalette::Base);
    painter->setPen(
        QPen(hovered ? mix(palette.color(QPalette::Mid), palette.color(QPalette::Highlight), 0.5)
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
    const bool warned = !index.data(FeedModel::ContentWarningRole).toString().isEmpty();
    painter->setPen(warned ? secondary : palette.color(QPalette::Text));
    layout.body.draw(painter, layout.bodyAt);
    if (!layout.readMore.isEmpty()) {
        painter->setPen(link);
        painter->drawText(layout.readMore, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
            tr("Read more"));
    }

    if (!layout.media.isEmpty())
        paintMedia(painter, option, index, layout.media);

    painter->setFont(option.font);
    painter->setPen(link);
    for (const Layout::Tag &tag : layout.tags) {
        painter->drawText(
            tag.rect, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, tag.shown);
    }

    // The footer: the most common reactions' icons, overlapping, then the counts.
    const int disc = metrics.height() + 4;
    QRect footer(content.left(), layout.footerTop, content.width(), layout.footerHeight);
    const QStringList top = index.data(FeedModel::TopReactionsRole).toStringList();
    int icons = 0;
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        // Painted last to first, so the most common one lies on top.
        const std::optional<ReactionKind> kind = reactionKindFromWire(top[i]);
        if (!kind)
            continue;
        const qreal offset = i * disc * 0.8;
        QRectF where(footer.left() + offset, footer.center().y() - disc / 2.0 + 0.5, disc, disc);
        if (option.direction == Qt::RightToLeft)
            where.moveRight(footer.right() - offset);
        paintReactionBadge(painter, *kind, where, background);
        ++icons;
    }
    const int iconsWidth = icons > 0 ? int(std::ceil(disc + (icons - 1) * disc * 0.8)) + Gap : 0;
    if (option.direction == Qt::RightToLeft)
        footer.setRight(footer.right() - iconsWidth);
    else
        footer.setLeft(footer.left() + iconsWidth);
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(footer, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
        metrics.elidedText(countsLine(index), Qt::ElideRight, footer.width()));
    painter->restore();
}

} // namespace Hearth
