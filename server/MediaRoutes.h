#pragma once

#include "Router.h"

#include <QDir>

namespace Hearth {

class Store;

// POST /media (photo and video uploads) and GET /media/{id}.
class MediaRoutes
{
public:
    MediaRoutes(Store &store, const QDir &mediaDir);
    void addTo(Router &router);

private:
    HttpReply upload(Request &request);
    HttpReply uploadVideo(Request &request, const QByteArray &mimeType);
    HttpReply download(Request &request);
    HttpReply created(qint64 id) const;

    Store &m_store;
    QDir m_mediaDir;
};

} // namespace Hearth
