#include "MediaUploads.h"

#include "WriteFamily.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace Hearth {

MediaUploads::MediaUploads(OutboxStore &store, ApiClient &api) : m_store(store), m_api(api) { }

void MediaUploads::setDirectory(const QString &path)
{
    m_directory = path;
    removeUnusedFiles();
}

std::optional<MediaUpload> MediaUploads::keep(const PostMedia &media)
{
    m_error.clear();
    if (m_directory.isEmpty()) {
        m_error = tr("Hearth has no folder to keep the file in until it is sent.");
        return std::nullopt;
    }
    MediaUpload upload;
    upload.file = copyIntoFolder(media.path);
    if (upload.file.isEmpty())
        return std::nullopt;
    upload.mimeType = media.mimeType;
    upload.key = ApiClient::newIdempotencyKey();
    upload.altText = media.altText;
    upload.sensitive = media.sensitive;
    if (!media.posterPath.isEmpty()) {
        upload.poster = copyIntoFolder(media.posterPath);
        if (upload.poster.isEmpty()) {
            QFile::remove(QDir(m_directory).filePath(upload.file));
            return std::nullopt;
        }
        upload.posterMimeType = media.posterMimeType;
        upload.posterKey = ApiClient::newIdempotencyKey();
    }
    return upload;
}

QString MediaUploads::copyIntoFolder(const QString &path)
{
    // A copy of our own, on disk before the write is recorded: the person may move or
    // delete the original, and the app may be closed long before the upload.
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        m_error = tr("Hearth can't read %1: %2").arg(path, source.errorString());
        return {};
    }
    // The person's pictures, not yet shared: for their eyes only until they are.
    if (!QDir().mkpath(m_directory)
        || !QFile::setPermissions(
            m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        m_error = tr("Hearth can't create its folder %1.").arg(m_directory);
        return {};
    }
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile copy(QDir(m_directory).filePath(name));
    if (!copy.open(QIODevice::WriteOnly)
        || !copy.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        m_error = tr("Hearth can't keep a copy of %1: %2").arg(path, copy.errorString());
        return {};
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size()) {
            m_error = tr("Hearth can't keep a copy of %1: %2")
                          .arg(path, chunk.isEmpty() ? source.errorString() : copy.errorString());
            copy.cancelWriting();
            return {};
        }
    }
    // commit() syncs the file to disk before it takes its name.
    if (!copy.commit()) {
        m_error = tr("Hearth can't keep a copy of %1: %2").arg(path, copy.errorString());
        return {};
    }
    return name;
}

void MediaUploads::removeFiles(const MediaUpload &upload)
{
    if (m_directory.isEmpty())
        return;
    const QDir folder(m_directory);
    for (const QString &name : {upload.file, upload.poster}) {
        if (!name.isEmpty())
            QFile::remove(folder.filePath(name));
    }
}

void MediaUploads::removeUnusedFiles()
{
    // Copies that no write refers to: left by a crash between the copy and the recording
    // of its write, or between a post's creation and the removal of its files.
    QDir folder(m_directory);
    if (m_directory.isEmpty() || !folder.exists())
        return;
    QSet<QString> used;
    for (const QueuedWrite &queued : m_store.allWrites()) {
        const auto *post = std::get_if<CreatePost>(&queued.write);
        if (post && post->upload) {
            used.insert(post->upload->file);
            used.insert(post->upload->poster);
        }
    }
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
        if (!used.contains(name)) {
            qCInfo(lcOutbox) << "removing an unused media copy" << name;
            folder.remove(name);
        }
    }
}

void MediaUploads::upload(const MediaUpload &upload, bool poster, QObject *context,
    std::function<void(Result<Media>)> done)
{
    QFile file(QDir(m_directory).filePath(poster ? upload.poster : upload.file));
    if (m_directory.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        done(ApiError(ApiError::Code::Unknown,
            tr("The file for this post is no longer in Hearth's folder, so it can't be "
               "sent. Discard the post and write it again with the file.")));
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const std::optional<qint64> posterId = poster ? std::nullopt : upload.posterMediaId;
    m_api.uploadMedia(bytes, poster ? upload.posterMimeType : upload.mimeType, posterId,
        poster ? upload.posterKey : upload.key, context, std::move(done));
}

} // namespace Hearth
