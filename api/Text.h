#pragma once

#include <QString>

// Text measures shared by the decoders and the server's validation.
namespace Hearth::Text {

// The number of Unicode code points: the unit of every length limit in the API.
// A surrogate pair counts once.
qsizetype codePointCount(QStringView text);

// Whether text has a lone UTF-16 surrogate: such text cannot round-trip through UTF-8.
bool hasUnpairedSurrogate(QStringView text);

// Whether every Hearth backend can store text as it is: no unpaired surrogate (UTF-8 cannot
// hold one) and no U+0000 (PostgreSQL's text cannot). docs/api.md, "Text and lengths".
bool isStorable(QStringView text);

// Whether text is empty or only whitespace.
bool isBlank(QStringView text);

} // namespace Hearth::Text
