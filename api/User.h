#pragma once

#include <QString>

#include <optional>

namespace Hearth {

// A member of the community, as others see them.
struct User
{
    qint64 id = 0;
    QString handle; // unique, [a-z0-9_], 3..30
    QString displayName; // 1..64 code points
    bool team = false; // a community-team account (its prompts carry a badge)
    std::optional<qint64> avatarId
        = std::nullopt; // their picture (an image at /media/{id}), when they chose one

    bool operator==(const User &) const = default;
};

} // namespace Hearth
