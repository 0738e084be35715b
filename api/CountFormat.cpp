#include "CountFormat.h"

#include <array>
#include <limits>

namespace Hearth {

namespace {

// The abbreviations for thousands, millions and billions, each with its separator.
struct Abbreviations
{
    QLocale::Language language;
    std::array<QStringView, 3> suffixes;
};

constexpr std::array abbreviationTable{
    Abbreviations{QLocale::English, {u"K", u"M", u"B"}},
    // German uses the Duden abbreviations with a space: "14,6 Tsd.", "1,1 Mio.".
    Abbreviations{QLocale::German, {u"\u00a0Tsd.", u"\u00a0Mio.", u"\u00a0Mrd."}},
    // Spanish: "14,6 mil", "1,1 M", "2 mil M" (mil millones).
    Abbreviations{QLocale::Spanish, {u"\u00a0mil", u"\u00a0M", u"\u00a0mil\u00a0M"}},
};

const Abbreviations &abbreviationsFor(QLocale::Language language)
{
    for (const Abbreviations &entry : abbreviationTable) {
        if (entry.language == language)
            return entry;
    }
    return abbreviationTable.front();
}

} // namespace

QString CountFormat::compact(qint64 count, const QLocale &locale)
{
    if (count < 0)
        return locale.negativeSign()
            + compact(count == std::numeric_limits<qint64>::min()
                    ? std::numeric_limits<qint64>::max()
                    : -count,
                locale);
    if (count < 1000)
        return locale.toString(count);

    constexpr std::array<qint64, 3> units{1'000, 1'000'000, 1'000'000'000};
    std::size_t unit = 0;
    while (unit + 1 < units.size() && count >= units[unit + 1])
        ++unit;

    const qint64 whole = count / units[unit];
    // Tenths of the unit, truncated: integer arithmetic avoids 14.6 becoming 14.59999.
    const qint64 tenths = (count % units[unit]) / (units[unit] / 10);

    QString number = locale.toString(whole);
    if (whole < 100 && tenths > 0)
        number += locale.decimalPoint() + locale.toString(tenths);
    return number + abbreviationsFor(locale.language()).suffixes[unit];
}

} // namespace Hearth
