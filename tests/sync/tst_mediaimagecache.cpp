// MediaImageCache against a real hearth-server --demo: thumbnails arrive decoded, one fetch
// per image however often it is asked for, missing and unreachable images fail once and
// quietly, bytes that are not a picture are refused, and the cache keeps to its bound by
// evicting the least recently used. A loopback server of the test's own serves what no
// honest server would: garbage with an image's content type.

#include "net/ApiClient.h"
#include "support/CannedImageServer.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/MediaDecoder.h"
#include "sync/MediaImageCache.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage scene(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(image.rect(), QColor(0x2F, 0x6B, 0x8F));
    painter.setBrush(QColor(0xF2, 0xC1, 0x4E));
    painter.drawEllipse(image.rect().adjusted(size.width() / 3, 10, -size.width() / 3, -10));
    return image;
}

} // namespace

class TestMediaImageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fetchesAndDecodesAThumbnail();
    void asksTheNetworkOnceForAnImage();
    void aMissingImageFailsForGood();
    void anUnreachableServerIsNotAskedOnEveryPaint();
    void garbageFromTheServerIsRefused();
    void decodeRefusesWhatIsNotAPicture();
    void decodeScalesLargePicturesDown();
    void evictsTheLeastRecentlyUsed();
    void canGoAwayWhileFetchingAndDecoding();

private:
    // Asks for an image until it is here (or failed); gives it.
    static QImage load(MediaImageCache &cache, qint64 id);

    ServerProcess m_server;
    QList<qint64> m_photos; // ids of demo photos, each with a thumbnail
    QHash<qint64, QSize> m_sizes; // their full sizes
    QByteArray m_thumbnailBytes; // one thumbnail as the server sends it
};

void TestMediaImageCache::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    HttpClient http(m_server.url());
    const auto topics = http.get(u"/api/v1/topics"_s).json().value(u"items"_s).toArray();
    for (const QJsonValue &topic : topics) {
        const QString slug = topic.toObject().value(u"slug"_s).toString();
        const auto posts = http.get(u"/api/v1/topics/%1/feed?limit=50"_s.arg(slug))
                               .json()
                               .value(u"items"_s)
                               .toArray();
        for (const QJsonValue &post : posts) {
            const QJsonObject media = post.toObject().value(u"media"_s).toObject();
            const qint64 id = media.value(u"id"_s).toInteger();
            if (media.value(u"kind"_s).toString() != u"image" || m_photos.contains(id))
                continue;
            m_photos.append(id);
            m_sizes.insert(
                id, QSize(media.value(u"width"_s).toInt(), media.value(u"height"_s).toInt()));
        }
    }
    QVERIFY2(m_photos.size() >= 3, qPrintable(QString::number(m_photos.size())));
    const HttpClient::Reply thumbnail
        = http.get(u"/api/v1/media/%1?size=thumb"_s.arg(m_photos.first()));
    QCOMPARE(thumbnail.status, 200);
    m_thumbnailBytes = thumbnail.body;
}

void TestMediaImageCache::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

QImage TestMediaImageCache::load(MediaImageCache &cache, qint64 id)
{
    QImage image = cache.image(id);
    if (image.isNull() && !cache.hasFailed(id)) {
        QSignalSpy ready(&cache, &MediaImageCache::imageReady);
        QSignalSpy failed(&cache, &MediaImageCache::imageFailed);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 10'000);
        }();
        image = cache.image(id);
    }
    return image;
}

void TestMediaImageCache::fetchesAndDecodesAThumbnail()
{
    ApiClient api(m_server.url());
    MediaImageCache cache(api);
    const qint64 id = m_photos.first();
    QSignalSpy ready(&cache, &MediaImageCache::imageReady);
    QVERIFY(cache.image(id).isNull()); // not here yet: the fetch starts
    QVERIFY(cache.isLoading(id));
    QVERIFY(ready.wait(10'000));
    QCOMPARE(ready.first().first().toLongLong(), id);
    QVERIFY(!cache.isLoading(id));
    const QImage image = cache.image(id);
    QVERIFY(!image.isNull());
    // The thumbnail: the photo's shape, its longest side at most 480 px.
    const QSize expected = m_sizes.value(id).scaled(480, 480, Qt::KeepAspectRatio);
    QCOMPARE(image.size(), expected);
    QCOMPARE(cache.bytesUsed(), image.sizeInBytes());
    QVERIFY(!cache.hasFailed(id));
}

void TestMediaImageCache::asksTheNetworkOnceForAnImage()
{
    // No disk cache: every request the client makes goes to the server and is observed.
    ApiClient api(m_server.url());
    QSignalSpy requests(&api, &ApiClient::reachabilityObserved);
    MediaImageCache cache(api);
    const qint64 id = m_photos.at(1);
    QSignalSpy ready(&cache, &MediaImageCache::imageReady);
    for (int i = 0; i < 5; ++i)
        QVERIFY(cache.image(id).isNull()); // a paint of each card showing it, say
    QVERIFY(ready.wait(10'000));
    QTest::qWait(100); // time for a duplicate to land, were there one
    QCOMPARE(ready.size(), 1);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(cache.fetchCount(), 1);
    // From memory from now on.
    for (int i = 0; i < 5; ++i)
        QVERIFY(!cache.image(id).isNull());
    QCOMPARE(cache.fetchCount(), 1);
    QCOMPARE(requests.size(), 1);
}

void TestMediaImageCache::aMissingImageFailsForGood()
{
    ApiClient api(m_server.url());
    QSignalSpy requests(&api, &ApiClient::reachabilityObserved);
    MediaImageCache cache(api);
    const qint64 missing = 987'654'321;
    QSignalSpy failed(&cache, &MediaImageCache::imageFailed);
    QVERIFY(cache.image(missing).isNull());
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().toLongLong(), missing);
    QVERIFY(cache.hasFailed(missing));
    QVERIFY(!cache.isLoading(missing));
    // Asked again on every paint: no new request.
    for (int i = 0; i < 10; ++i)
        QVERIFY(cache.image(missing).isNull());
    QTest::qWait(100);
    QCOMPARE(cache.fetchCount(), 1);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(failed.size(), 1);
    // Nonsense ids are not even asked for.
    QVERIFY(cache.image(0).isNull());
    QVERIFY(cache.image(-4).isNull());
    QCOMPARE(cache.fetchCount(), 1);
}

void TestMediaImageCache::anUnreachableServerIsNotAskedOnEveryPaint()
{
    // A port nothing listens on: refused at once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ApiClient api(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    MediaImageCache cache(api);
    QSignalSpy failed(&cache, &MediaImageCache::imageFailed);
    QVERIFY(cache.image(m_photos.first()).isNull());
    QVERIFY(failed.wait(10'000));
    QVERIFY(cache.hasFailed(m_photos.first()));
    for (int i = 0; i < 10; ++i)
        QVERIFY(cache.image(m_photos.first()).isNull());
    QCOMPARE(cache.fetchCount(), 1);
}

void TestMediaImageCache::garbageFromTheServerIsRefused()
{
    for (const QByteArray &body :
        {QByteArray(5'000, 'x'), m_thumbnailBytes.left(m_thumbnailBytes.size() / 2)}) {
        CannedImageServer server(body);
        ApiClient api(server.url());
        MediaImageCache cache(api);
        QSignalSpy ready(&cache, &MediaImageCache::imageReady);
        QSignalSpy failed(&cache, &MediaImageCache::imageFailed);
        QVERIFY(cache.image(7).isNull());
        QVERIFY(failed.wait(10'000));
        QVERIFY(cache.hasFailed(7));
        QVERIFY(ready.isEmpty());
        for (int i = 0; i < 10; ++i)
            QVERIFY(cache.image(7).isNull());
        QTest::qWait(100);
        QCOMPARE(server.requests(), 1);
        QCOMPARE(cache.bytesUsed(), 0);
    }
}

void TestMediaImageCache::decodeRefusesWhatIsNotAPicture()
{
    // The real thing decodes.
    const QImage thumbnail = MediaDecoder::decode(m_thumbnailBytes);
    QVERIFY(!thumbnail.isNull());

    QVERIFY(MediaDecoder::decode({}).isNull());
    QVERIFY(MediaDecoder::decode(QByteArray(10'000, '\0')).isNull());
    QVERIFY(MediaDecoder::decode("<svg xmlns='http://www.w3.org/2000/svg'/>").isNull());
    // Truncated: Qt's own reader would fill in the missing part and call it a success.
    QVERIFY(MediaDecoder::decode(m_thumbnailBytes.left(m_thumbnailBytes.size() / 2)).isNull());
    QVERIFY(MediaDecoder::decode(m_thumbnailBytes.left(m_thumbnailBytes.size() - 40)).isNull());
    QVERIFY(MediaDecoder::decode(m_thumbnailBytes.left(300)).isNull());
    // Corrupt in the middle, whole at the end: libjpeg decodes what it can of such a file,
    // so it may come back, but never larger than its header says, and without a crash.
    QByteArray corrupt = m_thumbnailBytes;
    for (qsizetype i = corrupt.size() / 3; i < corrupt.size() / 2; i += 2) {
        corrupt[i] = char(0xFF);
        corrupt[i + 1] = char(0xDA);
    }
    const QImage mangled = MediaDecoder::decode(corrupt);
    QVERIFY(mangled.isNull() || mangled.size() == thumbnail.size());

    const QImage small = scene(QSize(64, 48));
    const QByteArray png = encoded(small, "png");
    QCOMPARE(MediaDecoder::decode(png).size(), small.size());
    QVERIFY(MediaDecoder::decode(png.left(png.size() - 12)).isNull());
    // Formats the server never sends are not read at all.
    QVERIFY(MediaDecoder::decode(encoded(small, "bmp")).isNull());
    QVERIFY(MediaDecoder::decode(encoded(small, "ppm")).isNull());
    QVERIFY(MediaDecoder::decode(encoded(small, "xpm")).isNull());

    // A decompression bomb: a small JPEG whose header claims 60,000 × 60,000 pixels.
    QByteArray bomb = encoded(small, "jpeg");
    const qsizetype frame = bomb.indexOf("\xFF\xC0");
    QVERIFY(frame > 0);
    // SOF0: marker, length (2), precision (1), height (2), width (2).
    for (const qsizetype at : {frame + 5, frame + 7}) {
        bomb[at] = char(0xEA);
        bomb[at + 1] = char(0x60);
    }
    QVERIFY(MediaDecoder::decode(bomb).isNull());
}

void TestMediaImageCache::decodeScalesLargePicturesDown()
{
    const QImage large = scene(QSize(3'200, 1'600));
    const QImage decoded = MediaDecoder::decode(encoded(large, "jpeg"));
    QCOMPARE(decoded.size(), QSize(MediaDecoder::MaxDecodedSide, 800));
}

void TestMediaImageCache::evictsTheLeastRecentlyUsed()
{
    ApiClient api(m_server.url());
    MediaImageCache cache(api);
    const qint64 a = m_photos.at(0);
    const qint64 b = m_photos.at(1);
    const qint64 c = m_photos.at(2);
    const qint64 costA = load(cache, a).sizeInBytes();
    const qint64 costB = load(cache, b).sizeInBytes();
    QVERIFY(costA > 0 && costB > 0);
    QCOMPARE(cache.bytesUsed(), costA + costB);

    // Room for two: a is used again, so b is the least recently used when c comes.
    cache.setMaxBytes(costA + costB);
    QVERIFY(!cache.image(a).isNull());
    const QImage imageC = load(cache, c);
    QVERIFY(!imageC.isNull());
    QCOMPARE(imageC.sizeInBytes(), costB); // the demo's photos have one size
    QVERIFY(cache.contains(a));
    QVERIFY(!cache.contains(b));
    QVERIFY(cache.contains(c));
    QVERIFY(cache.bytesUsed() <= cache.maxBytes());
    QCOMPARE(cache.fetchCount(), 3);

    // An evicted image is fetched again when asked for.
    QVERIFY(!load(cache, b).isNull());
    QCOMPARE(cache.fetchCount(), 4);
    QVERIFY(!cache.contains(a)); // the least recently used this time

    // A lower bound evicts at once; an image larger than the whole cache is refused
    // (rather than fetched again on every paint).
    cache.setMaxBytes(costB);
    QCOMPARE(cache.bytesUsed(), costB);
    QVERIFY(cache.contains(b));
    cache.setMaxBytes(costA / 2);
    QCOMPARE(cache.bytesUsed(), 0);
    QSignalSpy failed(&cache, &MediaImageCache::imageFailed);
    QVERIFY(cache.image(a).isNull());
    QVERIFY(failed.wait(10'000));
    QVERIFY(cache.hasFailed(a));
    QCOMPARE(cache.fetchCount(), 5);
    QVERIFY(cache.image(a).isNull());
    QCOMPARE(cache.fetchCount(), 5);
}

void TestMediaImageCache::canGoAwayWhileFetchingAndDecoding()
{
    ApiClient api(m_server.url());
    // Gone before the answers, and gone at various points after them: nothing comes
    // back to a destroyed cache.
    for (int wait : {0, 2, 5, 10, 20, 40}) {
        auto cache = std::make_unique<MediaImageCache>(api);
        for (qint64 id : std::as_const(m_photos))
            cache->image(id);
        QTest::qWait(wait);
        cache.reset();
    }
    QTest::qWait(200);
    // The client still works afterwards.
    MediaImageCache cache(api);
    QVERIFY(!load(cache, m_photos.last()).isNull());
}

QTEST_MAIN(TestMediaImageCache)
#include "tst_mediaimagecache.moc"
