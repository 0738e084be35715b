#include "PersonText.h"

namespace Hearth::PersonText {

namespace {

constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;

} // namespace

bool isDirectionControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString withoutDirectionControls(QStringView text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (!isDirectionControl(c.unicode()))
            kept += c;
    }
    return kept;
}

QString isolated(QStringView text)
{
    if (text.isEmpty())
        return {};
    return QChar(FirstStrongIsolate) + withoutDirectionControls(text)
        + QChar(PopDirectionalIsolate);
}

QString inMenu(QStringView name)
{
    return isolated(name).replace(u'&', QStringLiteral("&&"));
}

} // namespace Hearth::PersonText
