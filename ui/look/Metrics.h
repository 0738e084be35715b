#pragma once

#include <QFont>

// Hearth's design system in numbers: one spacing scale, one type scale, one set of radii and
// the reading width. Every widget takes its margins, gaps, corner radii and font sizes from
// here, so that the window reads as one thing and a change of rhythm is made in one place.
// Lengths are in device-independent pixels (Qt scales them on high-DPI screens); type sizes
// are relative to the application's font, so that the person's text size carries through.
namespace Hearth::Metrics {

// The spacing scale: gaps between related things are small, between groups large.
inline constexpr int spaceXS = 2;
inline constexpr int spaceS = 4;
inline constexpr int spaceM = 8;
inline constexpr int spaceL = 12;
inline constexpr int spaceXL = 16;
inline constexpr int spaceXXL = 24;

// Corner radii: fields and buttons, cards and panes, and pills (fully round ends).
inline constexpr int radiusSmall = 4;
inline constexpr int radiusMedium = 8;
inline constexpr int radiusLarge = 12;
// A pill's radius is half its height: radiusPill(height).
inline constexpr int radiusPill(int height)
{
    return height / 2;
}

// The width of a column of reading (the feed, the post view): about 70 characters of body
// text, centred in wider windows.
inline constexpr int readingWidth = 720;
inline constexpr int readingWidthMinimum = 680;
inline constexpr int readingWidthMaximum = 760;

// The type scale, from the smallest to the largest role.
enum class TextRole {
    Caption, // times, counts, hints
    Body, // what people wrote, on cards and in comments
    Reading, // a post's words in the post view, read for longer than a card's excerpt
    Label, // a control's or a section's name, a card's title
    Title, // a post's title in the post view
    PageTitle, // the topic's name
};

// base (the application's font by default) at the role's size and weight.
QFont font(TextRole role);
QFont font(TextRole role, const QFont &base);

} // namespace Hearth::Metrics
