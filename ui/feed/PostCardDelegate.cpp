#include "PostCardDelegate.h"

#include "CardInteraction.h"
#include "CardLayoutCache.h"
#include "CardMedia.h"
#include "api/PersonText.h"
#include "models/FeedModel.h"
#include "models/PostWording.h"
#include "ui/care/Care.h"
#include "ui/look/Avatar.h"
#include "ui/look/Colors.h"
#include "ui/look/ReactionIcons.h"
#include "ui/post/PostText.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QHelpEvent>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr int Margin = CardLayout::Margin;
constexpr int Gap = CardLayout::Gap;
constexpr qreal CornerRadius = CardMedia::CornerRadius; // cards and their pictures alike

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

} // namespace

PostCardDelegate::PostCardDelegate(QObject *parent) : PostCardDelegate(nullptr, parent) { }

PostCardDelegate::PostCardDelegate(MediaImageCache *images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_media(new CardMedia(this))
    , m_avatars(new Avatar(images, this))
    , m_interaction(new CardInteraction(
          [this](const QAbstractItemView *view, const QModelIndex &index, QPoint pos) {
              return hitTest(optionFor(view, index), index, pos);
          },
          LongPressMs, this))
    , m_layouts(std::make_unique<CardLayoutCache>())
{
    m_media->setImageCache(images);
    connect(m_avatars, &Avatar::changed, this, [this] {
        if (m_avatarViewport)
            m_avatarViewport->update();
    });
    connect(m_interaction, &CardInteraction::reactMenuRequested, this,
        &PostCardDelegate::reactMenuRequested);
}

PostCardDelegate::~PostCardDelegate() = default;

void PostCardDelegate::setImageCache(MediaImageCache *images)
{
    m_media->setImageCache(images);
}

MediaImageCache *PostCardDelegate::imageCache() const
{
    return m_media->imageCache();
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

bool PostCardDelegate::quietCounts() const
{
    return m_care && m_care->quietCounts();
}

void PostCardDelegate::attachTo(QAbstractItemView *view)
{
    m_interaction->attachTo(view);
}

int PostCardDelegate::layoutCount() const
{
    return m_layouts->layoutCount();
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

const CardLayout &PostCardDelegate::layoutFor(
    const QModelIndex &index, const QStyleOptionViewItem &option) const
{
    return m_layouts->layout(
        index, option.rect.width(), option.font, option.direction, foldOf(index), quietCounts());
}

QSize PostCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = std::max(itemWidth(option), CardLayout::MinWidth);
    return {width,
        m_layouts->height(
            index, width, option.font, option.direction, foldOf(index), quietCounts())};
}

PostCardDelegate::Hit PostCardDelegate::hitTest(
    const QStyleOptionViewItem &option, const QModelIndex &index, QPoint pos) const
{
    if (!index.isValid() || !option.rect.contains(pos))
        return {};
    return layoutFor(index, option).hitTest(pos - option.rect.topLeft());
}

QRect PostCardDelegate::partRect(const QStyleOptionViewItem &option, const QModelIndex &index,
    Part part, const QString &hashtag) const
{
    const CardLayout &layout = layoutFor(index, option);
    if (part != Part::Counts)
        return layout.rect(part, hashtag).translated(option.rect.topLeft());
    if (quietCounts())
        return {};
    const int icons = CardLayout::iconsWidth(topReactions(index).size(), QFontMetrics(option.font));
    return layout.counts(icons).translated(option.rect.topLeft());
}

QRect PostCardDelegate::avatarRect(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layoutFor(index, option).avatar.translated(option.rect.topLeft());
}

QStringList PostCardDelegate::shownText(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layoutFor(index, option).shownText();
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

    const Hit hit = hitTest(option, index, mouse->position().toPoint());
    if (type == QEvent::MouseButtonPress) {
        m_interaction->press(index, hit, mouse->globalPosition().toPoint());
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    switch (m_interaction->release(index, hit)) {
    case CardInteraction::Release::Taken:
        return true;
    case CardInteraction::Release::Click:
        if (activate(index, hit))
            return true;
        break;
    case CardInteraction::Release::PassOn:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool PostCardDelegate::activate(const QModelIndex &index, const Hit &hit)
{
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
    case Part::Author:
        Q_EMIT authorActivated(index);
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
    return false;
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
        tip = tr("Open the #%1 topic")
                  .arg(PersonText::isolated(
                      PostText::cardText(hit.hashtag, CardLayout::MaxTagChars, false)));
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
        + PostText::cardText(tip, 1'000, true).replace(QChar::LineSeparator, u'\n').toHtmlEscaped()
        + u"</p>"_s;
    QToolTip::showText(event->globalPos(), html, view ? view->viewport() : nullptr, area);
    return true;
}

void PostCardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const CardLayout &layout = layoutFor(index, option);
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()), Qt::IntersectClip);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(layout.card).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor background = Colors::cardBackground(palette, selected, hovered);
    painter->setPen(QPen(Colors::cardEdge(palette, hovered), 1));
    painter->setBrush(background);
    painter->drawRoundedRect(card, CornerRadius, CornerRadius);
    if (focused) {
        // Keyboard focus: a ring in the highlight colour, inside the card's edge.
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            card.adjusted(1.25, 1.25, -1.25, -1.25), CornerRadius - 1, CornerRadius - 1);
    }

    paintHeadline(painter, option, index, layout);

    const QColor secondary = palette.color(QPalette::PlaceholderText);
    const QColor link = palette.color(QPalette::Link);
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
    for (const CardLayout::Tag &tag : layout.tags) {
        painter->drawText(
            tag.rect, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, tag.shown);
    }

    paintFooter(painter, option, index, layout, background);
    painter->restore();
}

void PostCardDelegate::paintHeadline(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const CardLayout &layout) const
{
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(option.font);

    // The author's disc at the leading edge: their picture, or their initials.
    const User author = index.data(FeedModel::AuthorRole).value<User>();
    m_avatars->paint(painter, layout.avatar, author);
    if (author.avatarId && !m_avatarViewport) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            m_avatarViewport = view->viewport();
    }
    // The headline, after the community team's badge.
    QRect headline = layout.headlineText();
    if (index.data(FeedModel::TeamPromptRole).toBool()) {
        const QString team = tr("Community team");
        QRect badge(headline.left(), headline.top(), metrics.horizontalAdvance(team) + Margin,
            layout.headlineHeight);
        if (option.direction == Qt::RightToLeft)
            badge.moveRight(headline.right());
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
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString text = headlineText(index);
    const qint64 id = index.data(FeedModel::IdRole).toLongLong();
    if (m_headlines.size() > MaxKeptHeadlines)
        m_headlines.clear(); // a few thousand cards scrolled past; those in sight come back
    Headline &kept = m_headlines[id];
    if (kept.text != text || kept.width != headline.width() || kept.font != option.font) {
        kept.text = text;
        kept.width = headline.width();
        kept.font = option.font;
        kept.shown.setTextFormat(Qt::PlainText);
        QTextOption direction;
        direction.setTextDirection(option.direction);
        kept.shown.setTextOption(direction);
        kept.shown.setText(metrics.elidedText(text, Qt::ElideRight, headline.width()));
        kept.shown.prepare(QTransform(), option.font);
    }
    // Laid out as drawText() would: at the leading edge, centred in the headline's height.
    const QSizeF size = kept.shown.size();
    const qreal x = option.direction == Qt::RightToLeft ? headline.right() + 1 - size.width()
                                                        : headline.left();
    painter->drawStaticText(
        QPointF(x, headline.top() + (headline.height() - metrics.height()) / 2.0), kept.shown);
}

QString PostCardDelegate::headlineText(const QModelIndex &index)
{
    // PostWording makes the author's name a run of its own, as the post view's headline does.
    QString text = PostWording::headline(PostKind(index.data(FeedModel::KindRole).toInt()),
        PostText::cardText(index.data(FeedModel::AuthorNameRole).toString(), 200, false),
        index.data(FeedModel::CreatedAtRole).toDateTime(),
        index.data(FeedModel::EditedRole).toBool(), QDateTime::currentDateTimeUtc());
    const QString mark
        = PostWording::localMark(LocalState(index.data(FeedModel::LocalStateRole).toInt()));
    if (!mark.isEmpty())
        text += u" · "_s + mark;
    return text;
}

void PostCardDelegate::paintFooter(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const CardLayout &layout, const QColor &background) const
{
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(option.font);
    const QColor secondary = palette.color(QPalette::PlaceholderText);
    const bool rightToLeft = option.direction == Qt::RightToLeft;
    const QRect footer = layout.footer();

    // The most common reactions' icons, overlapping; painted last to first, so that the
    // most common one lies on top. Quiet counts leave out the icons and the numbers.
    const bool quiet = quietCounts();
    const QList<ReactionKind> shownTop = topReactions(index);
    const QList<ReactionKind> top = quiet ? QList<ReactionKind>() : shownTop;
    const int disc = CardLayout::iconDisc(metrics);
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        const qreal offset = i * CardLayout::iconStep(metrics);
        QRectF where(footer.left() + offset, footer.center().y() - disc / 2.0 + 0.5, disc, disc);
        if (rightToLeft)
            where.moveRight(footer.right() + 1 - offset);
        ReactionIcons::paintBadge(painter, top[i], where, background);
    }
    // The painter's alignments are absolute: the leading edge is the card's direction's.
    const Qt::Alignment leading
        = QStyle::visualAlignment(option.direction, Qt::AlignLeft) | Qt::AlignVCenter;
    const QRect counts = layout.counts(CardLayout::iconsWidth(shownTop.size(), metrics));
    painter->setFont(option.font);
    painter->setPen(secondary);
    if (!quiet) {
        const QString line
            = PostWording::countsLine(index.data(FeedModel::ReactionCountRole).toInt(),
                index.data(FeedModel::CommentCountRole).toInt());
        painter->drawText(counts, leading | Qt::TextSingleLine,
            metrics.elidedText(line, Qt::ElideRight, std::max(0, counts.width())));
    }

    // React: a quiet outlined button, or, when the person reacted, their reaction in the
    // highlight's tint. Under the pointer it warms towards the highlight.
    const bool hovered = m_interaction->isReactHovered(index, option.widget);
    const QRectF button = QRectF(layout.react).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor fill = Colors::reactFill(palette, background, layout.mine.has_value(), hovered);
    painter->setPen(QPen(Colors::reactEdge(palette, layout.mine.has_value(), hovered), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(button, button.height() / 2, button.height() / 2);
    const int icon = layout.react.height() - 2 * CardLayout::ReactInset;
    QRectF iconRect(layout.react.left() + CardLayout::ReactInset,
        layout.react.top() + CardLayout::ReactInset, icon, icon);
    if (rightToLeft)
        iconRect.moveRight(layout.react.right() + 1 - CardLayout::ReactInset);
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
