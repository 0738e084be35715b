#include "CountryNames.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace Hearth::CountryNames {

namespace {

// Every country of resources/care/crisis-lines.json; tests/ui/tst_countrynames checks that
// none is missing.
constexpr std::array Names{
    std::pair{"AT", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Austria")},
    std::pair{"AU", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Australia")},
    std::pair{"BR", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Brazil")},
    std::pair{"CA", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Canada")},
    std::pair{"CH", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Switzerland")},
    std::pair{"DE", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Germany")},
    std::pair{"ES", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Spain")},
    std::pair{"FR", QT_TRANSLATE_NOOP("Hearth::CountryNames", "France")},
    std::pair{"GB", QT_TRANSLATE_NOOP("Hearth::CountryNames", "United Kingdom")},
    std::pair{"IE", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Ireland")},
    std::pair{"IN", QT_TRANSLATE_NOOP("Hearth::CountryNames", "India")},
    std::pair{"NL", QT_TRANSLATE_NOOP("Hearth::CountryNames", "Netherlands")},
    std::pair{"NZ", QT_TRANSLATE_NOOP("Hearth::CountryNames", "New Zealand")},
    std::pair{"US", QT_TRANSLATE_NOOP("Hearth::CountryNames", "United States")},
};

} // namespace

QString name(const QString &code)
{
    const QString upper = code.toUpper();
    for (const auto &[known, english] : Names) {
        if (upper == QLatin1StringView(known))
            return QCoreApplication::translate("Hearth::CountryNames", english);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(upper);
    return territory == QLocale::AnyTerritory ? upper : QLocale::territoryToString(territory);
}

} // namespace Hearth::CountryNames
