#pragma once

#include <QObject>
#include <QPalette>
#include <QTimer>

class QApplication;

namespace Hearth {

// Hearth's colours: Hearth's style (Fusion, refined) with a calm light or dark palette of Hearth's
// own, or whichever of the two suits the desktop's colours ("system"), followed as the desktop
// changes. One Appearance per application, living as long as its windows.
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class ColorScheme { System, Light, Dark };
    Q_ENUM(ColorScheme)

    // Remembers the palette the platform gave the application, before Hearth changes it.
    explicit Appearance(QApplication &app, QObject *parent = nullptr);

    // Sets Hearth's style (HearthStyle) and the palette of the scheme; System picks Light or Dark
    // from the platform's palette and keeps doing so when the desktop's colours change.
    void apply(ColorScheme scheme);
    ColorScheme scheme() const { return m_scheme; }
    // Light or Dark: what the window shows now.
    ColorScheme shownScheme() const { return m_shown; }

    // "system", "light" or "dark", in any case. Anything else warns and gives System.
    static ColorScheme parseColorScheme(QStringView text);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether a palette is a dark one: its window colour is darker than mid-grey.
    static bool isDark(const QPalette &palette);

    // The WCAG 2.x contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);
    // a blended towards b by amount (0..1): tints made from the palette suit light and dark
    // palettes alike.
    static QColor mix(const QColor &a, const QColor &b, qreal amount);
    // The WCAG 2.x relative luminance of a colour, from 0 (black) to 1 (white).
    static double relativeLuminance(const QColor &color);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followSystem();
    void setApplicationPalette(const QPalette &palette);
    QPalette platformPalette();

    QApplication &m_app;
    ColorScheme m_scheme = ColorScheme::System;
    ColorScheme m_shown = ColorScheme::Light;
    // The platform's own palette, which System follows.
    QPalette m_systemPalette;
    // Set while Hearth changes the application's palette, so that its own change is not
    // taken for the desktop's.
    bool m_changingPalette = false;
    // What changed since the last look at the platform: the theme (the platform's palette
    // must be read again) or only the application's palette (it is the platform's).
    bool m_themeChanged = false;
    // Gathers the burst of change events (one per window) into one look.
    QTimer m_follow;
};

} // namespace Hearth
