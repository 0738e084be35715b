#pragma once

#include "api/Enums.h"
#include "ui/look/Metrics.h"

#include <QList>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <optional>

class QFont;
class QFontMetrics;
class QModelIndex;
class QPainter;

namespace Hearth {

struct ContentFold;

// Where everything of one post card goes, relative to its item's top left corner: the
// headline's line, the title and the excerpt laid out in lines (the last one elided before
// "Read more"), the media area, the hashtags' rows, the footer and React. One layout serves
// painting, the size hint and the hit-test of a click, so a click lands on what was painted
// there. It is good for one post, one item width and one content (CardLayoutCache keeps it
// by those); it cannot be copied, as it holds the laid-out text.
class CardLayout
{
public:
    // The parts of a card a point can be on. Counts is the counts line, for rectangles only:
    // hitTest() says Card there, as a click on it is one on the card.
    enum class Part { Nothing, Card, Hashtag, ReadMore, Media, React, Counts, Author };
    // What lies under a point of a card.
    struct Hit
    {
        Part part = Part::Nothing;
        QString hashtag; // the tag, without '#', when part is Hashtag
    };

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

        void draw(QPainter *painter, QPointF at) const;
        // The words drawn, as one string.
        QString shown() const;
    };

    // A hashtag shown as a link.
    struct Tag
    {
        QString tag; // without '#'
        QString shown; // "#Tag", elided to fit
        QRect rect;
    };

    static constexpr int Margin = Metrics::spaceL;
    static constexpr int Gap = Margin / 2;
    static constexpr int TitleLines = 2;
    static constexpr int BodyLines = 3;
    // Media areas are at most this wide and this tall (logical pixels); wider windows leave
    // the rest of the line empty rather than cropping photos to a strip.
    static constexpr int MaxMediaWidth = 560;
    static constexpr int MaxMediaHeight = 400;
    // Narrower than this, a card is clipped rather than laid out in slivers.
    static constexpr int MinWidth = 160;
    // No card shows more of a text than this: a 100 KB word costs what a long sentence does.
    static constexpr qsizetype MaxTitleChars = 600;
    static constexpr qsizetype MaxExcerptChars = 2'000;
    static constexpr qsizetype MaxTagChars = 100;
    // React's icon sits this far inside its button.
    static constexpr int ReactInset = 3;

    // What a card's height is estimated from before it is laid out (a long feed measures
    // only the cards near the reader): the lengths of its texts and its media's shape, read
    // once per row and kept by the view.
    struct Shape
    {
        quint16 titleChars = 0;
        quint16 bodyChars = 0; // at most MaxExcerptChars
        quint16 tagChars = 0; // "#tag" for each, added up
        quint8 tagCount = 0;
        bool media = false;
        float aspect = 0; // the media's width over its height, as layOutMedia() shapes it
    };
    static Shape shapeOf(const QModelIndex &index);
    // The estimate of a card's height for one item width and font, made once and applied to
    // many shapes (a new width re-estimates every loaded row: it must cost nanoseconds).
    class Estimate
    {
    public:
        Estimate(int width, const QFont &font);
        int operator()(const Shape &shape) const;

    private:
        int m_contentWidth = 0;
        int m_fixed = 0; // the card's edges, headline and footer
        int m_lineSpacing = 0;
        int m_titleSpacing = 0;
        qreal m_charWidth = 1;
        qreal m_titleCharWidth = 1;
        int m_tagRow = 0;
    };

    // The card of index (FeedModel's roles) laid out for an item width (at least MinWidth),
    // in font and direction. fold says whether it folds; a story that does not fold shows
    // storyWords, its Markdown as words (storyWords()), which the caller may keep.
    CardLayout(const QModelIndex &index, int width, const QFont &font,
        Qt::LayoutDirection direction, const ContentFold &fold, const QString &storyWords);
    CardLayout(const CardLayout &) = delete;
    CardLayout &operator=(const CardLayout &) = delete;

    // A story's Markdown as the words it shows, without its marks ("## ", "**"). HTML in it
    // stays literal text; nothing is loaded.
    static QString storyWords(const QString &markdown);

    // What lies at a point (relative to the item's top left corner).
    Hit hitTest(QPoint at) const;
    // Where a part is (relative to the item): the card, the media area, "Read more", React,
    // or a hashtag (by its tag, without '#'). Empty when the card has none. Not Counts: see
    // counts().
    QRect rect(Part part, const QString &hashtag = {}) const;
    // The footer's line, and in it where the counts line goes: after the reactions' icons
    // (iconsWidth(), which are not part of what a layout is kept by) and before React.
    QRect footer() const;
    QRect counts(int iconsWidth) const;
    // The title and the excerpt as laid out: cleaned of control characters, cut and elided.
    QStringList shownText() const;

    // The reactions' icons in the footer: discs a little taller than the text, each
    // overlapping the one before; how much of the footer's start count of them take, with
    // the gap after them.
    static int iconDisc(const QFontMetrics &metrics);
    static qreal iconStep(const QFontMetrics &metrics);
    static int iconsWidth(qsizetype count, const QFontMetrics &metrics);

    int height = 0;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QRect card; // the rounded card, inside the item
    QRect content; // the card less its padding
    int headlineTop = 0;
    int headlineHeight = 0;
    QRect avatar; // the author's picture (or initials) at the headline's leading edge
    QRect author; // the author's name in the headline, as far as it is shown: opens their page
    // The headline's words: after the avatar (and the team's badge, which the painter adds).
    QRect headlineText() const;
    Paragraph title;
    QPointF titleAt;
    Paragraph body;
    QPointF bodyAt;
    QRect readMore; // "Read more", or "Show post" on a folded card; empty when neither
    QString readMoreText;
    bool folded = false;
    QRect media; // empty without media
    QList<Tag> tags;
    int footerTop = 0;
    int footerHeight = 0;
    QRect react; // the React button, at the end of the footer
    QString reactText; // its words: the person's reaction, or "React"
    std::optional<ReactionKind> mine; // the person's reaction

private:
    // Where the author's name lies in the headline's words (after the team's badge).
    void layOutAuthor(const QModelIndex &index, const QFontMetrics &metrics);
    // Each part in turn from the top at y; each gives the y below it.
    int layOutText(const QModelIndex &index, const QFont &font, const ContentFold &fold,
        const QString &storyWords, const QStringList &shownTags, int y);
    int layOutMedia(const QModelIndex &index, int y);
    int layOutTags(const QStringList &shownTags, const QFontMetrics &metrics, int y);
    int layOutFooter(const QModelIndex &index, const QFontMetrics &metrics, int y);
};

} // namespace Hearth
