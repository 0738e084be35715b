#include "Preferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString MutedWordsKey = u"care/mutedWords"_s;
const QString QuietCountsKey = u"care/quietCounts"_s;
const QString BlurKey = u"care/blurSensitivePhotos"_s;
const QString CountryKey = u"care/crisisCountry"_s;

QStringList tidy(const QStringList &words)
{
    QStringList kept;
    for (const QString &word : words) {
        const QString entry = word.simplified();
        if (entry.isEmpty() || kept.contains(entry, Qt::CaseInsensitive))
            continue;
        kept.append(entry);
    }
    return kept;
}

} // namespace

Preferences::Preferences(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_mutedWords(tidy(settings.value(MutedWordsKey).toStringList()))
    , m_quietCounts(settings.value(QuietCountsKey, false).toBool())
    , m_blurSensitivePhotos(settings.value(BlurKey, true).toBool())
    , m_crisisCountry(settings.value(CountryKey).toString().toUpper())
{ }

void Preferences::setMutedWords(const QStringList &words)
{
    const QStringList kept = tidy(words);
    if (kept == m_mutedWords)
        return;
    m_mutedWords = kept;
    save();
}

void Preferences::setQuietCounts(bool quiet)
{
    if (quiet == m_quietCounts)
        return;
    m_quietCounts = quiet;
    save();
}

void Preferences::setBlurSensitivePhotos(bool blur)
{
    if (blur == m_blurSensitivePhotos)
        return;
    m_blurSensitivePhotos = blur;
    save();
}

void Preferences::setCrisisCountry(const QString &code)
{
    const QString country = code.trimmed().toUpper();
    if (country == m_crisisCountry)
        return;
    m_crisisCountry = country;
    save();
}

void Preferences::save()
{
    m_settings.setValue(MutedWordsKey, m_mutedWords);
    m_settings.setValue(QuietCountsKey, m_quietCounts);
    m_settings.setValue(BlurKey, m_blurSensitivePhotos);
    m_settings.setValue(CountryKey, m_crisisCountry);
    Q_EMIT changed();
}

} // namespace Hearth
