#include "Appearance.h"

#include "HearthStyle.h"

#include <QApplication>
#include <QDebug>
#include <QEvent>
#include <QScopedValueRollback>
#include <QStyle>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The colours of one scheme. Active and Inactive share them (a window does not change
// colour when it loses the focus); Disabled mutes the text and the accent.
struct SchemeColors
{
    QColor window, windowText, base, alternateBase, text, placeholderText;
    QColor button, buttonText, light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, brightText;
    QColor disabledText, disabledPlaceholderText, disabledHighlight, disabledHighlightedText;
};

QPalette paletteFrom(const SchemeColors &c)
{
    QPalette palette;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor &text = disabled ? c.disabledText : c.text;
        palette.setColor(group, QPalette::Window, c.window);
        palette.setColor(group, QPalette::WindowText, disabled ? c.disabledText : c.windowText);
        palette.setColor(group, QPalette::Base, c.base);
        palette.setColor(group, QPalette::AlternateBase, c.alternateBase);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::PlaceholderText,
            disabled ? c.disabledPlaceholderText : c.placeholderText);
        palette.setColor(group, QPalette::Button, c.button);
        palette.setColor(group, QPalette::ButtonText, disabled ? c.disabledText : c.buttonText);
        palette.setColor(group, QPalette::Light, c.light);
        palette.setColor(group, QPalette::Midlight, c.midlight);
        palette.setColor(group, QPalette::Mid, c.mid);
        palette.setColor(group, QPalette::Dark, c.dark);
        palette.setColor(group, QPalette::Shadow, c.shadow);
        palette.setColor(group, QPalette::Highlight, disabled ? c.disabledHighlight : c.highlight);
        palette.setColor(group, QPalette::HighlightedText,
            disabled ? c.disabledHighlightedText : c.highlightedText);
        palette.setColor(group, QPalette::Link, disabled ? c.disabledText : c.link);
        palette.setColor(group, QPalette::LinkVisited, disabled ? c.disabledText : c.linkVisited);
        palette.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, c.toolTipText);
        palette.setColor(group, QPalette::BrightText, c.brightText);
    }
    return palette;
}

QColor rgb(QRgb value)
{
    return QColor::fromRgb(value);
}

} // namespace

Appearance::Appearance(QApplication &app, QObject *parent)
    : QObject(parent), m_app(app), m_systemPalette(QApplication::palette())
{
    m_follow.setSingleShot(true);
    m_follow.setInterval(0);
    connect(&m_follow, &QTimer::timeout, this, [this] {
        // A new theme hides behind Hearth's palette: look it up. A palette set on the
        // application by someone else (a platform plug-in) is the platform's word itself.
        m_systemPalette = m_themeChanged ? platformPalette() : QApplication::palette();
        m_themeChanged = false;
        followSystem();
    });
}

void Appearance::apply(ColorScheme scheme)
{
    m_scheme = scheme;
    if (!qobject_cast<HearthStyle *>(QApplication::style())) {
        // A new style may set the application's palette on its way in.
        const QScopedValueRollback guard(m_changingPalette, true);
        QApplication::setStyle(new HearthStyle);
    }
    switch (scheme) {
    case ColorScheme::System:
        // Watching every event costs a comparison each: only System needs it.
        m_app.installEventFilter(this);
        followSystem();
        return;
    case ColorScheme::Light:
    case ColorScheme::Dark:
        break;
    }
    m_app.removeEventFilter(this);
    m_follow.stop();
    m_shown = scheme;
    setApplicationPalette(scheme == ColorScheme::Dark ? darkPalette() : lightPalette());
}

Appearance::ColorScheme Appearance::parseColorScheme(QStringView text)
{
    const QStringView name = text.trimmed();
    if (name.compare(u"system"_s, Qt::CaseInsensitive) == 0)
        return ColorScheme::System;
    if (name.compare(u"light"_s, Qt::CaseInsensitive) == 0)
        return ColorScheme::Light;
    if (name.compare(u"dark"_s, Qt::CaseInsensitive) == 0)
        return ColorScheme::Dark;
    qWarning().noquote() << tr(
        "Unknown color scheme \"%1\" (use system, light or dark): following the system.")
                                .arg(text);
    return ColorScheme::System;
}

QPalette Appearance::lightPalette()
{
    // A soft warm paper, deep brown-grey ink, and one quiet teal for links and selection.
    SchemeColors c;
    c.window = rgb(0xF5F0E8);
    c.windowText = rgb(0x342C27);
    c.base = rgb(0xFFFDF9);
    c.alternateBase = rgb(0xF2EBE1);
    c.text = rgb(0x342C27);
    c.placeholderText = rgb(0x6B5F55);
    c.button = rgb(0xECE4D9);
    c.buttonText = rgb(0x342C27);
    c.light = rgb(0xFFFFFF);
    c.midlight = rgb(0xF9F5EF);
    c.mid = rgb(0xD2C6B7);
    c.dark = rgb(0x76685C);
    c.shadow = rgb(0x4A3F37);
    c.highlight = rgb(0x2F6F6A);
    c.highlightedText = rgb(0xFFFFFF);
    c.link = rgb(0x2A6762);
    c.linkVisited = rgb(0x6E4A66);
    c.toolTipBase = rgb(0xFFF8EC);
    c.toolTipText = rgb(0x342C27);
    c.brightText = rgb(0xFFFFFF);
    c.disabledText = rgb(0x877B70);
    c.disabledPlaceholderText = rgb(0xA39789);
    c.disabledHighlight = rgb(0xCFC5B9);
    c.disabledHighlightedText = rgb(0x5E534A);
    return paletteFrom(c);
}

QPalette Appearance::darkPalette()
{
    // A deep warm grey-brown, warm off-white ink, and the same teal, lifted for the dark.
    SchemeColors c;
    c.window = rgb(0x2A2420);
    c.windowText = rgb(0xEDE5DB);
    c.base = rgb(0x221D1A);
    c.alternateBase = rgb(0x332B26);
    c.text = rgb(0xEDE5DB);
    c.placeholderText = rgb(0xB0A396);
    c.button = rgb(0x3A312B);
    c.buttonText = rgb(0xEDE5DB);
    c.light = rgb(0x54493F);
    c.midlight = rgb(0x453B34);
    c.mid = rgb(0x54493F);
    c.dark = rgb(0x16120F);
    c.shadow = rgb(0x0B0908);
    // Light enough to be seen as a focus ring on the dark window (5.5:1), so its words are
    // dark: white on a teal that dark would be 2.4:1 at best.
    c.highlight = rgb(0x5FA89E);
    c.highlightedText = rgb(0x16120F);
    c.link = rgb(0x8CCBC2);
    c.linkVisited = rgb(0xC9A6C0);
    c.toolTipBase = rgb(0x3A312B);
    c.toolTipText = rgb(0xEDE5DB);
    c.brightText = rgb(0xFFFFFF);
    c.disabledText = rgb(0x857A70);
    c.disabledPlaceholderText = rgb(0x6F655C);
    c.disabledHighlight = rgb(0x3F3630);
    c.disabledHighlightedText = rgb(0xA09488);
    return paletteFrom(c);
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

double Appearance::relativeLuminance(const QColor &color)
{
    // sRGB channels made linear, weighted by how bright each primary looks.
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QColor Appearance::mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
        float(a.greenF() + (b.greenF() - a.greenF()) * amount),
        float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

double Appearance::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_changingPalette) {
        // One ThemeChange comes to each window: they are gathered into one look.
        if (event->type() == QEvent::ThemeChange) {
            m_themeChanged = true;
            m_follow.start();
        } else if (event->type() == QEvent::ApplicationPaletteChange && watched == &m_app) {
            m_follow.start();
        }
    }
    return QObject::eventFilter(watched, event);
}

void Appearance::followSystem()
{
    m_shown = isDark(m_systemPalette) ? ColorScheme::Dark : ColorScheme::Light;
    setApplicationPalette(m_shown == ColorScheme::Dark ? darkPalette() : lightPalette());
}

void Appearance::setApplicationPalette(const QPalette &palette)
{
    const QScopedValueRollback guard(m_changingPalette, true);
    QApplication::setPalette(palette);
}

QPalette Appearance::platformPalette()
{
    // Qt 6.4 offers no public look at the platform's palette once the application has one
    // of its own; an application palette with no role set falls back to it entirely.
    QPalette unset;
    unset.setResolveMask(0);
    setApplicationPalette(unset);
    return QApplication::palette();
}

} // namespace Hearth
