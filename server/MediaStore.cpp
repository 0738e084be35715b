#include "MediaStore.h"

#include "Sql.h"

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString selectColumns = u"SELECT id, kind, mime_type, width, height, byte_size, alt_text, "
                              "sensitive, poster_id, duration_ms, owner_id, post_id, file, "
                              "thumb_file FROM media "_s;

MediaStore::Record recordFrom(const QSqlQuery &query)
{
    MediaStore::Record record;
    Media &media = record.media;
    media.id = query.value(0).toLongLong();
    media.kind = mediaKindFromWire(query.value(1).toString()).value_or(MediaKind::Image);
    media.mimeType = query.value(2).toString();
    media.width = query.value(3).toInt();
    media.height = query.value(4).toInt();
    media.byteSize = query.value(5).toLongLong();
    media.altText = query.value(6).toString();
    media.sensitive = query.value(7).toBool();
    if (!query.isNull(8))
        media.posterId = query.value(8).toLongLong();
    if (!query.isNull(9))
        media.durationMs = query.value(9).toLongLong();
    record.ownerId = query.value(10).toLongLong();
    if (!query.isNull(11))
        record.postId = query.value(11).toLongLong();
    record.file = query.value(12).toString();
    record.thumbFile = query.value(13).toString();
    return record;
}

} // namespace

MediaStore::MediaStore(const QSqlDatabase &db) : m_db(db) { }

qint64 MediaStore::insert(const Record &record)
{
    const Media &media = record.media;
    return Sql::insert(m_db,
        u"INSERT INTO media (owner_id, kind, mime_type, width, height, byte_size, "
        "file, thumb_file, poster_id, duration_ms, alt_text, sensitive, post_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {record.ownerId, toWire(media.kind), media.mimeType, media.width, media.height,
            media.byteSize, record.file,
            record.thumbFile.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(record.thumbFile),
            Sql::nullable(media.posterId), Sql::nullable(media.durationMs), media.altText,
            media.sensitive, Sql::nullable(record.postId), Sql::nowMs()});
}

std::optional<MediaStore::Record> MediaStore::record(qint64 id) const
{
    QSqlQuery query = Sql::exec(m_db, selectColumns + u"WHERE id = ? AND removed = 0"_s, {id});
    if (!query.next())
        return std::nullopt;
    return recordFrom(query);
}

QHash<qint64, Media> MediaStore::media(const QList<qint64> &ids) const
{
    QHash<qint64, Media> found;
    if (ids.isEmpty())
        return found;
    QVariantList values;
    for (qint64 id : ids)
        values.append(id);
    QSqlQuery query = Sql::exec(
        m_db, selectColumns + u"WHERE id IN (%1)"_s.arg(Sql::placeholders(ids.size())), values);
    while (query.next()) {
        const Record record = recordFrom(query);
        found.insert(record.media.id, record.media);
    }
    return found;
}

bool MediaStore::isPoster(qint64 imageId) const
{
    return Sql::scalar(m_db, u"SELECT 1 FROM media WHERE poster_id = ? LIMIT 1"_s, {imageId})
        .isValid();
}

void MediaStore::attach(qint64 mediaId, qint64 postId, const QString &altText, bool sensitive)
{
    Sql::exec(m_db, u"UPDATE media SET post_id = ?, alt_text = ?, sensitive = ? WHERE id = ?"_s,
        {postId, altText, sensitive, mediaId});
    Sql::exec(m_db,
        u"UPDATE media SET post_id = ? WHERE id = (SELECT poster_id FROM media WHERE id = ?)"_s,
        {postId, mediaId});
}

QStringList MediaStore::purgeUnattached(qint64 cutoffMs)
{
    QSqlQuery query = Sql::exec(m_db,
        u"DELETE FROM media WHERE post_id IS NULL AND (removed = 1 OR created_at < ?) "
        "AND id NOT IN (SELECT poster_id FROM media WHERE poster_id IS NOT NULL "
        "AND removed = 0 AND (post_id IS NOT NULL OR created_at >= ?)) "
        // An avatar is in no post, and kept while it is someone's (ProfileStore).
        "AND id NOT IN (SELECT avatar_id FROM users WHERE avatar_id IS NOT NULL) "
        "RETURNING file, thumb_file"_s,
        {cutoffMs, cutoffMs});
    QStringList files;
    while (query.next()) {
        files.append(query.value(0).toString());
        if (!query.isNull(1))
            files.append(query.value(1).toString());
    }
    return files;
}

void MediaStore::detach(qint64 mediaId)
{
    Sql::exec(m_db,
        u"UPDATE media SET post_id = NULL, removed = 1 WHERE id = ? OR id = "
        "(SELECT poster_id FROM media WHERE id = ?)"_s,
        {mediaId, mediaId});
}

} // namespace Hearth
