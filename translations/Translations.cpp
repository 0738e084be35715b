#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString resourceDir = u":/i18n"_s;
const QString prefix = u"hearth_"_s;

// The language part of a translation file's name: "de" for hearth_de.qm.
QString languageOf(const QString &filePath)
{
    const QString name = QFileInfo(filePath).completeBaseName();
    return name.startsWith(prefix) ? name.mid(prefix.size()) : QString();
}

} // namespace

Translations::Translations() = default;

// The translators remove themselves from the application when they are deleted.
Translations::~Translations() = default;

bool Translations::install(const QLocale &locale)
{
    m_hearth.reset();
    m_qt.reset();
    m_language.clear();

    auto hearth = std::make_unique<QTranslator>();
    // Tries each of the locale's UI languages in turn: hearth_de_AT.qm, then hearth_de.qm.
    const bool found = hearth->load(locale, u"hearth"_s, u"_"_s, resourceDir);
    if (!found && !hearth->load(u"hearth_en"_s, resourceDir))
        return false;
    m_language = languageOf(hearth->filePath());
    QCoreApplication::installTranslator(hearth.get());
    m_hearth = std::move(hearth);

    // Qt's texts in the language Hearth speaks, not in another of the locale's.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(m_language), u"qtbase"_s, u"_"_s,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return found;
}

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(resourceDir).entryList({u"hearth_*.qm"_s}, QDir::Files);
    for (const QString &file : files)
        languages.append(languageOf(file));
    languages.sort();
    return languages;
}

} // namespace Hearth
