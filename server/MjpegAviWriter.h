#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace Hearth {

// Writes frames as a Motion-JPEG AVI: the simplest video container there is, playable by
// GStreamer and every desktop player, and writable with nothing but QImage. The demo's
// clips are made with it; uploads stay MP4 or WebM.
class MjpegAviWriter
{
public:
    static constexpr const char *mimeType = "video/x-msvideo";

    // All frames must have the same size.
    static QByteArray write(const QList<QImage> &frames, int framesPerSecond, int quality = 80);
};

} // namespace Hearth
