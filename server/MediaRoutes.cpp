#include "MediaRoutes.h"

#include "ImageProcessor.h"
#include "MediaFiles.h"
#include "Store.h"
#include "api/Limits.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Hearth {

using Method = Router::Method;
using Access = Router::Access;

namespace {

HttpReply mediaNotFound()
{
    return HttpReply::error(ApiError::Code::NotFound, u"There is no such picture or video."_s);
}

// The container's magic bytes must match what the upload says it is.
bool looksLikeVideo(const QByteArray &data, const QByteArray &mimeType)
{
    if (mimeType == "video/mp4")
        return data.size() > 12 && data.mid(4, 4) == "ftyp";
    if (mimeType == "video/webm")
        return data.startsWith("\x1a\x45\xdf\xa3");
    return false;
}

struct ByteRange
{
    bool whole = true;
    qint64 first = 0;
    qint64 last = 0;
};

// A single "bytes=first-last", "bytes=first-" or "bytes=-suffix" range; nothing for one
// that cannot be served. Several ranges are answered with the whole file.
std::optional<ByteRange> byteRange(const QByteArray &header, qint64 size)
{
    if (header.isEmpty() || !header.startsWith("bytes=") || header.contains(','))
        return ByteRange{};
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    bool firstOk = false;
    bool lastOk = false;
    const QByteArray firstText = spec.left(dash);
    const QByteArray lastText = spec.mid(dash + 1);
    ByteRange range;
    range.whole = false;
    if (firstText.isEmpty()) {
        const qint64 suffix = lastText.toLongLong(&lastOk);
        if (!lastOk || suffix <= 0 || size == 0)
            return std::nullopt;
        range.first = qMax<qint64>(0, size - suffix);
        range.last = size - 1;
        return range;
    }
    range.first = firstText.toLongLong(&firstOk);
    range.last = lastText.isEmpty() ? size - 1 : lastText.toLongLong(&lastOk);
    if (!firstOk || (!lastText.isEmpty() && !lastOk) || range.first < 0 || range.first >= size
        || range.last < range.first)
        return std::nullopt;
    range.last = qMin(range.last, size - 1);
    return range;
}

} // namespace

MediaRoutes::MediaRoutes(Store &store, const QDir &mediaDir) : m_store(store), m_mediaDir(mediaDir)
{ }

void MediaRoutes::addTo(Router &router)
{
    router.add(Method::Post, u"/api/v1/media"_s, Access::SignedIn,
        [this](Request &request) { return upload(request); });
    router.add(Method::Get, u"/api/v1/media/{id}"_s, Access::Public,
        [this](Request &request) { return download(request); });
}

HttpReply MediaRoutes::upload(Request &request)
{
    const QByteArray mimeType
        = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (mimeType.startsWith("video/"))
        return uploadVideo(request, mimeType);

    const Result<ImageProcessor::Output> image = ImageProcessor::process(request.body(), mimeType);
    if (!image)
        return HttpReply::error(image.error());
    MediaStore::Record record;
    record.ownerId = request.viewerId();
    record.media.kind = MediaKind::Image;
    record.media.mimeType = QString::fromLatin1(image->mimeType);
    record.media.width = image->width;
    record.media.height = image->height;
    record.media.byteSize = image->bytes.size();
    const qint64 id
        = MediaFiles(m_store.media(), m_mediaDir).store(record, image->bytes, image->thumbnail);
    if (id == 0)
        return HttpReply::error(ApiError::Code::Internal, u"The photo could not be saved."_s);
    return created(id);
}

HttpReply MediaRoutes::created(qint64 id) const
{
    HttpReply reply = HttpReply::json(Json::toJson(m_store.media().record(id)->media), 201);
    reply.addHeader("Location", "/api/v1/media/" + QByteArray::number(id));
    return reply;
}

HttpReply MediaRoutes::uploadVideo(Request &request, const QByteArray &mimeType)
{
    if (mimeType != "video/mp4" && mimeType != "video/webm") {
        return HttpReply::error(
            ApiError::Code::UnsupportedMediaType, u"Videos can be MP4 or WebM."_s, u"media"_s);
    }
    const QByteArray data = request.body();
    if (data.size() > Limits::MaxVideoUploadBytes) {
        return HttpReply::error(ApiError::Code::PayloadTooLarge,
            u"Videos can be at most %1 MB."_s.arg(Limits::MaxVideoUploadBytes >> 20), u"media"_s);
    }
    if (!looksLikeVideo(data, mimeType)) {
        return HttpReply::error(ApiError::Code::ValidationFailed,
            u"The file is not the kind of video it says it is."_s, u"media"_s);
    }
    bool ok = false;
    const qint64 posterId = request.query().queryItemValue(u"posterId"_s).toLongLong(&ok);
    const auto poster = ok ? m_store.media().record(posterId) : std::nullopt;
    if (!poster || poster->ownerId != request.viewerId() || poster->postId
        || poster->media.kind != MediaKind::Image || m_store.media().isPoster(posterId)) {
        return HttpReply::error(ApiError::Code::ValidationFailed,
            u"Upload the video's poster image first and name it in posterId."_s, u"posterId"_s);
    }
    MediaStore::Record record;
    record.ownerId = request.viewerId();
    record.media.kind = MediaKind::Video;
    record.media.mimeType = QString::fromLatin1(mimeType);
    record.media.width = poster->media.width;
    record.media.height = poster->media.height;
    record.media.byteSize = data.size();
    record.media.posterId = posterId;
    const qint64 id = MediaFiles(m_store.media(), m_mediaDir).store(record, data, {});
    if (id == 0)
        return HttpReply::error(ApiError::Code::Internal, u"The video could not be saved."_s);
    return created(id);
}

HttpReply MediaRoutes::download(Request &request)
{
    const auto record = m_store.media().record(request.id(0));
    // An upload not yet in a post is its uploader's alone, unless it is someone's avatar.
    if (!record
        || (!record->postId && record->ownerId != request.viewerId()
            && !m_store.profiles().isAvatar(record->media.id))) {
        return mediaNotFound();
    }
    const QUrlQuery query = request.query();
    const bool thumb = query.queryItemValue(u"size"_s) == u"thumb";
    if (query.hasQueryItem(u"size"_s) && !thumb) {
        return HttpReply::error(
            ApiError::Code::BadRequest, u"size can only be thumb."_s, u"size"_s);
    }
    if (thumb && record->thumbFile.isEmpty())
        return mediaNotFound();
    const QByteArray etag = "\"m" + QByteArray::number(record->media.id) + (thumb ? "t\"" : "\"");
    HttpReply reply;
    if (request.header("If-None-Match") == etag) {
        reply.status = 304;
    } else {
        QFile file(m_mediaDir.filePath(thumb ? record->thumbFile : record->file));
        if (!file.open(QIODevice::ReadOnly))
            return mediaNotFound();
        const QByteArray contentType = thumb ? "image/jpeg" : record->media.mimeType.toLatin1();
        const auto range = byteRange(request.header("Range"), file.size());
        if (!range) {
            reply = HttpReply::error(ApiError::Code::RangeNotSatisfiable,
                u"The Range cannot be served; ask for bytes=start-end."_s, u"Range"_s);
            reply.addHeader("Content-Range", "bytes */" + QByteArray::number(file.size()));
            return reply;
        }
        if (range->whole) {
            reply = HttpReply::bytes(contentType, file.readAll());
        } else {
            // Players seek in videos with ranges.
            file.seek(range->first);
            reply = HttpReply::bytes(contentType, file.read(range->last - range->first + 1), 206);
            reply.addHeader("Content-Range",
                "bytes " + QByteArray::number(range->first) + '-' + QByteArray::number(range->last)
                    + '/' + QByteArray::number(file.size()));
        }
        reply.addHeader("Accept-Ranges", "bytes");
    }
    reply.addHeader("ETag", etag);
    reply.addHeader("Cache-Control", "public, max-age=31536000, immutable");
    return reply;
}

} // namespace Hearth
