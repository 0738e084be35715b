#include "JpegMetadata.h"

#include <QStringList>
#include <QtEndian>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace Hearth::Testing::JpegMetadata {

const QByteArray CameraMake = "HearthTestCam\0"_ba;
const QByteArray ExifHeader = "Exif\0\0"_ba;
const QByteArray XmpNamespace = "http://ns.adobe.com/xap/1.0/"_ba;
const QByteArray XmpGps = "exif:GPSLatitude='51,30.4335N'"_ba;
const QByteArray CommentText = "Taken at 12 Hidden Lane by the hearth-test-camera"_ba;

void append16(QByteArray &out, quint16 value, ByteOrder order)
{
    out.resize(out.size() + 2);
    put16(out, out.size() - 2, value, order);
}

void append32(QByteArray &out, quint32 value, ByteOrder order)
{
    out.resize(out.size() + 4);
    put32(out, out.size() - 4, value, order);
}

void put16(QByteArray &out, qsizetype at, quint16 value, ByteOrder order)
{
    Q_ASSERT(at >= 0 && at + 2 <= out.size());
    if (order == ByteOrder::Little)
        qToLittleEndian(value, out.data() + at);
    else
        qToBigEndian(value, out.data() + at);
}

void put32(QByteArray &out, qsizetype at, quint32 value, ByteOrder order)
{
    Q_ASSERT(at >= 0 && at + 4 <= out.size());
    if (order == ByteOrder::Little)
        qToLittleEndian(value, out.data() + at);
    else
        qToBigEndian(value, out.data() + at);
}

quint16 read16(QByteArrayView bytes, qsizetype at, ByteOrder order)
{
    Q_ASSERT(at >= 0 && at + 2 <= bytes.size());
    return order == ByteOrder::Little ? qFromLittleEndian<quint16>(bytes.data() + at)
                                      : qFromBigEndian<quint16>(bytes.data() + at);
}

quint32 read32(QByteArrayView bytes, qsizetype at, ByteOrder order)
{
    Q_ASSERT(at >= 0 && at + 4 <= bytes.size());
    return order == ByteOrder::Little ? qFromLittleEndian<quint32>(bytes.data() + at)
                                      : qFromBigEndian<quint32>(bytes.data() + at);
}

namespace {

QByteArray rationals(ByteOrder order, std::initializer_list<std::pair<quint32, quint32>> values)
{
    QByteArray bytes;
    for (const auto &[numerator, denominator] : values) {
        append32(bytes, numerator, order);
        append32(bytes, denominator, order);
    }
    return bytes;
}

// One IFD entry: tag, type, count, then the value itself when it fits in four bytes (as
// given, left-aligned) or else its offset from the start of the TIFF header.
void appendEntry(
    QByteArray &tiff, ByteOrder order, quint16 tag, quint16 type, quint32 count, QByteArray value)
{
    tiff += entryPrefix(tag, type, count, order);
    value.resize(4, '\0');
    tiff += value;
}

void appendOffsetEntry(
    QByteArray &tiff, ByteOrder order, quint16 tag, quint16 type, quint32 count, quint32 offset)
{
    tiff += entryPrefix(tag, type, count, order);
    append32(tiff, offset, order);
}

} // namespace

QByteArray latitudeValue(ByteOrder order)
{
    return rationals(order, {{51, 1}, {30, 1}, {260123456, 10000000}});
}

QByteArray longitudeValue(ByteOrder order)
{
    return rationals(order, {{0, 1}, {7, 1}, {399876543, 10000000}});
}

QByteArray entryPrefix(quint16 tag, quint16 type, quint32 count, ByteOrder order)
{
    QByteArray bytes;
    append16(bytes, tag, order);
    append16(bytes, type, order);
    append32(bytes, count, order);
    return bytes;
}

QByteArray exifTiff(ByteOrder order, GpsEntries gps)
{
    const QByteArray latitude = latitudeValue(order);
    const QByteArray longitude = longitudeValue(order);
    const quint16 gpsCount = gps == GpsEntries::Position ? 5 : 0;
    const quint32 latitudeOffset = GpsIfdOffset + 2 + gpsCount * 12 + 4;
    const quint32 longitudeOffset = latitudeOffset + quint32(latitude.size());

    QByteArray tiff = order == ByteOrder::Little ? "II*\0"_ba : "MM\0*"_ba;
    append32(tiff, Ifd0Offset, order);
    Q_ASSERT(tiff.size() == Ifd0Offset);
    append16(tiff, 2, order);
    appendOffsetEntry(tiff, order, TagMake, TypeAscii, quint32(CameraMake.size()), Ifd0NextAt + 4);
    Q_ASSERT(tiff.size() == GpsPointerEntryAt);
    appendOffsetEntry(tiff, order, TagGpsInfo, TypeLong, 1, GpsIfdOffset);
    append32(tiff, 0, order); // no IFD1
    tiff += CameraMake;
    Q_ASSERT(tiff.size() == GpsIfdOffset);
    append16(tiff, gpsCount, order);
    if (gps == GpsEntries::Position) {
        appendEntry(tiff, order, TagGpsVersion, TypeByte, 4, "\x02\x03\0\0"_ba);
        appendEntry(tiff, order, TagGpsLatitudeRef, TypeAscii, 2, "N\0"_ba);
        Q_ASSERT(tiff.size() == GpsLatitudeEntryAt);
        appendOffsetEntry(tiff, order, TagGpsLatitude, TypeRational, 3, latitudeOffset);
        appendEntry(tiff, order, TagGpsLongitudeRef, TypeAscii, 2, "W\0"_ba);
        appendOffsetEntry(tiff, order, TagGpsLongitude, TypeRational, 3, longitudeOffset);
    }
    append32(tiff, 0, order);
    if (gps == GpsEntries::Position) {
        Q_ASSERT(quint32(tiff.size()) == latitudeOffset);
        tiff += latitude;
        tiff += longitude;
    }
    return tiff;
}

QByteArray xmpPacket(bool withPosition)
{
    const QByteArray position
        = withPosition ? XmpGps + " exif:GPSLongitude='0,7.6665W'"_ba : QByteArray();
    return "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
           "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
           "xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:PixelXDimension='640' "_ba
        + position + "/></rdf:RDF></x:xmpmeta>"_ba;
}

QByteArray jpegSegment(quint8 marker, const QByteArray &payload)
{
    Q_ASSERT(payload.size() + 2 <= 0xffff);
    QByteArray segment;
    segment.append(char(0xff));
    segment.append(char(marker));
    append16(segment, quint16(payload.size() + 2), ByteOrder::Big);
    segment += payload;
    return segment;
}

QByteArray withMetadata(const QByteArray &jpeg, int parts, const QByteArray &exif)
{
    Q_ASSERT(jpeg.startsWith("\xff\xd8"));
    QByteArray metadata;
    if (parts & WithExif)
        metadata += jpegSegment(0xe1, ExifHeader + exif);
    if (parts & WithXmp)
        metadata += jpegSegment(0xe1, XmpNamespace + '\0' + xmpPacket());
    if (parts & WithComment)
        metadata += jpegSegment(0xfe, CommentText);
    return jpeg.left(2) + metadata + jpeg.mid(2);
}

quint32 crc32(QByteArrayView data)
{
    // Reflected, polynomial 0xEDB88320. (qChecksum is a CRC-16, no use here.)
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(QByteArrayView type, const QByteArray &data)
{
    const QByteArray typed = type.toByteArray() + data;
    QByteArray chunk;
    append32(chunk, quint32(data.size()), ByteOrder::Big);
    chunk += typed;
    append32(chunk, crc32(typed), ByteOrder::Big);
    return chunk;
}

QByteArray withPngChunk(const QByteArray &png, QByteArrayView type, const QByteArray &data)
{
    // The signature (8 bytes), then IHDR: length, type, 13 bytes of data, CRC.
    constexpr qsizetype afterIhdr = 8 + 4 + 4 + 13 + 4;
    Q_ASSERT(png.mid(12, 4) == "IHDR");
    return png.left(afterIhdr) + pngChunk(type, data) + png.mid(afterIhdr);
}

QByteArray pngXmpText(const QByteArray &xmp)
{
    // keyword, NUL, compression flag and method (none), language tag, NUL, translated
    // keyword, NUL, text.
    return "XML:com.adobe.xmp\0\0\0\0\0"_ba + xmp;
}

QList<Segment> jpegSegments(const QByteArray &jpeg)
{
    QList<Segment> segments;
    if (!jpeg.startsWith("\xff\xd8"))
        return segments;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && quint8(jpeg.at(at)) == 0xff) {
        while (at < jpeg.size() && quint8(jpeg.at(at)) == 0xff)
            ++at; // fill bytes
        if (at + 3 > jpeg.size())
            break;
        const quint8 marker = quint8(jpeg.at(at++));
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
            continue; // no length
        const quint16 length = qFromBigEndian<quint16>(jpeg.constData() + at);
        if (length < 2)
            break;
        segments.append({marker, jpeg.mid(at + 2, length - 2)});
        if (marker == 0xda)
            break;
        at += length;
    }
    return segments;
}

QString describe(const QList<Segment> &segments)
{
    QStringList markers;
    for (const Segment &segment : segments)
        markers.append(u"FF%1(%2)"_s.arg(uint(segment.marker), 2, 16, QChar(u'0'))
                           .arg(segment.payload.size()));
    return markers.join(u' ');
}

} // namespace Hearth::Testing::JpegMetadata
