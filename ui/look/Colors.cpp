#include "Colors.h"

#include "Appearance.h"

namespace Hearth::Colors {

namespace {

QColor role(const QPalette &palette, QPalette::ColorRole colorRole)
{
    return palette.color(QPalette::Active, colorRole);
}

// base tinted towards colour: the eye needs a larger step on dark colours to see it.
QColor tint(const QColor &base, const QColor &colour, qreal amount)
{
    return Appearance::mix(base, colour, base.lightness() < 128 ? amount * 2 : amount);
}

} // namespace

QColor reaching(const QColor &start, const QColor &towards,
    std::initializer_list<QColor> backgrounds, double ratio)
{
    // Small steps: the first colour that is enough is the calmest one.
    for (int step = 0; step <= 100; ++step) {
        const QColor candidate = Appearance::mix(start, towards, step / 100.0);
        bool enough = true;
        for (const QColor &background : backgrounds)
            enough = enough && Appearance::contrastRatio(candidate, background) >= ratio;
        if (enough)
            return candidate;
    }
    return towards;
}

QColor secondaryText(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor link(const QPalette &palette)
{
    return palette.color(QPalette::Link);
}

QColor accent(const QPalette &palette)
{
    return reaching(role(palette, QPalette::Highlight), role(palette, QPalette::Text),
        {role(palette, QPalette::Window), role(palette, QPalette::Base)});
}

QColor onAccent(const QPalette &palette)
{
    // White on a deep accent (light palettes), the dark base on a lifted one (dark palettes).
    const QColor fill = accent(palette);
    const QColor highlighted = role(palette, QPalette::HighlightedText);
    const QColor base = role(palette, QPalette::Base);
    return Appearance::contrastRatio(highlighted, fill) >= Appearance::contrastRatio(base, fill)
        ? highlighted
        : base;
}

QColor focusRing(const QPalette &palette)
{
    return accent(palette);
}

QColor fieldBackground(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor fieldBorder(const QPalette &palette)
{
    return reaching(role(palette, QPalette::Window), role(palette, QPalette::Text),
        {role(palette, QPalette::Window), role(palette, QPalette::Base)});
}

QColor buttonFill(const QPalette &palette, bool hovered, bool pressed)
{
    const QColor button = palette.color(QPalette::Button);
    if (pressed)
        return tint(button, palette.color(QPalette::Text), 0.1);
    if (hovered)
        return tint(button, palette.color(QPalette::Highlight), 0.1);
    return button;
}

QColor buttonBorder(const QPalette &palette)
{
    // Held against what the button sits on, not its own fill: against the fill too, the
    // dark palette's border came out near white (#d4ccc2, 9.6:1 on the window), loud.
    return reaching(role(palette, QPalette::Button), role(palette, QPalette::ButtonText),
        {role(palette, QPalette::Window), role(palette, QPalette::Base)});
}

QColor defaultButtonFill(const QPalette &palette, bool hovered, bool pressed)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    if (pressed)
        return Appearance::mix(highlight, palette.color(QPalette::Shadow), 0.2);
    if (hovered)
        return Appearance::mix(highlight, palette.color(QPalette::Shadow), 0.1);
    return highlight;
}

QColor defaultButtonText(const QPalette &palette)
{
    return palette.color(QPalette::HighlightedText);
}

QColor flatButtonFill(const QPalette &palette, bool pressed)
{
    const QColor window = palette.color(QPalette::Window);
    return tint(window, palette.color(QPalette::Highlight), pressed ? 0.2 : 0.1);
}

QColor scrollTrack(const QPalette &palette)
{
    return tint(role(palette, QPalette::Window), role(palette, QPalette::Text), 0.04);
}

QColor scrollHandle(const QPalette &palette, bool active)
{
    const QColor track = scrollTrack(palette);
    const QColor handle = reaching(track, role(palette, QPalette::Text), {track});
    return active ? Appearance::mix(handle, role(palette, QPalette::Text), 0.35) : handle;
}

QColor cardBackground(const QPalette &palette, bool selected, bool hovered)
{
    // Hover tints the card towards the highlight colour: a shade darker would not show on
    // a dark card.
    const QColor base = palette.color(selected ? QPalette::AlternateBase : QPalette::Base);
    return hovered ? tint(base, palette.color(QPalette::Highlight), 0.07) : base;
}

QColor cardEdge(const QPalette &palette, bool hovered)
{
    // Decoration: the card's background already sets it apart from the window.
    return hovered
        ? Appearance::mix(palette.color(QPalette::Mid), palette.color(QPalette::Highlight), 0.5)
        : palette.color(QPalette::Mid);
}

QColor reactFill(const QPalette &palette, const QColor &cardBackground, bool mine, bool hovered)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    QColor fill = cardBackground;
    if (mine)
        fill = tint(fill, highlight, 0.16);
    if (hovered)
        fill = tint(fill, highlight, 0.1);
    return fill;
}

QColor reactEdge(const QPalette &palette, bool mine, bool hovered)
{
    return mine ? palette.color(QPalette::Highlight) : cardEdge(palette, hovered);
}

QColor mediaPlaceholder(const QPalette &palette)
{
    return Appearance::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
}

QColor pillBackground(const QPalette &palette, bool selected)
{
    // The person's own in the highlight; the others on the base, like a field.
    return selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
}

QColor pillText(const QPalette &palette, bool selected)
{
    return selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
}

QColor segmentBackground(const QPalette &palette, bool selected)
{
    // The chosen segment in the highlight; the others show the control's track, the base.
    return selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
}

QColor segmentText(const QPalette &palette, bool selected)
{
    return selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
}

QColor newPostsBackground(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor newPostsText(const QPalette &palette)
{
    return palette.color(QPalette::HighlightedText);
}

QColor crisisNotice(const QPalette &palette)
{
    return Appearance::mix(palette.color(QPalette::Window), palette.color(QPalette::Highlight),
        Appearance::isDark(palette) ? 0.14 : 0.08);
}

QColor iconInk(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

QList<QColor> avatarBackgrounds()
{
    // Muted slate, sage, plum, dusk, clay, teal, terracotta and storm: quiet beside the
    // cards, each dark enough for white initials.
    return {QColor(0x4a, 0x6a, 0x87), QColor(0x4f, 0x6f, 0x52), QColor(0x7d, 0x54, 0x68),
        QColor(0x5e, 0x5a, 0x88), QColor(0x7a, 0x5c, 0x3e), QColor(0x2f, 0x6e, 0x6e),
        QColor(0x8a, 0x51, 0x45), QColor(0x52, 0x60, 0x7e)};
}

QColor avatarBackground(const QString &handle)
{
    static const QList<QColor> colours = avatarBackgrounds();
    // A hash of the handle that does not change between runs (qHash is seeded).
    quint32 hash = 2166136261u;
    for (const QChar c : handle) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return colours.at(int(hash % quint32(colours.size())));
}

QColor avatarText()
{
    return QColor(Qt::white);
}

} // namespace Hearth::Colors
