#pragma once

#include "api/Enums.h"

#include <QStyledItemDelegate>

#include <memory>
#include <optional>

class QAbstractItemView;

namespace Hearth {

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
// Cards have the height of their content. A card's text is laid out once per width: its
// height and its layout are kept (heights for many cards, layouts for those on screen), keyed
// by the post, the width and a fingerprint of what the card shows, so a changed post gets
// a new layout by itself. Clicks on a hashtag, on "Read more", on the media, on React and on
// the rest of the card are told by signals, from the same layout the painter used
// (hitTest()). The second click of a double click does nothing more than the first did.
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
    enum class Part { Nothing, Card, Hashtag, ReadMore, Media, React, Counts };
    // What lies under a point of a card.
    struct Hit
    {
        Part part = Part::Nothing;
        QString hashtag; // the tag, without '#', when part is Hashtag
    };

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

    // The title and the excerpt as the card lays them out: cleaned of control characters,
    // cut and elided. What a test compares with what was stored.
    QStringList shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // How many times a card's text was laid out: for tests and profiling.
    int layoutCount() const;

    // "3 min ago", "yesterday", or a date, in the locale's words.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // The card's first line: "Story · Quiet Harbour · 2 h ago".
    static QString headline(const QModelIndex &index, const QDateTime &now);
    // "42 reactions · 16 comments", with plural forms.
    static QString countsLine(const QModelIndex &index);
    // Text from the network as a card shows it: at most maxChars of it, control characters
    // as spaces, no direction controls, and (keepBreaks) each run of line breaks as one
    // line separator, or (otherwise) as a space. *cut says whether some was left out.
    static QString cardText(
        QStringView text, qsizetype maxChars, bool keepBreaks, bool *cut = nullptr);

    static constexpr int Margin = 12;
    static constexpr int TitleLines = 2;
    static constexpr int BodyLines = 3;
    // Media areas are at most this wide and this tall (logical pixels); wider windows leave
    // the rest of the line empty rather than cropping photos to a strip.
    static constexpr int MaxMediaWidth = 560;
    static constexpr int MaxMediaHeight = 400;
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
    // A click on React: kind is DefaultReaction, or nothing when the person had reacted
    // (MyReactionRole), to take the reaction back.
    void reactRequested(const QModelIndex &index, std::optional<ReactionKind> kind);
    // A right click or a long press on React: the page shows the kinds at globalPos.
    void reactMenuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Layout;
    struct Caches;

    // The layout of the card at index for an item width, from the cache or made now.
    const Layout &layoutFor(
        const QModelIndex &index, int width, const QStyleOptionViewItem &option) const;
    // The item width a view gives its cards: the option's, or (sizeHint's option has none)
    // the view's viewport's.
    static int itemWidth(const QStyleOptionViewItem &option);
    // The option a view paints index with, for events the view does not pass on.
    static QStyleOptionViewItem optionFor(const QAbstractItemView *view, const QModelIndex &index);
    void paintFooter(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index, const Layout &layout, const QColor &background) const;
    // Where the pointer is, for the hover of React and the pointing hand.
    void setHover(QAbstractItemView *view, const QModelIndex &index, const Hit &hit);
    void longPressed();

    CardMedia *m_media = nullptr; // a child
    const Care *m_care = nullptr;
    std::unique_ptr<Caches> m_caches;
};

} // namespace Hearth
