#pragma once

#include <QList>
#include <QStringList>

// Mentions: how a post or a comment names a person. "@river_stone" in a title, a body or a
// comment tells River (docs/api.md, Notification) and is a link to River's profile.
//
// A mention is '@' followed by a handle (docs/api.md, User: 3–30 characters of a–z, 0–9
// and '_'). Capital letters A–Z are read as their small letters ("@River_Stone" names
// river_stone): handles are lowercase, people type names with capitals. A mention does not
// count inside a word or an e-mail address ("me@river_stone", "a.b@host"), inside a URL
// ("https://example.org/@river_stone"), nor when the word goes on after it: with another
// letter, digit or mark of any script ("@riverö"), another '@', or a '.' followed by one of
// those ("@river_stone.org" is an address; "@river_stone." ends a sentence). A run longer
// than a handle is not a mention at all rather than a cut one.
namespace Hearth::Mentions {

// At most this many people are told of one text: the rest is read but told nothing.
inline constexpr qsizetype MaxPerText = 20;

// Where a mention is in a text: the '@' at start, length units with it.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString handle; // lowercase, without '@'

    bool operator==(const Span &) const = default;
};

// Every mention in text, in order, duplicates included (for linking each).
QList<Span> find(QStringView text);

// The handles mentioned in text, lowercase and without '@', first appearance first,
// de-duplicated, at most maxCount of them.
QStringList extract(QStringView text, qsizetype maxCount = MaxPerText);

// Whether handle (without '@') is a valid handle as written: small letters only.
bool isValidHandle(QStringView handle);

} // namespace Hearth::Mentions
