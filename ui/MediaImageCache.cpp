#include "MediaImageCache.h"

#include "net/ApiClient.h"

#include <QBuffer>
#include <QImageReader>

namespace Hearth {

namespace {

// Qt's JPEG reader fills in what a truncated file lacks and calls it a success; a whole
// JPEG ends with its EOI marker, which (0xFF being stuffed everywhere else) appears nowhere
// but at the end. A little slack allows for padding some encoders add after it.
bool endsLikeJpeg(const QByteArray &bytes)
{
    const qsizetype end = bytes.lastIndexOf(QByteArrayView("\xFF\xD9"));
    return end >= 0 && end >= bytes.size() - 64;
}

// A whole PNG ends with its IEND chunk (and its CRC).
bool endsLikePng(const QByteArray &bytes)
{
    return bytes.endsWith(QByteArrayView("IEND\xAE\x42\x60\x82"));
}

} // namespace

MediaImageCache::MediaImageCache(ApiClient &api, QObject *parent)
    : QObject(parent), m_api(api), m_images(DefaultMaxBytes)
{
    // Thumbnails decode in milliseconds: two threads keep up with any scrolling and leave
    // the other cores alone.
    m_decoders.setMaxThreadCount(2);
}

MediaImageCache::~MediaImageCache()
{
    // A decode that finishes now posts its result to this object, which drops it as it goes.
    m_decoders.clear();
    m_decoders.waitForDone();
}

QImage MediaImageCache::image(qint64 mediaId)
{
    if (mediaId <= 0)
        return {};
    if (const QImage *cached = m_images.object(mediaId))
        return *cached;
    if (m_loading.contains(mediaId) || hasFailed(mediaId))
        return {};
    m_failed.remove(mediaId); // a network failure whose wait is over
    m_loading.insert(mediaId);
    ++m_fetches;
    m_api.mediaBytes(mediaId, true, this, [this, mediaId](Result<QByteArray> bytes) {
        if (!bytes) {
            // Not there (deleted, or never was) is for good; no answer may be for a while.
            fail(mediaId, bytes.error().code() != ApiError::Code::Network);
            return;
        }
        decodeInBackground(mediaId, *bytes);
    });
    return {};
}

bool MediaImageCache::hasFailed(qint64 mediaId) const
{
    const auto failed = m_failed.constFind(mediaId);
    return failed != m_failed.cend() && !failed->hasExpired();
}

void MediaImageCache::setMaxBytes(qint64 bytes)
{
    m_images.setMaxCost(qMax<qint64>(bytes, 0));
}

QImage MediaImageCache::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // The server sends JPEG thumbnails (PNG for full pictures with transparency); any other
    // format is not what was asked for, and only widens what a hostile server could reach.
    const QByteArray format = reader.format();
    if (format == "jpeg") {
        if (!endsLikeJpeg(bytes))
            return {};
    } else if (format == "png") {
        if (!endsLikePng(bytes))
            return {};
    } else {
        return {};
    }
    // The header's size is checked before a pixel is allocated: a small file may claim a
    // huge picture.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || size.width() > MaxSourceSide
        || size.height() > MaxSourceSide || qint64(size.width()) * size.height() > MaxSourcePixels)
        return {};
    if (size.width() > MaxDecodedSide || size.height() > MaxDecodedSide)
        reader.setScaledSize(size.scaled(MaxDecodedSide, MaxDecodedSide, Qt::KeepAspectRatio));
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return {};
    // The formats the raster painter draws fastest.
    const QImage::Format fast
        = image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != fast)
        image.convertTo(fast);
    return image;
}

void MediaImageCache::decodeInBackground(qint64 mediaId, const QByteArray &bytes)
{
    // The destructor waits for running decodes, so this object outlives every task; a
    // result posted during that wait is dropped with the object's other pending events.
    m_decoders.start([this, mediaId, bytes] {
        const QImage image = decode(bytes);
        QMetaObject::invokeMethod(
            this, [this, mediaId, image] { decoded(mediaId, image); }, Qt::QueuedConnection);
    });
}

void MediaImageCache::decoded(qint64 mediaId, const QImage &image)
{
    if (image.isNull()) {
        fail(mediaId, true);
        return;
    }
    const qint64 cost = image.sizeInBytes();
    if (cost > m_images.maxCost()) {
        // It could never stay: showing it would mean fetching it again on every paint.
        fail(mediaId, true);
        return;
    }
    m_loading.remove(mediaId);
    m_images.insert(mediaId, new QImage(image), cost);
    Q_EMIT imageReady(mediaId);
}

void MediaImageCache::fail(qint64 mediaId, bool forGood)
{
    m_loading.remove(mediaId);
    m_failed.insert(mediaId,
        forGood ? QDeadlineTimer(QDeadlineTimer::Forever)
                : QDeadlineTimer(RetryAfterNetworkErrorMs));
    Q_EMIT imageFailed(mediaId);
}

} // namespace Hearth
