// Count formatting: CountFormat::compact for any count in a handful of locales.
//
// Properties: the text is never empty and short; below 1,000 it is the locale's whole
// number; a negative count is the sign and the positive one; in English the figure read
// back never claims more than the count, nor a tenth of a unit (a whole one from 100 up)
// less.

#include "FuzzCheck.h"
#include "api/CountFormat.h"

#include <array>
#include <cstring>
#include <limits>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// English, the two with their own abbreviations, and some that fall back on English's
// with other digits or separators.
const std::array<QLocale, 7> &locales()
{
    static const std::array<QLocale, 7> all{QLocale(QLocale::English), QLocale(QLocale::German),
        QLocale(QLocale::Spanish), QLocale(QLocale::French),
        QLocale(QLocale::Arabic, QLocale::Egypt), QLocale(QLocale::Hindi), QLocale::c()};
    return all;
}

// The count an English figure stands for at least, and the step of its last digit.
void readBack(const QString &text, qint64 count)
{
    static const std::array<std::pair<QChar, qint64>, 3> units{
        {{u'K', 1'000}, {u'M', 1'000'000}, {u'B', 1'000'000'000}}};
    for (const auto &[suffix, unit] : units) {
        if (!text.endsWith(suffix))
            continue;
        const QString figure = text.chopped(1).remove(u',');
        const qsizetype point = figure.indexOf(u'.');
        bool ok = false;
        const qint64 whole = figure.left(point < 0 ? figure.size() : point).toLongLong(&ok);
        FUZZ_CHECK(ok, u"'%1' does not read back"_s.arg(text));
        qint64 tenths = 0;
        if (point >= 0) {
            FUZZ_CHECK(figure.size() == point + 2, u"'%1' has more than one decimal"_s.arg(text));
            tenths = figure.mid(point + 1).toLongLong(&ok);
            FUZZ_CHECK(
                ok && tenths > 0 && whole < 100, u"'%1': a decimal where none is due"_s.arg(text));
        }
        // __int128: a billion-unit figure times its unit may not fit in a qint64.
        const __int128 shown = __int128(whole) * unit + __int128(tenths) * (unit / 10);
        const __int128 step = whole < 100 ? unit / 10 : unit;
        FUZZ_CHECK(shown <= count, u"'%1' claims more than %2"_s.arg(text).arg(count));
        FUZZ_CHECK(count < shown + step, u"'%1' claims too little of %2"_s.arg(text).arg(count));
        return;
    }
    FUZZ_CHECK(count < 1000, u"'%1' for %2 has no unit"_s.arg(text).arg(count));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qint64 count = 0;
    std::memcpy(&count, data, std::min(size, sizeof count));
    const QLocale &locale = locales()[size > 8 ? data[8] % locales().size() : 0];

    const QString text = CountFormat::compact(count, locale);
    FUZZ_CHECK(!text.isEmpty(), u"nothing for %1"_s.arg(count));
    FUZZ_CHECK(text.size() <= 32, u"'%1' for %2 is long"_s.arg(text).arg(count));
    if (count >= 0 && count < 1000)
        FUZZ_CHECK(text == locale.toString(count), u"'%1' for %2"_s.arg(text).arg(count));
    if (count < 0 && count != std::numeric_limits<qint64>::min()) {
        FUZZ_CHECK(text == locale.negativeSign() + CountFormat::compact(-count, locale),
            u"'%1' for %2 is not the sign and the count"_s.arg(text).arg(count));
    }
    if (count >= 0 && locale.language() == QLocale::English)
        readBack(text, count);
    return 0;
}
