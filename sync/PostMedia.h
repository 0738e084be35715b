#pragma once

#include <QByteArray>
#include <QString>

namespace Hearth {

// The files the person picked to go with a new post: a photo, or a video and its poster
// image, with what only the author knows about them.
struct PostMedia
{
    QString path; // the photo, or the video
    QByteArray mimeType; // "image/jpeg", "video/mp4", ... (docs/api.md, POST /media)
    QString posterPath; // a video's poster image; empty for a photo
    QByteArray posterMimeType;
    QString altText;
    bool sensitive = false;
};

} // namespace Hearth
