#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Hearth::Testing {

// A phone photo's metadata, written by hand for the tests: an EXIF TIFF block whose GPS
// directory holds a position, an XMP packet with the same, a comment naming a street;
// spliced into a plain JPEG (or PNG) made by QImage. And the reader that takes a JPEG apart
// again into its marker segments, to see what a stored copy still carries.
//
// The TIFF's layout is fixed, so that a test can damage it at known places:
//   8   IFD0: 2 entries (Make, GPSInfo), then the next-IFD offset (0)
//   38  the camera's make (ASCII, 14 bytes)
//   52  the GPS IFD: 5 entries (version, latitude ref, latitude, longitude ref, longitude),
//       then 0; or, with GpsEntries::None, no entries
//   118 the latitude, then the longitude: three RATIONALs each (with a position).
namespace JpegMetadata {

enum class ByteOrder { Little, Big }; // "II" (Intel) or "MM" (Motorola) TIFF

// What the GPS directory holds.
enum class GpsEntries {
    Position, // version, latitude and longitude with their refs
    None, // no entries at all: the pointer leads to an empty directory
};

// Field types and tags the builder writes.
constexpr quint16 TypeByte = 1, TypeAscii = 2, TypeLong = 4, TypeRational = 5;
constexpr quint16 TagMake = 0x010f, TagGpsInfo = 0x8825;
constexpr quint16 TagGpsVersion = 0, TagGpsLatitudeRef = 1, TagGpsLatitude = 2,
                  TagGpsLongitudeRef = 3, TagGpsLongitude = 4;

// Offsets in the TIFF block (from its first byte).
constexpr qsizetype Ifd0Offset = 8;
constexpr qsizetype GpsPointerEntryAt = Ifd0Offset + 2 + 12; // IFD0's second entry
constexpr qsizetype GpsPointerValueAt = GpsPointerEntryAt + 8;
constexpr qsizetype Ifd0NextAt = Ifd0Offset + 2 + 2 * 12;
constexpr qsizetype GpsIfdOffset = Ifd0NextAt + 4 + 14; // after the make
constexpr qsizetype GpsLatitudeEntryAt = GpsIfdOffset + 2 + 2 * 12; // the third GPS entry

extern const QByteArray CameraMake; // with its NUL
extern const QByteArray ExifHeader; // "Exif\0\0", before the TIFF in a JPEG's APP1
extern const QByteArray XmpNamespace; // the XMP APP1's signature (a NUL follows it)
extern const QByteArray XmpGps; // the latitude property as the XMP packet writes it
extern const QByteArray CommentText; // the COM segment's words

// Numbers in a byte order, appended or written in place.
void append16(QByteArray &out, quint16 value, ByteOrder order);
void append32(QByteArray &out, quint32 value, ByteOrder order);
void put16(QByteArray &out, qsizetype at, quint16 value, ByteOrder order);
void put32(QByteArray &out, qsizetype at, quint32 value, ByteOrder order);
quint16 read16(QByteArrayView bytes, qsizetype at, ByteOrder order);
quint32 read32(QByteArrayView bytes, qsizetype at, ByteOrder order);

// 51° 30' 26.0123456" N and 0° 7' 39.9876543" W as three RATIONALs each.
QByteArray latitudeValue(ByteOrder order = ByteOrder::Little);
QByteArray longitudeValue(ByteOrder order = ByteOrder::Little);
// The first eight bytes of an IFD entry: tag, type, count.
QByteArray entryPrefix(
    quint16 tag, quint16 type, quint32 count, ByteOrder order = ByteOrder::Little);

// IFD0 (Make, GPSInfo) → GPS IFD, laid out as above.
QByteArray exifTiff(ByteOrder order = ByteOrder::Little, GpsEntries gps = GpsEntries::Position);
// An XMP packet; with a position, exif:GPSLatitude and exif:GPSLongitude as attributes.
QByteArray xmpPacket(bool withPosition = true);

// One JPEG marker segment: FF, marker, length, payload.
QByteArray jpegSegment(quint8 marker, const QByteArray &payload);
// What to splice into a JPEG.
enum Part { WithExif = 0x1, WithXmp = 0x2, WithComment = 0x4, WithEverything = 0x7 };
// A plain JPEG with an EXIF APP1 (GPS), an XMP APP1 and a COM segment after SOI (those
// asked for, in that order). exif replaces the EXIF TIFF block when given.
QByteArray withMetadata(
    const QByteArray &jpeg, int parts = WithEverything, const QByteArray &exif = exifTiff());

// CRC-32 as PNG (and zlib) define it.
quint32 crc32(QByteArrayView data);
// One PNG chunk: length, type, data, CRC.
QByteArray pngChunk(QByteArrayView type, const QByteArray &data);
// A PNG with a chunk inserted right after IHDR.
QByteArray withPngChunk(const QByteArray &png, QByteArrayView type, const QByteArray &data);
// The data of an uncompressed iTXt chunk carrying XMP.
QByteArray pngXmpText(const QByteArray &xmp);

// A JPEG marker segment as read back.
struct Segment
{
    quint8 marker = 0;
    QByteArray payload;
};

// The marker segments of a JPEG up to and including SOS (after it comes entropy-coded data).
QList<Segment> jpegSegments(const QByteArray &jpeg);
// "FFE1(1234) FFDB(132) ...", for failure messages.
QString describe(const QList<Segment> &segments);

} // namespace JpegMetadata

} // namespace Hearth::Testing
