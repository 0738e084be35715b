#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

// Every colour Hearth paints beyond a palette role itself, named by what it is for and made
// from the palette it is painted with: the cards' tints, fields' borders, the focus ring,
// scrollbars, pills, segmented controls, the crisis notice. Made in one place, so that one
// test can hold each pair (what is drawn, what it is drawn on) to 4.5:1 in both palettes.
namespace Hearth::Colors {

// The contrast every pair is held to: WCAG AA for text, and Hearth asks it of borders,
// rings, handles and icons too.
inline constexpr double MinimumContrast = 4.5;

// The first colour on the way from start to towards that holds ratio against every one of
// backgrounds (towards itself when none does): a border or an accent as quiet as it can be
// while still being seen.
QColor reaching(const QColor &start, const QColor &towards,
    std::initializer_list<QColor> backgrounds, double ratio = MinimumContrast);

// Quiet words: times, counts, hints, folded bodies (the palette's PlaceholderText).
QColor secondaryText(const QPalette &palette);
// A link's words (hashtags, "Read more").
QColor link(const QPalette &palette);

// The accent (the highlight colour, lifted until it reads on Window and Base): the focus
// ring, checked radio buttons and check boxes.
QColor accent(const QPalette &palette);
// The mark inside an accent-filled indicator (a check, a dot).
QColor onAccent(const QPalette &palette);
// The keyboard focus ring around fields, buttons and cards.
QColor focusRing(const QPalette &palette);

// Text fields, combo boxes and spin boxes: their background and their border, which reads
// on both the field and the window around it.
QColor fieldBackground(const QPalette &palette);
QColor fieldBorder(const QPalette &palette);

// Push buttons and framed tool buttons: the fill (hovered: warmer, pressed: deeper) and the
// border, which reads on the window and the base around the button.
QColor buttonFill(const QPalette &palette, bool hovered, bool pressed);
QColor buttonBorder(const QPalette &palette);
// The default button of a dialog: the highlight, with its text.
QColor defaultButtonFill(const QPalette &palette, bool hovered, bool pressed);
QColor defaultButtonText(const QPalette &palette);
// A flat tool button under the pointer (or pressed, or checked).
QColor flatButtonFill(const QPalette &palette, bool pressed);

// A scrollbar's track and its handle (when hovered or dragged: stronger).
QColor scrollTrack(const QPalette &palette);
QColor scrollHandle(const QPalette &palette, bool active);

// A card in a feed: its background (the selected card's is AlternateBase; under the pointer
// it warms towards the highlight) and its decorative edge.
QColor cardBackground(const QPalette &palette, bool selected, bool hovered);
QColor cardEdge(const QPalette &palette, bool hovered);
// A card's React pill on a card's background: tinted when the reaction is mine, warmer
// under the pointer; its edge.
QColor reactFill(const QPalette &palette, const QColor &cardBackground, bool mine, bool hovered);
QColor reactEdge(const QPalette &palette, bool mine, bool hovered);
// The placeholder where a card's picture is not here yet.
QColor mediaPlaceholder(const QPalette &palette);

// Pills (the post view's reactions): background and words, the person's own (selected) in
// the highlight; their edge is buttonBorder().
QColor pillBackground(const QPalette &palette, bool selected);
QColor pillText(const QPalette &palette, bool selected);

// A segmented control (the kind filter, the sort): the selected segment and the others,
// which show the control's track; the track's edge is buttonBorder().
QColor segmentBackground(const QPalette &palette, bool selected);
QColor segmentText(const QPalette &palette, bool selected);

// The "new posts" pill floating over the feed.
QColor newPostsBackground(const QPalette &palette);
QColor newPostsText(const QPalette &palette);

// The crisis notice's calm panel (its words are WindowText, its links Link).
QColor crisisNotice(const QPalette &palette);

// The ink of Hearth's own icons in a mode: the button text, the highlighted text on a
// selected menu item, the disabled text.
QColor iconInk(const QPalette &palette, QIcon::Mode mode);

// A person's drawn avatar, when they chose no picture: one of a few calm colours, the same
// for the same handle everywhere (and in both palettes: it is theirs, not the window's), and
// the initials on it.
QColor avatarBackground(const QString &handle);
QColor avatarText();
// Every colour avatarBackground() chooses from, for the contrast test.
QList<QColor> avatarBackgrounds();

} // namespace Hearth::Colors
