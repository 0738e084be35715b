#pragma once

#include "CardLayout.h"
#include "api/Enums.h"

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <memory>
#include <optional>

class QAbstractItemView;

namespace Hearth {

class CardInteraction;
class CardLayoutCache;
class Avatar;
class CardMedia;
class Care;
class MediaImageCache;
struct ContentFold;

// Paints a post card from FeedModel's roles: the kind label, author and relative time (a
// community-team badge, "(edited)", and a mark on the person's own posts still waiting or
// refused), the title, an excerpt of the body elided after a few lines with "Read more",
// the photo or video poster scaled and cropped (a placeholder while it loads, blurred when
// sensitive or behind a content warning), the hashtags as links, and the icons of the most
// common reactions before "N reactions · M comments", and a React button at the end of
// that line showing the person's own reaction. Text from the network is drawn as plain
// text, never interpreted; hashtags that only end the body are shown once, as links.
//
// Cards have the height of their content. A card's text is laid out once per width
// (CardLayout, kept by CardLayoutCache by the post, the width and a fingerprint of what the
// card shows, so a changed post gets a new layout by itself). Clicks on a hashtag, on "Read
// more", on the media, on React and on the rest of the card are told by signals, from the same
// layout the painter used (hitTest(); the press, the long press and the hover are
// CardInteraction's). The second click of a double click does nothing more than the first did.
// The words of the headline and the counts are PostWording's.
//
// A card that folds (a content warning, a muted word, a sensitive hashtag: see Care) shows
// its headline, why it is folded and "Show post", and nothing of its title, words, picture
// or tags; a click anywhere on it asks to open the fold (postActivated), which the page
// decides. With quiet counts, the footer has no reaction icons and no numbers.
//
// React: a click gives DefaultReaction, or takes back the reaction the person gave; a
// right click or a press held for LongPressMs asks for the menu of kinds. attachTo() a view
// for the pointing hand over links and React, their hover, and the right click.
class PostCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The parts of a card a point can be on. Counts is the counts line, for partRect() only:
    // hitTest() says Card there, as a click on it is one on the card.
    using Part = CardLayout::Part;
    // What lies under a point of a card.
    using Hit = CardLayout::Hit;

    // A card without images: media areas show their placeholder.
    explicit PostCardDelegate(QObject *parent = nullptr);
    // images may be null (the same as above); otherwise it must outlive the delegate.
    explicit PostCardDelegate(MediaImageCache *images, QObject *parent = nullptr);
    ~PostCardDelegate() override;

    void setImageCache(MediaImageCache *images);
    MediaImageCache *imageCache() const;
    // The rules that fold cards, blur photos and hide counts; without them (null) only a
    // content warning folds a card and every sensitive picture is blurred. care must
    // outlive the delegate; its changes lay the cards out again.
    void setCare(const Care *care);
    // Whether the card of index is folded now, and why.
    ContentFold foldOf(const QModelIndex &index) const;

    // Watches the viewport of a view showing these cards for what a view does not pass on
    // to its delegate: the pointer over links and React (a pointing hand, React's hover) and
    // a right click on React. Turns the view's mouse tracking on. Call it after the page's
    // own event filters are on the viewport: the last one installed sees events first, so
    // a right click on React is then not taken for the card's menu.
    void attachTo(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // What the card painted at option.rect has at pos (in the same coordinates as the rect).
    Hit hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, QPoint pos) const;
    // Where the card painted at option.rect shows a part: the card, the media area, "Read
    // more", React, the counts line, or a hashtag (by its tag, without '#'). An empty
    // rectangle when the card has none.
    QRect partRect(const QStyleOptionViewItem &option, const QModelIndex &index, Part part,
        const QString &hashtag = {}) const;

    // Where the card painted at option.rect draws its author's disc (picture or initials).
    QRect avatarRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The title and the excerpt as the card lays them out: cleaned of control characters,
    // cut and elided. What a test compares with what was stored.
    QStringList shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The card's first line as it is painted after the team's badge, before it is elided:
    // "Post · River · 2 h ago", the author's name a run of its own.
    static QString headlineText(const QModelIndex &index);

    // How many times a card's text was laid out: for tests and profiling.
    int layoutCount() const;

    static constexpr int Margin = CardLayout::Margin;
    static constexpr int TitleLines = CardLayout::TitleLines;
    static constexpr int BodyLines = CardLayout::BodyLines;
    static constexpr int MaxMediaWidth = CardLayout::MaxMediaWidth;
    static constexpr int MaxMediaHeight = CardLayout::MaxMediaHeight;
    // What a click on React gives: the first kind, a heart, the gentlest "I read you".
    static constexpr ReactionKind DefaultReaction = AllReactionKinds.front();
    // How long a press on React is held to ask for the menu of kinds.
    static constexpr int LongPressMs = 500;

Q_SIGNALS:
    void hashtagActivated(const QString &tag);
    // "Read more", or anywhere else on the card that is not a link.
    void postActivated(const QModelIndex &index);
    // The photo ("See full photo") or the video's poster.
    void mediaActivated(const QModelIndex &index);
    // The author's name in the headline: the page opens their profile.
    void authorActivated(const QModelIndex &index);
    // A click on React: kind is DefaultReaction, or nothing when the person had reacted
    // (MyReactionRole), to take the reaction back.
    void reactRequested(const QModelIndex &index, std::optional<ReactionKind> kind);
    // A right click or a long press on React: the page shows the kinds at globalPos.
    void reactMenuRequested(const QModelIndex &index, const QPoint &globalPos);

private:
    // The layout of the card at index as option shows it, from the cache or made now.
    const CardLayout &layoutFor(const QModelIndex &index, const QStyleOptionViewItem &option) const;
    bool quietCounts() const;
    // The item width a view gives its cards: the option's, or (sizeHint's option has none)
    // the view's viewport's.
    static int itemWidth(const QStyleOptionViewItem &option);
    // The option a view paints index with, for events the view does not pass on.
    static QStyleOptionViewItem optionFor(const QAbstractItemView *view, const QModelIndex &index);
    // Emits what a click on hit of index asks for; false when it asks for nothing.
    bool activate(const QModelIndex &index, const Hit &hit);
    void paintHeadline(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index, const CardLayout &layout) const;
    void paintFooter(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index, const CardLayout &layout, const QColor &background) const;

    CardMedia *m_media = nullptr; // a child
    Avatar *m_avatars = nullptr; // a child: the authors' discs, kept drawn
    mutable QPointer<QWidget> m_avatarViewport; // where a disc waits for its picture
    CardInteraction *m_interaction = nullptr; // a child
    const Care *m_care = nullptr;
    std::unique_ptr<CardLayoutCache> m_layouts;

    // A card's headline as last drawn: shaping and eliding its words is most of what painting
    // it costs, and they change only once a minute ("3 min ago"), so each card keeps them
    // laid out until its words, its width or the font change.
    struct Headline
    {
        QString text;
        int width = 0;
        QFont font;
        QStaticText shown;
    };
    mutable QHash<qint64, Headline> m_headlines;
    static constexpr qsizetype MaxKeptHeadlines = 2000;
};

} // namespace Hearth
