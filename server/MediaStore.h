#pragma once

#include "api/Media.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace Hearth {

// The rows that describe stored media files; the bytes live in the data folder's media/.
class MediaStore
{
public:
    explicit MediaStore(const QSqlDatabase &db);

    struct Record
    {
        Media media;
        qint64 ownerId = 0;
        std::optional<qint64> postId; // attached to this post
        QString file;
        QString thumbFile;
    };

    qint64 insert(const Record &record);
    std::optional<Record> record(qint64 id) const;
    QHash<qint64, Media> media(const QList<qint64> &ids) const;
    // Whether an image is the poster of a video: then it belongs with that video only.
    bool isPoster(qint64 imageId) const;

    // Attaches a media item (and a video's poster) to a post with what the author says of it.
    void attach(qint64 mediaId, qint64 postId, const QString &altText, bool sensitive);
    // Removes it from its post (dropped, replaced, or the post deleted): from then on it is
    // gone for everyone; Housekeeping deletes the row and the files.
    void detach(qint64 mediaId);
    // Forgets media in no post that are older than cutoffMs (abandoned uploads, replaced
    // or deleted posts' media), except posters still needed; gives their file names.
    QStringList purgeUnattached(qint64 cutoffMs);

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
