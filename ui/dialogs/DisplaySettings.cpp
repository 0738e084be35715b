#include "DisplaySettings.h"

#include <QApplication>
#include <QFontDatabase>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString ColorSchemeKey = u"display/colorScheme"_s;
const QString LanguageKey = u"display/language"_s;
const QString TextScaleKey = u"display/textScale"_s;

QString schemeName(Appearance::ColorScheme scheme)
{
    switch (scheme) {
    case Appearance::ColorScheme::Light:
        return u"light"_s;
    case Appearance::ColorScheme::Dark:
        return u"dark"_s;
    case Appearance::ColorScheme::System:
        break;
    }
    return u"system"_s;
}

// A step of the scale: a hand-edited file cannot make the text unreadable.
int onScale(int percent)
{
    const int clamped = std::clamp(
        percent, DisplaySettings::SmallestTextScale, DisplaySettings::LargestTextScale);
    const int steps
        = (clamped - DisplaySettings::SmallestTextScale + DisplaySettings::TextScaleStep / 2)
        / DisplaySettings::TextScaleStep;
    return DisplaySettings::SmallestTextScale + steps * DisplaySettings::TextScaleStep;
}

bool isOffered(const QString &language)
{
    const auto offered = DisplaySettings::languages();
    return std::any_of(offered.begin(), offered.end(),
        [&language](const auto &entry) { return entry.first == language; });
}

} // namespace

DisplaySettings::DisplaySettings(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_colorScheme(settings.contains(ColorSchemeKey)
              ? Appearance::parseColorScheme(settings.value(ColorSchemeKey).toString())
              : Appearance::ColorScheme::System)
    , m_language(settings.value(LanguageKey).toString())
    , m_textScale(onScale(settings.value(TextScaleKey, NormalTextScale).toInt()))
{
    if (!isOffered(m_language))
        m_language.clear();
    m_startLanguage = m_language;
    m_startTextScale = m_textScale;
}

void DisplaySettings::setAppearance(Appearance *appearance)
{
    m_appearance = appearance;
}

Appearance::ColorScheme DisplaySettings::shownColorScheme() const
{
    return m_appearance ? m_appearance->scheme() : m_colorScheme;
}

void DisplaySettings::setColorScheme(Appearance::ColorScheme scheme)
{
    m_colorScheme = scheme;
    m_settings.setValue(ColorSchemeKey, schemeName(scheme));
    if (m_appearance && m_appearance->scheme() != scheme)
        m_appearance->apply(scheme);
    Q_EMIT changed();
}

void DisplaySettings::setLanguage(const QString &language)
{
    const QString kept = isOffered(language) ? language : QString();
    if (kept == m_language)
        return;
    m_language = kept;
    m_settings.setValue(LanguageKey, kept);
    Q_EMIT changed();
}

void DisplaySettings::setTextScale(int percent)
{
    const int kept = onScale(percent);
    if (kept == m_textScale)
        return;
    m_textScale = kept;
    m_settings.setValue(TextScaleKey, kept);
    Q_EMIT changed();
}

bool DisplaySettings::restartPending() const
{
    return m_language != m_startLanguage || m_textScale != m_startTextScale;
}

QList<std::pair<QString, QString>> DisplaySettings::languages()
{
    // Each in its own language, so that a person who cannot read the current one finds theirs.
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"es"_s, u"Español"_s}};
}

void DisplaySettings::applyTextScale(int percent)
{
    // Always from the desktop's font, so that applying twice does not compound.
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const qreal factor = onScale(percent) / 100.0;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    QApplication::setFont(font);
}

} // namespace Hearth
