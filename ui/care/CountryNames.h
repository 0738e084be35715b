#pragma once

#include <QString>

namespace Hearth::CountryNames {

// A country's name in the person's language, for the countries whose crisis lines Hearth
// knows (Qt's own names are English only); another code gets Qt's English name, or the code.
QString name(const QString &code);

} // namespace Hearth::CountryNames
