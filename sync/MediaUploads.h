#pragma once

#include "PostMedia.h"
#include "api/Media.h"
#include "api/Result.h"
#include "cache/PendingWrite.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace Hearth {

class ApiClient;
class OutboxStore;

// The files that go with new posts: copied into the outbox's media folder before the write
// is recorded (the person may move or delete the originals, and the app may be closed long
// before the upload), uploaded when the post's turn comes, and removed once the post holds
// them or the write is let go.
class MediaUploads
{
    Q_DECLARE_TR_FUNCTIONS(MediaUploads)

public:
    MediaUploads(OutboxStore &store, ApiClient &api);

    // Where the copies wait. Setting it removes what no write refers to any more.
    void setDirectory(const QString &path);
    QString directory() const { return m_directory; }

    // Copies the picked files into the folder, each with a fresh upload key. Nothing, with
    // errorString(), when they cannot be kept: then no copy is left behind.
    std::optional<MediaUpload> keep(const PostMedia &media);
    // Why the last keep() gave nothing, in the person's words.
    QString errorString() const { return m_error; }
    void removeFiles(const MediaUpload &upload);

    // Uploads the copy of the video or photo, or of the poster, with its key: done gets the
    // server's media, or why not (the copy gone, or the server's answer). A video goes
    // with its poster's id.
    void upload(const MediaUpload &upload, bool poster, QObject *context,
        std::function<void(Result<Media>)> done);

private:
    QString copyIntoFolder(const QString &path);
    void removeUnusedFiles();

    OutboxStore &m_store;
    ApiClient &m_api;
    QString m_directory;
    QString m_error;
};

} // namespace Hearth
