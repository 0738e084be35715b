#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Hearth {

// Hearth's translations and Qt's own for one language, installed into the application while
// this object lives. Hearth's come built in (:/i18n/hearth_<language>.qm); Qt's (the texts of
// standard dialogs and buttons) from Qt's translations folder, where the system has them.
//
// A language Hearth has no translation for gets English: its hearth_en translation is still
// installed, as it carries the English plural forms ("1 reaction", "2 reactions").
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Installs the translations for the first of locale's UI languages that Hearth has
    // (English when none), replacing those installed before. Returns false when Hearth has
    // none of the locale's languages and English was installed instead.
    bool install(const QLocale &locale);

    // The language installed ("de", "en", "es"), empty before install().
    QString language() const { return m_language; }
    // Whether Qt's own texts were found for that language too.
    bool hasQtTranslation() const { return m_qt != nullptr; }

    // The languages Hearth is translated to, as file names give them: "de", "en", "es".
    static QStringList availableLanguages();

private:
    std::unique_ptr<QTranslator> m_hearth;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace Hearth
