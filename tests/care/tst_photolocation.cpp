// Whether a photo says where it was taken: EXIF GPS in either byte order, XMP, in JPEG, PNG
// and WebP files; photos without a position; and files cut short, damaged or made to hurt
// (offsets past the end, loops, huge counts), which must answer no, quickly, without
// reading outside the bytes. The metadata is written by hand (support/JpegMetadata.h), the
// pictures by QImage.

#include "care/PhotoLocation.h"
#include "support/JpegMetadata.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Testing::JpegMetadata;
using namespace Qt::StringLiterals;

namespace {

constexpr ByteOrder LE = ByteOrder::Little;
constexpr ByteOrder BE = ByteOrder::Big;

// Where the EXIF TIFF block starts in withMetadata()'s JPEG: SOI, APP1 marker and length,
// "Exif\0\0".
constexpr qsizetype JpegTiffAt = 2 + 4 + 6;
// ... and in withPngChunk()'s PNG: signature, IHDR, the eXIf chunk's length and type.
constexpr qsizetype PngTiffAt = 8 + 25 + 8;
// The GPS directory's five entries end, then the latitude's three RATIONALs: the first
// position whose value is all there.
constexpr qsizetype PositionEnd = GpsIfdOffset + 2 + 5 * 12 + 4 + 24;

QImage picture()
{
    QImage image(320, 240, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 255 / 320, y * 255 / 240, 140));
    }
    return image;
}

QByteArray encoded(const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(picture()))
        qWarning() << "could not write" << format << writer.errorString();
    return bytes;
}

QSize decodedSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).read().size();
}

// A WebP with one more chunk at the end (and the RIFF size to match).
QByteArray withWebpChunk(QByteArray webp, QByteArrayView type, const QByteArray &data)
{
    webp += type.toByteArray();
    append32(webp, quint32(data.size()), LE);
    webp += data;
    if (data.size() % 2)
        webp += '\0';
    put32(webp, 4, quint32(webp.size() - 8), LE);
    return webp;
}

// The TIFF with IFD0's GPSInfo entry turned into a second Make, so that IFD0 leads nowhere.
QByteArray tiffWithoutGpsPointer(ByteOrder order = LE)
{
    QByteArray tiff = exifTiff(order);
    put16(tiff, GpsPointerEntryAt, TagMake, order);
    return tiff;
}

// IFD0 (no GPS pointer) → empty directories → one holding the GPSInfo pointer.
QByteArray chainedTiff(int emptyDirectories)
{
    QByteArray tiff = tiffWithoutGpsPointer();
    put32(tiff, Ifd0NextAt, quint32(tiff.size()), LE);
    for (int i = 0; i < emptyDirectories; ++i) {
        const qsizetype at = tiff.size();
        append16(tiff, 0, LE);
        append32(tiff, quint32(at + 6), LE);
    }
    append16(tiff, 1, LE);
    tiff += entryPrefix(TagGpsInfo, TypeLong, 1);
    append32(tiff, GpsIfdOffset, LE);
    append32(tiff, 0, LE);
    return tiff;
}

QByteArray jpegWithExif(const QByteArray &tiff)
{
    return withMetadata(encoded("jpeg"), WithExif, tiff);
}

QByteArray pngWithExif(const QByteArray &tiff)
{
    return withPngChunk(encoded("png"), "eXIf", tiff);
}

QByteArray pngWithXmp(const QByteArray &xmp)
{
    return withPngChunk(encoded("png"), "iTXt", pngXmpText(xmp));
}

// An XMP packet around one rdf:Description's content.
QByteArray xmpAround(const QByteArray &inside)
{
    return "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description "
           "xmlns:exif='http://ns.adobe.com/exif/1.0/'"_ba
        + inside + "</rdf:Description></rdf:RDF></x:xmpmeta>"_ba;
}

} // namespace

class TestPhotoLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exifGps_data();
    void exifGps();
    void xmpOnly();
    void noLocation_data();
    void noLocation();
    void emptyGpsDirectory_data();
    void emptyGpsDirectory();
    void gpsWithoutPosition();
    void pngAndWebp();
    void xmpForms_data();
    void xmpForms();
    void truncatedFiles_data();
    void truncatedFiles();
    void hostileFiles_data();
    void hostileFiles();
    void longChainsAreCut();
    void damagedBytes();
    void fromAFile();
};

void TestPhotoLocation::exifGps_data()
{
    QTest::addColumn<ByteOrder>("order");
    QTest::newRow("II (little-endian)") << LE;
    QTest::newRow("MM (big-endian)") << BE;
}

void TestPhotoLocation::exifGps()
{
    QFETCH(ByteOrder, order);
    const QByteArray tiff = exifTiff(order);
    QCOMPARE(tiff.left(2), order == LE ? "II"_ba : "MM"_ba);
    QCOMPARE(read32(tiff, GpsPointerValueAt, order), quint32(GpsIfdOffset));
    QCOMPARE(read16(tiff, GpsIfdOffset, order), quint16(5));
    QCOMPARE(read16(tiff, GpsLatitudeEntryAt, order), TagGpsLatitude);

    const QByteArray jpeg = jpegWithExif(tiff);
    QCOMPARE(decodedSize(jpeg), QSize(320, 240)); // still a JPEG any reader opens
    const PhotoLocation exifOnly = PhotoLocation::find(jpeg);
    QVERIFY(exifOnly.inExif);
    QVERIFY(!exifOnly.inXmp);
    QVERIFY(exifOnly.found());
    QVERIFY(hasLocation(jpeg));

    const PhotoLocation everything
        = PhotoLocation::find(withMetadata(encoded("jpeg"), WithEverything, tiff));
    QVERIFY(everything.inExif);
    QVERIFY(everything.inXmp);
}

void TestPhotoLocation::xmpOnly()
{
    const QByteArray jpeg = withMetadata(encoded("jpeg"), WithXmp | WithComment);
    QVERIFY(jpeg.contains(XmpGps));
    QCOMPARE(decodedSize(jpeg), QSize(320, 240));
    const PhotoLocation found = PhotoLocation::find(jpeg);
    QVERIFY(found.inXmp);
    QVERIFY(!found.inExif);
    QVERIFY(found.found());

    // Extended XMP (a packet too large for one segment continues in more): header, GUID,
    // full length, offset, then the packet's bytes.
    QByteArray extended = "http://ns.adobe.com/xmp/extension/\0"_ba + QByteArray(32, 'A');
    append32(extended, 4096, BE);
    append32(extended, 0, BE);
    extended += xmpPacket();
    const QByteArray plain = encoded("jpeg");
    const QByteArray withExtended = plain.left(2) + jpegSegment(0xe1, extended) + plain.mid(2);
    QVERIFY(PhotoLocation::find(withExtended).inXmp);
}

void TestPhotoLocation::noLocation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray jpeg = encoded("jpeg");
    QTest::newRow("a JPEG from QImage") << jpeg;
    QTest::newRow("a PNG from QImage") << encoded("png");
    QTest::newRow("a WebP from QImage") << encoded("webp");
    QTest::newRow("a JPEG with a comment") << withMetadata(jpeg, WithComment);
    QTest::newRow("XMP without a position") << QByteArray(
        jpeg.left(2) + jpegSegment(0xe1, XmpNamespace + '\0' + xmpPacket(false)) + jpeg.mid(2));
    QTest::newRow("EXIF without a GPS pointer") << jpegWithExif(tiffWithoutGpsPointer());
    QTest::newRow("a PNG with EXIF without a GPS pointer")
        << pngWithExif(tiffWithoutGpsPointer(BE));
    QTest::newRow("EXIF in an APP1 without its header")
        << QByteArray(jpeg.left(2) + jpegSegment(0xe1, exifTiff()) + jpeg.mid(2));
    QTest::newRow("GPS EXIF in an APP2")
        << QByteArray(jpeg.left(2) + jpegSegment(0xe2, ExifHeader + exifTiff()) + jpeg.mid(2));
    QTest::newRow("GPS EXIF after the start of scan") << [&jpeg]() -> QByteArray {
        // Entropy-coded data is not metadata: what follows SOS is not read as segments.
        const qsizetype sos = jpeg.indexOf("\xff\xda");
        return jpeg.left(sos) + jpeg.mid(sos, 2 + 12) + jpegSegment(0xe1, ExifHeader + exifTiff())
            + jpeg.mid(sos + 2 + 12);
    }();
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("words") << "This is not a photo at all."_ba;
    QTest::newRow("a bare TIFF") << exifTiff();
}

void TestPhotoLocation::noLocation()
{
    QFETCH(QByteArray, bytes);
    const PhotoLocation found = PhotoLocation::find(bytes);
    QVERIFY(!found.inExif);
    QVERIFY(!found.inXmp);
    QVERIFY(!hasLocation(bytes));
}

void TestPhotoLocation::emptyGpsDirectory_data()
{
    exifGps_data();
}

void TestPhotoLocation::emptyGpsDirectory()
{
    // A camera with its GPS off may still write the pointer, to a directory of nothing.
    QFETCH(ByteOrder, order);
    const QByteArray tiff = exifTiff(order, GpsEntries::None);
    QCOMPARE(read32(tiff, GpsPointerValueAt, order), quint32(GpsIfdOffset));
    QCOMPARE(read16(tiff, GpsIfdOffset, order), quint16(0));
    QVERIFY(!hasLocation(jpegWithExif(tiff)));
    QVERIFY(!hasLocation(pngWithExif(tiff)));
}

void TestPhotoLocation::gpsWithoutPosition()
{
    // A GPS directory with a version, refs and times, but neither latitude nor longitude,
    // says nothing of the place.
    QByteArray tiff = exifTiff(BE);
    QVERIFY(hasLocation(jpegWithExif(tiff)));
    put16(tiff, GpsLatitudeEntryAt, 0x0007, BE); // GPSTimeStamp
    QVERIFY(hasLocation(jpegWithExif(tiff))); // the longitude is still there
    put16(tiff, GpsLatitudeEntryAt + 2 * 12, 0x001d, BE); // GPSDateStamp
    QVERIFY(!hasLocation(jpegWithExif(tiff)));
    // A destination's position is a position.
    put16(tiff, GpsLatitudeEntryAt, 0x0014, BE); // GPSDestLatitude
    QVERIFY(hasLocation(jpegWithExif(tiff)));
}

void TestPhotoLocation::pngAndWebp()
{
    for (const ByteOrder order : {LE, BE}) {
        const QByteArray png = pngWithExif(exifTiff(order));
        QCOMPARE(decodedSize(png), QSize(320, 240)); // the chunk's CRC is right
        QVERIFY(PhotoLocation::find(png).inExif);
        QVERIFY(!PhotoLocation::find(png).inXmp);
        // Some writers keep JPEG's "Exif\0\0" in front.
        QVERIFY(hasLocation(withPngChunk(encoded("png"), "eXIf", ExifHeader + exifTiff(order))));
    }
    const QByteArray pngXmp = pngWithXmp(xmpPacket());
    QCOMPARE(decodedSize(pngXmp), QSize(320, 240));
    QVERIFY(PhotoLocation::find(pngXmp).inXmp);
    QVERIFY(!PhotoLocation::find(pngXmp).inExif);
    QVERIFY(!hasLocation(pngWithXmp(xmpPacket(false))));
    // Another iTXt keyword is only text.
    QVERIFY(!hasLocation(withPngChunk(encoded("png"), "iTXt", "Comment\0\0\0\0\0"_ba + XmpGps)));
    // eXIf after the picture's data (allowed before PNG's third edition) is found too.
    QByteArray late = encoded("png");
    late.insert(late.size() - 12, pngChunk("eXIf", exifTiff()));
    QCOMPARE(decodedSize(late), QSize(320, 240));
    QVERIFY(hasLocation(late));

    const QByteArray webp = encoded("webp");
    QVERIFY(webp.startsWith("RIFF") && webp.mid(8, 4) == "WEBP");
    const PhotoLocation webpExif = PhotoLocation::find(withWebpChunk(webp, "EXIF", exifTiff(BE)));
    QVERIFY(webpExif.inExif);
    QVERIFY(!webpExif.inXmp);
    const PhotoLocation webpXmp = PhotoLocation::find(withWebpChunk(webp, "XMP ", xmpPacket()));
    QVERIFY(webpXmp.inXmp);
    QVERIFY(!webpXmp.inExif);
    // An odd-sized chunk is padded; the one after it is still found.
    const QByteArray padded
        = withWebpChunk(withWebpChunk(webp, "ICCP", "odd"_ba), "EXIF", exifTiff());
    QVERIFY(hasLocation(padded));
}

void TestPhotoLocation::xmpForms_data()
{
    QTest::addColumn<QByteArray>("inside");
    QTest::addColumn<bool>("expected");
    QTest::newRow("attribute") << " exif:GPSLatitude='51,30.4335N'>"_ba << true;
    QTest::newRow("attribute, double quotes, spaces")
        << "\n  exif:GPSLongitude = \"0,7.6665W\">"_ba << true;
    QTest::newRow("element") << "><exif:GPSLatitude>51,30.4335N</exif:GPSLatitude>"_ba << true;
    QTest::newRow("element with an attribute")
        << "><exif:GPSDestLongitude rdf:datatype='x'> 0,7.6665W </exif:GPSDestLongitude>"_ba
        << true;
    QTest::newRow("empty attribute") << " exif:GPSLatitude=''>"_ba << false;
    QTest::newRow("empty element") << "><exif:GPSLatitude></exif:GPSLatitude>"_ba << false;
    QTest::newRow("self-closed element") << "><exif:GPSLatitude/>"_ba << false;
    QTest::newRow("self-closed with a space") << "><exif:GPSLatitude />"_ba << false;
    QTest::newRow("only the ref") << " exif:GPSLatitudeRef='N'>"_ba << false;
    QTest::newRow("only the version and time")
        << " exif:GPSVersionID='2.3.0.0' exif:GPSTimeStamp='2024-05-01T10:00:00Z'>"_ba << false;
    QTest::newRow("another namespace") << " tiff:GPSLatitude='51,30.4335N'>"_ba << false;
    QTest::newRow("part of a longer name") << " myexif:GPSLatitude='51,30.4335N'>"_ba << false;
    QTest::newRow("name without a value at the end") << " exif:GPSLatitude="_ba << false;
}

void TestPhotoLocation::xmpForms()
{
    QFETCH(QByteArray, inside);
    QFETCH(bool, expected);
    const QByteArray xmp = xmpAround(inside);
    QCOMPARE(PhotoLocation::find(pngWithXmp(xmp)).inXmp, expected);
    const QByteArray jpeg = encoded("jpeg");
    const QByteArray jpegXmp
        = jpeg.left(2) + jpegSegment(0xe1, XmpNamespace + '\0' + xmp) + jpeg.mid(2);
    QCOMPARE(hasLocation(jpegXmp), expected);
    // Cut right after the name: nothing to read past.
    const QByteArray cut = XmpNamespace + '\0' + "<x exif:GPSLatitude"_ba;
    QVERIFY(!hasLocation(QByteArray("\xff\xd8"_ba + jpegSegment(0xe1, cut))));
}

void TestPhotoLocation::truncatedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("positionEnd"); // found exactly from this length on
    for (const ByteOrder order : {LE, BE}) {
        const char *name = order == LE ? "II" : "MM";
        QTest::addRow("JPEG, %s", name)
            << jpegWithExif(exifTiff(order)) << JpegTiffAt + PositionEnd;
        QTest::addRow("PNG, %s", name) << pngWithExif(exifTiff(order)) << PngTiffAt + PositionEnd;
    }
}

void TestPhotoLocation::truncatedFiles()
{
    // A file cut anywhere (a copy not finished, or a read of its first bytes only) is read
    // as far as it goes: the position counts once all of it is there, not a byte before.
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, positionEnd);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype length = 0; length <= positionEnd + 64; ++length) {
        // A copy of exactly that many bytes, so that a read past them is caught under ASan.
        const QByteArray cut(bytes.constData(), length);
        QVERIFY2(hasLocation(cut) == (length >= positionEnd),
            qPrintable(u"%1 of %2 bytes"_s.arg(length).arg(bytes.size())));
    }
    qInfo("%lld prefixes in %lld ms", qint64(positionEnd + 65), timer.elapsed());
}

void TestPhotoLocation::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray jpeg = encoded("jpeg");
    const QByteArray png = encoded("png");

    const auto damaged = [](const auto &change) {
        QByteArray tiff = exifTiff(BE);
        change(tiff);
        return jpegWithExif(tiff);
    };
    const qsizetype longitudeEntryAt = GpsLatitudeEntryAt + 2 * 12;
    QTest::newRow("GPS pointer past the end")
        << damaged([](QByteArray &t) { put32(t, GpsPointerValueAt, 0xfffffff0u, BE); });
    QTest::newRow("GPS pointer into the header")
        << damaged([](QByteArray &t) { put32(t, GpsPointerValueAt, 2, BE); });
    QTest::newRow("GPS pointer of another type")
        << damaged([](QByteArray &t) { put16(t, GpsPointerEntryAt + 2, TypeAscii, BE); });
    QTest::newRow("GPS directory larger than the block")
        << damaged([](QByteArray &t) { put16(t, GpsIfdOffset, 0xffff, BE); });
    QTest::newRow("positions past the end") << damaged([&](QByteArray &t) {
        put32(t, GpsLatitudeEntryAt + 8, 0xfffffff0u, BE);
        put32(t, longitudeEntryAt + 8, 0xfffffff0u, BE);
    });
    QTest::newRow("positions ending one byte past the end") << damaged([&](QByteArray &t) {
        put32(t, GpsLatitudeEntryAt + 8, quint32(t.size() - 23), BE);
        put32(t, longitudeEntryAt + 8, quint32(t.size() - 23), BE);
    });
    QTest::newRow("huge counts") << damaged([&](QByteArray &t) {
        put32(t, GpsLatitudeEntryAt + 4, 0xffffffffu, BE);
        put32(t, longitudeEntryAt + 4, 0xffffffffu, BE);
    });
    QTest::newRow("counts of zero") << damaged([&](QByteArray &t) {
        put32(t, GpsLatitudeEntryAt + 4, 0, BE);
        put32(t, longitudeEntryAt + 4, 0, BE);
    });
    QTest::newRow("unknown types") << damaged([&](QByteArray &t) {
        put16(t, GpsLatitudeEntryAt + 2, 99, BE);
        put16(t, longitudeEntryAt + 2, 0, BE);
    });
    QTest::newRow("IFD0 past the end")
        << damaged([](QByteArray &t) { put32(t, 4, 0xffffffffu, BE); });
    QTest::newRow("IFD0 in the header") << damaged([](QByteArray &t) { put32(t, 4, 0, BE); });
    QTest::newRow("wrong magic number") << damaged([](QByteArray &t) { put16(t, 2, 43, BE); });
    QTest::newRow("IFD0 links to itself") << jpegWithExif([] {
        QByteArray tiff = tiffWithoutGpsPointer();
        put32(tiff, Ifd0NextAt, Ifd0Offset, LE);
        return tiff;
    }());
    QTest::newRow("IFD0 and the next link to each other") << jpegWithExif([] {
        QByteArray tiff = tiffWithoutGpsPointer();
        put32(tiff, Ifd0NextAt, GpsIfdOffset, LE);
        put32(tiff, GpsIfdOffset + 2 + 5 * 12, Ifd0Offset, LE);
        return tiff;
    }());
    QTest::newRow("GPS pointer to IFD0") << damaged([](QByteArray &t) {
        put32(t, GpsPointerValueAt, Ifd0Offset, BE);
        put32(t, Ifd0NextAt, Ifd0Offset, BE);
    });
    QTest::newRow("thousands of GPS pointers to a directory of 65535 entries")
        << [&png]() -> QByteArray {
        // In a PNG, whose eXIf may be megabytes: each pointer would cost a walk of the
        // whole directory.
        constexpr quint32 pointers = 20'000;
        const quint32 gpsAt = 8 + 2 + pointers * 12 + 4;
        QByteArray tiff = "II*\0"_ba;
        append32(tiff, 8, LE);
        append16(tiff, quint16(pointers > 0xffff ? 0xffff : pointers), LE);
        for (quint32 i = 0; i < pointers; ++i) {
            tiff += entryPrefix(TagGpsInfo, TypeLong, 1);
            append32(tiff, gpsAt, LE);
        }
        append32(tiff, 0, LE);
        Q_ASSERT(quint32(tiff.size()) == gpsAt);
        append16(tiff, 0xffff, LE);
        for (int i = 0; i < 0xffff; ++i) {
            tiff += entryPrefix(0x0007, TypeByte, 1); // GPSTimeStamp, no position
            append32(tiff, 0, LE);
        }
        append32(tiff, 0, LE);
        return withPngChunk(png, "eXIf", tiff);
    }();
    QTest::newRow("segment length 0") << QByteArray("\xff\xd8\xff\xe1\0\0"_ba + jpeg.mid(2));
    QTest::newRow("segment length 1") << QByteArray("\xff\xd8\xff\xe1\0\x01"_ba + jpeg.mid(2));
    QTest::newRow("segment longer than the file")
        << QByteArray("\xff\xd8\xff\xe1\xff\xff"_ba + ExifHeader + exifTiff().left(60));
    QTest::newRow("fill bytes to the end")
        << QByteArray("\xff\xd8"_ba + QByteArray(100'000, '\xff'));
    QTest::newRow("a lone marker byte") << "\xff\xd8\xff"_ba;
    QTest::newRow("PNG chunk of 4 GiB") << [&png]() -> QByteArray {
        QByteArray bytes = png.left(33);
        append32(bytes, 0xffffffffu, BE);
        return bytes + "eXIf"_ba + exifTiff();
    }();
    QTest::newRow("PNG chunk of 2 GiB") << [&png]() -> QByteArray {
        QByteArray bytes = png.left(33);
        append32(bytes, 0x7fffffffu, BE);
        return bytes + "eXIf"_ba + exifTiff().left(100);
    }();
    QTest::newRow("PNG iTXt without its NULs") << withPngChunk(png, "iTXt", "XML:com.adobe.xmp"_ba);
    QTest::newRow("compressed PNG iTXt (not inflated)")
        << withPngChunk(png, "iTXt", "XML:com.adobe.xmp\0\x01\0\0\0"_ba + qCompress(xmpPacket()));
    QTest::newRow("WebP chunk of 4 GiB") << []() -> QByteArray {
        QByteArray webp = "RIFF\0\0\0\0WEBPEXIF"_ba;
        append32(webp, 0xffffffffu, LE);
        return webp + exifTiff().left(100);
    }();
    QTest::newRow("8 MiB of unclosed XMP tags")
        << pngWithXmp("<x:xmpmeta>"_ba + QByteArray("<exif:GPSLatitude ").repeated(450'000));
    QTest::newRow("8 MiB of XMP attributes without values")
        << pngWithXmp("<x:xmpmeta "_ba + QByteArray(" exif:GPSLongitude=").repeated(420'000));
}

void TestPhotoLocation::hostileFiles()
{
    QFETCH(QByteArray, bytes);
    QElapsedTimer timer;
    timer.start();
    const PhotoLocation found = PhotoLocation::find(bytes);
    const qint64 elapsed = timer.elapsed();
    qInfo("%lld bytes: %lld ms", qint64(bytes.size()), elapsed);
    QVERIFY(!found.inExif);
    QVERIFY(!found.inXmp);
    QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

void TestPhotoLocation::longChainsAreCut()
{
    // IFD0 → IFD1 holding the GPS pointer: followed (a damaged but honest file).
    QVERIFY(hasLocation(jpegWithExif(chainedTiff(0))));
    QVERIFY(hasLocation(jpegWithExif(chainedTiff(2))));
    // A chain of directories longer than any photo's is not followed to its end.
    QVERIFY(!hasLocation(pngWithExif(chainedTiff(1000))));
}

void TestPhotoLocation::damagedBytes()
{
    // Random damage in and around the metadata: whatever the answer, no read outside the
    // bytes (the asan preset checks that) and no time lost.
    QRandomGenerator random(8);
    const QList<QByteArray> originals{withMetadata(encoded("jpeg"), WithEverything, exifTiff(BE)),
        pngWithExif(exifTiff()), withWebpChunk(encoded("webp"), "EXIF", exifTiff(BE))};
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    int tries = 0;
    for (const QByteArray &original : originals) {
        const qsizetype span = qMin<qsizetype>(original.size(), 400);
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes = original;
            const int changes = 1 + random.bounded(4);
            for (int c = 0; c < changes; ++c)
                bytes[random.bounded(span)] = char(random.bounded(256));
            if (random.bounded(4) == 0)
                bytes.truncate(random.bounded(bytes.size()));
            bytes.squeeze(); // no spare capacity for a read past the end to hide in
            found += hasLocation(bytes);
            ++tries;
        }
    }
    qInfo("%d damaged files, %d still with a location, %lld ms", tries, found, timer.elapsed());
    QVERIFY(found > 0 && found < tries);
    QVERIFY(timer.elapsed() < 5000);
}

void TestPhotoLocation::fromAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A large photo (noise does not compress) whose metadata sits at its start.
    QImage noise(1600, 1200, QImage::Format_RGB32);
    QRandomGenerator random(3);
    for (int y = 0; y < noise.height(); ++y)
        random.fillRange(reinterpret_cast<quint32 *>(noise.scanLine(y)), noise.width());
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(QImageWriter(&buffer, "jpeg").write(noise));
    const QByteArray tagged = withMetadata(jpeg);
    QVERIFY(tagged.size() > 4 * PhotoLocation::DefaultFileBytes);
    const QString path = dir.filePath(u"tagged.jpg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(tagged), tagged.size());
    file.close();

    const PhotoLocation found = PhotoLocation::findInFile(path);
    QVERIFY(found.inExif);
    QVERIFY(found.inXmp);
    // Its first bytes only: enough for the EXIF segment, not for the XMP after it.
    const PhotoLocation start = PhotoLocation::findInFile(path, JpegTiffAt + PositionEnd);
    QVERIFY(start.inExif);
    QVERIFY(!start.inXmp);
    QVERIFY(!PhotoLocation::findInFile(path, JpegTiffAt + PositionEnd - 1).found());
    QVERIFY(!PhotoLocation::findInFile(path, 0).found());
    QVERIFY(!PhotoLocation::findInFile(dir.filePath(u"missing.jpg"_s)).found());
    QVERIFY(!PhotoLocation::findInFile(dir.path()).found());
}

QTEST_GUILESS_MAIN(TestPhotoLocation)
#include "tst_photolocation.moc"
