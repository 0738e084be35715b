#pragma once

#include "ui/look/Appearance.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QSettings;

namespace Hearth {

// How Hearth looks and which language it speaks, as the person chose in Settings, kept in the
// app's settings file (hearth.ini): the colours (system, light or dark), applied at once
// through the application's Appearance; the language and the text size, read when Hearth
// starts (before any window: Qt's widgets are not translated again in place, and many of
// Hearth's fix their type sizes from the application's font when they are made).
// Command-line options (--color-scheme, --lang) override the saved choices for one run.
class DisplaySettings : public QObject
{
    Q_OBJECT

public:
    // The text sizes offered, in percent of the desktop's font.
    static constexpr int SmallestTextScale = 90;
    static constexpr int LargestTextScale = 150;
    static constexpr int TextScaleStep = 10;
    static constexpr int NormalTextScale = 100;

    explicit DisplaySettings(QSettings &settings, QObject *parent = nullptr);

    // What applies a colour scheme at once; without one (null) it is only kept.
    void setAppearance(Appearance *appearance);
    Appearance *appearance() const { return m_appearance; }

    // The saved colours (System unless chosen), and the colours shown now, which
    // --color-scheme may have set for this run.
    Appearance::ColorScheme colorScheme() const { return m_colorScheme; }
    Appearance::ColorScheme shownColorScheme() const;
    // Keeps the scheme and applies it now.
    void setColorScheme(Appearance::ColorScheme scheme);

    // A language Hearth is translated to ("de", "en", "es"), or empty for the system's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // The text size in percent of the desktop's font, a step of the scale.
    int textScale() const { return m_textScale; }
    void setTextScale(int percent);

    // Whether the language or the text size chosen differs from what this run started with.
    bool restartPending() const;

    // The languages offered: code and name in that language ("Deutsch"), in that order.
    static QList<std::pair<QString, QString>> languages();
    // Sets the application's font to the desktop's at percent (clamped to the scale).
    static void applyTextScale(int percent);

Q_SIGNALS:
    void changed();

private:
    QSettings &m_settings;
    QPointer<Appearance> m_appearance;
    Appearance::ColorScheme m_colorScheme = Appearance::ColorScheme::System;
    QString m_language;
    int m_textScale = NormalTextScale;
    // As this run started.
    QString m_startLanguage;
    int m_startTextScale = NormalTextScale;
};

} // namespace Hearth
