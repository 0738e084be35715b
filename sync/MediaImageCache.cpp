#include "MediaImageCache.h"

#include "MediaDecoder.h"
#include "net/ApiClient.h"

#include <QPointer>

namespace Hearth {

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

void MediaImageCache::loadPhoto(
    qint64 mediaId, QObject *context, std::function<void(Result<QImage>)> done)
{
    // This cache is the request's context, so that neither it nor the caller's context may
    // be gone when the answer comes.
    m_api.mediaBytes(mediaId, false, this,
        [this, context = QPointer<QObject>(context), done](Result<QByteArray> bytes) {
            if (!context)
                return;
            if (!bytes) {
                done(bytes.error());
                return;
            }
            // As for thumbnails, the destructor waits for a running decode.
            m_decoders.start([this, context, done, data = *bytes] {
                const QImage image = MediaDecoder::decode(data);
                QMetaObject::invokeMethod(
                    this,
                    [context, done, image] {
                        if (context)
                            done(image);
                    },
                    Qt::QueuedConnection);
            });
        });
}

void MediaImageCache::decodeInBackground(qint64 mediaId, const QByteArray &bytes)
{
    // The destructor waits for running decodes, so this object outlives every task; a
    // result posted during that wait is dropped with the object's other pending events.
    m_decoders.start([this, mediaId, bytes] {
        const QImage image = MediaDecoder::decode(bytes);
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
