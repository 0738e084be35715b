#pragma once

#include "Enums.h"

#include <QString>

#include <optional>

namespace Hearth {

// A photo or a video stored by the server. Its bytes are at /api/v1/media/{id}.
struct Media
{
    qint64 id = 0;
    MediaKind kind = MediaKind::Image;
    QString mimeType;
    int width = 0;
    int height = 0;
    qint64 byteSize = 0;
    QString altText;
    bool sensitive = false; // blurred until the reader chooses to see it
    std::optional<qint64> posterId; // a video's poster image
    std::optional<qint64> durationMs; // a video's length, when known

    bool operator==(const Media &) const = default;
};

} // namespace Hearth
