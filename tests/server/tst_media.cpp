// hearth-server over real HTTP: POST /media and GET /media/{id}. The uploads are made here,
// with QImage and by hand (a JPEG carrying EXIF GPS, XMP and a comment; a PNG that claims a
// huge canvas; truncated and mislabelled files; a fake MP4), and what the server stores is
// read back and taken apart byte by byte (the metadata and the JPEG reader are shared with the
// client's privacy test: support/JpegMetadata.h).

#include "ServerTestCase.h"
#include "support/JpegMetadata.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Hearth::Testing;
using namespace Hearth::Testing::JpegMetadata;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MiB = 1024 * 1024;
const QByteArray CacheForever = "public, max-age=31536000, immutable"_ba;

// An opaque picture with something in every pixel, so encoders have work to do.
QImage gradient(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(x * 255 / width, y * 255 / height, (x + y) % 256);
    }
    return image;
}

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qWarning() << "could not write" << format << writer.errorString();
    return bytes;
}

struct Decoded
{
    QImage image;
    QByteArray format; // what the content says, whatever the label
    QSize headerSize;
};

Decoded decoded(const QByteArray &bytes, bool headerOnly = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    Decoded result;
    result.format = reader.format();
    result.headerSize = reader.size();
    if (!headerOnly)
        result.image = reader.read();
    return result;
}

bool near(QRgb a, QRgb b, int tolerance = 24)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance
        && qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

// The pieces of the hand-written metadata the checks look for, byte for byte.
const QByteArray GpsPointerEntry = entryPrefix(TagGpsInfo, TypeLong, 1);
const QByteArray GpsLatitudeEntry = entryPrefix(TagGpsLatitude, TypeRational, 3);
const QByteArray LatitudeValue = latitudeValue();
const QByteArray LongitudeValue = longitudeValue();

// A MP4 as far as the first bytes go: an "ftyp" box (isom), a "free" box, some "mdat".
QByteArray fakeMp4(bool withSignature = true)
{
    QByteArray mp4 = "\0\0\0\x18"_ba + (withSignature ? "ftyp"_ba : "fytp"_ba)
        + "isom\0\0\x02\0isomiso2"_ba + "\0\0\0\x08"_ba + "free"_ba;
    QByteArray data(4096, '\0');
    QRandomGenerator random(7);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    append32(mp4, quint32(data.size() + 8), ByteOrder::Big);
    mp4 += "mdat"_ba + data;
    return mp4;
}

// A line of /proc/<pid>/status, in KiB (VmRSS, VmHWM), or -1.
qint64 statusKiB(qint64 pid, QByteArrayView key)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key) && line.mid(key.size()).startsWith(':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QJsonObject attachment(qint64 id, const QString &altText = {}, bool sensitive = false)
{
    return {{u"id"_s, id}, {u"altText"_s, altText}, {u"sensitive"_s, sensitive}};
}

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void uploadsAreStoredAndServed();
    void locationMetadataIsStripped();
    void decompressionBombIsRefused();
    void aGifLargerThanItsHeaderIsRefused();
    void badUploadsAreRefused();
    void pngCutInsideAChunkIsIncomplete();
    void videosNeedAPoster();
    void uploadsAreTheirOwners();
    // Further rules of docs/api.md (Media, POST /media, GET /media/{id}, Media handling).
    void uploadAnswersLikeACreation();
    void opaquePngIsStoredAsJpeg();
    void unknownSizeIsRefused();
    void posterBelongsToItsVideo();
    void removedMediaIsGone();
    void rangePastTheEndIsNotSatisfiable();

private:
    HttpClient::Reply upload(HttpClient &client, const QByteArray &bytes, const QByteArray &type,
        const QString &query = {});
    qint64 uploadImage(HttpClient &client, const QImage &image);
    HttpClient::Reply createPost(HttpClient &client, const QString &title, const QString &body,
        const QJsonObject &media, const QString &kind = u"post"_s);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_alice;
    std::unique_ptr<HttpClient> m_bob;
    std::unique_ptr<HttpClient> m_reader; // signed out
};

void TestMedia::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_alice = std::make_unique<HttpClient>(m_server.url());
    m_bob = std::make_unique<HttpClient>(m_server.url());
    m_reader = std::make_unique<HttpClient>(m_server.url());
    QVERIFY(registerUser(*m_alice, u"alice"_s).value(u"id"_s).toInteger() > 0);
    QVERIFY(registerUser(*m_bob, u"bob"_s).value(u"id"_s).toInteger() > 0);
}

void TestMedia::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

HttpClient::Reply TestMedia::upload(
    HttpClient &client, const QByteArray &bytes, const QByteArray &type, const QString &query)
{
    return client.send("POST", u"/api/v1/media"_s + query, bytes, {{"Content-Type", type}});
}

qint64 TestMedia::uploadImage(HttpClient &client, const QImage &image)
{
    const auto reply = upload(client, encoded(image, "jpeg", 90), "image/jpeg");
    if (reply.status != 201)
        qWarning() << "upload gave" << reply.status << reply.body;
    return reply.json().value(u"id"_s).toInteger();
}

HttpClient::Reply TestMedia::createPost(HttpClient &client, const QString &title,
    const QString &body, const QJsonObject &media, const QString &kind)
{
    QJsonObject post = newPost(title, body, kind);
    if (!media.isEmpty())
        post.insert(u"media"_s, media);
    return client.post(u"/api/v1/posts"_s, post);
}

void TestMedia::uploadsAreStoredAndServed()
{
    // A JPEG photo, stored as a JPEG of the same size.
    const QImage photo = gradient(1200, 800);
    const auto jpegUpload = upload(*m_alice, encoded(photo, "jpeg", 92), "image/jpeg");
    QCOMPARE(jpegUpload.status, 201);
    const QJsonObject jpegMedia = jpegUpload.json();
    const qint64 jpegId = jpegMedia.value(u"id"_s).toInteger();
    QVERIFY(jpegId > 0);
    QCOMPARE(jpegMedia.value(u"kind"_s).toString(), u"image"_s);
    QCOMPARE(jpegMedia.value(u"mimeType"_s).toString(), u"image/jpeg"_s);
    QCOMPARE(jpegMedia.value(u"width"_s).toInt(), 1200);
    QCOMPARE(jpegMedia.value(u"height"_s).toInt(), 800);

    const QString jpegPath = u"/api/v1/media/%1"_s.arg(jpegId);
    const auto jpegFile = m_alice->get(jpegPath);
    QCOMPARE(jpegFile.status, 200);
    QCOMPARE(jpegFile.header("Content-Type"), "image/jpeg"_ba);
    QCOMPARE(qint64(jpegFile.body.size()), jpegMedia.value(u"byteSize"_s).toInteger());
    const Decoded jpegStored = decoded(jpegFile.body);
    QCOMPARE(jpegStored.format, "jpeg"_ba);
    QCOMPARE(jpegStored.image.size(), QSize(1200, 800));
    for (const QPoint &at : {QPoint(10, 10), QPoint(600, 400), QPoint(1150, 750)})
        QVERIFY2(
            near(jpegStored.image.pixel(at), photo.pixel(at)), "the stored photo is the photo");
    QCOMPARE(jpegFile.header("Cache-Control"), CacheForever);
    const QByteArray jpegEtag = jpegFile.header("ETag");
    QVERIFY(!jpegEtag.isEmpty());

    const auto jpegThumb = m_alice->get(jpegPath + u"?size=thumb"_s);
    QCOMPARE(jpegThumb.status, 200);
    QCOMPARE(jpegThumb.header("Content-Type"), "image/jpeg"_ba);
    const Decoded thumb = decoded(jpegThumb.body);
    QCOMPARE(thumb.format, "jpeg"_ba);
    QCOMPARE(thumb.image.size(), QSize(480, 320)); // longest side 480, aspect kept
    QCOMPARE(jpegThumb.header("Cache-Control"), CacheForever);

    // A PNG whose transparency is used: stored as a PNG that keeps it; the thumbnail is a
    // JPEG laid over white (and never enlarged).
    QImage badge(300, 200, QImage::Format_ARGB32);
    badge.fill(Qt::transparent);
    for (int y = 0; y < badge.height(); ++y) {
        for (int x = badge.width() / 2; x < badge.width(); ++x)
            badge.setPixel(x, y, qRgba(200, 30, 30, 255));
    }
    const auto pngUpload = upload(*m_alice, encoded(badge, "png"), "image/png");
    QCOMPARE(pngUpload.status, 201);
    const QJsonObject pngMedia = pngUpload.json();
    const qint64 pngId = pngMedia.value(u"id"_s).toInteger();
    QCOMPARE(pngMedia.value(u"kind"_s).toString(), u"image"_s);
    QCOMPARE(pngMedia.value(u"mimeType"_s).toString(), u"image/png"_s);
    QCOMPARE(pngMedia.value(u"width"_s).toInt(), 300);
    QCOMPARE(pngMedia.value(u"height"_s).toInt(), 200);
    const QString pngPath = u"/api/v1/media/%1"_s.arg(pngId);
    const auto pngFile = m_alice->get(pngPath);
    QCOMPARE(pngFile.status, 200);
    QCOMPARE(pngFile.header("Content-Type"), "image/png"_ba);
    QCOMPARE(qint64(pngFile.body.size()), pngMedia.value(u"byteSize"_s).toInteger());
    const Decoded pngStored = decoded(pngFile.body);
    QCOMPARE(pngStored.format, "png"_ba);
    QCOMPARE(pngStored.image.size(), QSize(300, 200));
    QCOMPARE(qAlpha(pngStored.image.pixel(10, 10)), 0);
    QCOMPARE(pngStored.image.pixel(250, 100), qRgba(200, 30, 30, 255));
    const auto pngThumb = m_alice->get(pngPath + u"?size=thumb"_s);
    QCOMPARE(pngThumb.status, 200);
    const Decoded flat = decoded(pngThumb.body);
    QCOMPARE(flat.format, "jpeg"_ba);
    QCOMPARE(flat.image.size(), QSize(300, 200));
    QVERIFY(near(flat.image.pixel(10, 10), qRgb(255, 255, 255), 8));
    QVERIFY(near(flat.image.pixel(250, 100), qRgb(200, 30, 30)));

    // Unattached: the uploader's alone.
    for (const QString &path : QStringList{jpegPath, jpegPath + u"?size=thumb"_s, pngPath}) {
        const auto bobs = m_bob->get(path);
        QCOMPARE(bobs.status, 404);
        QCOMPARE(bobs.errorCode(), u"not_found"_s);
        QCOMPARE(m_reader->get(path).status, 404);
        QCOMPARE(m_alice->get(path).status, 200);
    }

    // The file never changes: its ETag answers 304.
    const auto notModified = m_alice->get(jpegPath, {{"If-None-Match", jpegEtag}});
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());
    QCOMPARE(notModified.header("ETag"), jpegEtag);
    QCOMPARE(m_alice->get(jpegPath, {{"If-None-Match", "\"other\""}}).status, 200);

    // Attached to a post, with alt text and the sensitive flag, it is everyone's.
    const QString altText = u"A gradient from dark blue to pink, like dusk over a field."_s;
    const auto created = createPost(
        *m_alice, u"Dusk"_s, u"Walked at dusk. #MediaDusk"_s, attachment(jpegId, altText, true));
    QCOMPARE(created.status, 201);
    const qint64 postId = created.json().value(u"id"_s).toInteger();
    QJsonObject media = created.json().value(u"media"_s).toObject();
    QCOMPARE(media.value(u"id"_s).toInteger(), jpegId);
    QCOMPARE(media.value(u"kind"_s).toString(), u"image"_s);
    QCOMPARE(media.value(u"mimeType"_s).toString(), u"image/jpeg"_s);
    QCOMPARE(media.value(u"width"_s).toInt(), 1200);
    QCOMPARE(media.value(u"height"_s).toInt(), 800);
    QCOMPARE(media.value(u"byteSize"_s).toInteger(), qint64(jpegFile.body.size()));
    QCOMPARE(media.value(u"altText"_s).toString(), altText);
    QCOMPARE(media.value(u"sensitive"_s).toBool(), true);
    const auto read = m_reader->get(u"/api/v1/posts/%1"_s.arg(postId));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(u"media"_s).toObject(), media);

    for (HttpClient *client : {m_reader.get(), m_bob.get(), m_alice.get()}) {
        const auto file = client->get(jpegPath);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, jpegFile.body);
        QCOMPARE(file.header("ETag"), jpegEtag);
        QCOMPARE(file.header("Cache-Control"), CacheForever);
        QCOMPARE(client->get(jpegPath + u"?size=thumb"_s).body, jpegThumb.body);
        const auto cached = client->get(jpegPath, {{"If-None-Match", jpegEtag}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.isEmpty());
    }
    const auto thumbCached
        = m_reader->get(jpegPath + u"?size=thumb"_s, {{"If-None-Match", jpegThumb.header("ETag")}});
    QCOMPARE(thumbCached.status, 304);
    // The PNG was never attached: still alice's alone.
    QCOMPARE(m_reader->get(pngPath).status, 404);
}

void TestMedia::locationMetadataIsStripped()
{
    // The TIFF is what it should be: IFD0's GPSInfo entry leads to a GPS IFD of five
    // entries whose GPSLatitude leads to the three RATIONALs.
    const QByteArray tiff = exifTiff();
    const auto le16At = [&tiff](qsizetype at) {
        return qFromLittleEndian<quint16>(tiff.constData() + at);
    };
    const auto le32At = [&tiff](qsizetype at) {
        return qFromLittleEndian<quint32>(tiff.constData() + at);
    };
    QCOMPARE(le32At(4), 8u);
    QCOMPARE(le16At(8), quint16(2));
    QCOMPARE(tiff.mid(8 + 2 + 12, 8), GpsPointerEntry);
    const quint32 gpsIfd = le32At(8 + 2 + 12 + 8);
    QCOMPARE(le16At(gpsIfd), quint16(5));
    QCOMPARE(tiff.mid(gpsIfd + 2 + 2 * 12, 8), GpsLatitudeEntry);
    QCOMPARE(tiff.mid(gpsIfd + 2 + 12 + 8, 2), "N\0"_ba);
    QCOMPARE(tiff.mid(le32At(gpsIfd + 2 + 2 * 12 + 8), 24), LatitudeValue);
    QCOMPARE(tiff.mid(le32At(gpsIfd + 2 + 4 * 12 + 8), 24), LongitudeValue);

    const QImage photo = gradient(640, 480);
    const QByteArray tagged = withMetadata(encoded(photo, "jpeg", 90));

    // The input really carries it all, and is still a JPEG any reader opens.
    QVERIFY(tagged.contains(ExifHeader));
    QVERIFY(tagged.contains("II*\0"_ba));
    QVERIFY(tagged.contains(GpsPointerEntry));
    QVERIFY(tagged.contains(GpsLatitudeEntry));
    QVERIFY(tagged.contains(LatitudeValue));
    QVERIFY(tagged.contains(LongitudeValue));
    QVERIFY(tagged.contains(XmpNamespace));
    QVERIFY(tagged.contains(XmpGps));
    QVERIFY(tagged.contains(CommentText));
    const QList<Segment> inputSegments = jpegSegments(tagged);
    QCOMPARE(inputSegments.value(0).marker, quint8(0xe1));
    QVERIFY(inputSegments.value(0).payload.startsWith(ExifHeader));
    QCOMPARE(inputSegments.value(1).marker, quint8(0xe1));
    QCOMPARE(inputSegments.value(2).marker, quint8(0xfe));
    QCOMPARE(inputSegments.last().marker, quint8(0xda));
    const Decoded input = decoded(tagged);
    QCOMPARE(input.format, "jpeg"_ba);
    QCOMPARE(input.image.size(), QSize(640, 480));

    const auto uploaded = upload(*m_alice, tagged, "image/jpeg");
    QCOMPARE(uploaded.status, 201);
    const qint64 id = uploaded.json().value(u"id"_s).toInteger();
    QCOMPARE(uploaded.json().value(u"mimeType"_s).toString(), u"image/jpeg"_s);
    QCOMPARE(uploaded.json().value(u"width"_s).toInt(), 640);
    QCOMPARE(uploaded.json().value(u"height"_s).toInt(), 480);

    for (const QString &size : {QString(), u"?size=thumb"_s}) {
        const auto file = m_alice->get(u"/api/v1/media/%1"_s.arg(id) + size);
        QCOMPARE(file.status, 200);
        const QByteArray &stored = file.body;
        const Decoded picture = decoded(stored);
        QCOMPARE(picture.format, "jpeg"_ba);
        QVERIFY(!picture.image.isNull());
        if (size.isEmpty())
            QVERIFY(near(picture.image.pixel(320, 240), photo.pixel(320, 240)));

        const QList<Segment> segments = jpegSegments(stored);
        qInfo("input %lld bytes %s; stored%s %lld bytes %s", qint64(tagged.size()),
            qPrintable(describe(inputSegments)), qPrintable(size), qint64(stored.size()),
            qPrintable(describe(segments)));
        QVERIFY2(
            !segments.isEmpty() && segments.last().marker == 0xda, qPrintable(describe(segments)));
        for (const Segment &segment : segments) {
            // No APP1 (EXIF, XMP) at all, no comment, no APP2+ (ICC, IPTC and the like):
            // only JFIF's APP0 and the segments that code pixels.
            QVERIFY2(segment.marker != 0xe1, qPrintable(describe(segments)));
            QVERIFY2(segment.marker != 0xfe, qPrintable(describe(segments)));
            QVERIFY2(
                segment.marker < 0xe2 || segment.marker > 0xef, qPrintable(describe(segments)));
        }
        QVERIFY(!stored.contains(ExifHeader));
        QVERIFY(!stored.contains("II*\0"_ba));
        QVERIFY(!stored.contains(GpsPointerEntry));
        QVERIFY(!stored.contains(GpsLatitudeEntry));
        QVERIFY(!stored.contains(LatitudeValue));
        QVERIFY(!stored.contains(LongitudeValue));
        QVERIFY(!stored.contains(CameraMake.chopped(1)));
        QVERIFY(!stored.contains("http://ns.adobe.com/xap"_ba));
        QVERIFY(!stored.contains(XmpGps));
        QVERIFY(!stored.contains(CommentText));
        QVERIFY(!stored.contains("Hidden Lane"_ba));
    }
}

void TestMedia::decompressionBombIsRefused()
{
    // A real PNG to start from; the CRC-32 here reproduces the writer's IHDR checksum.
    const QByteArray tiny = encoded(gradient(1, 1), "png");
    QVERIFY(tiny.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(tiny.mid(12, 4), "IHDR"_ba);
    QCOMPARE(crc32(tiny.mid(12, 17)), qFromBigEndian<quint32>(tiny.constData() + 29));
    // Eight MiB of zero rows, which zlib squeezes into a few KB.
    const QByteArray zeros = qCompress(QByteArray(8 * MiB, '\0'), 9).mid(4);

    const qint64 pid = m_server.pid();
    QVERIFY(pid > 0);
    qInfo("before: server VmRSS %lld KiB, VmHWM %lld KiB", statusKiB(pid, "VmRSS"),
        statusKiB(pid, "VmHWM"));
    // Too large on both sides; too many pixels (81 MP) within the side limit; one side over.
    const QList<QSize> claims{QSize(50'000, 50'000), QSize(9'000, 9'000), QSize(10'001, 1)};
    QList<HttpClient::Reply> refusals;
    for (const QSize &claim : claims) {
        QByteArray header = tiny.mid(16, 13);
        qToBigEndian(quint32(claim.width()), header.data());
        qToBigEndian(quint32(claim.height()), header.data() + 4);
        const QByteArray bomb = tiny.left(8) + pngChunk("IHDR", header) + pngChunk("IDAT", zeros)
            + pngChunk("IEND", {});
        QVERIFY2(bomb.size() < 16 * 1024, QByteArray::number(bomb.size()).constData());
        const Decoded claimed = decoded(bomb, true);
        QCOMPARE(claimed.format, "png"_ba);
        QCOMPARE(claimed.headerSize, claim);

        const auto refused = upload(*m_alice, bomb, "image/png");

        // The server is still up, answers, and did not allocate the canvas.
        QVERIFY(m_server.isRunning());
        QCOMPARE(m_reader->get(u"/api/v1/topics"_s).status, 200);
        const qint64 rss = statusKiB(pid, "VmRSS");
        const qint64 peak = statusKiB(pid, "VmHWM");
        qInfo("%dx%d PNG of %lld bytes: %d %s; server VmRSS %lld KiB, VmHWM %lld KiB",
            claim.width(), claim.height(), qint64(bomb.size()), refused.status,
            refused.body.constData(), rss, peak);
        QVERIFY(rss > 0 && rss < 200 * 1024);
        QVERIFY(peak > 0 && peak < 200 * 1024);
        refusals.append(refused);
    }

    // docs/api.md (Errors, POST /media, Media handling step 2): more than 10,000 px on a side
    // or 40 megapixels is 413 payload_too_large, refused before decoding any pixels.
    for (const HttpClient::Reply &refused : std::as_const(refusals)) {
        QCOMPARE(refused.status, 413);
        QCOMPARE(refused.errorCode(), u"payload_too_large"_s);
    }
}

// Found by fuzz_image_upload: a GIF whose header and first frame disagree, so that the size
// read before decoding is not the size decoded. The picture decoded is held to the limits too.
void TestMedia::aGifLargerThanItsHeaderIsRefused()
{
    const QByteArray gif = QByteArray::fromBase64(
        "R0lGODlhCAAIQPIAAACAACSSAEmkAG22AJLJALakANvtAP//IyH5BAAAAAAALAAAkgAAAAAAAgb/xAAZEAABBQ"
        "AAAAAAAMlBtpsA24v/niGP4mGeZgIAOw==");
    QBuffer buffer;
    buffer.setData(gif);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QImageReader reader(&buffer, "gif");
    const QSize header = reader.size();
    const QImage image = reader.read();
    qInfo("the header says %dx%d; decoded %dx%d", header.width(), header.height(), image.width(),
        image.height());
    QVERIFY(image.height() > 10'000); // docs/api.md: at most 10,000 px on a side

    const auto refused = upload(*m_alice, gif, "image/gif");
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.errorCode(), u"payload_too_large"_s);
}

void TestMedia::badUploadsAreRefused()
{
    const QByteArray jpeg = encoded(gradient(400, 300), "jpeg", 90);
    const QByteArray png = encoded(gradient(400, 300), "png");
    QVERIFY(!decoded(jpeg).image.isNull());

    struct Case
    {
        const char *what;
        QByteArray bytes;
        QByteArray type;
    };
    QByteArray garbage(64 * 1024, '\0');
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    const QList<Case> undecodable{
        {"a JPEG cut in half", jpeg.left(jpeg.size() / 2), "image/jpeg"},
        {"a PNG cut in half", png.left(png.size() / 2), "image/png"},
        {"random bytes labelled PNG", garbage, "image/png"},
        {"random bytes labelled JPEG", garbage, "image/jpeg"},
        {"a PNG labelled JPEG", png, "image/jpeg"},
        {"a JPEG labelled PNG", jpeg, "image/png"},
        {"an empty body", {}, "image/png"},
    };
    for (const Case &bad : undecodable) {
        const auto refused = upload(*m_alice, bad.bytes, bad.type);
        QVERIFY2(refused.status == 400, bad.what);
        QVERIFY2(refused.errorCode() == u"validation_failed"_s, bad.what);
        QVERIFY2(refused.errorField() == u"media"_s, bad.what);
    }

    const auto text = upload(*m_alice, "Just some words."_ba, "text/plain");
    QCOMPARE(text.status, 415);
    QCOMPARE(text.errorCode(), u"unsupported_media_type"_s);
    const auto jpegAsText = upload(*m_alice, jpeg, "text/plain; charset=utf-8");
    QCOMPARE(jpegAsText.status, 415);
    QCOMPARE(upload(*m_alice, jpeg, "image/tiff").status, 415);

    // Over 10 MiB: the upload limit (not the 256 KiB JSON one) answers, with a JSON error.
    QByteArray huge = png;
    huge.resize(11 * MiB, '\0');
    const auto tooLarge = upload(*m_alice, huge, "image/png");
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.errorCode(), u"payload_too_large"_s);
    // ... while an upload over 256 KiB but under 10 MiB is fine (noise does not compress).
    QImage noise(800, 600, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y)
        random.fillRange(reinterpret_cast<quint32 *>(noise.scanLine(y)), noise.width());
    const QByteArray big = encoded(noise, "png");
    QVERIFY(big.size() > 256 * 1024);
    QCOMPARE(upload(*m_alice, big, "image/png").status, 201);
    QCOMPARE(m_reader->get(u"/api/v1/topics"_s).status, 200);
}

// Found by fuzz/fuzz_image_upload: a PNG whose last chunk claims 1.9 GB, and whose few bytes
// hold "IEND", passed the completeness check, and libpng allocated the 1.9 GB before reading.
void TestMedia::pngCutInsideAChunkIsIncomplete()
{
    const QByteArray png = encoded(gradient(40, 30), "png");
    QVERIFY(png.endsWith("IEND\xae\x42\x60\x82"_ba));
    const QByteArray cut
        = png.chopped(12) + QByteArray::fromHex("71000000") + "tEXtComment\0 IEND, and no more"_ba;

    const auto refused = upload(*m_alice, cut, "image/png");
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), u"validation_failed"_s);
    const QString message
        = refused.json().value(u"error"_s).toObject().value(u"message"_s).toString();
    QVERIFY2(message.contains(u"incomplete"_s), qPrintable(message));
    QCOMPARE(m_reader->get(u"/api/v1/topics"_s).status, 200);
}

void TestMedia::videosNeedAPoster()
{
    const QByteArray mp4 = fakeMp4();
    const auto noPoster = upload(*m_alice, mp4, "video/mp4");
    QCOMPARE(noPoster.status, 400);
    QCOMPARE(noPoster.errorCode(), u"validation_failed"_s);
    QCOMPARE(noPoster.errorField(), u"posterId"_s);
    QCOMPARE(upload(*m_alice, mp4, "video/mp4", u"?posterId=abc"_s).errorField(), u"posterId"_s);
    QCOMPARE(upload(*m_alice, mp4, "video/mp4", u"?posterId=999999"_s).errorField(), u"posterId"_s);
    const qint64 bobsImage = uploadImage(*m_bob, gradient(64, 64));
    QCOMPARE(upload(*m_alice, mp4, "video/mp4", u"?posterId=%1"_s.arg(bobsImage)).errorField(),
        u"posterId"_s);

    const qint64 posterId = uploadImage(*m_alice, gradient(640, 360));
    QVERIFY(posterId > 0);
    const auto uploaded = upload(*m_alice, mp4, "video/mp4", u"?posterId=%1"_s.arg(posterId));
    QCOMPARE(uploaded.status, 201);
    const QJsonObject video = uploaded.json();
    const qint64 videoId = video.value(u"id"_s).toInteger();
    QVERIFY(videoId > 0);
    QCOMPARE(video.value(u"kind"_s).toString(), u"video"_s);
    QCOMPARE(video.value(u"mimeType"_s).toString(), u"video/mp4"_s);
    QCOMPARE(video.value(u"posterId"_s).toInteger(), posterId);
    QCOMPARE(video.value(u"byteSize"_s).toInteger(), qint64(mp4.size()));
    // The container cannot be read, so the size is the poster's.
    QCOMPARE(video.value(u"width"_s).toInt(), 640);
    QCOMPARE(video.value(u"height"_s).toInt(), 360);
    const QString videoPath = u"/api/v1/media/%1"_s.arg(videoId);
    const auto file = m_alice->get(videoPath);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Type"), "video/mp4"_ba);
    QCOMPARE(file.body, mp4); // stored as uploaded
    QCOMPARE(m_alice->get(videoPath + u"?size=thumb"_s).status, 404);
    QCOMPARE(m_reader->get(videoPath).status, 404);

    // Bytes without the container's signature.
    const qint64 otherPoster = uploadImage(*m_alice, gradient(320, 240));
    const auto unsignedVideo
        = upload(*m_alice, fakeMp4(false), "video/mp4", u"?posterId=%1"_s.arg(otherPoster));
    QCOMPARE(unsignedVideo.status, 400);
    QCOMPARE(unsignedVideo.errorCode(), u"validation_failed"_s);
    QCOMPARE(unsignedVideo.errorField(), u"media"_s);
    const auto mp4AsWebm = upload(*m_alice, mp4, "video/webm", u"?posterId=%1"_s.arg(otherPoster));
    QCOMPARE(mp4AsWebm.status, 400);
    QCOMPARE(mp4AsWebm.errorField(), u"media"_s);
    QCOMPARE(
        upload(*m_alice, mp4, "video/quicktime", u"?posterId=%1"_s.arg(otherPoster)).status, 415);

    // A video post takes a video, and nothing else.
    const auto withImage = createPost(
        *m_alice, u"Not a video #MediaVideo"_s, QString(), attachment(otherPoster), u"video"_s);
    QCOMPARE(withImage.status, 400);
    QCOMPARE(withImage.errorCode(), u"validation_failed"_s);
    QCOMPARE(withImage.errorField(), u"media.id"_s);
    const auto withoutMedia
        = createPost(*m_alice, u"No video #MediaVideo"_s, QString(), {}, u"video"_s);
    QCOMPARE(withoutMedia.status, 400);
    QCOMPARE(withoutMedia.errorField(), u"media"_s);
    const auto videoInPost
        = createPost(*m_alice, u"A video in a post #MediaVideo"_s, u"x"_s, attachment(videoId));
    QCOMPARE(videoInPost.status, 400);
    QCOMPARE(videoInPost.errorField(), u"media.id"_s);

    const auto created = createPost(*m_alice, u"Rain, filmed #MediaVideo"_s, QString(),
        attachment(videoId, u"Rain running down a window."_s), u"video"_s);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"kind"_s).toString(), u"video"_s);
    const QJsonObject media = created.json().value(u"media"_s).toObject();
    QCOMPARE(media.value(u"id"_s).toInteger(), videoId);
    QCOMPARE(media.value(u"kind"_s).toString(), u"video"_s);
    QCOMPARE(media.value(u"mimeType"_s).toString(), u"video/mp4"_s);
    QCOMPARE(media.value(u"posterId"_s).toInteger(), posterId);
    QCOMPARE(media.value(u"altText"_s).toString(), u"Rain running down a window."_s);

    // Attaching the video attached its poster: both are everyone's now.
    QCOMPARE(m_reader->get(videoPath).body, mp4);
    const auto poster = m_reader->get(u"/api/v1/media/%1"_s.arg(posterId));
    QCOMPARE(poster.status, 200);
    QCOMPARE(decoded(poster.body).image.size(), QSize(640, 360));
    QCOMPARE(m_reader->get(u"/api/v1/media/%1?size=thumb"_s.arg(posterId)).status, 200);
}

void TestMedia::uploadsAreTheirOwners()
{
    const QByteArray png = encoded(gradient(64, 64), "png");
    const auto anonymous = upload(*m_reader, png, "image/png");
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.errorCode(), u"unauthorized"_s);
    QVERIFY(anonymous.header("WWW-Authenticate").startsWith("Bearer"));

    // A topic that exists, with an empty feed.
    const auto placeholder
        = createPost(*m_alice, u"Soon gone"_s, u"#MediaStolen placeholder"_s, {});
    QCOMPARE(placeholder.status, 201);
    QCOMPARE(
        m_alice->remove(u"/api/v1/posts/%1"_s.arg(placeholder.json().value(u"id"_s).toInteger()))
            .status,
        204);
    QVERIFY(idsOf(m_reader->get(u"/api/v1/topics/mediastolen/feed"_s).json()).isEmpty());

    const qint64 bobs = uploadImage(*m_bob, gradient(200, 100));
    QVERIFY(bobs > 0);
    const auto stolen = createPost(*m_alice, u"Look at this"_s, u"#MediaStolen #MediaNeverMade"_s,
        attachment(bobs, u"Not mine"_s));
    QCOMPARE(stolen.status, 400);
    QCOMPARE(stolen.errorCode(), u"validation_failed"_s);
    QCOMPARE(stolen.errorField(), u"media.id"_s);
    // Nothing was created: no post, no topic, and the upload is still bob's alone.
    const auto feed = m_reader->get(u"/api/v1/topics/mediastolen/feed"_s);
    QCOMPARE(feed.status, 200);
    QVERIFY(idsOf(feed.json()).isEmpty());
    QCOMPARE(m_reader->get(u"/api/v1/topics/mediastolen"_s)
                 .json()
                 .value(u"counts"_s)
                 .toObject()
                 .value(u"posts"_s)
                 .toInt(),
        0);
    QCOMPARE(m_reader->get(u"/api/v1/topics/medianevermade"_s).status, 404);
    QCOMPARE(m_alice->get(u"/api/v1/media/%1"_s.arg(bobs)).status, 404);
    QCOMPARE(m_reader->get(u"/api/v1/media/%1"_s.arg(bobs)).status, 404);

    // The same answer for an id that does not exist, and for an upload already attached.
    QCOMPARE(
        createPost(*m_alice, u"Nothing"_s, u"#MediaStolen"_s, attachment(999'999)).errorField(),
        u"media.id"_s);
    const auto bobsPost
        = createPost(*m_bob, u"Mine"_s, u"#MediaStolen my picture"_s, attachment(bobs));
    QCOMPARE(bobsPost.status, 201);
    const auto again = createPost(*m_bob, u"Again"_s, u"#MediaStolen twice"_s, attachment(bobs));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorField(), u"media.id"_s);
    QCOMPARE(idsOf(m_reader->get(u"/api/v1/topics/mediastolen/feed"_s).json()),
        QList<qint64>{bobsPost.json().value(u"id"_s).toInteger()});
}

void TestMedia::uploadAnswersLikeACreation()
{
    // docs/api.md, Headers at a glance and POST /media: 201 carries Location, and JSON
    // answers carry Cache-Control: no-store.
    const auto uploaded = upload(*m_alice, encoded(gradient(80, 60), "jpeg", 90), "image/jpeg");
    QCOMPARE(uploaded.status, 201);
    QCOMPARE(uploaded.header("Content-Type").split(';').first(), "application/json"_ba);
    QCOMPARE(uploaded.header("Location"),
        "/api/v1/media/" + QByteArray::number(uploaded.json().value(u"id"_s).toInteger()));
    QCOMPARE(uploaded.header("Cache-Control"), "no-store"_ba);
}

void TestMedia::opaquePngIsStoredAsJpeg()
{
    // An RGBA PNG whose alpha is 255 everywhere: "PNG when the image has an alpha channel
    // that is actually used, otherwise JPEG" (docs/api.md, Media handling, step 6).
    const QImage opaque = gradient(200, 150).convertToFormat(QImage::Format_ARGB32);
    const QByteArray png = encoded(opaque, "png");
    QCOMPARE(quint8(png.at(25)), quint8(6)); // IHDR colour type 6: RGB with alpha
    const auto uploaded = upload(*m_alice, png, "image/png");
    QCOMPARE(uploaded.status, 201);
    QCOMPARE(uploaded.json().value(u"mimeType"_s).toString(), u"image/jpeg"_s);
    const auto file
        = m_alice->get(u"/api/v1/media/%1"_s.arg(uploaded.json().value(u"id"_s).toInteger()));
    QCOMPARE(file.header("Content-Type"), "image/jpeg"_ba);
    QCOMPARE(decoded(file.body).format, "jpeg"_ba);
}

void TestMedia::unknownSizeIsRefused()
{
    // docs/api.md, GET /media/{id}: size is "thumb" or absent; "any other value is 400".
    const qint64 id = uploadImage(*m_alice, gradient(80, 60));
    const QString path = u"/api/v1/media/%1"_s.arg(id);
    QCOMPARE(m_alice->get(path).status, 200);
    const auto unknown = m_alice->get(path + u"?size=large"_s);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), u"bad_request"_s);
}

void TestMedia::posterBelongsToItsVideo()
{
    // docs/api.md, Lifecycle: "An image named as a video's posterId belongs to that video
    // from then on: it cannot be attached to a post or used as another poster."
    const qint64 posterId = uploadImage(*m_alice, gradient(160, 90));
    const auto video = upload(*m_alice, fakeMp4(), "video/mp4", u"?posterId=%1"_s.arg(posterId));
    QCOMPARE(video.status, 201);
    const auto secondVideo
        = upload(*m_alice, fakeMp4(), "video/mp4", u"?posterId=%1"_s.arg(posterId));
    QCOMPARE(secondVideo.status, 400);
    QCOMPARE(secondVideo.errorField(), u"posterId"_s);
    const auto posterInPost
        = createPost(*m_alice, u"The poster alone"_s, u"#MediaPoster"_s, attachment(posterId));
    QCOMPARE(posterInPost.status, 400);
    QCOMPARE(posterInPost.errorField(), u"media.id"_s);
}

void TestMedia::removedMediaIsGone()
{
    // A photo dropped by an edit, and one whose post was deleted, are gone for everyone,
    // the uploader too, and cannot be attached again.
    const qint64 dropped = uploadImage(*m_alice, QImage(64, 64, QImage::Format_RGB32));
    const auto post = createPost(*m_alice, u"With photo"_s, u"#RemovedMedia"_s,
        {{u"id"_s, dropped}, {u"altText"_s, u"A square"_s}});
    QCOMPARE(post.status, 201);
    const qint64 postId = post.json().value(u"id"_s).toInteger();
    const QString media = u"/api/v1/media/%1"_s.arg(dropped);
    QCOMPARE(m_alice->get(media).status, 200);
    const auto edited = m_alice->patch(u"/api/v1/posts/%1"_s.arg(postId),
        {{u"media"_s, QJsonValue::Null}}, {{"If-Match", "\"1\""}});
    QCOMPARE(edited.status, 200);
    QVERIFY(edited.json().value(u"media"_s).isNull());
    QCOMPARE(m_alice->get(media).status, 404);
    const auto again = createPost(*m_alice, u"Again"_s, u"#RemovedMedia"_s, {{u"id"_s, dropped}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorField(), u"media.id"_s);

    const qint64 kept = uploadImage(*m_alice, QImage(64, 64, QImage::Format_RGB32));
    const auto second = createPost(*m_alice, u"Second"_s, u"#RemovedMedia"_s, {{u"id"_s, kept}});
    QCOMPARE(
        m_alice->remove(u"/api/v1/posts/%1"_s.arg(second.json().value(u"id"_s).toInteger())).status,
        204);
    QCOMPARE(m_alice->get(u"/api/v1/media/%1"_s.arg(kept)).status, 404);
}

void TestMedia::rangePastTheEndIsNotSatisfiable()
{
    // A range that starts past the end is 416 with its own error code, and the size.
    const qint64 posterId = uploadImage(*m_alice, gradient(96, 54));
    const QByteArray mp4 = fakeMp4();
    const auto video = upload(*m_alice, mp4, "video/mp4", u"?posterId=%1"_s.arg(posterId));
    QCOMPARE(video.status, 201);
    const QString path = u"/api/v1/media/%1"_s.arg(video.json().value(u"id"_s).toInteger());
    const auto past
        = m_alice->get(path, {{"Range", "bytes=" + QByteArray::number(mp4.size()) + '-'}});
    QCOMPARE(past.status, 416);
    QCOMPARE(past.errorCode(), u"range_not_satisfiable"_s);
    QCOMPARE(past.errorField(), u"Range"_s);
    QCOMPARE(past.header("Content-Range"), "bytes */" + QByteArray::number(mp4.size()));
    // The last byte is still a range that can be served.
    const auto lastByte
        = m_alice->get(path, {{"Range", "bytes=" + QByteArray::number(mp4.size() - 1) + '-'}});
    QCOMPARE(lastByte.status, 206);
    QCOMPARE(lastByte.body, mp4.right(1));
}

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
