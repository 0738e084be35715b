#pragma once

#include "api/Result.h"

#include <QCache>
#include <QDeadlineTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>

namespace Hearth {

class ApiClient;

// The pictures of media for the views: the decoded thumbnails that cards show, by media id,
// in a bounded LRU cache in memory over ApiClient::mediaBytes (which keeps the bytes on
// disk), and a full photo for the photo viewer on request. Asking for an image that is not
// here yet starts one fetch and one decode (off the GUI thread) and gives a null image;
// imageReady() says when it has come. Bytes that are not a picture Hearth accepts
// (corrupt, truncated, too large, another format) are refused and remembered as failed, so
// a card that cannot show its photo does not ask again on every paint.
//
// The ApiClient must outlive the cache.
class MediaImageCache : public QObject
{
    Q_OBJECT

public:
    // ~70 card thumbnails (480 × 320 px, 4 bytes a pixel).
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;
    // After a network error (offline), the image is asked for again after this long.
    static constexpr int RetryAfterNetworkErrorMs = 30'000;

    explicit MediaImageCache(ApiClient &api, QObject *parent = nullptr);
    // Waits for a decode that is running (a thumbnail takes milliseconds); drops queued ones.
    ~MediaImageCache() override;

    // The thumbnail of a photo or poster, or a null image while it loads or when it failed:
    // then a fetch starts, unless one is on its way or the image failed. Marks the image as
    // the most recently used.
    QImage image(qint64 mediaId);
    // Whether the image is here, without starting a fetch or touching the LRU order.
    bool contains(qint64 mediaId) const { return m_images.contains(mediaId); }
    bool isLoading(qint64 mediaId) const { return m_loading.contains(mediaId); }
    // Whether the image could not be had: not found, refused, or (for a while) unreachable.
    bool hasFailed(qint64 mediaId) const;

    // The bound on the decoded images' bytes; lowering it evicts the least recently used.
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_images.maxCost(); }
    qint64 bytesUsed() const { return m_images.totalCost(); }
    // The full photo (not a thumbnail) of mediaId, fetched (from the disk cache when it was
    // seen before) and decoded off the GUI thread by MediaDecoder::decode: done gets the
    // picture, a null image when the bytes are not one Hearth opens, or the ApiError of the
    // fetch. It is not kept here: the viewer holds the one it shows. done is dropped when
    // context is gone first.
    void loadPhoto(qint64 mediaId, QObject *context, std::function<void(Result<QImage>)> done);

    // How many fetches this cache has started: one per image it did not have, for tests
    // and diagnostics.
    int fetchCount() const { return m_fetches; }

Q_SIGNALS:
    void imageReady(qint64 mediaId);
    void imageFailed(qint64 mediaId);

private:
    void decodeInBackground(qint64 mediaId, const QByteArray &bytes);
    void decoded(qint64 mediaId, const QImage &image);
    void fail(qint64 mediaId, bool forGood);

    ApiClient &m_api;
    QCache<qint64, QImage> m_images;
    QSet<qint64> m_loading; // fetching or decoding
    // When each failed image may be asked for again (never, for one that is not there or
    // not an image).
    QHash<qint64, QDeadlineTimer> m_failed;
    int m_fetches = 0;
    // Its own pool, so that the destructor can wait for exactly its decodes.
    QThreadPool m_decoders;
};

} // namespace Hearth
