#pragma once

#include "api/Result.h"

#include <QByteArray>
#include <QImage>

namespace Hearth {

// Turns an uploaded photo into what the server stores: decoded under an allocation
// limit, checked for truncation and absurd dimensions (decompression bombs), turned
// upright, then encoded anew from the pixels alone, so no metadata (EXIF, GPS, XMP,
// comments) survives, plus a thumbnail.
class ImageProcessor
{
public:
    struct Output
    {
        QByteArray bytes;
        QByteArray mimeType; // image/jpeg, or image/png when the source has transparency
        int width = 0;
        int height = 0;
        QByteArray thumbnail; // JPEG, longest side Limits::ThumbnailSide
    };

    static Result<Output> process(const QByteArray &data, const QByteArray &declaredMimeType);

    // Re-encodes pixels (say, a generated demo picture) the way uploads are stored.
    static Output encode(const QImage &image);
};

} // namespace Hearth
