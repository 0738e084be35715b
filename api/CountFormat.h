#pragma once

#include <QLocale>
#include <QString>

namespace Hearth {

// Formats the counts of a topic header compactly for a locale: 14,600 reads "14.6K"
// in English, "14,6 Tsd." in German and "14,6 mil" in Spanish.
//
// Counts are truncated, never rounded up, so a figure never claims more than is
// there: 1,499 is "1.4K" and 999,999 is "999.9K". One decimal is shown below 100 of
// a unit ("14.6K"), none from there on ("146K"); a trailing ".0" is dropped ("2K").
// Below 1,000 the whole number is shown in the locale's digits. Languages without
// their own abbreviations use the English ones with the locale's decimal separator.
class CountFormat
{
public:
    static QString compact(qint64 count, const QLocale &locale = QLocale());
};

} // namespace Hearth
